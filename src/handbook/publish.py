"""Publish the handbook to the Pages branch: versions with mike, pull request previews.

The GitHub workflows only call this module (``handbook publish ...``), so the publishing
logic is tested for real against a local bare repository standing in for GitHub.

* ``refs/heads/main`` deploys the version ``dev``.
* ``refs/tags/vX.Y.Z`` deploys ``X.Y``, moves the alias ``latest`` to it and makes
  ``latest`` the default (the site root redirects there). That version's ``404.html``
  is copied to the root of the Pages branch, the only one GitHub Pages serves for a
  missing address anywhere on the site (its links are absolute, into ``latest/``).
* A pull request's preview lives in ``pr-preview/pr-<N>/`` on the Pages branch, outside
  mike's versions: ``versions.json`` never lists it.
* Deleting a version removes that version (and its aliases) and nothing else.
* Nothing is written to the branch the sources live on: a ``--branch`` that is checked
  out, or whose tip is HEAD's commit or holds the MkDocs configuration, is refused
  before anything changes. A ``versions.json`` that is not mike's list of versions is
  refused with one line naming it (``gh-pages:versions.json``), never a traceback.

The remote is the source of truth. Every write starts from the remote's tip, and a push
that loses a race (another publisher pushed first) is redone from the new tip, a bounded
number of times, so nothing another publisher pushed is ever overwritten.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, cast

__all__ = [
    "DEV_VERSION",
    "LATEST_ALIAS",
    "PREVIEW_DIR",
    "PublishError",
    "Target",
    "add_parser",
    "delete_version",
    "deploy_preview",
    "deploy_version",
    "main",
    "publish_ref",
    "remove_preview",
    "run",
    "version_for_ref",
]

DEV_VERSION = "dev"
LATEST_ALIAS = "latest"
PREVIEW_DIR = "pr-preview"
NOT_FOUND_PAGE = "404.html"
DEFAULT_REMOTE = "origin"
DEFAULT_BRANCH = "gh-pages"
DEFAULT_CONFIG_FILE = "mkdocs.yml"
DEFAULT_ATTEMPTS = 5

_MAIN_REF = "refs/heads/main"
_TAG_REF = re.compile(r"refs/tags/v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# Names mike or GitHub Pages already use at the top of the Pages branch.
_RESERVED = frozenset({PREVIEW_DIR, "versions.json", "index.html", NOT_FOUND_PAGE})
_NUMBERED = re.compile(r"([0-9]+)\.([0-9]+)")

_DESCRIPTION = (
    "Publish the handbook to GitHub Pages: main deploys 'dev', a tag vX.Y.Z deploys "
    "'X.Y' as 'latest', pull requests get previews under pr-preview/."
)

log = logging.getLogger(__name__)


class PublishError(Exception):
    """A publish step failed; the message says which and what to do."""


@dataclass(frozen=True)
class Target:
    """Where and from what to publish.

    Attributes:
        remote: The git remote (a configured remote's name) holding the Pages branch.
        branch: The Pages branch.
        config_file: The MkDocs configuration, relative to ``cwd``.
        cwd: The project's checkout; the current directory when ``None``.
        attempts: How many times a push that lost a race is redone before giving up.
    """

    remote: str = DEFAULT_REMOTE
    branch: str = DEFAULT_BRANCH
    config_file: str = DEFAULT_CONFIG_FILE
    cwd: Path | None = None
    attempts: int = DEFAULT_ATTEMPTS

    def __post_init__(self) -> None:
        """Refuse a target that could never push."""
        if self.attempts < 1:
            raise PublishError(f"attempts must be at least 1, not {self.attempts}")

    @property
    def workdir(self) -> Path:
        """The checkout the commands run in."""
        return Path.cwd() if self.cwd is None else self.cwd


class _SubParsers(Protocol):
    """The part of ``argparse``'s sub-parser action that :func:`add_parser` uses."""

    def add_parser(
        self,
        name: str,
        *,
        help: str | None = ...,  # noqa: A002 -- argparse's keyword
        description: str | None = ...,
    ) -> argparse.ArgumentParser: ...


# ---------------------------------------------------------------------------- refs


def version_for_ref(ref: str) -> tuple[str, tuple[str, ...]]:
    """Map the git ref a workflow runs for to the version and aliases it deploys.

    Args:
        ref: A full git ref, as in ``GITHUB_REF``.

    Returns:
        ``("dev", ())`` for ``refs/heads/main`` and ``("X.Y", ("latest",))`` for a
        release tag ``refs/tags/vX.Y.Z``.

    Raises:
        PublishError: For any other ref (other branches, pre-release or malformed tags).
    """
    if ref == _MAIN_REF:
        return DEV_VERSION, ()
    match = _TAG_REF.fullmatch(ref)
    if match is None:
        raise PublishError(
            f"cannot publish {ref!r}: only {_MAIN_REF} (version {DEV_VERSION!r}) and "
            "release tags refs/tags/vX.Y.Z (version 'X.Y') are published"
        )
    return f"{match[1]}.{match[2]}", (LATEST_ALIAS,)


# ------------------------------------------------------------------ public commands


def publish_ref(ref: str, *, target: Target | None = None) -> str:
    """Deploy the version that ``ref`` maps to (see :func:`version_for_ref`).

    A release tag of an older series than the one ``latest`` points to (a backport such
    as ``v1.4.2`` after ``2.0`` shipped) updates its own version only: ``latest`` and
    the default stay where they are.

    Args:
        ref: A full git ref, as in ``GITHUB_REF``.
        target: Where to publish; the defaults when ``None``.

    Returns:
        The version deployed.
    """
    target = target or Target()
    version, aliases = version_for_ref(ref)
    set_default = bool(aliases)
    if LATEST_ALIAS in aliases:
        _refuse_the_sources_branch(target)
        _fetch(target)
        tracking = f"refs/remotes/{target.remote}/{target.branch}"
        holder = _alias_holder(tracking, LATEST_ALIAS, target)
        if holder is not None and _is_older(version, holder):
            log.info(
                "%s is older than %s (%s): deploying it without moving %s",
                version,
                LATEST_ALIAS,
                holder,
                LATEST_ALIAS,
            )
            aliases, set_default = (), False
    deploy_version(version, aliases, set_default=set_default, target=target)
    return version


def deploy_version(
    version: str,
    aliases: Sequence[str] = (),
    *,
    set_default: bool = False,
    target: Target | None = None,
) -> None:
    """Build the site with mike into ``version/`` and push it to the Pages branch.

    Aliases are redirects and move to this version if another one had them.

    Args:
        version: The version directory, e.g. ``"2.0"`` or ``"dev"``.
        aliases: Aliases to point at this version, e.g. ``("latest",)``.
        set_default: Make the site root redirect to the first alias (or to the version
            when there is none).
        target: Where to publish; the defaults when ``None``.

    Raises:
        PublishError: If a name is invalid, the build fails, or the push keeps losing.
    """
    target = target or Target()
    for name in (version, *aliases):
        _check_name(name)
    config = ["--config-file", target.config_file]
    deploy = ["deploy", "--update-aliases", "--alias-type=redirect", *config]
    _mike([*deploy, version, *aliases], target)
    if set_default:
        _mike(["set-default", *config, aliases[0] if aliases else version], target)
        _copy_not_found_page(version, target)


def delete_version(version: str, *, target: Target | None = None) -> None:
    """Delete one published version (and its aliases) from the Pages branch.

    Other versions, their ``versions.json`` entries and previews stay as they are.

    Args:
        version: A published version (not an alias).
        target: Where to publish; the defaults when ``None``.

    Raises:
        PublishError: If ``version`` is not a published version, if it holds the alias
            ``latest`` (deploy a newer release first), or the push keeps losing.
    """
    target = target or Target()
    _check_name(version)

    def check(ref: str) -> None:
        versions = _read_versions(ref, target)
        entry = next((v for v in versions if v.get("version") == version), None)
        if entry is None:
            published = ", ".join(str(v.get("version")) for v in versions) or "none"
            raise PublishError(
                f"{version!r} is not a published version (published: {published})"
            )
        if LATEST_ALIAS in _aliases(entry):
            raise PublishError(
                f"{version!r} holds the alias {LATEST_ALIAS!r}: deploy a newer release "
                "first, then delete it"
            )

    _mike(["delete", "--config-file", target.config_file, version], target, check)


def deploy_preview(
    pr_number: int, *, target: Target | None = None, site_dir: Path | None = None
) -> None:
    """Publish a site as ``pr-preview/pr-<N>/`` on the Pages branch.

    Mike's versions, aliases and ``versions.json`` are not touched.

    Args:
        pr_number: The pull request's number.
        target: Where to publish; the defaults when ``None``.
        site_dir: A site already built (by a job without write access, in CI); when
            ``None`` the site is built here from the checkout.

    Raises:
        PublishError: If the build fails, the site is missing, or the push keeps losing.
    """
    target = target or Target()
    name = _preview_name(pr_number)
    _refuse_the_sources_branch(target)
    if site_dir is not None:
        if not (site_dir / "index.html").is_file():
            raise PublishError(f"{site_dir} holds no built site (no index.html)")
        with tempfile.TemporaryDirectory(prefix="handbook-preview-") as tmp:
            site_tree = _tree_of_directory(site_dir, target.workdir, Path(tmp, "index"))
        _update_preview(name, site_tree, f"Preview PR #{pr_number}", target)
        return
    with tempfile.TemporaryDirectory(prefix="handbook-preview-") as tmp:
        site = Path(tmp, "site")
        env = _tool_env()
        env.pop("MIKE_DOCS_VERSION", None)  # a preview is no mike version
        config = ["--config-file", target.config_file]
        build = _run(
            [_tool("mkdocs"), "build", *config, "--site-dir", str(site)],
            cwd=target.workdir,
            env=env,
        )
        _relay(build)
        if build.returncode != 0:
            raise PublishError(f"mkdocs build failed for the preview of PR {pr_number}")
        site_tree = _tree_of_directory(site, target.workdir, Path(tmp, "index"))
    _update_preview(name, site_tree, f"Preview PR #{pr_number}", target)


def remove_preview(pr_number: int, *, target: Target | None = None) -> None:
    """Remove ``pr-preview/pr-<N>/`` from the Pages branch; a no-op if it is absent.

    Args:
        pr_number: The pull request's number.
        target: Where to publish; the defaults when ``None``.

    Raises:
        PublishError: If the push keeps losing.
    """
    target = target or Target()
    name = _preview_name(pr_number)
    _refuse_the_sources_branch(target)
    _update_preview(name, None, f"Remove the preview of PR #{pr_number}", target)


# ------------------------------------------------------------------ command line


def _configure(parser: argparse.ArgumentParser) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--remote", default=DEFAULT_REMOTE, help="default: %(default)s")
    common.add_argument("--branch", default=DEFAULT_BRANCH, help="default: %(default)s")
    common.add_argument(
        "--config-file", default=DEFAULT_CONFIG_FILE, help="default: %(default)s"
    )
    common.add_argument(
        "--attempts",
        type=int,
        default=DEFAULT_ATTEMPTS,
        help="pushes tried before giving up on a race (default: %(default)s)",
    )
    actions = parser.add_subparsers(dest="publish_action", required=True)
    ref = actions.add_parser(
        "ref",
        parents=[common],
        help="deploy the version for a git ref (main -> dev, vX.Y.Z -> X.Y + latest)",
    )
    ref.add_argument(
        "ref", metavar="REF", help="e.g. refs/heads/main, refs/tags/v1.2.3"
    )
    for action, helptext in (
        ("preview", "build and publish pr-preview/pr-N/"),
        ("close-preview", "remove pr-preview/pr-N/"),
    ):
        sub = actions.add_parser(action, parents=[common], help=helptext)
        sub.add_argument("pr_number", metavar="N", type=int, help="pull request number")
        if action == "preview":
            sub.add_argument(
                "--site-dir",
                type=Path,
                help="publish this already built site instead of building one",
            )
    delete = actions.add_parser(
        "delete", parents=[common], help="delete one version and its aliases"
    )
    delete.add_argument("version", metavar="VERSION")


def add_parser(subparsers: _SubParsers) -> argparse.ArgumentParser:
    """Add the ``publish`` subcommand to the ``handbook`` command line.

    Args:
        subparsers: The object ``ArgumentParser.add_subparsers()`` returned.

    Returns:
        The ``publish`` parser, whose parsed arguments :func:`run` takes.
    """
    parser = subparsers.add_parser(
        "publish",
        help="publish versions and pull request previews to GitHub Pages",
        description=_DESCRIPTION,
    )
    _configure(parser)
    return parser


def run(args: argparse.Namespace, root: Path | None = None) -> int:
    """Carry out a parsed ``publish`` command.

    Args:
        args: Arguments parsed by the parser :func:`add_parser` added.
        root: The project's checkout to publish from; the current directory when
            ``None``.

    Returns:
        The exit status: 0 on success, 1 when publishing failed.
    """
    logging.basicConfig(level=logging.INFO, format="publish: %(message)s")
    action = str(args.publish_action)
    try:
        target = Target(
            remote=str(args.remote),
            branch=str(args.branch),
            config_file=str(args.config_file),
            cwd=root,
            attempts=int(args.attempts),
        )
        if action == "ref":
            log.info("published %s", publish_ref(str(args.ref), target=target))
        elif action == "preview":
            site_dir = cast("Path | None", args.site_dir)
            deploy_preview(int(args.pr_number), target=target, site_dir=site_dir)
        elif action == "close-preview":
            remove_preview(int(args.pr_number), target=target)
        else:
            delete_version(str(args.version), target=target)
    except PublishError as error:
        log.error("error: %s", error)  # noqa: TRY400 -- the message is the report
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``handbook publish`` with ``argv`` (the arguments after ``publish``).

    Args:
        argv: The arguments; ``sys.argv[1:]`` when ``None``.

    Returns:
        The exit status.
    """
    parser = argparse.ArgumentParser(prog="handbook publish", description=_DESCRIPTION)
    _configure(parser)
    return run(parser.parse_args(argv))


# ------------------------------------------------------------------ mike and git


def _check_name(name: str) -> None:
    if not _NAME.fullmatch(name) or name in _RESERVED:
        raise PublishError(
            f"{name!r} cannot be a version or alias name: use letters, digits, '.', "
            f"'_' or '-', and none of {sorted(_RESERVED)}"
        )


def _preview_name(pr_number: int) -> str:
    if pr_number <= 0:
        raise PublishError(f"a pull request number is positive, not {pr_number}")
    return f"pr-{pr_number}"


def _is_older(version: str, other: str) -> bool:
    mine, theirs = _NUMBERED.fullmatch(version), _NUMBERED.fullmatch(other)
    if mine is None or theirs is None:
        return False
    return (int(mine[1]), int(mine[2])) < (int(theirs[1]), int(theirs[2]))


def _tool(name: str) -> str:
    """The executable ``name``: this environment's console script, else ``PATH``'s."""
    beside = Path(sys.executable).with_name(name)
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise PublishError(f"{name} is not installed")
    return found


def _tool_env() -> dict[str, str]:
    """The environment for mike, which finds ``mkdocs`` through ``PATH``."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join(
        [str(Path(sys.executable).parent), env.get("PATH", "")]
    )
    return env


