"""What the site adds for its readers: descriptions, last-updated dates, print pages.

The description and the date are checked on the handbook's own built site and on a
tiny handbook built here, once inside a temporary git repository whose commits have
fixed dates and once outside any repository. The 404 page and the printable parts
are checked as built files here, and in chromium by ``test_browser_reader.py``.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page as MkdocsPage
from mkdocs.utils.yaml import yaml_load  # pyright: ignore[reportUnknownVariableType]
from support import ROOT, build_site, copy_fixture

from handbook import reader
from handbook.ledger import page_url
from handbook.project import Project
from handbook.reader import (
    DESCRIPTION_LENGTH,
    first_paragraph,
    git_dates,
    nav_parts,
    notebook_markdown,
    parse_git_log,
    plain_text,
    trim,
)
from handbook.rules import collect_rules

DESCRIPTION = re.compile(r'<meta name="description" content="(?P<text>[^"]*)"')
TIME = re.compile(r'<time datetime="(?P<date>\d{4}-\d\d-\d\d)">(?P<text>[^<]*)</time>')
GENERATOR = 'name="generator" content="mkdocs-'
"""Pages the theme rendered carry this; the rules' short-link redirects do not."""
FIRST = "2024-01-02T12:00:00+00:00"
SECOND = "2024-03-04T12:00:00+00:00"


def config_of_handbook() -> dict[str, object]:
    """mkdocs.yml as mkdocs reads it, its !ENV tags included."""
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as text:
        return cast("dict[str, object]", yaml_load(text))


# Descriptions ---------------------------------------------------------------------


def test_the_first_paragraph_is_the_first_prose_after_everything_else() -> None:
    text = """# Title

!!! note "Aside"
    Not this.

```python
print("nor this")
```

- nor a list
- of items

| nor | a table |
| --- | --- |

<div>nor raw HTML</div>

    nor indented code

> nor a quote

The first *paragraph*,
on two lines.

The second paragraph.
"""
    assert first_paragraph(text) == "The first *paragraph*, on two lines."


def test_a_fence_hides_what_looks_like_prose_until_it_closes() -> None:
    text = "~~~~markdown\nA paragraph in a fence.\n```\nstill fenced\n~~~~\n\nProse.\n"
    assert first_paragraph(text) == "Prose."


def test_a_setext_heading_is_not_a_paragraph() -> None:
    assert first_paragraph("Title\n=====\n\nBody text.\n") == "Body text."


def test_a_page_without_prose_has_no_first_paragraph() -> None:
    assert first_paragraph("# Only a heading\n\n```text\ncode\n```\n") == ""


def test_plain_text_keeps_what_the_reader_reads() -> None:
    source = (
        "See [the rules](../rules/index.md), `uv run`, **bold** and *slanted* "
        "text &amp; a footnote[^1] { .note }"
    )
    assert plain_text(source) == (
        "See the rules, uv run, bold and slanted text & a footnote { .note }"
    )


def test_a_long_description_is_cut_at_a_word_and_ends_with_an_ellipsis() -> None:
    words = " ".join(f"word{n}" for n in range(60))
    cut = trim(words)
    assert len(cut) <= DESCRIPTION_LENGTH
    assert cut.endswith("\u2026")
    kept = cut.removesuffix("\u2026")
    assert words.startswith(kept)
    assert words[len(kept)] == " ", "cut inside a word"
    assert len(kept) > DESCRIPTION_LENGTH // 2


def test_a_long_description_ends_after_its_last_whole_sentence() -> None:
    first = "The first sentence is long enough to stand on its own, " + "x" * 60 + "."
    text = f"{first} The second one would not fit in the limit at all, not whole."
    assert trim(text) == first
    # A sentence shorter than half the limit is not enough: the cut is at a word.
    assert trim("Short. " + "word " * 60).endswith("word\u2026")


def test_a_short_description_is_kept_whole() -> None:
    assert trim("Short and whole.") == "Short and whole."


