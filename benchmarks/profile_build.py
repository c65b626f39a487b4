"""Profile an in-process ``mkdocs build``; group its time by the package owning it.

Run by ``run.py`` in a child process whose working directory is the handbook copy::

    python benchmarks/profile_build.py --project COPY --site DIR --edit PAGE --out JSON

It builds once in full under cProfile, then edits `PAGE` (a prose line appended) and
builds again with ``dirty=True``, as ``mkdocs serve --dirty`` does after an edit, also
under cProfile. Each profile is summarised three ways:

- ``cumulative``: for each group, the cumulative time of the calls that enter it from
  outside (a group called from another, such as mkdocstrings from Markdown, is also
  inside that one's figure);
- ``attributed``: every function's own time given to the nearest group on its call
  path (pygments called by pymdownx counts as Markdown), so the groups add up to the
  whole build;
- the plugin hooks (``on_config``, ``on_page_markdown``, ...) and the functions with
  the largest cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import os
import pstats
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, cast

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("search index", ("mkdocs/contrib/search/", "material/plugins/search/")),
    ("markdown", ("/markdown/", "/pymdownx/")),
    ("handbook plugin", ("/handbook/",)),
    ("mkdocstrings", ("/mkdocstrings/", "/mkdocstrings_handlers/", "/griffe/")),
    ("notebooks", ("/mkdocs_jupyter/", "/nbconvert/", "/jupytext/", "/nbformat/")),
    ("templates", ("/jinja2/",)),
)
"""Each group and the path fragments of the files it owns (first match wins).

``plugins: [search]`` under the Material theme is Material's own search plugin."""
OTHER = "other"

Key = tuple[str, int, str]
Edge = tuple[int, int, float, float]
Entry = tuple[int, int, float, float, dict[Key, Edge]]


def group_of(key: Key) -> str:
    """The group owning a profiled function, from its file; builtins are `OTHER`."""
    filename = key[0].replace("\\", "/")
    for name, fragments in GROUPS:
        if any(fragment in filename for fragment in fragments):
            return name
    return OTHER


def summarise(profile: cProfile.Profile, total: float) -> dict[str, Any]:
    """Cumulative and attributed time per group, plugin hooks, top functions."""
    stats = cast("dict[Key, Entry]", pstats.Stats(profile).stats)  # pyright: ignore[reportUnknownMemberType, reportAttributeAccessIssue]
    owner = {key: group_of(key) for key in stats}
    cumulative: dict[str, float] = defaultdict(float)
    for key, (_, _, _, _, callers) in stats.items():
        group = owner[key]
        if group == OTHER:
            continue
        for caller, edge in callers.items():
            if owner.get(caller, OTHER) != group:
                cumulative[group] += edge[3]
    attributed = _attributed(stats, owner)
    hooks = {
        f"{group_of(key)}: {key[2]}": round(entry[3], 3)
        for key, entry in stats.items()
        if key[2].startswith("on_") and "/mkdocs/plugins.py" not in key[0]
    }
    top = sorted(stats.items(), key=lambda item: item[1][3], reverse=True)[:25]
    return {
        "total_s": round(total, 3),
        "profiled_s": round(sum(entry[2] for entry in stats.values()), 3),
        "cumulative_s": {g: round(cumulative.get(g, 0.0), 3) for g, _ in GROUPS},
        "attributed_s": {
            g: round(attributed.get(g, 0.0), 3)
            for g in [*(n for n, _ in GROUPS), OTHER]
        },
        "hooks_s": dict(sorted(hooks.items(), key=lambda kv: -kv[1])),
        "top": [
            {
                "function": f"{_short(key[0])}:{key[1]}({key[2]})",
                "group": owner[key],
                "cumulative_s": round(entry[3], 3),
                "own_s": round(entry[2], 3),
                "calls": entry[1],
            }
            for key, entry in top
        ],
    }


def _attributed(stats: dict[Key, Entry], owner: dict[Key, str]) -> dict[str, float]:
    """Own time per group, unowned functions' time passed up to their callers' group.

    A function of no group shares its own time among its callers in proportion to
    the time each call edge took; the shares are solved by repeated passes (a few
    dozen are plenty: call chains through unowned code are short).
    """
    names = [n for n, _ in GROUPS] + [OTHER]
    weight: dict[Key, dict[str, float]] = {
        key: {owner[key]: 1.0} if owner[key] != OTHER else {OTHER: 1.0} for key in stats
    }
    unowned = [key for key in stats if owner[key] == OTHER]
    for _ in range(40):
        for key in unowned:
            callers = stats[key][4]
            spent = sum(edge[3] for edge in callers.values())
            if not callers or spent <= 0:
                continue
            share: dict[str, float] = defaultdict(float)
            for caller, edge in callers.items():
                for name, part in weight.get(caller, {OTHER: 1.0}).items():
                    share[name] += part * edge[3] / spent
            weight[key] = dict(share)
    result: dict[str, float] = dict.fromkeys(names, 0.0)
    for key, entry in stats.items():
        for name, part in weight[key].items():
            result[name] += entry[2] * part
    return result


def _short(filename: str) -> str:
    for marker in ("site-packages/", "/src/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def profiled_build(config_file: Path, site: Path, *, dirty: bool) -> dict[str, Any]:
    """Load the config and build as ``mkdocs build`` does, under cProfile."""
    from mkdocs.commands.build import build  # noqa: PLC0415 - in the profiled child only
    from mkdocs.config import load_config  # noqa: PLC0415  # pyright: ignore[reportUnknownVariableType]

    profile = cProfile.Profile()
    start = time.perf_counter()
    profile.enable()
    # A dirty build warns that it is one, so mkdocs 1.6 needs --no-strict with it.
    config = load_config(str(config_file), site_dir=str(site), strict=not dirty)
    config.plugins.on_startup(command="build", dirty=dirty)
    try:
        build(config, dirty=dirty)
    finally:
        config.plugins.on_shutdown()
    profile.disable()
    return summarise(profile, time.perf_counter() - start)


def main() -> None:
    """Profile a full build, then a dirty rebuild after a one-page edit."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--project", type=Path, required=True)
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--edit", required=True, help="page to edit, under docs/")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    project = cast("Path", args.project).resolve()
    os.chdir(project)
    config_file = project / "mkdocs.yml"
    site = cast("Path", args.site)
    full = profiled_build(config_file, site, dirty=False)
    page = project / "docs" / cast("str", args.edit)
    time.sleep(1.1)  # mtimes have a coarse grain on some file systems
    with page.open("a", encoding="utf-8") as handle:
        handle.write("\nA sentence added by the benchmark's dirty rebuild.\n")
    dirty = profiled_build(config_file, site, dirty=True)
    result = {"full": full, "dirty": dirty, "edited": args.edit}
    cast("Path", args.out).write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
