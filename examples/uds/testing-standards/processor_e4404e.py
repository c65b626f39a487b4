# Extracted from docs/uds/testing-standards.md:148 by `handbook extract`.
# Edit the page, not this file.
from pathlib import Path

import pytest

TEST = """
import pytest
from hypothesis import given, strategies as st

@pytest.fixture
def processor():
    return str.upper

@given(st.text())
def test_never_crashes(processor, text):
    assert isinstance(processor(text), str)
"""


class Reports:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed:
            self.failures.append(str(report.longrepr))


Path("test_fixture_given.py").write_text(TEST, encoding="utf-8")
reports = Reports()
code = pytest.main(["-q", "-p", "no:cacheprovider", "test_fixture_given.py"], [reports])
print(code, "function_scoped_fixture" in reports.failures[0])
#> 1 True
