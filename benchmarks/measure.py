"""How the benchmarks time a command, find its peak memory and describe the machine.

`timed` runs one command as a child of this process and reaps it with ``os.wait4``,
so the wall time is the child's own and ``ru_maxrss`` is the peak resident memory of
the child (or of the largest of its descendants it waited for). `serve_latency`
starts ``mkdocs serve`` on a copy, edits a page of it and polls the served page until
the edit shows.
"""

from __future__ import annotations

import contextlib
import os
import platform
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ANSI = re.compile(r"\x1b\[[0-9;]*m")
TOOLS = (
    "mkdocs",
    "mkdocs-material",
    "pymdown-extensions",
    "markdown",
    "mkdocstrings",
    "mkdocs-jupyter",
    "pytest",
    "pytest-xdist",
    "ruff",
    "basedpyright",
    "zensical",
)


@dataclass(frozen=True)
class Run:
    """One command's run."""

    seconds: float
    maxrss_mb: float
    returncode: int
    output: str

    @property
    def ok(self) -> bool:
        """Whether the command exited with status 0."""
        return self.returncode == 0

    def tail(self, lines: int = 25) -> str:
        """The last lines of its output, without colour codes."""
        return "\n".join(ANSI.sub("", self.output).strip().splitlines()[-lines:])


def timed(
    command: Sequence[str],
    *,
    cwd: Path,
    env: dict[str, str],
    timeout: float = 1800.0,
    log: Path | None = None,
) -> Run:
    """Run `command`, timing it and reading its peak memory from ``wait4``.

    The command runs in a session of its own; past `timeout` seconds that process
    group is killed and the run reports status -9.
    """
    log = log or cwd.parent / f".bench-{os.getpid()}-{time.monotonic_ns()}.log"
    with log.open("w", encoding="utf-8") as out:
        start = time.perf_counter()
        process = subprocess.Popen(  # noqa: S603 - the benchmarks' own commands
            list(command),
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        timer = threading.Timer(timeout, _kill_group, (process.pid,))
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    output = log.read_text(encoding="utf-8", errors="replace")
    return Run(seconds, usage.ru_maxrss / 1024, process.returncode, output)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def median(values: Sequence[float]) -> float:
    """The median, or 0.0 for no values."""
    return statistics.median(values) if values else 0.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str | None:
    """The body of a page of the local server, or None if it does not answer yet."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - 127.0.0.1 only
            return bytes(response.read()).decode("utf-8", errors="replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def wait_for(
    url: str, text: str | None, timeout: float, alive: subprocess.Popen[bytes]
) -> float | None:
    """Seconds until `url` serves a page (containing `text`, if given); None if never.

    Raises:
        RuntimeError: When the server process ends while waiting.
    """
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if alive.poll() is not None:
            msg = f"the server ended with status {alive.returncode}"
            raise RuntimeError(msg)
        body = fetch(url)
        if body is not None and (text is None or text in body):
            return time.perf_counter() - start
        time.sleep(0.05)
    return None


@contextlib.contextmanager
def server(
    command: Sequence[str], *, cwd: Path, env: dict[str, str], log: Path
) -> Generator[subprocess.Popen[bytes]]:
    """Run a server in its own session; end its process group afterwards."""
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(  # noqa: S603 - mkdocs serve, fixed arguments
            list(command),
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            yield process
        finally:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                _kill_group(process.pid)
                process.wait()


def machine(project: Path) -> dict[str, object]:
    """The machine, the interpreter, the tools and the commit the figures are from."""
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = 0.0
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                memory = int(line.split()[1]) / 1024 / 1024
                break
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else ()
    versions: dict[str, str] = {}
    for tool in TOOLS:
        try:
            versions[tool] = metadata.version(tool)
        except metadata.PackageNotFoundError:
            versions[tool] = "not installed"
    versions["bubblewrap"] = _output(["bwrap", "--version"], project) or "not installed"
    commit = _output(["git", "-C", str(project), "rev-parse", "HEAD"], project)
    dirty = _output(["git", "-C", str(project), "status", "--porcelain"], project)
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(affinity) or os.cpu_count(),
        "cpu_model": model or platform.processor() or "unknown",
        "ram_gib": round(memory, 1),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": platform.platform(),
        "tools": versions,
        "commit": commit or "not a git checkout",
        "uncommitted_changes": bool(dirty),
        "load_average_start": list(os.getloadavg()),
    }


def _output(command: list[str], cwd: Path) -> str:
    try:
        result = subprocess.run(  # noqa: S603 - fixed read-only commands
            command, cwd=cwd, capture_output=True, text=True, check=False, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""


def python() -> str:
    """The interpreter of this environment (the one ``uv run`` gives)."""
    return sys.executable
