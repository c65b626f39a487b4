# Extracted from docs/pds/testing.md:169 by `handbook extract`.
# Edit the page, not this file.
import sqlite3
from collections.abc import Iterator

import pytest


def make_database() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)")
    return connection


@pytest.fixture
def database() -> Iterator[sqlite3.Connection]:
    connection = make_database()
    yield connection
    connection.close()
