# Extracted from docs/uds/testing.md:288 by `handbook extract`.
# Edit the page, not this file.
import csv
import sqlite3
from pathlib import Path

import pytest

SCHEMA = "CREATE TABLE IF NOT EXISTS prices (sku TEXT PRIMARY KEY, cents INT)"


def import_prices(source: Path, database: sqlite3.Connection) -> int:
    database.execute(SCHEMA)
    with source.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = [(row["sku"].upper(), int(row["cents"])) for row in reader]
    database.executemany("INSERT INTO prices VALUES (?, ?)", rows)
    return len(rows)


@pytest.mark.integration
def test_price_file_ends_up_in_the_database(tmp_path: Path) -> None:
    source = tmp_path / "prices.csv"
    source.write_text("sku,cents\nmug-01,450\ncap-02,1299\n", encoding="utf-8")
    database = sqlite3.connect(tmp_path / "prices.db")

    imported = import_prices(source, database)

    assert imported == 2
    stored = database.execute("SELECT sku, cents FROM prices ORDER BY sku").fetchall()
    assert stored == [("CAP-02", 1299), ("MUG-01", 450)]


if __name__ == "__main__":
    options = ["-q", "-p", "no:cacheprovider", "-o", "markers=integration: workflows"]
    assert pytest.main([*options, __file__]) == pytest.ExitCode.OK
