"""Execute one Python block and check the output it prints against its ``#>`` lines.

Blocks run in-process through pytest-examples, which compares each ``print`` with the
``#>`` comments after it and can rewrite them (``--update-examples``). A block that
needs a newer Python than the running one is executed by that interpreter in a
subprocess; what it printed is compared, as a whole, with its ``#>`` lines.
"""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import pytest
from pytest_examples import CodeExample, EvalExample

from handbook.blocks import Block

OUTPUT_LINE = re.compile(r"^\s*#> ?(.*)$")
RUNNER = Path(__file__).with_name("subprocess_runner.py")
SUBPROCESS_TIMEOUT = 60


class ExampleFailedError(Exception):
    """A block raised, or printed something other than its ``#>`` lines."""


@dataclass
class GroupState:
    """Names defined by the blocks of each group run so far, keyed by (page, group)."""

    names: dict[tuple[str, str], dict[str, Any]] = field(
        default_factory=dict[tuple[str, str], dict[str, Any]]
    )

    def before(self, block: Block) -> dict[str, Any] | None:
        """The names a block of a group starts with (None when it is not in a group)."""
        if block.settings.group is None:
            return None
        return dict(self.names.get((block.page, block.settings.group), {}))

    def after(self, block: Block, names: dict[str, Any]) -> None:
        """Remember the names a block of a group ended with."""
        if block.settings.group is not None:
            self.names[block.page, block.settings.group] = names


def code_example(block: Block, root: Path) -> CodeExample:
    """The pytest-examples view of a block, with its page's path and offsets."""
    return CodeExample(
        source=block.code,
        path=root / block.page,
        start_line=block.line,
        end_line=block.line + block.code.count("\n") + 1,
        start_index=block.start_offset,
        end_index=block.end_offset,
        prefix=block.info,
        indent=block.indent,
    )


def run_in_process(
    block: Block,
    root: Path,
    evaluator: EvalExample,
    module_globals: dict[str, Any] | None,
) -> dict[str, Any]:
    """Run a block with pytest-examples; check or (with --update-examples) fix prints.

    Returns:
        The names the block defined, for the next block of its group.

    Raises:
        ExampleFailedError: Naming the page line the exception came from.
    """
    example = code_example(block, root)
    try:
        if evaluator.update_examples:
            return evaluator.run_print_update(example, module_globals=module_globals)
        return evaluator.run_print_check(example, module_globals=module_globals)
    except pytest.fail.Exception as failure:
        message = f"{block.location}: {failure}"
    except Exception as error:
        message = describe_exception(error, block, root)
        # pytest-examples gives the error a traceback of synthetic frames, which pytest
        # cannot format if the error stays reachable; keep the message only.
        error.__traceback__ = None
    raise ExampleFailedError(message)


def run_in_subprocess(block: Block, interpreter: Path, workdir: Path) -> None:
    """Run a block under another interpreter and check its prints.

    Raises:
        ExampleFailedError: When it raises, times out, or prints something unexpected.
    """
    script = workdir / f"block_{block.line}.py"
    script.write_text(block.code, encoding="utf-8")
    report = workdir / f"block_{block.line}.json"
    try:
        result = subprocess.run(  # noqa: S603 - the runner on a file the test wrote
            [str(interpreter), str(RUNNER), str(script), str(report)],
            capture_output=True,
            text=True,
            cwd=workdir,
            timeout=SUBPROCESS_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        msg = f"{block.location}: did not finish in {SUBPROCESS_TIMEOUT}s"
        raise ExampleFailedError(msg) from None
    if result.returncode != 0:
        line = _last_line_in(result.stderr, script.name)
        where = f"{block.page}:{block.line + line}" if line else block.location
        last = result.stderr.strip().splitlines()[-1:] or ["(no message)"]
        msg = f"{where}: {last[0]}\n(run by {interpreter})\n{result.stderr.strip()}"
        raise ExampleFailedError(msg)
    _check_recorded_prints(block, script, report)


def describe_exception(error: BaseException, block: Block, root: Path) -> str:
    """One line about a block's exception: the page line it came from, and what."""
    page_path = str(root / block.page)
    # walk_tb, not extract_tb: pytest-examples rewrites the traceback with frames whose
    # code positions the traceback module cannot read.
    lines = [
        number
        for frame, number in traceback.walk_tb(error.__traceback__)
        if frame.f_code.co_filename == page_path
    ]
    line = lines[-1] if lines else block.line
    trace = f"{type(error).__name__}: {error}"
    if _is_blocked_socket(error):
        trace += (
            "\nThe example tried to reach the network. Examples may use loopback "
            "only (127.0.0.1): use httpx.MockTransport, FastAPI's TestClient or "
            "SQLite instead."
        )
    return f"{block.page}:{line}: {trace}"


def _is_blocked_socket(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if type(seen).__name__ in {"SocketBlockedError", "SocketConnectBlockedError"}:
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _last_line_in(stderr: str, filename: str) -> int | None:
    lines = re.findall(rf'File ".*{re.escape(filename)}", line (\d+)', stderr)
    return int(lines[-1]) if lines else None


def _check_recorded_prints(block: Block, script: Path, report: Path) -> None:
    """Compare what the block printed with its ``#>`` lines, in order.

    The running interpreter may not parse the block's syntax, so unlike the in-process
    check this one does not place output beside each print: it compares the whole
    printed text with the whole of the ``#>`` text.
    """
    printed = cast("list[str]", json.loads(report.read_text(encoding="utf-8")))
    expected = [
        match[1]
        for line in script.read_text(encoding="utf-8").splitlines()
        if (match := OUTPUT_LINE.match(line))
    ]
    if printed != expected:
        diff = "\n".join(
            difflib.unified_diff(expected, printed, "#> lines", "printed", lineterm="")
        )
        msg = f"{block.location}: the printed output differs from the #> lines:\n{diff}"
        raise ExampleFailedError(msg)
