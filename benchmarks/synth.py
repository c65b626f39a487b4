"""Synthetic handbooks: the real pages copied k times, with fresh rule IDs.

`make_copy` copies a handbook into a temporary folder. With ``k > 1`` every page is
duplicated ``k - 1`` more times, each copy one folder deeper in its own folder
(``docs/pds/testing.md`` -> ``docs/pds/x2/testing.md``, a top-level page
``docs/conflicts.md`` -> ``docs/x2/conflicts.md``, a notebook into ``docs/x2/``),
because a rule's prefix is the part folder's (``handbook.rules.PART_PREFIXES``,
checked on the first folder under ``docs/``): a sibling folder such as ``docs/pdsx2/``
would not be a part.

In copy ``j`` every rule ID gets a fresh three-letter area (``PDS-TYP-001`` ->
``PDS-TYA-001``), the same in every page of that copy, so IDs stay unique and links to
a rule's anchor still land. Relative links are rewritten so that a link to a copied
page goes to the same copy and any other link still reaches its target from the new
folder. ``mirrors:`` is dropped from the copies' front matter (each source section is
mirrored once, by the original), and the copies are added to ``nav``. Pages that
exist once per site (the rule index, the coverage map, the API reference) are not
copied. Where the copy holds the handbook's own tooling, ``handbook extract`` and
``handbook ledger`` are run on it, so that its ``examples/`` and its ledger agree with
its pages, as the tests ask.
"""

from __future__ import annotations

import itertools
import json
import os
import posixpath
import re
import shutil
import string
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml

REPO = Path(__file__).resolve().parents[1]
"""The checkout these benchmarks belong to (its pyproject and conftest fill gaps)."""
IGNORED = shutil.ignore_patterns(
    ".git",
    "site",
    ".venv",
    ".pytest_cache",
    "__pycache__",
    ".cache",
    ".ruff_cache",
    "node_modules",
)
ID = re.compile(r"\b(?P<part>[A-Z]{2,4})-(?P<area>[A-Z]{3})-(?P<number>\d{3})\b")
RULE_HEADING = re.compile(r"^#{2,6}\s.*\{[^{}]*#(?P<id>[A-Z]{2,4}-[A-Z]{3}-\d{3})\b")
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})")
INLINE_LINK = re.compile(r"\]\((?P<target>[^)\s]+)(?P<rest>(?:\s+\"[^\"]*\")?)\)")
REFERENCE_LINK = re.compile(r"^(?P<head>\s*\[[^\]]+\]:\s*)(?P<target>\S+)")
HTML_LINK = re.compile(r"(?P<head>\b(?:href|src)=\")(?P<target>[^\"]+)(?P<tail>\")")
SINGLETON_MARKERS = ("<!-- handbook:rule-index -->", "<!-- handbook:sources -->")
"""Pages holding these are generated once per site and are not copied."""
PAGE_SUFFIXES = (".md", ".ipynb")


@dataclass
class Synthetic:
    """What `make_copy` made."""

    root: Path
    factor: int
    pages: int
    """Pages (Markdown and notebooks) under ``docs/`` after copying."""
    copied: int
    """Original pages that were duplicated (the others exist once)."""
    rule_ids: int
    """Rule IDs of the original pages; the copy holds ``factor`` times as many."""
    singletons: list[str] = field(default_factory=list[str])
    """Pages (relative to ``docs/``) that exist once, whatever the factor."""
    notes: list[str] = field(default_factory=list[str])


