# Extracted from docs/dpg/checklist.md:50 by `handbook extract`.
# Edit the page, not this file.
from typing import Protocol


class Exporter(Protocol):
    """Strategy: one implementation per output format.

    Chosen because customers add formats each quarter; a new format is a new class,
    not a new branch in the report code.
    """

    def export(self, rows: list[dict[str, str]]) -> str: ...


class CsvExporter:
    def export(self, rows: list[dict[str, str]]) -> str:
        header = ",".join(rows[0])
        lines = [",".join(row.values()) for row in rows]
        return "\n".join([header, *lines])


def publish(rows: list[dict[str, str]], exporter: Exporter) -> str:
    return exporter.export(rows)


print(publish([{"id": "1", "name": "ada"}], CsvExporter()).splitlines())
#> ['id,name', '1,ada']
