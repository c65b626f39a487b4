# Extracted from docs/pds/testing.md:270 by `handbook extract`.
# Edit the page, not this file.
from pathlib import Path

import pytest

KINDS = ("unit", "integration", "e2e")


def kind_of(path: Path) -> str | None:
    return next((part for part in path.parts if part in KINDS), None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        kind = kind_of(item.path.relative_to(item.config.rootpath))
        if kind is not None:
            item.add_marker(kind)


print(kind_of(Path("tests/integration/test_customers.py")))
#> integration