def _run(
    command: list[str],
    *,
    cwd: Path,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run a command (never through a shell) and capture its output."""
    return subprocess.run(  # noqa: S603 -- argument lists, no shell
        command,
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def _git(
    *args: str, cwd: Path, env: dict[str, str] | None = None, stdin: str | None = None
) -> str:
    result = _run([_tool("git"), *args], cwd=cwd, env=env, stdin=stdin)
    if result.returncode != 0:
        raise PublishError(f"git {' '.join(args)} failed:\n{result.stderr.strip()}")
    return result.stdout.strip()


def _relay(result: subprocess.CompletedProcess[str]) -> None:
    """Pass a tool's output on to the log, where CI shows it."""
    for stream in (result.stdout, result.stderr):
        if stream.strip():
            log.info("%s", stream.rstrip())


def _remote_tip(target: Target) -> str | None:
    """The remote's current tip of the Pages branch, or ``None`` if it has none."""
    cwd = target.workdir
    if target.remote not in _git("remote", cwd=cwd).split():
        raise PublishError(f"{target.remote!r} is not a remote of the checkout {cwd}")
    ref = f"refs/heads/{target.branch}"
    out = _git("ls-remote", "--heads", target.remote, ref, cwd=cwd)
    return out.split()[0] if out else None


def _fetch(target: Target) -> str | None:
    """Fetch the Pages branch into its remote-tracking ref; return its tip."""
    cwd = target.workdir
    tracking = f"refs/remotes/{target.remote}/{target.branch}"
    if _remote_tip(target) is None:
        if _git("for-each-ref", tracking, cwd=cwd):
            _git("update-ref", "-d", tracking, cwd=cwd)
        return None
    refspec = f"+refs/heads/{target.branch}:{tracking}"
    _git("fetch", "--quiet", "--no-tags", target.remote, refspec, cwd=cwd)
    return _git("rev-parse", "--verify", tracking, cwd=cwd)


def _refuse_the_sources_branch(target: Target) -> None:
    """Refuse, before anything changes, a Pages branch that holds the sources.

    That is the branch checked out in the checkout, or (on a detached HEAD, as in CI
    for a tag) a branch, local or on the remote, whose tip is HEAD's commit or has the
    MkDocs configuration at its root or at ``target.config_file``.

    Raises:
        PublishError: Naming the branch and why it holds the sources.
    """
    cwd, branch = target.workdir, target.branch
    advice = "the Pages branch must be another (--branch, default gh-pages)"
    head = _run([_tool("git"), "symbolic-ref", "--quiet", "HEAD"], cwd=cwd)
    if head.stdout.strip() == f"refs/heads/{branch}":
        raise PublishError(
            f"refusing to write to {branch!r}: it is the branch checked out in {cwd}; "
            + advice
        )
    commit = _git("rev-parse", "--verify", "HEAD^{commit}", cwd=cwd)
    markers = _source_markers(target)
    local = _run(
        [_tool("git"), "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}"],
        cwd=cwd,
    ).stdout.strip()
    tips = [(branch, local)] if local else []
    remote = _remote_tip(target)
    if remote is not None and not _has_object(remote, cwd):
        # To read its tree: only FETCH_HEAD and the object store change, no ref.
        fetch = ("fetch", "--quiet", "--no-tags", "--refmap=", target.remote)
        _git(*fetch, f"refs/heads/{branch}", cwd=cwd)
        remote = _git("rev-parse", "--verify", "FETCH_HEAD^{commit}", cwd=cwd)
    if remote is not None:
        tips.append((f"{target.remote}/{branch}", remote))
    for name, tip in tips:
        if tip == commit:
            raise PublishError(
                f"refusing to write to {branch!r}: the tip of {name} is the commit "
                f"checked out in {cwd} ({commit[:12]}), so it holds the sources; "
                + advice
            )
        for marker in markers:
            if _has_object(f"{tip}:{marker}", cwd):
                raise PublishError(
                    f"refusing to write to {branch!r}: {name} has {marker} at its "
                    f"tip, so it holds the sources; " + advice
                )


def _source_markers(target: Target) -> list[str]:
    """Paths, from the repository's root, whose presence marks a branch of sources."""
    cwd = target.workdir
    top = Path(_git("rev-parse", "--show-toplevel", cwd=cwd))
    markers = [DEFAULT_CONFIG_FILE]
    config = (cwd / target.config_file).resolve()
    if config.is_relative_to(top.resolve()):
        relative = config.relative_to(top.resolve()).as_posix()
        if relative not in markers:
            markers.append(relative)
    return markers


def _has_object(name: str, cwd: Path) -> bool:
    """Whether ``name`` (a commit, or ``commit:path``) is in the object store."""
    found = _run([_tool("git"), "cat-file", "-e", name], cwd=cwd)
    return found.returncode == 0


def _sync_local_branch(target: Target) -> str | None:
    """Make the local Pages branch (which mike commits to) equal the remote's."""
    cwd = target.workdir
    local = f"refs/heads/{target.branch}"
    head = _run([_tool("git"), "symbolic-ref", "--quiet", "HEAD"], cwd=cwd)
    if head.stdout.strip() == local:
        raise PublishError(
            f"{target.branch} is checked out in {cwd}: run from the sources' checkout"
        )
    tip = _fetch(target)
    if tip is not None:
        _git("update-ref", local, tip, cwd=cwd)
    elif _git("for-each-ref", local, cwd=cwd):
        _git("update-ref", "-d", local, cwd=cwd)
    return tip


def _mike(
    args: list[str], target: Target, check: Callable[[str], None] | None = None
) -> None:
    """Run ``mike ARGS --push`` from the remote's tip; redo it if a push lost a race.

    ``check`` sees the synced local branch before each attempt and may refuse.
    """
    _refuse_the_sources_branch(target)
    command = [_tool("mike"), *args, "--push"]
    command += ["--remote", target.remote, "--branch", target.branch]
    for attempt in range(1, target.attempts + 1):
        tip = _sync_local_branch(target)
        # mike reads versions.json too, and answers a broken one with a traceback.
        _read_versions(f"refs/heads/{target.branch}", target)
        if check is not None:
            check(f"refs/heads/{target.branch}")
        result = _run(command, cwd=target.workdir, env=_tool_env())
        _relay(result)
        if result.returncode == 0:
            return
        now = _remote_tip(target)
        _sync_local_branch(target)  # drop the commit that did not get through
        if now == tip:
            # Nobody else pushed: no race, and a redo would fail the same way.
            raise PublishError(f"mike {args[0]} failed (its output is above)")
        _lost_race(f"mike {args[0]}", target, tip, now, attempt)
    raise PublishError(_gave_up(f"mike {args[0]}", target))


def _lost_race(
    what: str, target: Target, tip: str | None, now: str | None, attempt: int
) -> None:
    log.warning(
        "%s lost a race: %s/%s moved from %s to %s (attempt %d of %d); redoing it",
        what,
        target.remote,
        target.branch,
        tip,
        now,
        attempt,
        target.attempts,
    )
    time.sleep(min(0.2 * 2**attempt, 5.0))


def _gave_up(what: str, target: Target) -> str:
    return (
        f"{what}: gave up after {target.attempts} attempts, {target.remote}/"
        f"{target.branch} kept moving under it. Nothing was overwritten; run the "
        "publish again."
    )


def _read_versions(ref: str, target: Target) -> list[dict[str, object]]:
    """The entries of ``versions.json`` at ``ref``, a Pages branch; none if absent.

    Raises:
        PublishError: If the file is not mike's list of versions, naming the branch and
            the file (``gh-pages:versions.json``) and, for bad JSON, the line.
    """
    where = f"{target.branch}:versions.json"
    result = subprocess.run(  # noqa: S603 -- an argument list, no shell
        [_tool("git"), "show", f"{ref}:versions.json"],
        cwd=target.workdir,
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        return []
    try:
        data: object = json.loads(result.stdout.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise PublishError(f"{where} is not valid UTF-8: {error}") from None
    except json.JSONDecodeError as error:
        raise PublishError(f"{where} is not valid JSON: {error}") from None
    problem = _versions_shape_problem(data)
    if problem is not None:
        raise PublishError(f"{where} is not mike's list of versions: {problem}")
    return cast("list[dict[str, object]]", data)


def _versions_shape_problem(data: object) -> str | None:
    """What keeps ``data`` from being mike's versions.json, or ``None`` if it is."""
    if not isinstance(data, list):
        return f"the top level is {_json_kind(data)}, not an array"
    for number, entry in enumerate(cast("list[object]", data), start=1):
        if not isinstance(entry, dict):
            return f"entry {number} is {_json_kind(entry)}, not an object"
        fields = cast("dict[str, object]", entry)
        for key in ("version", "title"):
            if not isinstance(fields.get(key), str):
                return f"entry {number} has no string {key!r}"
        aliases = fields.get("aliases")
        if not isinstance(aliases, list) or not all(
            isinstance(alias, str) for alias in cast("list[object]", aliases)
        ):
            return f"entry {number} has no 'aliases' array of strings"
    return None


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return "a string" if isinstance(value, str) else "a number"


def _aliases(entry: dict[str, object]) -> list[str]:
    aliases = entry.get("aliases")
    if not isinstance(aliases, list):
        return []
    return [str(alias) for alias in cast("list[object]", aliases)]


def _alias_holder(ref: str, alias: str, target: Target) -> str | None:
    for entry in _read_versions(ref, target):
        if alias in _aliases(entry):
            return str(entry.get("version"))
    return None


# ------------------------------------------------------------------ previews (plumbing)


def _tree_of_directory(directory: Path, repo: Path, index: Path) -> str:
    """Write ``directory``'s files into ``repo``'s object store; return the tree id."""
    git_dir = _git("rev-parse", "--absolute-git-dir", cwd=repo)
    env = dict(os.environ, GIT_INDEX_FILE=str(index))
    where = ("--git-dir", git_dir, "--work-tree", str(directory))
    _git(*where, "add", "--all", "--force", ".", cwd=directory, env=env)
    return _git(*where, "write-tree", cwd=directory, env=env)


def _replace_entry(
    tree: str | None, name: str, subtree: str | None, cwd: Path, *, blob: bool = False
) -> str:
    """Return a tree equal to ``tree`` with ``name`` set to ``subtree`` (or removed).

    With ``blob``, ``subtree`` is a file's blob (mode 100644) rather than a tree.
    """
    entries: list[str] = []
    if tree is not None:
        listing = _git("ls-tree", "-z", tree, cwd=cwd)
        entries = [e for e in listing.split("\0") if e and e.split("\t", 1)[1] != name]
    if subtree is not None:
        mode = "100644 blob" if blob else "040000 tree"
        entries.append(f"{mode} {subtree}\t{name}")
    return _git("mktree", "-z", cwd=cwd, stdin="".join(e + "\0" for e in entries))


def _subtree(tree: str, name: str, cwd: Path) -> str | None:
    out = _git("ls-tree", tree, "--", name, cwd=cwd)
    if not out:
        return None
    mode, kind, object_id = out.split("\t", 1)[0].split()
    if kind != "tree":
        raise PublishError(f"{name} on the Pages branch is a {kind} ({mode}), no tree")
    return object_id


def _update_preview(
    name: str, site_tree: str | None, message: str, target: Target
) -> None:
    """Set (or with ``site_tree=None`` remove) ``pr-preview/<name>`` and push it."""
    cwd = target.workdir
    empty = _git("mktree", cwd=cwd, stdin="")

    def change(root: str) -> str:
        previews = _subtree(root, PREVIEW_DIR, cwd)
        new_previews = _replace_entry(previews, name, site_tree, cwd)
        keep = None if new_previews == empty else new_previews
        return _replace_entry(root, PREVIEW_DIR, keep, cwd)

    _update_branch(change, f"{PREVIEW_DIR}/{name}", message, target)


def _copy_not_found_page(version: str, target: Target) -> None:
    """Put ``<version>/404.html`` at the root of the Pages branch, and push it.

    GitHub Pages answers a missing address anywhere on the site with the root's
    ``404.html``, and mike writes none there. The default version's page is the one to
    serve: its links are absolute, so it works from any depth. A site without a 404
    page (another theme) leaves the root as it is.
    """
    cwd = target.workdir

    def change(root: str) -> str:
        page = _git("ls-tree", root, "--", f"{version}/404.html", cwd=cwd)
        if not page:
            log.info("%s has no 404.html: none at the root", version)
            return root
        blob = page.split("\t", 1)[0].split()[2]
        return _replace_entry(root, NOT_FOUND_PAGE, blob, cwd, blob=True)

    _update_branch(change, NOT_FOUND_PAGE, f"404.html at the root: {version}'s", target)


def _update_branch(
    change: Callable[[str], str], what: str, message: str, target: Target
) -> None:
    """Commit ``change`` of the remote tip's tree on the Pages branch, and push it.

    A push that loses a race is redone from the new tip, up to ``target.attempts``
    times; a change that leaves the tree as it is commits nothing.
    """
    cwd = target.workdir
    empty = _git("mktree", cwd=cwd, stdin="")
    for attempt in range(1, target.attempts + 1):
        tip = _fetch(target)
        root = _git("rev-parse", f"{tip}^{{tree}}", cwd=cwd) if tip else empty
        new_root = change(root)
        if new_root == root:
            log.info("%s/%s: nothing to change", target.branch, what)
            return
        parents = ["-p", tip] if tip else []
        commit = _git("commit-tree", new_root, *parents, "-m", message, cwd=cwd)
        refspec = f"{commit}:refs/heads/{target.branch}"
        push = _run([_tool("git"), "push", "--quiet", target.remote, refspec], cwd=cwd)
        if push.returncode == 0:
            log.info("%s: pushed %s to %s", message, commit[:12], target.branch)
            return
        now = _remote_tip(target)
        if now == tip:
            raise PublishError(f"git push to {target.remote} failed:\n{push.stderr}")
        _lost_race(message, target, tip, now, attempt)
    raise PublishError(_gave_up(message, target))


if __name__ == "__main__":
    sys.exit(main())