def make_copy(source: Path, destination: Path, factor: int) -> Synthetic:
    """Copy the handbook at `source` to `destination`, its pages `factor` times.

    Raises:
        ValueError: For a factor below 1.
        RuntimeError: When ``handbook extract`` or ``handbook ledger`` fails on it.
    """
    if factor < 1:
        msg = f"the size factor must be at least 1, not {factor}"
        raise ValueError(msg)
    if destination.exists():
        shutil.rmtree(destination)
    shutil.copytree(source, destination, ignore=IGNORED, symlinks=True)
    notes = complete(destination)
    docs = destination / "docs"
    originals = sorted(
        path.relative_to(docs).as_posix()
        for path in docs.rglob("*")
        if path.suffix in PAGE_SUFFIXES and path.is_file()
    )
    copied = [rel for rel in originals if not is_singleton(docs / rel)]
    notebooks = [posixpath.basename(rel) for rel in copied if rel.endswith(".ipynb")]
    if len(set(notebooks)) != len(notebooks):
        msg = "two notebooks share a file name; their copies would collide"
        raise ValueError(msg)
    rules = rule_ids(docs, copied)
    if factor > 1:
        used = used_areas(destination, originals)
        copied_set = frozenset(copied)
        for j in range(2, factor + 1):
            mapping = fresh_ids(rules, used)
            for rel in copied:
                target = docs / copy_path(rel, j)
                target.parent.mkdir(parents=True, exist_ok=True)
                text = (docs / rel).read_text(encoding="utf-8")
                if rel.endswith(".md"):
                    text = rewrite_page(text, rel, j, mapping, copied_set)
                else:
                    text = rewrite_notebook(text, rel, j, mapping, copied_set)
                target.write_text(text, encoding="utf-8")
        add_to_nav(destination / "mkdocs.yml", copied_set, factor)
        if (destination / "src" / "handbook").is_dir():
            for command in (["extract"], ["ledger"]):
                run_handbook(destination, command)
    pages = sum(
        1 for path in docs.rglob("*") if path.suffix in PAGE_SUFFIXES and path.is_file()
    )
    once = [rel for rel in originals if rel not in copied]
    return Synthetic(destination, factor, pages, len(copied), len(rules), once, notes)


def complete(root: Path) -> list[str]:
    """Give a copy what the tools expect beside it.

    A fixture handbook of ``tests/fixtures`` gets the repository's pyproject.toml and
    conftest.py, as the tests give them (``tests/test_engine.py``); every copy gets a
    ``.venv`` link to this environment, where pyright looks for the libraries (no
    ``uv`` command is ever run in a copy).
    """
    notes: list[str] = []
    for name in ("pyproject.toml", "conftest.py"):
        if not (root / name).exists() and (REPO / name).exists():
            shutil.copy(REPO / name, root / name)
            notes.append(f"{name} copied from the repository")
    venv = root / ".venv"
    if sys.prefix != sys.base_prefix and not venv.exists():
        # pyright (tests/test_static.py) finds the libraries through .venv.
        venv.symlink_to(Path(sys.prefix), target_is_directory=True)
    return notes


def is_singleton(path: Path) -> bool:
    """Whether the page is generated once per site (rule index, coverage, API)."""
    if path.suffix != ".md":
        return False
    text = path.read_text(encoding="utf-8")
    if any(marker in text for marker in SINGLETON_MARKERS):
        return True
    return any(line.startswith(":::") for line in text.splitlines())


def copy_path(rel: str, j: int) -> str:
    """Where copy `j` of the page `rel` (relative to ``docs/``) lives.

    A notebook's copy goes to ``x<j>/<name>.ipynb``, a path no longer than the
    original's: the first line of its lint copy names the notebook and must stay
    within ruff's line length, as the original's does.
    """
    if rel.endswith(".ipynb"):
        return f"x{j}/{posixpath.basename(rel)}"
    head, _, rest = rel.partition("/")
    return f"{head}/x{j}/{rest}" if rest else f"x{j}/{rel}"


def prose_lines(text: str) -> Iterator[tuple[int, str, bool]]:
    """Each line of a page with its index and whether it is inside a fenced block."""
    fence: str | None = None
    for index, line in enumerate(text.splitlines(keepends=True)):
        match = FENCE.match(line)
        if fence is None:
            if match:
                fence = match["fence"]
                yield index, line, True
                continue
            yield index, line, False
        else:
            stripped = line.strip()
            if (
                match
                and stripped == stripped[:1] * len(stripped)
                and stripped[:1] == fence[0]
                and len(stripped) >= len(fence)
            ):
                fence = None
            yield index, line, True


def rule_ids(docs: Path, pages: Iterable[str]) -> list[str]:
    """The rule IDs declared by headings of `pages` (outside code blocks)."""
    found: list[str] = []
    for rel in pages:
        if not rel.endswith(".md"):
            continue
        text = (docs / rel).read_text(encoding="utf-8")
        for _, line, fenced in prose_lines(text):
            match = None if fenced else RULE_HEADING.match(line)
            if match:
                found.append(match["id"])
    return sorted(set(found))


