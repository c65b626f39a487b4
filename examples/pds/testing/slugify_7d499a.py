# Extracted from docs/pds/testing.md:612 by `handbook extract`.
# Edit the page, not this file.
import re

import pytest
from pytest_benchmark.fixture import BenchmarkFixture


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def test_slugify_speed(benchmark: BenchmarkFixture) -> None:
    assert benchmark(slugify, "Quarterly Report: Q3 2025") == "quarterly-report-q3-2025"


if __name__ == "__main__":
    assert pytest.main(["-q", __file__]) == pytest.ExitCode.OK
