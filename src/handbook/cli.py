"""The ``handbook`` command: a thin layer over the modules that do the work."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from handbook import publish
from handbook.blocks import PageError
from handbook.extract import check_tree, write_tree
from handbook.history import (
    RELEASES,
    ReleaseRecorded,
    histories_of,
    load_releases,
    record_release,
    release_changes,
    release_version,
    snapshot_of,
    write_releases,
)
from handbook.ledger import (
    RETIRED,
    load_ledger,
    lost_anchors,
    updated_ledger,
    write_ledger,
)
from handbook.project import find_root, load_project
from handbook.rules import collect_rules
from handbook.sources import coverage

EXIT_BAD_INPUT = 2
"""The exit status when a page cannot be read: its file and line are printed."""
EXIT_PIPE_CLOSED = 141
"""The exit status when the reader of the output went away (128 + SIGPIPE)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser, _ = _parser()
    args = parser.parse_args(argv)
    try:
        root = find_root(Path(args.root) if args.root else None)
        return int(args.run(args, root))
    except (PageError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader of the output (head, a pager) closed it: stop without a traceback,
        # and keep Python from failing again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE_CLOSED


def command_names() -> list[str]:
    """The subcommands the command line accepts (the README's table lists each)."""
    _, names = _parser()
    return names


def _parser() -> tuple[argparse.ArgumentParser, list[str]]:
    """The command line, and the names of its subcommands."""
    parser = argparse.ArgumentParser(
        prog="handbook", description="Tools of the living standards handbook."
    )
    parser.add_argument(
        "--root", help="the handbook checkout (default: found from here)"
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract", help="write examples/ from the code blocks of docs/"
    )
    extract.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 naming every stale file",
    )
    extract.set_defaults(run=_extract)

    sources = commands.add_parser("sources", help="the coverage map of the sources")
    sources.add_argument("--json", action="store_true", help="print it as JSON")
    sources.set_defaults(run=_sources)

    rules = commands.add_parser("rules", help="every rule of the handbook")
    rules.add_argument("--json", action="store_true", help="print them as JSON")
    rules.set_defaults(run=_rules)

    publish.add_parser(commands).set_defaults(run=publish.run)

    ledger = commands.add_parser(
        "ledger", help="add newly published rule IDs and anchors to the ledger"
    )
    ledger.add_argument(
        "--check",
        action="store_true",
        help=(
            "change nothing; exit 1 if the ledger lacks a published anchor, or lists "
            "one that lands nowhere now (no page, redirect or tombstone)"
        ),
    )
    ledger.set_defaults(run=_ledger)

    snapshot = commands.add_parser(
        "snapshot",
        help="record the rules as a release publishes them, for the rules' histories",
        description=(
            f"Record every rule (title, level, page, codes, a digest of its text) in "
            f"{RELEASES.as_posix()} as the release VERSION; each rule's history is "
            "derived from these snapshots. Run it when cutting a release, before "
            "tagging it."
        ),
    )
    snapshot.add_argument(
        "version",
        metavar="VERSION",
        type=_release,
        help="the version the site publishes, X.Y, or its tag vX.Y.Z",
    )
    snapshot.add_argument(
        "--replace",
        action="store_true",
        help="record VERSION again though it is recorded with other rules (a patch)",
    )
    snapshot.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 unless VERSION records the pages as they are",
    )
    snapshot.set_defaults(run=_snapshot)
    return parser, sorted(commands.choices)


def _release(name: str) -> str:
    try:
        return release_version(name)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _extract(args: argparse.Namespace, root: Path) -> int:
    project = load_project(root)
    if args.check:
        problems = check_tree(root, project.examples)
        for problem in problems:
            print(problem)
        if problems:
            print(
                f"{len(problems)} file(s) of examples/ do not match docs/: "
                "run `uv run handbook extract`",
                file=sys.stderr,
            )
            return 1
        print(f"examples/ is current: {len(project.examples)} files")
        return 0
    changed = write_tree(root, project.examples)
    for path in changed:
        print(f"wrote {path}" if (root / path).exists() else f"removed {path}")
    print(f"{len(project.examples)} example files, {len(changed)} changed")
    return 0


def _sources(args: argparse.Namespace, root: Path) -> int:
    entries = coverage(load_project(root))
    if args.json:
        print(json.dumps([entry.as_json() for entry in entries], indent=2))
    else:
        for entry in entries:
            print(
                f"{entry.document} | {entry.section} -> {entry.target or entry.reason}"
            )
    return 0


def _rules(args: argparse.Namespace, root: Path) -> int:
    project = load_project(root)
    found = collect_rules(project)
    if args.json:
        histories = histories_of(root, project, found)
        listed = [{**r.as_json(), **histories[r.id].as_json()} for r in found]
        print(json.dumps(listed, indent=2))
    else:
        for rule in found:
            print(f"{rule.id:<14} {rule.level:<7} {rule.title}")
    return 0


def _snapshot(args: argparse.Namespace, root: Path) -> int:
    project = load_project(root)
    current = snapshot_of(project, collect_rules(project))
    releases = load_releases(root)
    version = str(args.version)
    where = RELEASES.as_posix()
    if args.check:
        if releases.get(version) == dict(sorted(current.items())):
            print(f"{where}: {version} records the pages as they are")
            return 0
        state = "is recorded with other rules" if version in releases else "is missing"
        print(
            f"{where}: {version} {state}: run `handbook snapshot {version}"
            f"{' --replace' if version in releases else ''}` and commit it"
        )
        return 1
    try:
        updated = record_release(releases, version, current, replace=args.replace)
    except ReleaseRecorded as error:
        print(f"{where}: {error}", file=sys.stderr)
        return 1
    if updated == releases:
        print(f"{where}: {version} records the pages as they are already")
        return 0
    write_releases(root, updated)
    kinds = [
        change.details[0] if change.details in {("added",), ("retired",)} else "changed"
        for change in release_changes(updated, version).values()
    ]
    summary = ", ".join(f"{kinds.count(k)} {k}" for k in sorted(set(kinds))) or "none"
    print(f"{where}: recorded {version}: {len(current)} rules; changes: {summary}")
    return 0


def _ledger(args: argparse.Namespace, root: Path) -> int:
    project = load_project(root)
    ledger = load_ledger(root)
    updated = updated_ledger(ledger, project)
    added = sum(len(v) for v in updated.values()) - sum(len(v) for v in ledger.values())
    if not args.check:
        write_ledger(updated, root)
        print(f"ledger: {added} anchor(s) added")
    # Read after writing, so that each problem names its line in the file as it is now.
    lost = lost_anchors(root, project)
    for problem in lost:
        print(problem)
    if lost:
        print(
            f"{len(lost)} published anchor(s) no longer land anywhere: keep each one, "
            "redirect its page (mkdocs.yml, plugins: redirects: redirect_maps) or "
            f"retire its rule ({RETIRED.as_posix()})",
            file=sys.stderr,
        )
    if not args.check:
        return 1 if lost else 0
    if added:
        print(
            f"{added} published anchor(s) missing from the ledger: "
            "run `handbook ledger`"
        )
    if added or lost:
        return 1
    print("the ledger lists every published rule ID and anchor, and each lands")
    return 0


if __name__ == "__main__":
    sys.exit(main())
