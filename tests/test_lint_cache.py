"""The lint cache: a run lints only the example files that changed since an earlier one.

The findings of one file depend only on its text, the project's settings and the tools,
so they are kept per file; these tests watch which files reach ruff and pyright.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from handbook import lint
from handbook.lint import LintReport, lint_plan

ROOT = Path(__file__).parents[1]
CLEAN = "total = sum([1, 2])\nprint(total)\n#> 3\n"
UNUSED = "import os\n\nprint(1)\n#> 1\n"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    tree = tmp_path / "plan"
    (tree / "examples").mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    (tree / "examples" / "clean.py").write_text(CLEAN)
    (tree / "examples" / "unused.py").write_text(UNUSED)
    return tree


class Watch:
    """Records the files each real lint is asked for."""

    def __init__(self) -> None:
        self.asked: list[list[str]] = []
        self.real = lint._lint_now  # pyright: ignore[reportPrivateUsage]

    def __call__(self, plan: Path, root: Path, paths: list[str]) -> LintReport:
        self.asked.append(sorted(paths))
        return self.real(plan, root, paths)


@pytest.fixture
def watch(monkeypatch: pytest.MonkeyPatch) -> Watch:
    watching = Watch()
    monkeypatch.setattr(lint, "_lint_now", watching)
    return watching


PATHS = ["examples/clean.py", "examples/unused.py"]


def codes(report: LintReport, path: str) -> list[str]:
    return [f.code for f in report.findings.get(path, [])]


def test_a_second_run_reads_every_finding_from_the_cache(
    plan: Path, tmp_path: Path, watch: Watch
) -> None:
    cache = tmp_path / "cache"
    first = lint_plan(plan, ROOT, PATHS, [], [], cache=cache)
    second = lint_plan(plan, ROOT, PATHS, [], [], cache=cache)
    assert watch.asked == [PATHS]
    assert codes(first, "examples/unused.py") == ["F401"]
    assert second == first


def test_only_a_changed_file_is_linted_again(
    plan: Path, tmp_path: Path, watch: Watch
) -> None:
    cache = tmp_path / "cache"
    lint_plan(plan, ROOT, PATHS, [], [], cache=cache)
    (plan / "examples" / "clean.py").write_text("import sys\n\n" + CLEAN)
    again = lint_plan(plan, ROOT, PATHS, [], [], cache=cache)
    assert watch.asked == [PATHS, ["examples/clean.py"]]
    assert codes(again, "examples/clean.py") == ["F401"]
    assert codes(again, "examples/unused.py") == ["F401"]


def test_other_settings_are_another_cache_key(
    plan: Path, tmp_path: Path, watch: Watch
) -> None:
    cache = tmp_path / "cache"
    lint_plan(plan, ROOT, PATHS, [], [], cache=cache)
    root = tmp_path / "other-root"
    root.mkdir()
    settings = (ROOT / "pyproject.toml").read_text()
    (root / "pyproject.toml").write_text(settings + "\n# another setting\n")
    lint_plan(plan, root, PATHS, [], [], cache=cache)
    assert watch.asked == [PATHS, PATHS]


def test_a_corrupt_entry_is_linted_again_not_trusted(
    plan: Path, tmp_path: Path, watch: Watch
) -> None:
    cache = tmp_path / "cache"
    lint_plan(plan, ROOT, PATHS, [], [], cache=cache)
    for entry in cache.rglob("*.json"):
        entry.write_text("{not json")
    again = lint_plan(plan, ROOT, PATHS, [], [], cache=cache)
    assert watch.asked == [PATHS, PATHS]
    assert codes(again, "examples/unused.py") == ["F401"]


def test_a_file_that_does_not_parse_fails_alone(plan: Path, tmp_path: Path) -> None:
    (plan / "examples" / "broken.py").write_text("total = (\n")
    (plan / "examples" / "ugly.py").write_text("x=1\nprint(x)\n#> 1\n")
    paths = [*PATHS, "examples/broken.py", "examples/ugly.py"]
    report = lint_plan(plan, ROOT, paths, [], [], cache=tmp_path / "cache")
    assert codes(report, "examples/broken.py") == ["invalid-syntax"]
    assert codes(report, "examples/unused.py") == ["F401"]
    assert report.format_lines("examples/ugly.py") == [(1, 3)]  # the hunk