def test_a_notebook_is_read_through_its_markdown_cells() -> None:
    notebook = {
        "cells": [
            {"cell_type": "markdown", "source": ["# Title\n", "\n", "First words."]},
            {"cell_type": "code", "source": ["print('no')"]},
            {"cell_type": "markdown", "source": "Later words."},
        ]
    }
    text = notebook_markdown(json.dumps(notebook))
    assert first_paragraph(text) == "First words."
    assert "print" not in text
    assert notebook_markdown("not json") == ""


def built_pages(site: Path) -> dict[str, str]:
    """The theme's pages of a built site, by path: every page a reader lands on."""
    return {
        path.relative_to(site).as_posix(): text
        for path in sorted(site.rglob("*.html"))
        if GENERATOR in (text := path.read_text(encoding="utf-8"))
    }


def description(page: str) -> str:
    found = DESCRIPTION.search(page)
    assert found is not None, "no <meta name=description>"
    return html.unescape(found["text"])


def first_rendered_paragraph(page: str) -> str:
    """The text of the first <p> after the article's first heading, as rendered."""
    article = page[page.index("<article") :]
    after = article[article.index("<h1") :]
    found = re.search(r"<p\b[^>]*>(.*?)</p>", after, re.DOTALL)
    assert found is not None
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", found[1]))).strip()


def test_every_page_has_a_description_of_its_own(site: Path) -> None:
    site_description = str(config_of_handbook()["site_description"])
    pages = built_pages(site)
    assert len(pages) > len(list(site.glob("pds/*/index.html")))
    described = {path: description(text) for path, text in pages.items()}
    empty = [path for path, text in described.items() if not text.strip()]
    assert not empty
    default = sorted(p for p, text in described.items() if text == site_description)
    # Only the 404 page, which is no page of the docs, keeps the site's description.
    assert default == ["404.html"]
    long = [p for p, text in described.items() if len(text) > DESCRIPTION_LENGTH]
    assert not long


@pytest.mark.parametrize(
    "page",
    [
        "index.html",
        "pds/type-checking/index.html",
        "sdp/resilience/index.html",
        "uds/data-quality/index.html",  # a notebook
        "reference/index.html",
    ],
)
def test_a_description_is_the_start_of_the_first_paragraph(
    site: Path, page: str
) -> None:
    text = (site / page).read_text(encoding="utf-8")
    said = description(text)
    paragraph = first_rendered_paragraph(text)
    assert paragraph.startswith(said.removesuffix("\u2026")), (said, paragraph)
    if len(paragraph) > DESCRIPTION_LENGTH:
        assert len(said) < len(paragraph)


# Last-updated dates ---------------------------------------------------------------


