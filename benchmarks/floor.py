"""The floor an example's run is compared with: plain Python, no sandbox of ours.

Run by ``examples_cost.py`` (inside one bubblewrap network namespace when it can be
had, so an example that reaches for the network cannot, and the namespace is paid
for once, not per file)::

    python floor.py each|one LIST_JSON OUT_JSON

``each`` runs every file by a bare ``python FILE`` process of its own, in a fresh
folder; ``one`` executes every file in this one process, each in a fresh namespace.
Each file's wall time goes to OUT_JSON.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NoReturn, cast


def each(files: list[str], env: dict[str, str]) -> list[dict[str, Any]]:
    """Run each file in a bare interpreter of its own."""
    results: list[dict[str, Any]] = []
    for name in files:
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            try:
                done = subprocess.run(  # noqa: S603 - this interpreter, a file of ours
                    [sys.executable, name],
                    cwd=folder,
                    env={**env, "HOME": folder, "TMPDIR": folder},
                    capture_output=True,
                    check=False,
                    timeout=60,
                )
                code = done.returncode
            except subprocess.TimeoutExpired:
                code = -9
            results.append({"file": name, "s": time.perf_counter() - start, "rc": code})
    return results


class _Exit(Exception):  # noqa: N818 - stands for os._exit
    """Raised instead of ending the process when an example calls ``os._exit``."""


ONE_LIMIT = 30.0
"""Seconds one example may take in the shared process."""


def _too_long(signum: int, frame: object) -> NoReturn:
    del signum, frame
    msg = f"more than {ONE_LIMIT:.0f} s in the shared process"
    raise TimeoutError(msg)


def _no_exit(status: int) -> NoReturn:
    raise _Exit(status)


def one(files: list[str]) -> list[dict[str, Any]]:
    """Execute each file in this process, each in a fresh ``__main__`` namespace."""
    results: list[dict[str, Any]] = []
    home = Path.cwd()
    real_exit = os._exit
    os._exit = _no_exit
    try:
        for name in files:
            code = Path(name).read_text(encoding="utf-8")
            with tempfile.TemporaryDirectory() as folder:
                os.chdir(folder)
                namespace: dict[str, Any] = {"__name__": "__main__", "__file__": name}
                sink = io.StringIO()
                start = time.perf_counter()
                status = 0
                # An example that waits for ever here (an event loop or a thread left
                # by the one before it) is stopped after ONE_LIMIT seconds and counted
                # as failed: sharing one process is what this floor cannot isolate.
                signal.signal(signal.SIGALRM, _too_long)
                signal.setitimer(signal.ITIMER_REAL, ONE_LIMIT)
                try:
                    with (
                        contextlib.redirect_stdout(sink),
                        contextlib.redirect_stderr(sink),
                    ):
                        exec(compile(code, name, "exec"), namespace)  # noqa: S102 - the handbook's own examples
                except BaseException:
                    status = 1
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                elapsed = time.perf_counter() - start
                os.chdir(home)
            results.append({"file": name, "s": elapsed, "rc": status})
    finally:
        os._exit = real_exit
    return results


def main() -> None:
    """``floor.py each|one LIST_JSON OUT_JSON``."""
    mode, listing, out = sys.argv[1:4]
    request = cast("dict[str, Any]", json.loads(Path(listing).read_text("utf-8")))
    files = cast("list[str]", request["files"])
    env = cast("dict[str, str]", request["env"])
    results = each(files, env) if mode == "each" else one(files)
    Path(out).write_text(json.dumps(results), encoding="utf-8")
    sys.stdout.flush()
    os._exit(0)  # an example's leftover thread must not keep the floor waiting


if __name__ == "__main__":
    main()
