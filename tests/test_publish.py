"""The publishing command, run for real against a local bare repository.

A bare repository in tmp_path stands in for GitHub, clones of it stand in for the
workflow runners, and ``python -m handbook.publish`` (what ``handbook publish`` runs)
does the work: mike builds the fixture site of tests/fixtures/publish-site (which uses
the handbook's own overrides/), commits to gh-pages and pushes. After every step the
Pages branch on the *remote* is inspected.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from handbook.publish import (
    PublishError,
    Target,
    delete_version,
    deploy_version,
    version_for_ref,
)

# Generous: a hang is caught, a loaded machine is not failed.
pytestmark = pytest.mark.timeout(300)

REPO = Path(__file__).resolve().parents[1]
FIXTURE = Path("tests/fixtures/publish-site")
CONFIG = str(FIXTURE / "mkdocs.yml")
SITE_URL = "https://example.invalid/handbook/"
RELEASED = {".nojekyll", "index.html", "versions.json", "latest", "404.html"}
"""The top of gh-pages beside the versions once a release is published."""
IDENTITY = {
    "GIT_AUTHOR_NAME": "Publish Test",
    "GIT_AUTHOR_EMAIL": "publish-test@example.invalid",
    "GIT_COMMITTER_NAME": "Publish Test",
    "GIT_COMMITTER_EMAIL": "publish-test@example.invalid",
}


# --------------------------------------------------------------------------- helpers


def git(*args: str, cwd: Path) -> str:
    result = subprocess.run(
        ["git", *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"
    return result.stdout.strip()


@pytest.fixture(scope="session")
def pycache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pycache")


@pytest.fixture(autouse=True)
def isolated_git(
    tmp_path: Path, pycache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No developer or system git configuration leaks in; commits have an author."""
    # Each publish starts several interpreters (publish, mike, mkdocs): let them share
    # compiled bytecode, kept outside the source tree, instead of compiling every time.
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(pycache))
    config = tmp_path / "gitconfig"
    config.write_text(
        "[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n"
    )
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("MIKE_DOCS_VERSION", raising=False)
    for name, value in IDENTITY.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def remote(tmp_path: Path) -> Path:
    """A bare repository standing in for GitHub, holding the fixture project on main."""
    bare = tmp_path / "remote.git"
    git("init", "--quiet", "--bare", "--initial-branch=main", str(bare), cwd=tmp_path)
    seed = tmp_path / "seed"
    git("clone", "--quiet", str(bare), str(seed), cwd=tmp_path)
    shutil.copytree(REPO / "overrides", seed / "overrides")
    shutil.copytree(
        REPO / FIXTURE, seed / FIXTURE, ignore=shutil.ignore_patterns("site")
    )
    (seed / ".gitignore").write_text("site/\n")
    git("add", "--all", cwd=seed)
    git("commit", "--quiet", "-m", "The fixture project", cwd=seed)
    git("push", "--quiet", "origin", "HEAD:main", cwd=seed)
    return bare


def seed_pages(remote: Path, **aliases: list[str]) -> None:
    """Put a hand-made gh-pages on the remote, without mike: ``dev=[]`` by default."""
    aliases = aliases or {"dev": []}
    work = remote.parent / "pages-seed"
    git("init", "--quiet", str(work), cwd=remote.parent)
    for version in aliases:
        (work / version).mkdir()
        (work / version / "index.html").write_text(f"<p>{version}</p>\n")
    entries = [{"version": v, "title": v, "aliases": a} for v, a in aliases.items()]
    (work / "versions.json").write_text(json.dumps(entries))
    git("add", "--all", cwd=work)
    git("commit", "--quiet", "-m", "Seed gh-pages", cwd=work)
    git("push", "--quiet", str(remote), "HEAD:refs/heads/gh-pages", cwd=work)


def clone(remote: Path, name: str) -> Path:
    path = remote.parent / name
    git("clone", "--quiet", str(remote), str(path), cwd=remote.parent)
    return path


