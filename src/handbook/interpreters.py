"""Find a Python interpreter new enough for a block marked ``requires="3.N"``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

from handbook.settings import NEWEST_RELEASED

NEWEST_MINOR = NEWEST_RELEASED[1]


@cache
def find_interpreter(minimum: tuple[int, int]) -> Path | None:
    """Return the newest installed interpreter at least `minimum`, or None.

    The running interpreter is used when it is new enough. Otherwise ``python3.N`` is
    looked up on PATH and in pyenv's versions folder, and asked for its version, since a
    pyenv shim can exist for a version that is not selected.
    """
    if sys.version_info[:2] >= minimum:
        return Path(sys.executable)
    for minor in range(NEWEST_MINOR, minimum[1] - 1, -1):
        for candidate in _candidates(minor):
            if _version_of(candidate) == (3, minor):
                return Path(candidate)
    return None


def _candidates(minor: int) -> list[str]:
    """Where ``python3.<minor>`` may be: PATH, then pyenv's own versions folder."""
    found = [shutil.which(f"python3.{minor}") or ""]
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    found += sorted(
        str(path)
        for path in pyenv_root.glob(f"versions/3.{minor}.*/bin/python3.{minor}")
    )
    return [candidate for candidate in found if candidate]


def _version_of(executable: str) -> tuple[int, int] | None:
    try:
        result = subprocess.run(  # noqa: S603 - an interpreter found on PATH
            [executable, "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    parts = result.stdout.split()
    if result.returncode != 0 or len(parts) != 2:  # noqa: PLR2004 - major and minor
        return None
    return int(parts[0]), int(parts[1])
