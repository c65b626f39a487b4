# Extracted from docs/pds/testing.md:620 by `handbook extract`.
# Edit the page, not this file.
import re

from pytest_benchmark.fixture import BenchmarkFixture


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def test_slugify_speed(benchmark: BenchmarkFixture) -> None:
    assert benchmark(slugify, "Quarterly Report: Q3 2025") == "quarterly-report-q3-2025"


print(slugify("Quarterly Report: Q3 2025"))
#> quarterly-report-q3-2025
