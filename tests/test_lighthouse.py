"""The Lighthouse script keeps working: one run on a tiny site of one page, mobile only.

No score is asserted: the report only has to have its shape. How a Lighthouse report
is read (which audits count as failing) is checked on a report made up here.
Lighthouse comes from npm (``npm ci --prefix benchmarks/lighthouse``); without it, or
without chromium, the run is skipped with the command to run, and fails when CI=true.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import cast

import lighthouse
import pytest
from support import QUIET, ROOT, build_site, chromium_choice

SCRIPT = ROOT / "benchmarks" / "lighthouse.py"
LIGHTHOUSE = ROOT / "benchmarks" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = {"performance", "accessibility", "best-practices", "seo"}


def require_lighthouse() -> None:
    """Skip where Lighthouse or node is missing; fail instead when CI=true."""
    missing = None
    if shutil.which("node") is None:
        missing = "no node on PATH (apt-get install nodejs npm)"
    elif not LIGHTHOUSE.exists():
        missing = (
            f"no {LIGHTHOUSE.relative_to(ROOT)}: npm ci --prefix benchmarks/lighthouse"
        )
    if missing is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{missing} (CI=true: the Lighthouse test must run)", pytrace=False)
    pytest.skip(missing)


def chrome_binary() -> str:
    """The chromium the browser tests use, as a path Lighthouse can launch."""
    choice = chromium_choice()
    if choice is not None:
        return choice
    from playwright.sync_api import sync_playwright  # noqa: PLC0415  # browser tests only

    with sync_playwright() as playwright:
        return playwright.chromium.executable_path


def test_failing_audits_are_read_as_lighthouse_shows_them() -> None:
    audits = {
        "bad-contrast": {"score": 0, "scoreDisplayMode": "binary"},
        "good-names": {"score": 1, "scoreDisplayMode": "binary"},
        "slow-paint": {"score": 0.5, "scoreDisplayMode": "numeric"},
        "almost-fast": {"score": 0.95, "scoreDisplayMode": "numeric"},
        "big-dom": {"score": 0.4, "scoreDisplayMode": "metricSavings"},
        "a-note": {"score": None, "scoreDisplayMode": "informative"},
        "no-paint": {
            "score": None,
            "scoreDisplayMode": "error",
            "errorMessage": "NO_FCP",
        },
    }

    def refs(*ids: str) -> list[dict[str, object]]:
        return [{"id": i, "weight": 1} for i in ids]

    report: dict[str, object] = {
        "categories": {
            "performance": {"score": None, "auditRefs": refs("no-paint", "slow-paint")},
            "accessibility": {
                "score": 0.874,
                "auditRefs": refs("bad-contrast", "good-names", "a-note"),
            },
            "best-practices": {
                "score": 0.9,
                "auditRefs": refs("slow-paint", "almost-fast", "big-dom"),
            },
            "seo": {"score": 1, "auditRefs": refs("bad-contrast")},
        },
        "audits": audits,
    }
    result = lighthouse.Result("/", "mobile", "http://127.0.0.1/latest/")
    lighthouse.read_report(report, result)
    assert result.scores == {
        "performance": None,
        "accessibility": 87,
        "best-practices": 90,
        "seo": 100,
    }
    assert result.failing == {
        "accessibility": ["bad-contrast"],
        "best-practices": ["slow-paint", "big-dom"],
    }
    assert result.error == "performance has no score: NO_FCP"


@pytest.mark.browser
@pytest.mark.timeout(600)
def test_a_run_on_one_page_writes_a_report_of_the_right_shape(tmp_path: Path) -> None:
    require_lighthouse()
    project = tmp_path / "tiny"
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(
        "site_name: Tiny\ntheme:\n  name: mkdocs\nplugins: []\n", encoding="utf-8"
    )
    (project / "docs" / "index.md").write_text(
        "# Tiny\n\nOne page, for Lighthouse to read.\n", encoding="utf-8"
    )
    built = build_site(project / "mkdocs.yml", tmp_path / "site")
    assert built.returncode == 0, built.output
    out = tmp_path / "report"
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--site",
            str(built.site),
            "--page",
            "/",
            "--form-factor",
            "mobile",
            "--chrome",
            chrome_binary(),
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **QUIET},
        timeout=540,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    data = cast("dict[str, object]", json.loads((out / "lighthouse.json").read_text()))
    assert data["lighthouse"] == "12.2.3"
    assert str(data["browser"]).startswith("Chromium ")
    results = cast("list[dict[str, object]]", data["results"])
    assert len(results) == 1
    (result,) = results
    assert result["page"] == "/"
    assert result["form_factor"] == "mobile"
    assert str(result["url"]).endswith("/latest/")
    assert result["error"] is None
    scores = cast("dict[str, object]", result["scores"])
    assert set(scores) == CATEGORIES
    for name, score in scores.items():
        assert isinstance(score, int), name
        assert 0 <= score <= 100  # noqa: PLR2004 - a percentage
    failing = cast("dict[str, list[str]]", result["failing"])
    under = {name for name, score in scores.items() if cast("int", score) < 100}  # noqa: PLR2004
    assert set(failing) == under, (
        "failing audits are listed for each category under 100"
    )
    assert all(isinstance(i, str) and i for ids in failing.values() for i in ids)
    report = (out / "lighthouse.md").read_text(encoding="utf-8")
    assert "| page | form factor | performance | accessibility |" in report
    assert "| `/` | mobile |" in report


def test_the_readme_shows_the_committed_report() -> None:
    """The README's figures are the summary of benchmarks/lighthouse.json, unedited."""
    data = json.loads((ROOT / "benchmarks" / "lighthouse.json").read_text("utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert lighthouse.update_readme(readme, data) == readme
    assert lighthouse.readme_summary(data) in readme


def test_the_summary_counts_the_pages_that_reach_the_targets() -> None:
    def result(page: str, form_factor: str, performance: int) -> dict[str, object]:
        scores = {"performance": performance, "accessibility": 100, "seo": 92}
        return {"page": page, "form_factor": form_factor, "scores": scores}

    data: dict[str, object] = {
        "measured": "2026-12-01T00:00:00+00:00",
        "lighthouse": "12.2.3",
        "results": [
            result("/", "mobile", 90),
            result("/", "desktop", 94),
            result("rules/", "mobile", 89),
            result("rules/", "desktop", 95),
        ],
    }
    text = lighthouse.readme_summary(data)
    assert "| `/` | 90 | 94 | 92 |" in text
    assert "| `rules/` | 89 | 95 | 92 |" in text
    assert "1 of 2 pages reach 90 on mobile, 1 of 2 pages reach 95 on desktop" in text
    with pytest.raises(ValueError, match="lighthouse:start"):
        lighthouse.update_readme("no markers", data)
