"""Validate the extracted files of non-Python blocks, each tool once over all its files.

`validate_all` takes every file to check as a `Target` and returns the `Finding` list of
each. A file's check is picked by its well-known kind (`handbook.formats.KINDS`: its
title, or for YAML its shape: a workflow, an action) or else by its format; the check is
an in-process parser, then the external tools made for that format. Each tool runs once
over all the files that need it (``make`` and ``just`` once per file), the tools run
side by side, and their reports are read back into findings per file and line.

Python and ``console`` blocks are run by the example engine, not here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial

from handbook.formats import (
    FORMATS,
    KINDS,
    Kind,
    canonical_language,
    format_of,
    kind_by_title,
)
from handbook.validators import formats
from handbook.validators.formats import (
    Finding,
    Findings,
    MissingToolError,
    Parsed,
    Target,
    ToolError,
)

__all__ = [
    "ENGINE_LANGUAGES",
    "Finding",
    "Target",
    "check_name",
    "kind_of",
    "validate_all",
]

Parse = Callable[[Target], formats.ParseResult]
Check = Callable[[Sequence[Parsed]], Findings]


@dataclass(frozen=True)
class Tool:
    """An external tool (or an in-process checker) that takes many files at once."""

    name: str
    check: Check
    per_file: bool = False
    """The tool reads one file per process; its files are checked side by side."""


@dataclass(frozen=True)
class Plan:
    """How one format or kind is validated: a parser, then tools."""

    name: str
    """A short name for reports, e.g. ``pyproject``."""
    parse: Parse
    tools: tuple[Tool, ...] = ()


VALIDATE_PYPROJECT = Tool("validate-pyproject", formats.validate_pyproject)
RUFF = Tool("ruff", formats.ruff_settings)
WORKFLOW_SCHEMA = Tool(
    "check-jsonschema", partial(formats.check_schema, "vendor.github-workflows")
)
ACTION_SCHEMA = Tool(
    "check-jsonschema", partial(formats.check_schema, "vendor.github-actions")
)
DEPENDABOT_SCHEMA = Tool(
    "check-jsonschema", partial(formats.check_schema, "vendor.dependabot")
)
COMPOSE_SCHEMA = Tool(
    "check-jsonschema", partial(formats.check_schema, "vendor.compose-spec")
)
ZIZMOR = Tool("zizmor", formats.zizmor)
PRE_COMMIT = Tool("pre-commit", formats.pre_commit)
SHELLCHECK = Tool("shellcheck", formats.shellcheck)
HADOLINT = Tool("hadolint", formats.hadolint)
PROMTOOL = Tool("promtool", formats.promtool)
MAKE = Tool("make", formats.make, per_file=True)
JUST = Tool("just", formats.just, per_file=True)

BY_FORMAT: dict[str, Plan] = {
    "toml": Plan("toml", formats.parse_toml),
    "yaml": Plan("yaml", formats.parse_yaml),
    "json": Plan("json", formats.parse_json),
    "bash": Plan("shell", formats.read_nothing, (SHELLCHECK,)),
    "dockerfile": Plan("dockerfile", formats.read_nothing, (HADOLINT,)),
    "makefile": Plan("makefile", formats.read_nothing, (MAKE,)),
    "just": Plan("just", formats.read_nothing, (JUST,)),
    "ini": Plan("ini", formats.parse_ini),
    "sql": Plan("sql", formats.parse_sql),
    "markdown": Plan("markdown", formats.parse_markdown),
}
"""The check of each format (by `Format.name`) when no kind picks one."""

BY_KIND: dict[str, Plan] = {
    "pyproject": Plan("pyproject", formats.parse_toml, (VALIDATE_PYPROJECT, RUFF)),
    "ruff": Plan("ruff", formats.parse_toml, (RUFF,)),
    "workflow": Plan("workflow", formats.parse_yaml, (WORKFLOW_SCHEMA, ZIZMOR)),
    "action": Plan("action", formats.parse_yaml, (ACTION_SCHEMA, ZIZMOR)),
    "pre-commit": Plan("pre-commit", formats.parse_yaml, (PRE_COMMIT,)),
    "dependabot": Plan("dependabot", formats.parse_yaml, (DEPENDABOT_SCHEMA,)),
    "compose": Plan("compose", formats.parse_yaml, (COMPOSE_SCHEMA,)),
    "prometheus-rules": Plan("prometheus-rules", formats.parse_yaml, (PROMTOOL,)),
    "editorconfig": Plan("editorconfig", formats.parse_editorconfig),
    "tree": Plan("tree", formats.parse_tree),
}
"""The check of each kind (by `Kind.name`)."""

ENGINE_LANGUAGES = frozenset({"python", "console"})
"""Languages the example engine runs itself; `validate_all` refuses them."""

_CORES = (
    len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
)
WORKERS = max(1, min(4, _CORES or 2))
"""Tools run side by side on this many threads (each waits on its subprocess)."""


def kind_of(language: str, title: str | None, content: str) -> Kind | None:
    """The well-known kind of a block: by its title, or for YAML by its shape.

    Args:
        language: The block's language, any spelling.
        title: Its ``title="..."`` setting.
        content: Its code (or its extracted file's text).

    Returns:
        The kind, or None for a plain file of its format (or YAML that does not parse).
    """
    by_title = kind_by_title(language, title)
    if by_title is not None or canonical_language(language) != "yaml":
        return by_title
    try:
        shape = formats.yaml_shape(formats.load_yaml(content))
    except formats.yaml.YAMLError:
        return None
    return _kind_named(shape)


def check_name(language: str, title: str | None, content: str) -> str | None:
    """The name of the check `validate_all` gives such a block, e.g. ``workflow``.

    Returns:
        None for a block nothing here validates: Python, ``console``, an untitled
        ``text`` block, an unknown language.
    """
    plan = _plan(language, title, content)
    return plan.name if plan is not None else None


def validate_all(targets: Sequence[Target]) -> dict[str, list[Finding]]:
    """Validate every target, each external tool running once over all its files.

    Args:
        targets: The files to check, with unique keys.

    Returns:
        For each target's key, its findings sorted by line; an empty list when it is
        valid. A target no validator understands gets one finding that says so.

    Raises:
        ValueError: For a repeated key, or a target the engine runs itself (Python,
            ``console``): see `ENGINE_LANGUAGES`.
    """
    results: dict[str, list[Finding]] = {}
    waiting: dict[Tool, list[Parsed]] = {}
    for target in targets:
        if target.key in results:
            msg = f"two targets share the key {target.key!r}"
            raise ValueError(msg)
        language = canonical_language(target.language)
        if language in ENGINE_LANGUAGES:
            msg = f"{target.key}: the engine runs {language} blocks; none is validated"
            raise ValueError(msg)
        results[target.key] = []
        kind = kind_by_title(language, target.title)
        plan = _plan_of(language, kind)
        if plan is None:
            results[target.key].append(_no_validator(target, language))
            continue
        data, problems = plan.parse(target)
        if problems:
            results[target.key].extend(problems)
            continue
        if kind is None and language == "yaml":
            kind = _kind_named(formats.yaml_shape(data))
            plan = _plan_of(language, kind) or plan
        parsed = Parsed(target, kind.name if kind else None, data)
        for tool in plan.tools:
            waiting.setdefault(tool, []).append(parsed)
    jobs = [
        (tool, chunk)
        for tool, items in waiting.items()
        for chunk in ([[item] for item in items] if tool.per_file else [items])
    ]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for found in pool.map(_run_job, jobs):
            for key, findings in found.items():
                results[key].extend(findings)
    return {key: sorted(set(findings)) for key, findings in results.items()}


def _run_job(job: tuple[Tool, list[Parsed]]) -> Findings:
    tool, items = job
    missing = False
    try:
        return tool.check(items)
    except MissingToolError as error:
        message, missing = str(error), error.package is not None
    except ToolError as error:
        message = str(error)
    except Exception as error:  # one broken check must not hide the others' findings
        message = f"the {tool.name} check failed: {error!r}"
    return {
        item.target.key: [Finding(1, tool.name, message, missing_tool=missing)]
        for item in items
    }


def _plan_of(language: str, kind: Kind | None) -> Plan | None:
    if kind is not None:
        return BY_KIND[kind.name]
    return BY_FORMAT.get(language)


def _plan(language: str, title: str | None, content: str) -> Plan | None:
    language = canonical_language(language)
    if language in ENGINE_LANGUAGES:
        return None
    return _plan_of(language, kind_of(language, title, content))


def _kind_named(name: str | None) -> Kind | None:
    return next((kind for kind in KINDS if kind.name == name), None)


def _no_validator(target: Target, language: str) -> Finding:
    if format_of(language) is None:
        known = ", ".join(fmt.name for fmt in FORMATS)
        message = f"no validator knows the language {language!r}; use one of {known}"
    else:
        message = (
            f"no validator understands a {language!r} block titled {target.title!r}; "
            'register one in handbook.validators or mark the block test="skip" '
            'reason="..."'
        )
    return Finding(1, "handbook", message)
