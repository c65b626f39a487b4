"""The cost of one executed example, and of each validator's batch, on one handbook.

Run by ``run.py`` in a child process, with the handbook copy's own ``src/`` first on
``PYTHONPATH`` (so the engine measured is the copy's)::

    python benchmarks/examples_cost.py --project COPY --scratch DIR --out JSON

The Python examples the test run executes (every ``python`` example file that is not
skipped and needs no newer Python) are run three ways, one after the other in the same
run:

- ``bare process``: ``python FILE``, one bare interpreter per file (`floor.py`);
- ``one process``: every file executed in one interpreter, each in a fresh namespace;
- ``sandbox``: the handbook's own path, ``HandbookSession.sandbox`` then
  ``Sandbox.run_python`` per example (a fork of the warm worker in bubblewrap),
  timed from the caller, JSON round trip included. The worker's start (bubblewrap,
  interpreter, the examples' libraries imported once) is reported apart.

The two floors run inside one bubblewrap network namespace where it can be made, so
no example can reach the network. Then every non-Python block is validated as the
test run does, one check at a time (the targets grouped by
`handbook.validators.check_name`), each check's time including its own one-time setup
(validate-pyproject builds its schemas once per process), then all at once as the test
run calls it (`HandbookSession.validation`), its tools side by side on threads.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, cast

from handbook.extract import Example
from handbook.project import load_tolerant
from handbook.pytest_plugin import HandbookSession
from handbook.sandbox import FIXED_ENV, Unit, confined, current_interpreter
from handbook.validators import ENGINE_LANGUAGES, Target, check_name, validate_all

FLOOR = Path(__file__).with_name("floor.py")


def runnable(example: Example) -> bool:
    """Whether the test run executes this example with the current interpreter."""
    settings = example.first.settings
    if example.language != "python" or settings.skip_reason is not None:
        return False
    needs = settings.requires
    return needs is None or sys.version_info[:2] >= needs


def floor(mode: str, files: list[Path], scratch: Path) -> dict[str, Any]:
    """Run the files by `floor.py` in `mode` (``each`` or ``one``); their timings."""
    folder = scratch / f"floor-{mode}"
    folder.mkdir(parents=True, exist_ok=True)
    driver = folder / "floor.py"
    shutil.copy(FLOOR, driver)
    bin_dir = str(Path(sys.executable).parent)
    env = {**FIXED_ENV, "PATH": f"{bin_dir}:/usr/local/bin:/usr/bin:/bin"}
    env |= {"HOME": str(folder), "TMPDIR": str(folder)}
    listing = folder / "files.json"
    listing.write_text(
        json.dumps({"files": [str(f) for f in files], "env": env}), encoding="utf-8"
    )
    out = folder / "result.json"
    command = confined(
        [sys.executable, str(driver), mode, str(listing), str(out)], scratch
    )
    where = "bubblewrap" if command[0] == "bwrap" else "no sandbox (bubblewrap missing)"
    start = time.perf_counter()
    subprocess.run(  # noqa: S603 - our own driver, in bubblewrap where it can be made
        command, cwd=folder, env=env, capture_output=True, check=False, timeout=3600
    )
    wall = time.perf_counter() - start
    results = cast("list[dict[str, Any]]", json.loads(out.read_text("utf-8")))
    return {
        "where": where,
        "wall_s": wall,
        "per_example_s": [r["s"] for r in results],
        "failed": sum(1 for r in results if r["rc"] != 0),
    }


def sandboxed(session: HandbookSession, examples: list[Example]) -> dict[str, Any]:
    """Run each example as the test run does; the worker's start timed apart."""
    start = time.perf_counter()
    sandbox = session.sandbox(current_interpreter())
    started = time.perf_counter() - start
    times: list[float] = []
    failed = 0
    for example in examples:
        first = example.first.settings
        units = [Unit(block.code, block.code_line) for block in example.blocks]
        begin = time.perf_counter()
        outcome = sandbox.run_python(
            units,
            str(session.root / example.first.page),
            clock=first.clock,
            seed=first.seed,
        )
        times.append(time.perf_counter() - begin)
        units_done = outcome.units()
        if outcome.ended or any("error" in u for u in units_done) or outcome.crash():
            failed += 1
    return {
        "where": sandbox.kind,
        "start_s": started,
        "warm_modules": len(session.warm_modules()),
        "per_example_s": times,
        "failed": failed,
    }


def validators(session: HandbookSession) -> dict[str, Any]:
    """The whole batch as the test run makes it, then each check's batch alone."""
    start = time.perf_counter()
    plan = session.plan
    plan_s = time.perf_counter() - start
    targets = [
        Target(
            key=ex.path,
            path=plan / ex.path,
            language=ex.language,
            title=ex.first.settings.title,
            content=ex.content,
        )
        for ex in session.project.examples
        if ex.language not in ENGINE_LANGUAGES and ex.first.settings.skip_reason is None
    ]
    groups: dict[str, list[Target]] = defaultdict(list)
    for target in targets:
        name = check_name(target.language, target.title, target.content)
        groups[name or "no validator"].append(target)
    checks: dict[str, dict[str, Any]] = {}
    for name, members in sorted(groups.items()):
        start = time.perf_counter()
        found = validate_all(members)
        checks[name] = {
            "files": len(members),
            "s": time.perf_counter() - start,
            "with_findings": sum(1 for f in found.values() if f),
        }
    start = time.perf_counter()
    findings = validate_all(targets)
    batch_s = time.perf_counter() - start
    return {
        "plan_s": plan_s,
        "batch_s": batch_s,
        "files": len(targets),
        "with_findings": sum(1 for f in findings.values() if f),
        "checks": checks,
    }


def main() -> None:
    """Measure and write the JSON the report is made from."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--project", type=Path, required=True)
    parser.add_argument("--scratch", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--limit", type=int, default=0, help="at most this many")
    parser.add_argument("--skip-examples", action="store_true")
    parser.add_argument("--skip-validators", action="store_true")
    args = parser.parse_args()
    root = cast("Path", args.project).resolve()
    scratch = cast("Path", args.scratch).resolve()
    scratch.mkdir(parents=True, exist_ok=True)
    project = load_tolerant(root)
    session = HandbookSession(root=root, project=project, update=False)
    result: dict[str, Any] = {}
    try:
        if not args.skip_examples:
            examples = [ex for ex in project.examples if runnable(ex)]
            if args.limit:
                examples = examples[: args.limit]
            files: list[Path] = []
            for example in examples:
                target = scratch / "files" / example.path
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(example.content, encoding="utf-8")
                files.append(target)
            result["examples"] = {
                "count": len(examples),
                "bare process": floor("each", files, scratch),
                "one process": floor("one", files, scratch),
                "sandbox": sandboxed(session, examples),
            }
        if not args.skip_validators:
            result["validators"] = validators(session)
    finally:
        session.close()
    cast("Path", args.out).write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