def publish(
    checkout: Path, *args: str, ok: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run ``handbook publish ARGS`` in ``checkout``."""
    result = subprocess.run(
        [sys.executable, "-m", "handbook.publish", *args, "--config-file", CONFIG],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=False,
    )
    if ok:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def entries(remote: Path, path: str = "") -> set[str]:
    """The names in ``path`` of gh-pages on the remote."""
    listing = git("ls-tree", "--name-only", f"gh-pages:{path}", cwd=remote)
    return set(listing.splitlines())


def object_id(remote: Path, path: str) -> str:
    """The id of a tree or file of gh-pages: equal ids, byte-identical content."""
    return git("rev-parse", f"gh-pages:{path}", cwd=remote)


def versions(remote: Path) -> list[tuple[str, list[str]]]:
    data = json.loads(git("show", "gh-pages:versions.json", cwd=remote))
    return [(entry["version"], entry["aliases"]) for entry in data]


def show(remote: Path, path: str) -> str:
    return git("show", f"gh-pages:{path}", cwd=remote)


def install_pre_push_hook(
    checkout: Path, other: Path, action: str, *, once: bool
) -> None:
    """Make ``checkout``'s next push (or every push) lose a race against ``other``.

    Git runs pre-push after it has read the remote's refs and before it sends anything,
    so whatever the hook pushes from ``other`` makes this push a stale, rejected one:
    the same as two runners publishing at the same moment, but deterministic.
    ``action`` is ``noise`` (an empty commit on gh-pages) or ``publish ARGS...``.
    """
    hook = checkout / ".git" / "hooks" / "pre-push"
    marker = checkout / ".git" / "raced"
    hook.write_text(
        textwrap.dedent(
            f"""\
            #!{sys.executable}
            import os, pathlib, subprocess, sys
            marker = pathlib.Path({str(marker)!r})
            if {once!r} and marker.exists():
                sys.exit(0)
            marker.touch()
            # Git exports GIT_DIR and friends to hooks: drop them to work in `other`.
            keep = ("GIT_AUTHOR", "GIT_COMMITTER", "GIT_CONFIG")
            env = {{k: v for k, v in os.environ.items()
                   if not k.startswith("GIT_") or k.startswith(keep)}}
            def run(*args):
                return subprocess.run(args, cwd={str(other)!r}, env=env, check=True,
                                      capture_output=True, text=True).stdout.strip()
            action = {action.split()!r}
            if action == ["noise"]:
                run("git", "fetch", "--quiet", "origin", "gh-pages")
                commit = run("git", "commit-tree", "FETCH_HEAD^{{tree}}",
                             "-p", "FETCH_HEAD", "-m", "Someone else's publish")
                run("git", "push", "-q", "origin", f"{{commit}}:refs/heads/gh-pages")
            else:
                run(sys.executable, "-m", "handbook.publish", *action[1:],
                    "--config-file", {CONFIG!r})
            """
        )
    )
    hook.chmod(0o755)


# --------------------------------------------------------------------------- refs


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("refs/heads/main", ("dev", ())),
        ("refs/tags/v1.2.3", ("1.2", ("latest",))),
        ("refs/tags/v0.1.0", ("0.1", ("latest",))),
        ("refs/tags/v10.20.30", ("10.20", ("latest",))),
    ],
)
def test_version_for_ref(ref: str, expected: tuple[str, tuple[str, ...]]) -> None:
    assert version_for_ref(ref) == expected


@pytest.mark.parametrize(
    "ref",
    [
        "refs/heads/feature",
        "refs/heads/main2",
        "main",
        "refs/tags/1.2.3",
        "refs/tags/v1.2",
        "refs/tags/v1.2.3-rc1",
        "refs/tags/v01.2.3",
        "refs/pull/12/merge",
        "",
    ],
)
def test_version_for_ref_rejects_other_refs(ref: str) -> None:
    with pytest.raises(PublishError, match="only refs/heads/main"):
        version_for_ref(ref)


@pytest.mark.parametrize("name", ["pr-preview", "versions.json", "../1.0", "a/b", ""])
def test_reserved_or_unsafe_names_are_refused(name: str, tmp_path: Path) -> None:
    with pytest.raises(PublishError, match="cannot be a version or alias name"):
        deploy_version(name, target=Target(cwd=tmp_path))


# --------------------------------------------------------------------------- the flow


def test_versions_previews_and_deletion(remote: Path) -> None:  # noqa: PLR0915 -- one story
    runner = clone(remote, "runner")
    # Every expected top-level entry of gh-pages is spelled out after each step.
    base = RELEASED

    # A first release: 1.0 becomes latest and the default.
    publish(runner, "ref", "refs/tags/v1.0.0")
    assert entries(remote) == base | {"1.0"}
    assert versions(remote) == [("1.0", ["latest"])]
    assert "latest/" in show(remote, "index.html")
    assert "../1.0/" in show(remote, "latest/index.html")
    v1 = object_id(remote, "1.0")
    # GitHub Pages serves the root's 404.html for any missing address: the default
    # version's, whose links are absolute and lead into latest/.
    assert object_id(remote, "404.html") == object_id(remote, "1.0/404.html")
    not_found = show(remote, "404.html")
    assert "Page not found" in not_found
    assert 'action="/handbook/latest/r/"' in not_found

    # The next release: latest (and so the default) moves to 2.0; 1.0 stays as it was.
    publish(runner, "ref", "refs/tags/v2.0.0")
    assert entries(remote) == base | {"1.0", "2.0"}
    assert versions(remote) == [("2.0", ["latest"]), ("1.0", [])]
    assert object_id(remote, "1.0") == v1
    assert "../2.0/" in show(remote, "latest/index.html")
    assert "../../2.0/guide/" in show(remote, "latest/guide/index.html")
    assert "latest/" in show(remote, "index.html")
    v2, root_page = object_id(remote, "2.0"), object_id(remote, "index.html")
    root_404 = object_id(remote, "404.html")
    assert root_404 == object_id(remote, "2.0/404.html")
    # Every version's canonical URL is the page in latest; 1.0's banner links there.
    old_guide = show(remote, "1.0/guide/index.html")
    assert f'<link rel="canonical" href="{SITE_URL}latest/guide/">' in old_guide
    assert 'href="../../latest/guide/"' in old_guide
    assert "You are reading an older version of the handbook." in old_guide

    # main: dev, which moves no alias and leaves the default alone.
    publish(runner, "ref", "refs/heads/main")
    assert entries(remote) == base | {"1.0", "2.0", "dev"}
    assert versions(remote) == [("dev", []), ("2.0", ["latest"]), ("1.0", [])]
    assert (object_id(remote, "1.0"), object_id(remote, "2.0")) == (v1, v2)
    assert object_id(remote, "index.html") == root_page
    assert object_id(remote, "404.html") == root_404

    # A preview: pr-preview/pr-12/ appears; nothing of mike's changes.
    before_preview = object_id(remote, "")
    kept = {
        p: object_id(remote, p)
        for p in ["1.0", "2.0", "dev", "latest", "versions.json"]
    }
    publish(runner, "preview", "12")
    assert entries(remote) == base | {"1.0", "2.0", "dev", "pr-preview"}
    assert entries(remote, "pr-preview") == {"pr-12"}
    assert {"index.html", "guide"} <= entries(remote, "pr-preview/pr-12")
    assert "must land on this page again" in show(
        remote, "pr-preview/pr-12/guide/index.html"
    )
    assert {p: object_id(remote, p) for p in kept} == kept
    assert versions(remote) == [("dev", []), ("2.0", ["latest"]), ("1.0", [])]

    # Closing it removes it and leaves gh-pages exactly as it was before the preview.
    publish(runner, "close-preview", "12")
    assert entries(remote) == base | {"1.0", "2.0", "dev"}
    assert object_id(remote, "") == before_preview
    tip = git("rev-parse", "gh-pages", cwd=remote)
    again = publish(runner, "close-preview", "12")
    assert "nothing to change" in again.stderr
    assert git("rev-parse", "gh-pages", cwd=remote) == tip

    # Deleting dev touches nothing else.
    publish(runner, "delete", "dev")
    assert entries(remote) == base | {"1.0", "2.0"}
    assert versions(remote) == [("2.0", ["latest"]), ("1.0", [])]
    assert (object_id(remote, "1.0"), object_id(remote, "2.0")) == (v1, v2)
    assert object_id(remote, "index.html") == root_page

    # A backport release of the 1.x series updates 1.0 only: latest stays on 2.0.
    guide = runner / FIXTURE / "docs" / "guide.md"
    guide.write_text(guide.read_text() + "\nFixed in 1.0.1.\n")
    git("commit", "--quiet", "--all", "-m", "Fix the guide", cwd=runner)
    backport = publish(runner, "ref", "refs/tags/v1.0.1")
    assert "without moving latest" in backport.stderr
    assert versions(remote) == [("2.0", ["latest"]), ("1.0", [])]
    assert "Fixed in 1.0.1." in show(remote, "1.0/guide/index.html")
    assert object_id(remote, "2.0") == v2
    assert object_id(remote, "index.html") == root_page
    assert object_id(remote, "404.html") == root_404


def test_refusals_change_nothing(remote: Path) -> None:
    seed_pages(remote, **{"2.0": ["latest"]})
    runner = clone(remote, "runner")
    tip = git("rev-parse", "gh-pages", cwd=remote)
    target = Target(config_file=CONFIG, cwd=runner)

    with pytest.raises(PublishError, match="holds the alias 'latest'"):
        delete_version("2.0", target=target)
    with pytest.raises(
        PublishError, match=r"not a published version \(published: 2.0\)"
    ):
        delete_version("latest", target=target)
    with pytest.raises(PublishError, match="not a published version"):
        delete_version("9.9", target=target)
    with pytest.raises(PublishError, match="'upstream' is not a remote"):
        delete_version("2.0", target=Target(remote="upstream", cwd=runner))
    bad = publish(runner, "ref", "refs/heads/feature", ok=False)
    assert bad.returncode == 1
    assert "cannot publish 'refs/heads/feature'" in bad.stderr
    # A failing build is no race: it fails at once, without retrying.
    command = [sys.executable, "-m", "handbook.publish", "ref", "refs/heads/main"]
    broken = subprocess.run(
        [*command, "--config-file", "missing.yml"],
        cwd=runner,
        capture_output=True,
        text=True,
        check=False,
    )
    assert broken.returncode == 1
    assert "mike deploy failed" in broken.stderr
    assert "lost a race" not in broken.stderr
    assert git("rev-parse", "gh-pages", cwd=remote) == tip


# ----------------------------------------------------- the sources' branch is no target

REFUSED = (
    "publish: error: refusing to write to 'main': {why}; the Pages branch must be "
    "another (--branch, default gh-pages)\n"
)
EVERY_COMMAND = [
    ("ref", "refs/heads/main"),
    ("ref", "refs/tags/v1.0.0"),
    ("preview", "5"),
    ("close-preview", "5"),
    ("delete", "dev"),
]


def refs(repo: Path) -> str:
    """Every ref of ``repo`` and the commit it points at."""
    return git("for-each-ref", "--format=%(refname) %(objectname)", cwd=repo)


def assert_refused(checkout: Path, remote: Path, why: str) -> None:
    """Every command, aimed at main, fails with one line and changes no ref anywhere."""
    before = (refs(remote), refs(checkout))
    for command in EVERY_COMMAND:
        result = publish(checkout, *command, "--branch", "main", ok=False)
        assert (result.returncode, result.stderr) == (1, REFUSED.format(why=why)), (
            command
        )
    assert (refs(remote), refs(checkout)) == before


def test_the_checked_out_branch_is_refused(remote: Path) -> None:
    runner = clone(remote, "runner")
    where = runner.resolve()
    assert_refused(runner, remote, f"it is the branch checked out in {where}")


def test_a_branch_at_the_detached_head_is_refused(remote: Path) -> None:
    """CI checks a tag out as a detached HEAD, often the very commit main is at."""
    runner = clone(remote, "runner")
    git("checkout", "--quiet", "--detach", cwd=runner)
    head = git("rev-parse", "HEAD", cwd=runner)
    why = (
        f"the tip of main is the commit checked out in {runner.resolve()} "
        f"({head[:12]}), so it holds the sources"
    )
    assert_refused(runner, remote, why)


def test_a_branch_holding_the_sources_is_refused(remote: Path) -> None:
    """Detached on an older commit, no local main, and main has moved on."""
    runner = clone(remote, "runner")
    git("checkout", "--quiet", "--detach", cwd=runner)
    git("branch", "--quiet", "--delete", "--force", "main", cwd=runner)
    other = clone(remote, "other")
    git("commit", "--quiet", "--allow-empty", "-m", "Main moves on", cwd=other)
    git("push", "--quiet", "origin", "HEAD:main", cwd=other)
    why = f"origin/main has {CONFIG} at its tip, so it holds the sources"
    assert_refused(runner, remote, why)


def seed_versions_json(remote: Path, text: str) -> None:
    """A gh-pages on the remote whose versions.json is `text`, beside a 1.0/ folder."""
    work = remote.parent / "pages-seed"
    git("init", "--quiet", str(work), cwd=remote.parent)
    (work / "1.0").mkdir()
    (work / "1.0" / "index.html").write_text("<p>1.0</p>\n")
    (work / "versions.json").write_text(text)
    git("add", "--all", cwd=work)
    git("commit", "--quiet", "-m", "Seed gh-pages", cwd=work)
    git("push", "--quiet", str(remote), "HEAD:refs/heads/gh-pages", cwd=work)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            '[\n  {"version": "1.0", "title": "1.0", "aliases": []},\n  oops\n]\n',
            "is not valid JSON: Expecting value: line 3 column 3 (char 57)",
        ),
        (
            '{"version": "1.0", "title": "1.0", "aliases": []}',
            "is not mike's list of versions: the top level is an object, not an array",
        ),
        (
            '[{"version": "1.0", "title": "1.0", "aliases": "latest"}]',
            "is not mike's list of versions: entry 1 has no 'aliases' array of strings",
        ),
        (
            '[{"version": "1.0", "title": "1.0", "aliases": []}, "2.0"]',
            "is not mike's list of versions: entry 2 is a string, not an object",
        ),
    ],
    ids=["not-json", "an-object", "aliases-a-string", "entry-a-string"],
)
def test_a_corrupt_versions_json_is_one_line_naming_it(
    remote: Path, text: str, problem: str
) -> None:
    seed_versions_json(remote, text)
    runner = clone(remote, "runner")
    before = refs(remote)
    for command in [("ref", "refs/heads/main"), ("ref", "refs/tags/v2.0.0")]:
        result = publish(runner, *command, ok=False)
        expected = f"publish: error: gh-pages:versions.json {problem}\n"
        assert (result.returncode, result.stderr) == (1, expected), command
    result = publish(runner, "delete", "1.0", ok=False)
    assert (result.returncode, result.stderr) == (1, expected)
    assert refs(remote) == before


# --------------------------------------------------------------------------- races


def test_a_deploy_that_loses_the_race_redoes_it(remote: Path) -> None:
    first, second = clone(remote, "first"), clone(remote, "second")
    # While `second` pushes 1.0, `first` publishes dev: second's push is stale.
    install_pre_push_hook(second, first, "publish ref refs/heads/main", once=True)

    result = publish(second, "ref", "refs/tags/v1.0.0")

    assert "mike deploy lost a race" in result.stderr
    assert entries(remote) == RELEASED | {"1.0", "dev"}
    assert versions(remote) == [("dev", []), ("1.0", ["latest"])]
    # What `first` published is there byte for byte.
    assert object_id(remote, "dev") == git("rev-parse", "gh-pages:dev", cwd=first)


def test_a_preview_that_loses_the_race_redoes_it(remote: Path) -> None:
    seed_pages(remote)
    first, second = clone(remote, "first"), clone(remote, "second")
    install_pre_push_hook(second, first, "noise", once=True)

    result = publish(second, "preview", "7")

    assert "lost a race" in result.stderr
    assert entries(remote, "pr-preview") == {"pr-7"}
    assert versions(remote) == [("dev", [])]
    # The other publisher's commit is part of the history, not overwritten.
    log = git("log", "--format=%s", "gh-pages", cwd=remote).splitlines()
    assert log[:2] == ["Preview PR #7", "Someone else's publish"]


def test_racing_publishers_give_up_clearly_and_lose_nothing(remote: Path) -> None:
    seed_pages(remote)
    first, second = clone(remote, "first"), clone(remote, "second")
    install_pre_push_hook(second, first, "noise", once=False)

    result = publish(second, "delete", "dev", "--attempts", "2", ok=False)

    assert result.returncode == 1
    assert "gave up after 2 attempts" in result.stderr
    assert "Nothing was overwritten" in result.stderr
    assert versions(remote) == [("dev", [])]
    assert "dev" in entries(remote)
    noise = git("log", "--format=%s", "gh-pages", cwd=remote).splitlines()
    assert noise[:2] == ["Someone else's publish"] * 2


def test_concurrent_publishers_both_land(remote: Path) -> None:
    """Two runners publishing at once, in real threads: both versions end up there."""
    clones = {"3.0": clone(remote, "one"), "dev": clone(remote, "two")}
    refs = {"3.0": "refs/tags/v3.0.0", "dev": "refs/heads/main"}
    results: dict[str, subprocess.CompletedProcess[str]] = {}
    start = threading.Barrier(len(clones))

    def run(version: str) -> None:
        start.wait()
        results[version] = publish(clones[version], "ref", refs[version], ok=False)

    threads = [threading.Thread(target=run, args=(v,)) for v in clones]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    for version, result in results.items():
        assert result.returncode == 0, f"{version}: {result.stderr}"
    assert versions(remote) == [("dev", []), ("3.0", ["latest"])]
    assert {"3.0", "dev", "latest"} <= entries(remote)
    assert "latest/" in show(remote, "index.html")


def test_a_preview_built_elsewhere_is_published_as_it_is(remote: Path) -> None:
    """CI builds a pull request's site in a read-only job and publishes the files."""
    seed_pages(remote)
    checkout = clone(remote, "trusted")
    built = remote.parent / "built"
    (built / "guide").mkdir(parents=True)
    (built / "index.html").write_text("<p>built by the read-only job</p>\n")
    (built / "guide" / "index.html").write_text("<p>guide</p>\n")

    publish(checkout, "preview", "31", "--site-dir", str(built))

    assert entries(remote, "pr-preview/pr-31") == {"index.html", "guide"}
    assert show(remote, "pr-preview/pr-31/index.html") == (
        "<p>built by the read-only job</p>"  # git() strips the final newline
    )
    assert versions(remote) == [("dev", [])]


def test_a_preview_without_a_built_site_is_refused(remote: Path) -> None:
    seed_pages(remote)
    checkout = clone(remote, "trusted")
    empty = remote.parent / "empty"
    empty.mkdir()
    result = publish(checkout, "preview", "32", "--site-dir", str(empty), ok=False)
    assert result.returncode == 1
    assert "holds no built site" in result.stderr
    assert "pr-preview" not in entries(remote)
