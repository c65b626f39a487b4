"""The sandbox worker: runs examples in fresh processes forked from one warm parent.

This file is executed inside the sandbox (bubblewrap: no network but loopback, a
read-only root, one writable folder) by any Python 3.11 or newer, so it uses the
standard library only. It imports the libraries the examples use once, then serves
requests read from a pipe, one JSON object per line. For each request it forks a
child, which runs the request's code and reports over another pipe; the parent
enforces the timeout from outside (the child's whole process group is killed), so
nothing a block does (``os._exit``, a signal, a patched builtin, a changed
environment, an endless loop that catches ``BaseException``) reaches the test run or
the next block. What the child did not report, the parent explains: "ended the
interpreter with os._exit(0)", "killed by SIGKILL", "did not finish in 60 s".

Usage (the engine starts it; nobody else needs to)::

    python worker.py PROTOCOL_FD [--warm module ...] [--guard-network]
"""

from __future__ import annotations

import argparse
import ast
import builtins
import contextlib
import ctypes
import importlib
import io
import json
import linecache
import os
import random
import re
import resource
import select
import signal
import socket
import subprocess
import sys
import time
import traceback
import types
from typing import Any, cast

PR_SET_CHILD_SUBREAPER = 36
ADDRESS = re.compile(r"0x[a-f0-9]{8,12}>")
LOOPBACK = ("127.", "::1", "localhost", "0.0.0.0")  # noqa: S104 - names, not a bind


def main() -> int:
    """Serve requests until the engine closes the pipe."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--warm", nargs="*", default=[])
    parser.add_argument("--guard-network", action="store_true")
    args = parser.parse_args()
    # The protocol runs on the original stdin and stdout; fd 1 and 2 then point
    # elsewhere, so nothing printed by an import can garble it.
    requests = os.fdopen(os.dup(0), "r", encoding="utf-8")
    replies = os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1):
        os.dup2(devnull, fd)
    _become_subreaper()
    for name in args.warm:
        with contextlib.suppress(BaseException):
            importlib.import_module(name)
    replies.write(json.dumps({"ready": sys.version_info[:3]}) + "\n")
    replies.flush()
    for line in requests:
        request = json.loads(line)
        reply = serve(request, guard_network=args.guard_network)
        replies.write(json.dumps(reply) + "\n")
        replies.flush()
    return 0


def serve(request: dict[str, Any], *, guard_network: bool) -> dict[str, Any]:
    """Fork a child for one request, wait for it, and say what became of it."""
    os.makedirs(request["cwd"], exist_ok=True)
    output_path = request["cwd"].rstrip("/") + ".output"  # beside, not inside
    read_end, write_end = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _child(request, write_end, output_path, guard_network=guard_network)
    os.close(write_end)
    messages, timed_out = _collect(read_end, pid, request["timeout"])
    _, status = os.waitpid(pid, 0)
    _kill_leftovers(pid)
    elapsed = time.monotonic() - started
    reply: dict[str, Any] = {
        "messages": messages,
        "elapsed": round(elapsed, 4),
        "output": _read_output(output_path),
    }
    finished = any(m.get("kind") == "done" for m in messages)
    if timed_out:
        reply["ended"] = f"did not finish in {request['timeout']:g} s and was killed"
    elif not finished:
        reply["ended"] = _describe_end(status, messages)
    return reply


def _collect(fd: int, pid: int, timeout: float) -> tuple[list[dict[str, Any]], bool]:
    """Read the child's messages until it closes the pipe or its time is up."""
    deadline = time.monotonic() + timeout
    buffer = b""
    timed_out = False
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            _kill_group(pid)
            break
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            break
        buffer += chunk
    os.close(fd)
    messages: list[dict[str, Any]] = []
    for raw in buffer.split(b"\n"):
        if raw.strip():
            with contextlib.suppress(ValueError):
                messages.append(json.loads(raw))
    return messages, timed_out


def _describe_end(status: int, messages: list[dict[str, Any]]) -> str:
    for message in messages:
        if message.get("kind") == "exit":
            return f"ended the interpreter with os._exit({message['status']})"
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        name = signal.Signals(number).name if number in signal.valid_signals() else ""
        return f"was killed by signal {name or number}"
    code = os.WEXITSTATUS(status)
    return f"ended the interpreter with exit status {code} before it finished"