def git(cwd: Path, *args: str, date: str | None = None) -> str:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
    }
    if date is not None:
        env |= {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def commit_all(repo: Path, message: str, date: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, date=date)


def test_the_git_log_is_read_newest_first_and_a_shallow_boundary_dates_nothing() -> (
    None
):
    newest = int(datetime(2024, 3, 4, 23, 30, tzinfo=UTC).timestamp())
    older = int(datetime(2024, 1, 2, tzinfo=UTC).timestamp())
    full = f"\x01{newest} \x00\na.md\x00\x01{older} \x00\na.md\x00b.md\x00"
    assert parse_git_log(full) == {"a.md": "2024-03-04", "b.md": "2024-01-02"}
    shallow = f"\x01{newest} \x00\na.md\x00\x01{older} grafted\x00\na.md\x00b.md\x00"
    assert parse_git_log(shallow) == {"a.md": "2024-03-04"}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Three commits: a.md and b.md, then b.md changed, then a.md and c.md."""
    root = tmp_path / "repo"
    docs = root / "docs"
    (docs / "part").mkdir(parents=True)
    git(root, "init", "-q")
    (docs / "a.md").write_text("a\n", encoding="utf-8")
    (docs / "b.md").write_text("b\n", encoding="utf-8")
    (root / "outside.md").write_text("not in docs\n", encoding="utf-8")
    commit_all(root, "one", FIRST)
    (docs / "b.md").write_text("b, changed\n", encoding="utf-8")
    commit_all(root, "two", "2024-02-03T12:00:00+00:00")
    (docs / "a.md").write_text("a, changed\n", encoding="utf-8")
    (docs / "part" / "c d \u00fc.md").write_text("c\n", encoding="utf-8")
    commit_all(root, "three", SECOND)
    return root


def test_each_file_gets_the_date_of_its_last_commit(repo: Path) -> None:
    assert git_dates(repo / "docs") == {
        "a.md": "2024-03-04",
        "b.md": "2024-02-03",
        "part/c d \u00fc.md": "2024-03-04",
    }


def test_a_shallow_clone_dates_only_what_its_history_shows(
    repo: Path, tmp_path: Path
) -> None:
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "2", repo.as_uri(), str(clone))
    # The newest commit is whole; the one before is the boundary, listed with every
    # file it holds, so b.md (changed there, or long before) gets no date.
    assert git_dates(clone / "docs") == {
        "a.md": "2024-03-04",
        "part/c d \u00fc.md": "2024-03-04",
    }
    single = tmp_path / "single"
    git(tmp_path, "clone", "-q", "--depth", "1", repo.as_uri(), str(single))
    assert git_dates(single / "docs") == {}


def test_no_repository_and_no_git_mean_no_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "tarball" / "docs"
    docs.mkdir(parents=True)
    (docs / "a.md").write_text("a\n", encoding="utf-8")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    assert git_dates(docs) == {}
    monkeypatch.setenv("PATH", str(tmp_path / "no-such-bin"))
    assert git_dates(docs) == {}


class StandIn:
    """A build's configuration, as far as the dates' cache looks at it."""

    def __init__(self, docs_dir: str) -> None:
        self.docs_dir = docs_dir


def test_git_is_asked_once_per_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []

    def counted(docs: Path) -> dict[str, str]:
        calls.append(docs)
        return {"a.md": "2024-01-02"}

    monkeypatch.setattr(reader, "git_dates", counted)
    # A stand-in for a build's configuration: the cache reads its docs_dir, and
    # knows a build by the configuration object's identity.
    build = cast("MkDocsConfig", StandIn(str(tmp_path)))
    assert reader.build_dates(build) == {"a.md": "2024-01-02"}
    assert reader.build_dates(build) == {"a.md": "2024-01-02"}
    assert len(calls) == 1
    rebuild = cast("MkDocsConfig", StandIn(str(tmp_path)))
    reader.build_dates(rebuild)
    assert calls == [tmp_path, tmp_path], "a new build (a new config) reads git again"


def tiny_handbook(tmp_path: Path) -> Path:
    """The benchmarks' tiny handbook, in the handbook's theme and overrides."""
    root = copy_fixture("bench-tiny", tmp_path)
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    theme = f"theme:\n  name: material\n  custom_dir: {ROOT / 'overrides'}\n"
    config = re.sub(r"theme:\n  name: mkdocs\n", theme, config)
    assert "custom_dir" in config
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return root


def dates_shown(site: Path) -> dict[str, str]:
    shown: dict[str, str] = {}
    for path, page in built_pages(site).items():
        found = TIME.findall(page)
        if found:
            assert len(found) == 1, path
            ((date, text),) = found
            assert text == date, "the date is shown as it is given, ISO"
            shown[path] = date
    return shown


def test_a_built_page_shows_its_last_commit_date(tmp_path: Path) -> None:
    root = tiny_handbook(tmp_path)
    git(root, "init", "-q")
    commit_all(root, "the tiny handbook", FIRST)
    naming = root / "docs" / "pds" / "naming.md"
    naming.write_text(naming.read_text(encoding="utf-8") + "\nMore.\n", "utf-8")
    commit_all(root, "a change to one page", SECOND)
    built = build_site(root / "mkdocs.yml", tmp_path / "site")
    assert built.returncode == 0, built.output
    assert dates_shown(built.site) == {
        "index.html": "2024-01-02",
        "pds/index.html": "2024-01-02",
        "pds/naming/index.html": "2024-03-04",
    }


def test_outside_a_repository_no_page_shows_a_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tiny_handbook(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    built = build_site(root / "mkdocs.yml", tmp_path / "site")
    assert built.returncode == 0, built.output
    pages = built_pages(built.site)
    assert "pds/naming/index.html" in pages
    assert dates_shown(built.site) == {}
    assert not [p for p, text in pages.items() if "md-source-file" in text]


def test_the_handbooks_pages_show_the_date_git_gives_them(
    site: Path, project: Project
) -> None:
    """Where git knows a page's last commit, that date; where it cannot, none."""
    shown = dates_shown(site)
    shallow = git(ROOT, "rev-parse", "--is-shallow-repository").strip() == "true"
    wrong: list[str] = []
    for page in project.pages[:: max(1, len(project.pages) // 12)]:
        src = page.path.removeprefix("docs/")
        built = (page_url(src) or "") + "index.html"
        stamp = git(ROOT, "log", "-1", "--format=%ct", "--", page.path).strip()
        expected = (
            datetime.fromtimestamp(int(stamp), tz=UTC).date().isoformat()
            if stamp
            else None
        )
        if shallow and shown.get(built) is None:
            continue  # the shallow clone's boundary: no date is right
        if shown.get(built) != expected:
            wrong.append(f"{built}: shows {shown.get(built)}, git says {expected}")
    assert not wrong, "\n".join(wrong)


# Printable parts ------------------------------------------------------------------


def test_every_part_of_the_navigation_has_a_print_page(site: Path) -> None:
    nav = config_of_handbook()["nav"]
    parts = nav_parts(nav)
    assert [p.folder for p in parts] == ["pds", "uds", "sdp", "ppp", "dpg"]
    for part in parts:
        page = (site / "print" / part.folder / "index.html").read_text(encoding="utf-8")
        contents = page[page.index('class="print-part__contents"') :]
        contents = contents[: contents.index("</nav>")]
        links = re.findall(r'<a href="([^"]+)"', contents)
        expected = [
            "../../" + page_url(re.sub(r"\.ipynb$", ".md", p)) for p in part.pages
        ]
        assert links == expected, part.folder
        assert "print-part.js" in page


def test_a_part_index_is_first_and_every_chapter_follows_in_order(
    project: Project,
) -> None:
    (pds,) = (p for p in nav_parts(config_of_handbook()["nav"]) if p.folder == "pds")
    markdown = reader.print_markdown(pds, project)
    chapters = re.findall(r"^1\. \[(.+)\]\((.+)\)$", markdown, re.MULTILINE)
    assert [target for _, target in chapters] == ["../" + page for page in pds.pages]
    titles = {target.removeprefix("../"): title for title, target in chapters}
    assert titles["pds/type-checking.md"] == "Type checking"
    rules = [r for r in collect_rules(project) if r.part == "PDS"]
    assert rules, "the part has rules for the print page to hold"


# The 404 page ---------------------------------------------------------------------


def test_the_404_page_links_from_the_sites_root_path(site: Path) -> None:
    page = (site / "404.html").read_text(encoding="utf-8")
    root = "/" + str(config_of_handbook()["site_url"]).split("/", 3)[3]
    assert f'data-root="{root}"' in page
    assert f'action="{root}r/"' in page
    assert 'id="handbook-404-search"' in page
    assert 'id="handbook-404-rule"' in page
    assert f'href="{root}assets/stylesheets/' in page, "the theme's assets, absolute"


def test_a_description_is_escaped_once_however_often_the_page_is_read(
    tmp_path: Path,
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.md").write_text('# Title\n\nSay "hi" & 3 < 4.\n', encoding="utf-8")
    config = cast("MkDocsConfig", StandIn(str(docs)))
    file = File("page.md", str(docs), str(tmp_path / "site"), use_directory_urls=True)
    page = MkdocsPage(None, file, cast("MkDocsConfig", {"site_name": "x"}))
    page.markdown = (docs / "page.md").read_text(encoding="utf-8")
    page.meta = {}
    for _ in range(2):
        reader.update_page(page, config)
        assert str(page.meta["description"]) == "Say &quot;hi&quot; &amp; 3 &lt; 4."
