# Extracted from docs/pds/testing.md:169 by `handbook extract`.
# Edit the page, not this file.
import sqlite3
from collections.abc import Iterator

import pytest


@pytest.fixture
def database() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT)")
    yield connection
    connection.close()