def used_areas(root: Path, pages: Iterable[str]) -> set[tuple[str, str]]:
    """Every (prefix, area) pair any ID of the handbook uses: pages, ledger, retired."""
    texts = [(root / "docs" / rel).read_text(encoding="utf-8") for rel in pages]
    for data in ("ledger.json", "retired.yml"):
        path = root / "src" / "handbook" / "data" / data
        if path.exists():
            texts.append(path.read_text(encoding="utf-8"))
    return {(m["part"], m["area"]) for text in texts for m in ID.finditer(text)}


def fresh_ids(rules: list[str], used: set[tuple[str, str]]) -> dict[str, str]:
    """A new ID for each rule: same prefix and number, an area no ID has used yet.

    The new areas are added to `used`, so the next copy gets others again.
    """
    areas: dict[tuple[str, str], str] = {}
    mapping: dict[str, str] = {}
    for rule in rules:
        match = ID.fullmatch(rule)
        if match is None:
            continue
        key = (match["part"], match["area"])
        if key not in areas:
            area = next(a for a in candidates(key[1]) if (key[0], a) not in used)
            used.add((key[0], area))
            areas[key] = area
        mapping[rule] = f"{key[0]}-{areas[key]}-{match['number']}"
    return mapping


def candidates(area: str) -> Iterator[str]:
    """Three-letter areas close to `area` first (same two letters), then any."""
    letters = string.ascii_uppercase
    yield from (area[:2] + c for c in letters)
    yield from (area[0] + a + b for a in letters for b in letters)
    yield from ("".join(t) for t in itertools.product(letters, repeat=3))


def rewrite_page(
    text: str, rel: str, j: int, mapping: dict[str, str], copied: frozenset[str]
) -> str:
    """The text of copy `j` of the page `rel`: fresh IDs, links that still land."""
    text = drop_mirrors(text)
    text = ID.sub(lambda m: mapping.get(m[0], m[0]), text)
    inverse = {new: old for old, new in mapping.items()}
    relink = linker(rel, j, copied, inverse)
    out: list[str] = []
    for _, line, fenced in prose_lines(text):
        if fenced:
            out.append(line)
            continue
        linked = INLINE_LINK.sub(lambda m: f"]({relink(m['target'])}{m['rest']})", line)
        linked = REFERENCE_LINK.sub(lambda m: m["head"] + relink(m["target"]), linked)
        linked = HTML_LINK.sub(
            lambda m: m["head"] + relink(m["target"]) + m["tail"], linked
        )
        out.append(linked)
    return "".join(out)


def rewrite_notebook(
    text: str, rel: str, j: int, mapping: dict[str, str], copied: frozenset[str]
) -> str:
    """The JSON of copy `j` of the notebook `rel`: its Markdown cells' links relinked.

    The copy lives in another folder (`copy_path`), so a link such as
    ``data-science.md#UDS-DSR-004`` must name the copied chapter from there, with the
    copy's fresh IDs. Code cells are left as they are.
    """
    notebook = json.loads(text)
    inverse = {new: old for old, new in mapping.items()}
    relink = linker(rel, j, copied, inverse)
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        source = cell.get("source", [])
        lines = source.splitlines(keepends=True) if isinstance(source, str) else source
        new = [
            INLINE_LINK.sub(
                lambda m: f"]({relink(m['target'])}{m['rest']})",
                ID.sub(lambda m: mapping.get(m[0], m[0]), line),
            )
            for line in lines
        ]
        cell["source"] = "".join(new) if isinstance(source, str) else new
    return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"


def linker(
    rel: str, j: int, copied: frozenset[str], inverse: dict[str, str]
) -> Callable[[str], str]:
    """A function rewriting one link target of page `rel` for its copy `j`."""
    source_folder = posixpath.dirname(rel)
    copy_folder = posixpath.dirname(copy_path(rel, j)) or "."

    def relink(target: str) -> str:
        if "://" in target or target.startswith(("#", "/", "mailto:")):
            return target
        path, hash_, anchor = target.partition("#")
        if not path:
            return target
        resolved = posixpath.normpath(posixpath.join(source_folder, path))
        if resolved.startswith(".."):
            return target
        if resolved in copied:
            new = copy_path(resolved, j)
        else:
            new = resolved
            anchor = inverse.get(anchor, anchor)
        link = posixpath.relpath(new, copy_folder)
        if path.endswith("/") and not link.endswith("/"):
            link += "/"
        return link + hash_ + anchor

    return relink