def _kill_group(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.killpg(pid, signal.SIGKILL)


def _kill_leftovers(pid: int) -> None:
    """End whatever the example left running: its process group, then any orphan."""
    _kill_group(pid)
    for child in _children():
        with contextlib.suppress(OSError):
            os.kill(child, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(child, 0)


def _children() -> list[int]:
    found: list[int] = []
    with contextlib.suppress(OSError):
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/children", encoding="ascii") as file:
                found.extend(int(pid) for pid in file.read().split())
    return found


def _become_subreaper() -> None:
    """Orphans of an example become this process's children, so they can be ended."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def _read_output(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            text = file.read(20_000)
    except OSError:
        return ""
    with contextlib.suppress(OSError):
        os.remove(path)
    return text


# --- the child -------------------------------------------------------------------


class Reporter:
    """Writes one JSON message per line to the pipe the parent reads."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def send(self, message: dict[str, Any]) -> None:
        data = (json.dumps(message, default=str) + "\n").encode()
        while data:
            written = os.write(self.fd, data)
            data = data[written:]


def _child(
    request: dict[str, Any], fd: int, output_path: str, *, guard_network: bool
) -> None:
    reporter = Reporter(fd)
    real_exit = os._exit
    try:
        os.setpgid(0, 0)
        limit = int(request.get("memory") or 0)
        if limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        output = os.open(output_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)
        os.dup2(output, 1)
        os.dup2(output, 2)
        sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb", 0), write_through=True)
        sys.stderr = io.TextIOWrapper(os.fdopen(2, "wb", 0), write_through=True)
        os.chdir(request["cwd"])
        sys.path.insert(0, request["cwd"])
        os.environ.clear()
        os.environ.update(request.get("env") or {})
        random.seed(int(request.get("seed", 0)))
        if guard_network:
            _guard_network()

        def reported_exit(status: int) -> None:
            reporter.send({"kind": "exit", "status": status})
            real_exit(status)

        os._exit = reported_exit  # type: ignore[assignment]
        if request["op"] == "python":
            _run_units(request, reporter)
        elif request["op"] == "shell":
            _run_shell(request, reporter)
        reporter.send({"kind": "done"})
    except BaseException as error:
        with contextlib.suppress(BaseException):
            reporter.send({"kind": "crash", "error": _error(error, "")})
    finally:
        real_exit(0)


def _run_units(request: dict[str, Any], reporter: Reporter) -> None:
    """Run the request's code units in order, in one namespace, reporting each."""
    filename = request["filename"]
    lines = _register_source(filename, request["units"])
    # A real module, so libraries that look a class's module up in sys.modules
    # (pydantic, SQLAlchemy, dataclasses) find the example's names, and a real file
    # behind __file__, holding the code at its page lines, for code that reads it.
    stem = re.sub(r"\W", "_", os.path.splitext(os.path.basename(filename))[0])
    copy = os.path.join(
        request["cwd"], f"{stem}_{request['units'][0]['first_line']}.py"
    )
    with open(copy, "w", encoding="utf-8") as file:
        file.writelines(lines)
    module = types.ModuleType("__main__")
    module.__file__ = copy
    module.__builtins__ = builtins  # type: ignore[attr-defined]
    sys.modules["__main__"] = module
    namespace = module.__dict__
    clock = _freeze_clock(request.get("clock"))
    for index, unit in enumerate(request["units"]):
        printed: list[dict[str, Any]] = []
        builtins.print = _recorder(filename, printed)  # type: ignore[assignment]
        result: dict[str, Any] = {"kind": "unit", "index": index}
        try:
            result["display"] = _execute(unit, filename, namespace)
        except BaseException as error:
            result["error"] = _error(error, filename)
        finally:
            builtins.print = _REAL_PRINT
        result["prints"] = printed
        reporter.send(result)
        if "error" in result:
            break
    if clock is not None:
        with contextlib.suppress(BaseException):
            clock.stop()


def _execute(unit: dict[str, Any], filename: str, namespace: dict[str, Any]) -> Any:
    """Compile a unit with page line numbers and run it; return a displayed value."""
    shift = int(unit["first_line"]) - 1
    try:
        tree = ast.parse(unit["code"], filename=filename)
    except SyntaxError as error:
        if error.lineno is not None:
            error.lineno += shift
        raise
    ast.increment_lineno(tree, shift)
    last: ast.expr | None = None
    if unit.get("display") and tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body.pop().value
    exec(compile(tree, filename, "exec"), namespace)  # noqa: S102 - running examples is the job
    if last is None:
        return None
    value = eval(compile(ast.Expression(last), filename, "eval"), namespace)  # noqa: S307
    return None if value is None else _masked(repr(value))


def _run_shell(request: dict[str, Any], reporter: Reporter) -> None:
    """Run each command with bash, in order; report its exit status and output.

    The block gets a home and a temporary folder of its own, beside its folder, so
    what one transcript leaves there (a git config, a cache) never reaches another.
    """
    base = request["cwd"].rstrip("/")
    env = {**os.environ, "HOME": base + ".home", "TMPDIR": base + ".tmp"}
    os.makedirs(env["HOME"], exist_ok=True)
    os.makedirs(env["TMPDIR"], exist_ok=True)
    for index, command in enumerate(request["commands"]):
        try:
            done = subprocess.run(  # noqa: S603 - the page's own commands, sandboxed
                ["/bin/bash", "-c", command],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                check=False,
                timeout=request["timeout"],
            )
        except subprocess.TimeoutExpired as error:
            raw = error.output or b""
            result = {"status": None, "output": raw.decode(errors="replace")}
        else:
            result = {
                "status": done.returncode,
                "output": done.stdout.decode(errors="replace"),
            }
        reporter.send({"kind": "command", "index": index, **result})


_REAL_PRINT = builtins.print


def _recorder(filename: str, printed: list[dict[str, Any]]) -> Any:
    def recording_print(*args: object, sep: str | None = " ", **kwargs: Any) -> None:
        target = kwargs.get("file")
        if target is not None and target not in (sys.stdout, sys.__stdout__):
            _REAL_PRINT(*args, sep=sep, **kwargs)
            return
        frame = sys._getframe(1)  # pyright: ignore[reportPrivateUsage] - the caller
        lines: list[int] = []
        while frame is not None:
            if frame.f_code.co_filename == filename:
                lines.append(frame.f_lineno)
            frame = frame.f_back
        printed.append(
            {"lines": lines, "sep": " " if sep is None else sep, "args": _args(args)}
        )

    return recording_print


def _args(args: tuple[object, ...]) -> list[list[Any]]:
    """Each argument as text, the way the print check shows it, and whether a str."""
    shown: list[list[Any]] = []
    for value in args:
        if isinstance(value, str):
            shown.append([value, True])
        elif type(value) in (set, frozenset):
            members = cast("set[Any]", value)
            try:
                items = ", ".join(repr(item) for item in sorted(members))
            except TypeError:
                shown.append([_masked(str(members)), False])
            else:
                shown.append(["{" + items + "}", False])
        else:
            shown.append([_masked(str(value)), False])
    return shown


def _masked(text: str) -> str:
    return ADDRESS.sub("0x0123456789ab>", text)


def _error(error: BaseException, filename: str) -> dict[str, Any]:
    lines = [
        number
        for frame, number in traceback.walk_tb(error.__traceback__)
        if frame.f_code.co_filename == filename
    ]
    if isinstance(error, SyntaxError) and error.filename == filename:
        lines.append(error.lineno or 0)
    try:
        message = str(error)
    except BaseException:
        message = "(its message could not be turned into text)"
    try:
        tb = error.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != filename:
            tb = tb.tb_next  # the worker's own frames say nothing about the example
        trace = "".join(traceback.format_exception(type(error), error, tb))
    except BaseException:
        trace = ""
    return {
        "type": type(error).__name__,
        "message": message,
        "line": lines[-1] if lines else 0,
        "traceback": trace[-8000:],
        "network": _is_network_error(error),
    }


def _is_network_error(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, OSError) and seen.errno in {101, 113, -2, -3}:
            return True
        if type(seen).__name__ in {"NetworkBlockedError", "ConnectError", "gaierror"}:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _register_source(filename: str, units: list[dict[str, Any]]) -> list[str]:
    """Let tracebacks show the page's lines, though the file holds Markdown."""
    lines: list[str] = []
    for unit in units:
        first = int(unit["first_line"])
        while len(lines) < first - 1:
            lines.append("\n")
        lines[first - 1 :] = unit["code"].splitlines(keepends=True)
    linecache.cache[filename] = (len("".join(lines)), None, lines, filename)
    return lines


def _freeze_clock(moment: str | None) -> Any:
    if not moment:
        return None
    import time_machine  # noqa: PLC0415 - only blocks that freeze the clock need it

    traveller = time_machine.travel(moment, tick=False)
    traveller.start()
    return traveller


class NetworkBlockedError(OSError):
    """Raised by the fallback guard when no OS sandbox closes the network."""


def _guard_network() -> None:
    """Without an OS sandbox: refuse, in this process, every address but loopback."""

    def allowed(address: object) -> bool:
        if isinstance(address, tuple) and address:
            host = str(address[0])  # pyright: ignore[reportUnknownArgumentType]
            return host.startswith(LOOPBACK)
        return isinstance(address, str | bytes)  # a Unix socket

    def guard(original: Any, position: int) -> Any:
        def guarded(self: socket.socket, *args: Any) -> Any:
            if len(args) > position and not allowed(args[position]):
                msg = f"the network is closed to examples (tried {args[position]!r})"
                raise NetworkBlockedError(101, msg)
            return original(self, *args)

        return guarded

    socket.socket.connect = guard(socket.socket.connect, 0)  # type: ignore[method-assign]
    socket.socket.connect_ex = guard(socket.socket.connect_ex, 0)  # type: ignore[method-assign]
    socket.socket.sendto = guard(socket.socket.sendto, -1)  # type: ignore[method-assign]


if __name__ == "__main__":
    sys.exit(main())
