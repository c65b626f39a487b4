"""Run examples outside the test process, in an operating-system sandbox.

`Sandbox` starts the worker (``worker.py`` beside this file) under bubblewrap: a
private network namespace with loopback only, the whole file system read-only except
one private folder, its own process IDs, and the worker killed with the test run. The
worker imports the examples' libraries once and forks a fresh child per request, so
isolation costs a fork, not an interpreter start.

Where bubblewrap cannot make that sandbox, the worker runs without it and guards the
network in-process; `Sandbox.kind` says which, for the run's tally. Setting
``HANDBOOK_SANDBOX=required`` (or ``CI=true``) turns the fallback into an error.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

WORKER = Path(__file__).with_name("worker.py")
DEFAULT_TIMEOUT = 60.0
DEFAULT_MEMORY = 4 << 30
"""Address space a child may use (RLIMIT_AS); the warm parent already maps ~1 GiB."""
SLACK = 30.0
"""Extra seconds the engine waits for the worker beyond a request's own timeout."""

FIXED_ENV = {
    "TZ": "UTC",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONUTF8": "1",
    "NO_COLOR": "1",
    "COLUMNS": "88",
    "TERM": "dumb",
}
"""The environment every example starts with, whatever the machine's is."""


class SandboxError(RuntimeError):
    """The sandbox could not be made, or its worker failed (not the example)."""


@dataclass(frozen=True)
class Unit:
    """A piece of Python code and the page line its first line sits on."""

    code: str
    first_line: int
    display: bool = False
    """Show the value of a final expression, as a notebook cell does."""


@dataclass
class Outcome:
    """What became of one request."""

    messages: list[dict[str, Any]]
    output: str
    """What the example wrote to stdout and stderr by other means than print."""
    ended: str | None
    """Why the child ended early, if it did: a timeout, os._exit, a signal."""
    elapsed: float

    def units(self) -> list[dict[str, Any]]:
        """The report of each unit that finished (passed or raised), in order."""
        return [m for m in self.messages if m.get("kind") == "unit"]

    def commands(self) -> list[dict[str, Any]]:
        """The report of each shell command that finished, in order."""
        return [m for m in self.messages if m.get("kind") == "command"]

    def crash(self) -> dict[str, Any] | None:
        """The child's own failure (not the example's), if any."""
        return next(
            (m["error"] for m in self.messages if m.get("kind") == "crash"), None
        )


def sandbox_mode() -> str:
    """``required``, ``auto`` or ``off``, from ``HANDBOOK_SANDBOX`` (and ``CI``)."""
    mode = os.environ.get("HANDBOOK_SANDBOX", "").strip().lower()
    if mode in {"required", "auto", "off"}:
        return mode
    return "required" if os.environ.get("CI", "").lower() == "true" else "auto"