def drop_mirrors(text: str) -> str:
    """The page without ``mirrors:`` in its front matter (its original mirrors them)."""
    if not text.startswith("---\n"):
        return text
    end = text.find("\n---\n", 4)
    if end < 0:
        return text
    loaded: object = yaml.safe_load(text[4:end])
    if not isinstance(loaded, dict) or "mirrors" not in loaded:
        return text
    front = {str(k): v for k, v in cast("dict[object, Any]", loaded).items()}
    del front["mirrors"]
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True) if front else ""
    return f"---\n{dumped}---\n" + text[end + 5 :]


class Tolerant(yaml.SafeLoader):
    """Reads mkdocs.yml's ``!!python/name:`` and ``!ENV`` tags as plain values."""


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
    del suffix
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    return None


Tolerant.add_multi_constructor("", _any_tag)  # pyright: ignore[reportUnknownMemberType]


def add_to_nav(config: Path, copied: frozenset[str], factor: int) -> None:
    """Append a section per copy to mkdocs.yml's ``nav``, mirroring the original."""
    text = config.read_text(encoding="utf-8")
    data = cast("dict[str, Any]", yaml.load(text, Loader=Tolerant))  # noqa: S506 - a SafeLoader subclass
    nav = data.get("nav")
    if not isinstance(nav, list):
        return  # no nav: mkdocs lists every page itself
    entries = list(cast("list[Any]", nav))
    for j in range(2, factor + 1):
        section = _nav_copy(entries, copied, j)
        if section:
            entries.append({f"Copy {j}": section})
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("nav:"))
    end = next(
        (
            i
            for i in range(start + 1, len(lines))
            if lines[i].strip() and not lines[i].startswith((" ", "-", "#", "\t"))
        ),
        len(lines),
    )
    dumped = yaml.safe_dump({"nav": entries}, sort_keys=False, allow_unicode=True)
    config.write_text("".join(lines[:start]) + dumped + "".join(lines[end:]))


def _nav_copy(entries: list[Any], copied: frozenset[str], j: int) -> list[Any]:
    out: list[Any] = []
    for entry in entries:
        if isinstance(entry, str):
            if entry in copied:
                out.append(copy_path(entry, j))
        elif isinstance(entry, dict):
            for title, value in cast("dict[str, Any]", entry).items():
                if isinstance(value, str):
                    if value in copied:
                        out.append({title: copy_path(value, j)})
                elif isinstance(value, list):
                    inner = _nav_copy(cast("list[Any]", value), copied, j)
                    if inner:
                        out.append({title: inner})
    return out


def child_env(root: Path) -> dict[str, str]:
    """The environment of a tool run on `root`: its own ``src/`` first on the path.

    The benchmarks run the environment's interpreter directly (``uv run`` would make
    a new environment in every copy); ``PYTHONPATH`` makes the copy's own handbook
    package, not the checkout's editable install, the one that runs.
    """
    env = dict(os.environ)
    env.update({"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"})
    src = root / "src"
    if (src / "handbook").is_dir():
        env["PYTHONPATH"] = os.pathsep.join(
            [str(src), *filter(None, [env.get("PYTHONPATH")])]
        )
    return env


def run_handbook(root: Path, args: list[str]) -> str:
    """Run ``handbook --root ROOT ARGS`` with the copy's own package; its output.

    Raises:
        RuntimeError: When the command fails.
    """
    code = "import sys; from handbook.cli import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", code, "--root", str(root), *args]
    result = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        command,
        cwd=root,
        env=child_env(root),
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if result.returncode != 0:
        msg = f"handbook {' '.join(args)} failed on {root}:\n{result.stderr[-2000:]}"
        raise RuntimeError(msg)
    return result.stdout


def summary(synthetic: Synthetic) -> dict[str, object]:
    """The copy as the report records it."""
    return {
        "factor": synthetic.factor,
        "pages": synthetic.pages,
        "copied_pages": synthetic.copied,
        "rule_ids": synthetic.rule_ids * synthetic.factor,
        "notes": list(synthetic.notes),
    }
