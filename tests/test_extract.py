"""The examples/ mirror: file names, headers, groups, and the drift check."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from handbook.blocks import PageError
from handbook.cli import EXIT_BAD_INPUT, main
from handbook.extract import check_tree, write_tree
from handbook.project import load_project

PAGE = """# Page

```python
def greet() -> str:
    return "hi"
```

```toml title="pyproject.toml"
[tool.ruff]
line-length = 88
```

```python group="flow"
total = 1
```

Prose between the two parts of the group.

```python group="flow"
total += 1
print(total)
#> 2
```

```python lint="expect:B006"
def add(item: int, into: list[int] = []) -> list[int]:
    into.append(item)
    return into
```
"""


@pytest.fixture
def handbook(tmp_path: Path) -> Path:
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n")
    (tmp_path / "docs" / "part").mkdir(parents=True)
    (tmp_path / "docs" / "part" / "page.md").write_text(PAGE)
    return tmp_path


def test_files_mirror_the_page_path_and_the_block_content(handbook: Path) -> None:
    project = load_project(handbook)
    names = [ex.path for ex in project.examples]
    assert names[1] == "examples/part/page/pyproject_toml.toml"  # titled: its title
    assert [re.sub(r"_[0-9a-f]{6}\.", "_HASH.", n) for n in names] == [
        "examples/part/page/greet_HASH.py",
        "examples/part/page/pyproject_toml.toml",
        "examples/part/page/python_HASH.py",
        "examples/part/page/add_HASH.py",
    ]


def test_inserting_a_block_renames_no_other_file(handbook: Path) -> None:
    before = [ex.path for ex in load_project(handbook).examples]
    page = handbook / "docs" / "part" / "page.md"
    page.write_text(
        page.read_text().replace(
            "# Page", "# Page\n\n```python\nprint(1)\n#> 1\n```\n", 1
        )
    )
    after = [ex.path for ex in load_project(handbook).examples]
    assert len(after) == len(before) + 1
    assert set(before) <= set(after)


def test_each_file_names_its_page_and_line(handbook: Path) -> None:
    first = load_project(handbook).examples[0]
    assert first.content.splitlines()[0] == (
        "# Extracted from docs/part/page.md:3 by `handbook extract`."
    )


def test_a_group_is_one_file_and_maps_lines_back_to_each_block(handbook: Path) -> None:
    group = load_project(handbook).examples[2]
    assert [b.line for b in group.blocks] == [13, 19]
    lines = group.content.splitlines()
    second = lines.index("total += 1") + 1
    block, page_line = group.locate(second)
    assert (block.line, page_line) == (19, 20)


def test_an_anti_pattern_file_exempts_exactly_its_codes(handbook: Path) -> None:
    anti = load_project(handbook).examples[3]
    assert "# ruff: noqa: B006" in anti.content.splitlines()
    assert "# pyright: basic" in anti.content.splitlines()


def test_check_names_a_stale_file_after_a_block_changes(handbook: Path) -> None:
    write_tree(handbook, load_project(handbook).examples)
    assert check_tree(handbook, load_project(handbook).examples) == []
    page = handbook / "docs" / "part" / "page.md"
    page.write_text(page.read_text().replace('return "hi"', 'return "hello"'))
    stem = r"examples/part/page/greet_[0-9a-f]{6}\.py"
    missing, orphan = check_tree(handbook, load_project(handbook).examples)
    assert re.fullmatch(rf"{stem}: missing \(from docs/part/page.md:3\)", missing)
    assert re.fullmatch(rf"{stem}: no block of the docs produces this file", orphan)


def test_check_names_files_no_block_produces(handbook: Path) -> None:
    write_tree(handbook, load_project(handbook).examples)
    (handbook / "examples" / "part" / "page" / "99_orphan.py").write_text("x = 1\n")
    assert check_tree(handbook, load_project(handbook).examples) == [
        "examples/part/page/99_orphan.py: no block of the docs produces this file"
    ]


def test_the_command_exits_non_zero_naming_the_stale_file(
    handbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(handbook), "extract"]) == 0
    (handbook / "docs" / "part" / "page.md").write_text(
        PAGE.replace("total = 1", "total = 0")
    )
    assert main(["--root", str(handbook), "extract", "--check"]) == 1
    assert re.search(
        r"examples/part/page/python_[0-9a-f]{6}\.py: missing", capsys.readouterr().out
    )
    assert main(["--root", str(handbook), "extract"]) == 0
    assert main(["--root", str(handbook), "extract", "--check"]) == 0


def test_the_command_reports_a_bad_page_with_its_line(
    handbook: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (handbook / "docs" / "bad.md").write_text("x\n\n```cobol\nDISPLAY 'HI'.\n```\n")
    assert main(["--root", str(handbook), "extract"]) == EXIT_BAD_INPUT
    assert (
        "docs/bad.md:3: no validator knows the language 'cobol'"
        in capsys.readouterr().err
    )


def test_a_block_for_a_newer_python_cannot_join_a_group(handbook: Path) -> None:
    page = handbook / "docs" / "part" / "page.md"
    page.write_text(
        PAGE.replace(
            '```python group="flow"\ntotal += 1',
            '```python group="flow" requires="3.12"\ntotal += 1',
        )
    )
    with pytest.raises(
        PageError, match=r"^docs/part/page.md:19: a block with requires"
    ):
        load_project(handbook)