def probe_bwrap() -> str | None:
    """Return why bubblewrap cannot make the sandbox here, or None when it can."""
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return "bubblewrap is not installed (apt-get install bubblewrap)"
    try:
        result = subprocess.run(  # noqa: S603 - bwrap, found on PATH
            [bwrap, *_namespaces(), "--ro-bind", "/", "/", "--", "/bin/true"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"bubblewrap could not start: {error}"
    if result.returncode != 0:
        return f"bubblewrap cannot make namespaces here: {result.stderr.strip()}"
    return None


def confined(command: Sequence[str], folder: Path) -> list[str]:
    """`command` made to run in bubblewrap, writing only to `folder`, with no network.

    For tools that may run what a block says while they only read it: ``make
    --dry-run`` still expands ``$(shell ...)``. Where bubblewrap cannot make a sandbox,
    the command comes back as it is, unless the sandbox is required (CI), which raises.

    Raises:
        SandboxError: When the sandbox is required and cannot be made.
    """
    mode = sandbox_mode()
    why_not = probe_bwrap_once() if mode != "off" else "HANDBOOK_SANDBOX=off"
    if why_not is None:
        under_tmp = [
            arg
            for path in (Path(sys.prefix), Path(command[0]).parent)
            if path.is_relative_to("/tmp") and path.exists()  # noqa: S108
            for arg in ("--ro-bind", str(path), str(path))
        ]
        return [*_isolated(under_tmp, folder), "--chdir", str(folder), "--", *command]
    if mode == "required":
        msg = (
            "the OS sandbox is required (CI=true or HANDBOOK_SANDBOX=required) "
            f"but {why_not}"
        )
        raise SandboxError(msg)
    return list(command)


@functools.cache
def probe_bwrap_once() -> str | None:
    """`probe_bwrap`, asked once per process."""
    return probe_bwrap()


def _isolated(under_tmp: list[str], writable: Path) -> list[str]:
    """The bubblewrap prefix both sandboxes share: namespaces, read-only root, /tmp.

    /tmp is private and empty but for `writable` (bound read-write) and what
    `under_tmp` binds back read-only.
    """
    return [
        "bwrap",
        *_namespaces(),
        "--ro-bind",
        "/",
        "/",
        "--dev",
        "/dev",
        "--proc",
        "/proc",
        "--tmpfs",
        "/tmp",  # noqa: S108 - a private, empty /tmp inside the sandbox
        *under_tmp,
        "--bind",
        str(writable),
        str(writable),
    ]


def _namespaces() -> list[str]:
    return [
        "--unshare-net",
        "--unshare-pid",
        "--unshare-ipc",
        "--unshare-uts",
        "--die-with-parent",
        "--new-session",
    ]


@dataclass
class Sandbox:
    """One worker process for one interpreter, serving requests one at a time."""

    interpreter: Path
    scratch: Path
    """A folder of the test run; the only one the examples may write to."""
    warm: tuple[str, ...] = ()
    path_extra: tuple[str, ...] = ()
    """Folders put in front of PATH (the environment's bin, for console commands)."""
    writable: tuple[Path, ...] = ()
    """Folders outside `scratch` the examples may write to, bound read-write at their
    own path (each must exist). Everything else stays read-only."""
    uv_cache: Path | None = None
    """uv's cache, for ``uv lock --offline`` in a console block: bound read-write like
    `writable` and named in ``UV_CACHE_DIR``. ``UV_OFFLINE=1`` is always set."""
    kind: str = "none"
    """``os`` (bubblewrap) or ``in-process`` (the fallback guard); set by `start`."""
    reason: str = ""
    """Why the fallback was used."""
    _process: subprocess.Popen[str] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _count: int = 0

    def start(self) -> None:
        """Start the worker, in bubblewrap where it can be made."""
        self.scratch.mkdir(parents=True, exist_ok=True)
        (self.scratch / "home").mkdir(exist_ok=True)
        (self.scratch / "tmp").mkdir(exist_ok=True)
        binds = self.binds()
        missing = [str(folder) for folder in binds if not folder.is_dir()]
        if missing:
            listed = ", ".join(missing)
            msg = f"folders to bind into the sandbox do not exist: {listed}"
            raise SandboxError(msg)
        mode = sandbox_mode()
        why_not = probe_bwrap() if mode != "off" else "HANDBOOK_SANDBOX=off"
        if why_not is not None and mode == "required":
            msg = (
                f"the OS sandbox is required (CI=true or HANDBOOK_SANDBOX=required) "
                f"but {why_not}"
            )
            raise SandboxError(msg)
        worker = [str(self.interpreter), "-P", str(WORKER), "--warm", *self.warm]
        env = self.environment()
        if why_not is None:
            self.kind = "os"
            command = [
                *_isolated(self._visible_under_tmp(), self.scratch),
                *[arg for path in binds for arg in ("--bind", str(path), str(path))],
                "--chdir",
                str(self.scratch),
                "--clearenv",
                *[
                    arg
                    for key, value in env.items()
                    for arg in ("--setenv", key, value)
                ],
                "--",
                *worker,
            ]
        else:
            self.kind = "in-process"
            self.reason = why_not
            command = [*worker, "--guard-network"]
        self._process = subprocess.Popen(  # noqa: S603 - the handbook's own worker
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=self.scratch,
        )
        ready = self._process.stdout.readline() if self._process.stdout else ""
        if not ready:
            msg = f"the sandbox worker did not start: {' '.join(command[:3])} ..."
            raise SandboxError(msg)

    def binds(self) -> tuple[Path, ...]:
        """The folders besides `scratch` that the sandbox binds read-write."""
        extra = (self.uv_cache,) if self.uv_cache is not None else ()
        return tuple(dict.fromkeys((*self.writable, *extra)))

    def _visible_under_tmp(self) -> list[str]:
        """Read-only binds for what the worker needs that lives under /tmp.

        A checkout or virtual environment in /tmp (a CI clone, a test's copy) would be
        hidden by the sandbox's private /tmp; these folders are put back, read-only.
        """
        needed = {
            Path(sys.prefix),
            WORKER.parents[3],  # the checkout, for an editable install
            self.interpreter.parent,
            self.interpreter.resolve().parent,
            *(Path(p) for p in self.path_extra),
        }
        binds: list[str] = []
        for folder in sorted(needed):
            if folder.is_relative_to("/tmp") and folder.exists():  # noqa: S108
                binds += ["--ro-bind", str(folder), str(folder)]
        return binds

    def environment(self) -> dict[str, str]:
        """The environment of the worker and so of every example."""
        home = str(self.scratch / "home")
        path = [*self.path_extra, str(self.interpreter.parent), "/usr/local/bin"]
        path += ["/usr/bin", "/bin"]
        env = {
            **FIXED_ENV,
            "HOME": home,
            "TMPDIR": str(self.scratch / "tmp"),
            "PATH": os.pathsep.join(dict.fromkeys(path)),
            "UV_OFFLINE": "1",
        }
        if self.uv_cache is not None:
            env["UV_CACHE_DIR"] = str(self.uv_cache)
        return env

    def run_python(  # noqa: PLR0913 - each is a documented knob of one request
        self,
        units: list[Unit],
        filename: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        memory: int = DEFAULT_MEMORY,
        clock: str | None = None,
        seed: int = 0,
    ) -> Outcome:
        """Run `units` in order in one fresh process; `filename` names their page."""
        request: dict[str, Any] = {
            "op": "python",
            "filename": filename,
            "units": [
                {"code": u.code, "first_line": u.first_line, "display": u.display}
                for u in units
            ],
            "timeout": timeout,
            "memory": memory,
            "clock": clock,
            "seed": seed,
        }
        return self._request(request, files={})

    def run_shell(
        self,
        commands: list[str],
        files: dict[str, str],
        *,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> Outcome:
        """Run shell commands in a fresh folder holding `files` (name -> text)."""
        request: dict[str, Any] = {
            "op": "shell",
            "commands": commands,
            "timeout": timeout,
            "memory": 0,
        }
        return self._request(request, files=files)

    def _request(self, request: dict[str, Any], files: dict[str, str]) -> Outcome:
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self.start()
            self._count += 1
            workdir = self.scratch / f"run-{self._count}"
            workdir.mkdir()
            for name, text in files.items():
                target = workdir / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
            request["cwd"] = str(workdir)
            request["env"] = {**self.environment(), "PWD": str(workdir)}
            process = self._process
            if process is None or process.stdin is None or process.stdout is None:
                msg = "the sandbox worker is not running"
                raise SandboxError(msg)
            try:
                process.stdin.write(json.dumps(request) + "\n")
                process.stdin.flush()
            except BrokenPipeError:
                self._process = None
                msg = "the sandbox worker has gone away"
                raise SandboxError(msg) from None
            line = _read_line(process, float(request["timeout"]) + SLACK)
            if not line:
                self.stop()
                msg = "the sandbox worker died while running an example"
                raise SandboxError(msg)
            reply = cast("dict[str, Any]", json.loads(line))
            return Outcome(
                messages=reply["messages"],
                output=reply.get("output", ""),
                ended=reply.get("ended"),
                elapsed=float(reply.get("elapsed", 0.0)),
            )

    def stop(self) -> None:
        """End the worker (bubblewrap takes everything in the sandbox with it)."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _read_line(process: subprocess.Popen[str], timeout: float) -> str:
    """A line from the worker, or "" if it sent none in time (it is then killed)."""
    stream = process.stdout
    if stream is None:
        return ""
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(stream.readline()))
    reader.daemon = True
    reader.start()
    reader.join(timeout)
    if reader.is_alive():
        process.kill()
        return ""
    return result[0] if result else ""


def current_interpreter() -> Path:
    """The interpreter of the tests; its environment has the examples' libraries."""
    return Path(sys.executable)
