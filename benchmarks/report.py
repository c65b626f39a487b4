"""Turn the benchmarks' results into ``report.md`` and the README's summary."""

from __future__ import annotations

from typing import Any, cast

README_START = "<!-- benchmarks:start -->"
README_END = "<!-- benchmarks:end -->"

MIGRATION = (
    (
        "`on_config`",
        "parses every page once (`load_project`), collects the rules and refuses a "
        "reused retired rule ID (fails the build); prepares the coverage table",
        "plugin only: a pre-build step (`handbook` command) or a Markdown extension "
        "that loads the project itself",
    ),
    (
        "`on_files`",
        "adds a short link `r/<ID>/index.html` (a redirect page) per rule, a "
        "tombstone page `r/<ID>.md` per retired rule, and `rules.json`",
        "plugin only: files a pre-build step could write into `docs/` instead",
    ),
    (
        "`on_page_markdown`: fence settings",
        "strips the handbook's fence settings (`lint=`, `group=`, `requires=`, "
        "`clock=`, `seed=`, ...) so superfences does not drop the fence; without "
        'it (as under Zensical) a fence such as ```` ```python lint="expect:I001" '
        "```` is no fence, its closing line opens one, and the next heading (8 rule "
        "headings of the handbook) ends up inside a code block",
        "plugin only: would become a Markdown preprocessor extension",
    ),
    (
        "`on_page_markdown`: rule headings",
        "adds each rule's ID, level badge, enforced-by links and copy-link button "
        "under its heading, a hidden ID span for search and `data-toc-label`",
        "plugin only: a Markdown extension (the rule data from the project)",
    ),
    (
        "`on_page_markdown`: generated tables",
        "fills the markers `handbook:rule-index`, `handbook:sources`, "
        "`handbook:fence-settings`, `handbook:formats`, "
        "`handbook:console-placeholders`",
        "plugin only: pre-generated snippets included with `--8<--` would do",
    ),
    (
        "`on_page_markdown`: links",
        "warns about relative links to no page, naming the page's line",
        "mkdocs' own link validation covers it without the line number",
    ),
)
"""What the handbook's mkdocs plugin does today (src/handbook/mkdocs_plugin.py)."""
ALREADY = (
    "`--8<--` snippet includes: pymdownx.snippets, a Markdown extension",
    "explicit heading anchors `{#strictness-level}` and the rule heading's own `#ID`: "
    "attr_list, a Markdown extension",
    "code highlighting, tabs, admonitions, task lists: pymdownx and other Markdown "
    "extensions",
    "`examples/`: written by `handbook extract`, outside the build",
    "API reference: mkdocstrings (`:::` blocks)",
    "the notebook page: mkdocs-jupyter, a plugin Zensical ignores",
    "page redirects: mkdocs-redirects (a plugin); versions: mike (a plugin)",
    "theme overrides (`overrides/`): Jinja templates; the outdated-version banner "
    "calls `base_url.rstrip('/')`, a Python string method Zensical's template engine "
    "lacks",
)


def _f(value: object, digits: int = 2) -> str:
    if isinstance(value, bool) or value is None:
        return "-" if value is None else ("yes" if value else "no")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = [
        "| " + " | ".join(head) + " |",
        "| " + " | ".join("---" for _ in head) + " |",
    ]
    out += [
        "| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |"
        for row in rows
    ]
    return [*out, ""]


def _d(value: object) -> dict[str, Any]:
    return cast("dict[str, Any]", value) if isinstance(value, dict) else {}


def render_markdown(results: dict[str, Any]) -> str:
    """The whole report as Markdown."""
    settings = _d(results.get("settings"))
    machine = _d(results.get("machine"))
    quick = ", quick" if settings.get("quick") else ""
    took = _f(settings.get("duration_s"), 0)
    out = [
        "# Benchmarks of the living standards handbook",
        "",
        f"Measured {settings.get('started', '?')} by `uv run python benchmarks/run.py` "
        f"(sizes {settings.get('sizes')}, {settings.get('repeat')} round(s), sections "
        f"{', '.join(settings.get('sections', []))}{quick}) "
        f"on `{settings.get('project')}`; the run took {took} s.",
        "",
        "Each figure is the median of its rounds; every round measures every size and "
        "variant one after the other, so ratios compare runs made side by side. Load "
        f"average at the start {_load(machine.get('load_average_start'))}, at the end "
        f"{_load(machine.get('load_average_end'))}: on a shared machine absolute "
        "seconds are noisy, ratios less so.",
        "",
    ]
    out += _machine(machine)
    out += _budgets(cast("list[dict[str, Any]]", results.get("budgets", [])))
    out += _sizes(_d(results.get("sizes")))
    out += _build(_d(results.get("build")))
    out += _profile(_d(results.get("profile")))
    out += _serve(_d(results.get("serve")), str(results.get("serve_page", "")))
    out += _pytest(_d(results.get("pytest")))
    out += _examples(_d(results.get("examples")))
    out += _validators(_d(results.get("validators")))
    out += _growth(cast("list[dict[str, Any]]", results.get("growth", [])))
    out += _zensical(_d(results.get("zensical")), _d(results.get("build")))
    out += _method()
    return "\n".join(out).rstrip() + "\n"


def _load(value: object) -> str:
    if not isinstance(value, list):
        return "?"
    return " / ".join(f"{v:.1f}" for v in cast("list[float]", value))


def _machine(machine: dict[str, Any]) -> list[str]:
    tools = _d(machine.get("tools"))
    changed = (
        " (with uncommitted changes)" if machine.get("uncommitted_changes") else ""
    )
    rows = [
        [
            "CPU",
            f"{machine.get('cpu_model')} ({machine.get('cpu_count')} CPUs, "
            f"{machine.get('cpus_usable')} usable)",
        ],
        ["RAM", f"{machine.get('ram_gib')} GiB"],
        ["Python", str(machine.get("python"))],
        ["OS", str(machine.get("os"))],
        [
            "commit",
            f"{machine.get('commit')}{changed}",
        ],
        ["tools", ", ".join(f"{k} {v}" for k, v in tools.items())],
    ]
    return ["## Machine", "", *_table(["what", "value"], rows)]


def _budgets(budgets: list[dict[str, Any]]) -> list[str]:
    rows = [
        [
            b["budget"],
            b["limit"],
            f"{_f(b['figure'])} {b['unit']}" if b["status"] != "not measured" else "-",
            f"{b['size']}x" if b["size"] else "-",
            f"**{b['status']}**",
        ]
        for b in budgets
    ]
    return [
        "## Budgets",
        "",
        *_table(["budget", "limit", "figure", "size", "status"], rows),
    ]


def _sizes(sizes: dict[str, Any]) -> list[str]:
    rows = [
        [
            f"{k}x",
            _f(v.get("pages")),
            _f(v.get("copied_pages")),
            _f(v.get("rule_ids")),
            _f(v.get("items")),
            _f(v.get("items_expected")),
            _f(v.get("builds_strict")),
        ]
        for k, v in sizes.items()
    ]
    head = [
        "size",
        "pages",
        "pages copied",
        "rule IDs",
        "blocks collected",
        "expected",
        "strict build passes",
    ]
    return [
        "## The synthetic handbooks",
        "",
        "Every page but those made once per site (rule index, coverage map, API "
        "reference) is copied one folder deeper in its own folder, with fresh rule "
        "areas (`PDS-TYP-001` -> `PDS-TYA-001`), links rewritten to stay in the copy, "
        "no `mirrors:`, and a nav section per copy; `handbook extract` and `handbook "
        "ledger` are run on it. Blocks collected is `pytest docs --collect-only`; "
        "expected is k times the copied pages' blocks plus the others once.",
        "",
        *_table(head, rows),
    ]


def _build(build: dict[str, Any]) -> list[str]:
    if not build:
        return []
    rows: list[list[str]] = []
    for size, e in build.items():
        if "error" in e and not e.get("cold_s"):
            rows.append([f"{size}x", "failed", "", "", "", "", ""])
            continue
        rows.append(
            [
                f"{size}x",
                _f(e.get("pages")),
                _f(e.get("cold_median_s")),
                _f(e.get("warm_median_s")),
                _f(e.get("pages_per_s_cold"), 1),
                _f(e.get("pages_per_s_warm"), 1),
                _f(e.get("peak_memory_mb"), 0),
            ]
        )
    head = [
        "size",
        "pages",
        "cold s",
        "warm s",
        "pages/s cold",
        "pages/s warm",
        "peak memory MB",
    ]
    out = ["## mkdocs build --strict", "", *_table(head, rows)]
    for size, e in build.items():
        if "error" in e:
            out += [
                f"The {size}x build failed:",
                "",
                "```text",
                str(e["error"]),
                "```",
                "",
            ]
    return out


def _profile(profile: dict[str, Any]) -> list[str]:
    if not profile:
        return []
    out = [
        "## Where a build's time goes",
        "",
        "cProfile of an in-process `mkdocs build` (full), then of a rebuild with "
        "`dirty=True` after a one-line edit of one page, which is what `mkdocs serve "
        "--dirty` runs on every edit. *Cumulative* is the time of the calls entering a "
        "group (nested groups count in both: mkdocstrings runs inside Markdown); "
        "*attributed* gives every function's own time to the nearest group on its "
        "call path, so the column adds up to the build.",
        "",
    ]
    for size, entry in profile.items():
        if "error" in entry:
            out += [
                f"The {size}x profile failed:",
                "",
                "```text",
                str(entry["error"]),
                "```",
                "",
            ]
            continue
        full = _d(entry.get("full"))
        dirty = _d(entry.get("dirty"))
        total = float(full.get("total_s", 0)) or 1.0
        dirty_total = float(dirty.get("total_s", 0)) or 1.0
        rows: list[list[str]] = []
        cumulative = _d(full.get("cumulative_s"))
        attributed = _d(full.get("attributed_s"))
        d_attr = _d(dirty.get("attributed_s"))
        for group, value in attributed.items():
            rows.append(
                [
                    group,
                    _f(cumulative.get(group)) if group in cumulative else "-",
                    _f(value),
                    f"{100 * float(value) / total:.0f}%",
                    _f(d_attr.get(group)),
                    f"{100 * float(d_attr.get(group, 0)) / dirty_total:.0f}%",
                ]
            )
        rows.append(
            [
                "**total**",
                "",
                _f(full.get("total_s")),
                "100%",
                _f(dirty.get("total_s")),
                "100%",
            ]
        )
        out += [
            f"### {size}x (edited page: `{entry.get('edited')}`)",
            "",
            *_table(
                [
                    "group",
                    "cumulative s",
                    "attributed s",
                    "share",
                    "dirty rebuild s",
                    "dirty share",
                ],
                rows,
            ),
        ]
        out += [
            f"A dirty rebuild takes {_f(dirty_total)} s against {_f(total)} s for a "
            f"full build ({100 * dirty_total / total:.0f}%). What it still does on "
            "every edit, by plugin hook (cumulative s, full / dirty):",
            "",
        ]
        hooks = _d(full.get("hooks_s"))
        d_hooks = _d(dirty.get("hooks_s"))
        hook_rows = [
            [name, _f(value), _f(d_hooks.get(name))]
            for name, value in list(hooks.items())[:14]
        ]
        out += _table(["hook", "full s", "dirty s"], hook_rows)
        top = cast("list[dict[str, Any]]", full.get("top", []))[:15]
        out += [
            "Largest cumulative times of the full build:",
            "",
            *_table(
                ["function", "group", "cumulative s", "own s", "calls"],
                [
                    [
                        f"`{t['function']}`",
                        t["group"],
                        _f(t["cumulative_s"]),
                        _f(t["own_s"]),
                        _f(t["calls"]),
                    ]
                    for t in top
                ],
            ),
        ]
    return out


def _serve(serve: dict[str, Any], page: str) -> list[str]:
    if not serve:
        return []
    rows: list[list[str]] = []
    for size, modes in serve.items():
        for mode, e in _d(modes).items():
            rows.append(
                [
                    f"{size}x",
                    f"`mkdocs {mode}`",
                    _f(e.get("start_s_median")),
                    _f(e.get("prose_s_median")),
                    _f(e.get("code_s_median")),
                    ", ".join(e.get("timeouts", [])) or str(e.get("error", "")),
                ]
            )
    out = [
        "## mkdocs serve: edit to reload",
        "",
        f"A copy is served on 127.0.0.1; the page `{page}` is edited (a sentence "
        "appended, then a comment line put into its first Python block) and the "
        "served page polled every 50 ms until the new text appears.",
        "",
        *_table(
            [
                "size",
                "command",
                "first page s",
                "prose edit s",
                "code edit s",
                "timeouts / error",
            ],
            rows,
        ),
    ]
    for size, modes in serve.items():
        m = _d(modes)
        full = _d(m.get("serve")).get("prose_s_median", 0)
        dirty = _d(m.get("serve --dirty")).get("prose_s_median", 0)
        if full and dirty:
            out += [
                f"At {size}x, `--dirty` reloads in {100 * dirty / full:.0f}% of "
                "the time of a full rebuild (prose edit).",
                "",
            ]
    out += [
        "What `--dirty` costs: mkdocs 1.6 needs `--no-strict` with it, so warnings "
        "no longer stop the build; pages that were not edited are not rebuilt, so "
        "links into the edited page, the navigation of other pages and the search "
        "index are left as they were; and every plugin's `on_config` and `on_files` "
        "still run on each edit (the profile above shows what remains).",
        "",
    ]
    return out


def _pytest(tests: dict[str, Any]) -> list[str]:
    if not tests:
        return []
    rows: list[list[str]] = []
    for size, variants in tests.items():
        for name, e in _d(variants).items():
            counts = _d(e.get("counts"))
            rows.append(
                [
                    f"{size}x",
                    name,
                    _f(e.get("median_s"), 1),
                    _f(max(cast("list[float]", e.get("maxrss_mb", [0])) or [0]), 0),
                    ", ".join(f"{v} {k}" for k, v in counts.items()) or "-",
                    str(e.get("tally", "")).removeprefix("handbook examples: "),
                ]
            )
    out = [
        "## The test run",
        "",
        "`python -m pytest` from the project's environment (what `uv run pytest` "
        "runs) in the copy; *no cache* is `-p no:cacheprovider`, so ruff and pyright "
        "look at every example; *cache empty* then *cache warm* are two runs with the "
        "lint cache, the second reusing the first's findings.",
        "",
        *_table(["size", "run", "median s", "peak MB", "result", "tally"], rows),
    ]
    for size, variants in tests.items():
        v = _d(variants)
        ratios: list[str] = []
        for a, b, label in (
            (
                "whole, parallel, no cache",
                "whole, serial, no cache",
                "whole parallel/serial",
            ),
            (
                "docs, parallel, no cache",
                "docs, serial, no cache",
                "docs parallel/serial",
            ),
            (
                "whole, parallel, cache warm",
                "whole, parallel, no cache",
                "whole warm cache/no cache",
            ),
            (
                "docs, parallel, cache warm",
                "docs, parallel, no cache",
                "docs warm cache/no cache",
            ),
        ):
            x = float(_d(v.get(a)).get("median_s", 0))
            y = float(_d(v.get(b)).get("median_s", 0))
            if x and y:
                ratios.append(f"{label} {x / y:.2f}")
        if ratios:
            out += [f"Ratios at {size}x: " + "; ".join(ratios) + ".", ""]
    return out


def _examples(examples: dict[str, Any]) -> list[str]:
    if not examples:
        return []
    rows: list[list[str]] = []
    notes: list[str] = []
    for size, e in examples.items():
        if "error" in e:
            notes += [
                f"At {size}x the measurement failed:",
                "",
                "```text",
                str(e["error"]),
                "```",
                "",
            ]
            continue
        for way in ("bare process", "one process", "sandbox"):
            w = _d(e.get(way))
            rows.append(
                [
                    f"{size}x",
                    way,
                    _f(e.get("count")),
                    _f(w.get("mean_ms_median"), 1),
                    _f(w.get("median_ms_median"), 1),
                    _f(w.get("total_s_median")),
                    _f(w.get("failed")),
                    str(w.get("where", "")),
                ]
            )
        sandbox = _d(e.get("sandbox"))
        notes.append(
            f"At {size}x the sandbox costs {_f(e.get('ratio_sandbox_to_bare'))}x a "
            "bare "
            f"python process per example (rounds: "
            f"{', '.join(_f(r) for r in e.get('ratios_per_round', []))}) and "
            f"{_f(e.get('ratio_sandbox_to_one_process'))}x exec in one process; its "
            f"worker starts once in {_f(sandbox.get('start_s_median'))} s, importing "
            f"{sandbox.get('warm_modules')} libraries the examples use; with that "
            f"start shared out, {_f(sandbox.get('amortized_ms'), 1)} ms an example, "
            f"{_f(e.get('ratio_sandbox_with_start_to_bare'))}x the bare process."
        )
    return [
        "## Cost per executed example",
        "",
        "The Python example files the test run executes, each run by a bare `python "
        "FILE` process, all executed in one process (a fresh namespace each), and "
        "through the handbook's `Sandbox.run_python` (a fork of the warm worker per "
        "example, in bubblewrap). The floors run inside one bubblewrap network "
        "namespace. Failures are examples that exit non-zero there (outside the "
        "sandbox some cannot pass: a frozen clock, a seed).",
        "",
        *_table(
            [
                "size",
                "way",
                "examples",
                "mean ms",
                "median ms",
                "total s",
                "failed",
                "where",
            ],
            rows,
        ),
        *[line for note in notes for line in (note, "")],
    ]


def _validators(validators: dict[str, Any]) -> list[str]:
    if not validators:
        return []
    out = [
        "## Validators",
        "",
        "`validate_all` over the files of each check alone (the non-Python blocks "
        "grouped by `check_name`; each check's time includes its own one-time "
        "setup), then over all of them at once as the test run calls it, its tools "
        "side by side on threads.",
        "",
    ]
    for size, e in validators.items():
        checks = _d(e.get("checks"))
        rows = [
            [
                name,
                _f(c.get("files")),
                _f(c.get("median_s")),
                _f(c.get("ms_per_file"), 1),
                _f(c.get("with_findings")),
            ]
            for name, c in sorted(
                checks.items(), key=lambda kv: -float(_d(kv[1]).get("median_s", 0))
            )
        ]
        rows.append(
            [
                "**whole batch**",
                _f(e.get("files")),
                _f(e.get("batch_median_s")),
                "",
                _f(e.get("with_findings")),
            ]
        )
        out += [
            f"### {size}x",
            "",
            *_table(["check", "files", "median s", "ms/file", "with findings"], rows),
        ]
    return out


def _growth(rows: list[dict[str, Any]]) -> list[str]:
    if not rows:
        return []
    sizes = list(_d(rows[0].get("values")).keys())
    head = [
        "step",
        *[f"{s}x" for s in sizes],
        *[f"ratio {s}x" for s in sizes[1:]],
        "verdict",
    ]
    table: list[list[str]] = []
    for row in rows:
        values = _d(row.get("values"))
        ratio = _d(row.get("ratio_vs_1x"))
        content = _d(row.get("content_ratio"))
        table.append(
            [
                f"{row['step']} ({row['unit']})",
                *[_f(values.get(s)) for s in sizes],
                *[
                    f"{_f(ratio.get(s))} (content {_f(content.get(s))})"
                    for s in sizes[1:]
                ],
                str(row["verdict"]),
            ]
        )
    return [
        "## Growth",
        "",
        "Each step's median at each size, its ratio to 1x and the ratio of the content "
        "it works on (pages for the build and serve, collected blocks for the rest). "
        "*Worse than linear* means the marginal cost per page or block of the last "
        "step is more than 1.25 times that of the first.",
        "",
        *_table(head, table),
    ]


def _zensical(zensical: dict[str, Any], build: dict[str, Any]) -> list[str]:
    out = ["## Zensical side by side", ""]
    if "error" in zensical and len(zensical) == 1:
        out += [str(zensical["error"]), ""]
    rows: list[list[str]] = []
    for size, e in zensical.items():
        if not isinstance(e, dict):
            continue
        entry = cast("dict[str, Any]", e)
        z_cold = _median(entry.get("cold_s"))
        z_warm = _median(entry.get("warm_s"))
        m = _d(build.get(size))
        m_cold = float(m.get("cold_median_s", 0))
        m_warm = float(m.get("warm_median_s", 0))
        rows.append(
            [
                f"{size}x",
                _f(m_cold),
                _f(z_cold),
                _f(z_cold / m_cold) if z_cold and m_cold else "-",
                _f(m_warm),
                _f(z_warm),
                _f(z_warm / m_warm) if z_warm and m_warm else "-",
            ]
        )
    if rows:
        out += [
            "`zensical build` (from the `bench` dependency group) on the same copy. "
            "With mkdocs.yml as it is Zensical fails (below), so it is timed with a "
            "copy of mkdocs.yml without the theme overrides and without `strict`; "
            "cold is `--clean`. Zensical builds without the handbook's plugin and "
            "mkdocs-jupyter, so it does less work than mkdocs does.",
            "",
            *_table(
                [
                    "size",
                    "mkdocs cold s",
                    "zensical cold s",
                    "ratio",
                    "mkdocs warm s",
                    "zensical warm s",
                    "ratio",
                ],
                rows,
            ),
        ]
    for size, e in zensical.items():
        if not isinstance(e, dict):
            continue
        entry = cast("dict[str, Any]", e)
        as_is = _d(entry.get("as_is"))
        if as_is:
            status = "passes" if as_is.get("returncode") == 0 else "fails"
            out += [
                f"At {size}x, `zensical build -f mkdocs.yml --clean` with mkdocs.yml "
                "as "
                f"it is {status} (exit status {as_is.get('returncode')}).",
                "",
            ]
            errors = cast("list[str]", as_is.get("errors", []))
            if errors:
                out += ["Its errors:", "", "```text", *errors, "```", ""]
            warnings = _d(as_is.get("warnings"))
            if warnings:
                out += _table(
                    ["warning", "count"], [[k, _f(v)] for k, v in warnings.items()]
                )
        loose = _d(entry.get("warnings_not_strict"))
        if loose:
            out += [
                f"Without the overrides and without `strict`, the {size}x build passes "
                f"with {sum(int(v) for v in loose.values())} warnings; with `strict` "
                "they would stop it:",
                "",
                *_table(["warning", "count"], [[k, _f(v)] for k, v in loose.items()]),
            ]
        if "error" in entry:
            out += [
                f"The {size}x Zensical build without overrides failed:",
                "",
                "```text",
                str(entry["error"]),
                "```",
                "",
            ]
        missing = _d(entry.get("missing"))
        if missing:
            out += [
                f"What Zensical's {size}x site lacks: "
                f"{missing.get('rule_anchors_missing')} "
                f"of {missing.get('rule_anchors')} rule anchors; short links `r/<ID>/` "
                f"{_present(missing.get('short_links_r'))}; `rules.json` "
                f"{_present(missing.get('rules_json'))}; the rule index "
                f"{'filled' if missing.get('rule_index_filled') else 'empty'}; "
                f"{missing.get('notebooks_rendered')} of {missing.get('notebooks')} "
                "notebooks rendered as pages.",
                "",
            ]
    out += [
        "### What the handbook would need to move",
        "",
        "The custom plugin (`src/handbook/mkdocs_plugin.py`), hook by hook:",
        "",
        *_table(
            ["hook", "what it does", "under Zensical"], [list(m) for m in MIGRATION]
        ),
        "Already a Markdown extension or made outside the build (Zensical reads the "
        "Markdown extensions of mkdocs.yml; it ignores custom MkDocs plugins):",
        "",
        *[f"- {item}" for item in ALREADY],
        "",
    ]
    return out


def _present(flag: object) -> str:
    return "present" if flag else "absent"


def _median(values: object) -> float:
    if not isinstance(values, list) or not values:
        return 0.0
    ordered = sorted(cast("list[float]", values))
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _method() -> list[str]:
    return [
        "## How each figure is measured",
        "",
        "- Builds are `python -m mkdocs build --strict` children of the benchmark, "
        "reaped with `os.wait4`: the wall time is theirs and the peak memory is the "
        "child's `ru_maxrss`. Cold starts without the site folder and without "
        "mkdocs-jupyter's `.cache`; warm builds again over them.",
        "- Tools run with the environment's interpreter and the copy's own `src/` "
        "first on `PYTHONPATH` (so the copy's engine is measured; `uv run` would make "
        "a new environment in each copy).",
        "- `NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true` are set for every "
        "mkdocs command.",
        "- Nothing reaches the network: servers listen on 127.0.0.1 and examples run "
        "in "
        "bubblewrap network namespaces.",
        "",
    ]


def update_readme(text: str, results: dict[str, Any]) -> str:
    """README.md with the summary between the benchmark markers (see `between`)."""
    return between(text, README_START, README_END, summary(results))


def between(text: str, start_marker: str, end_marker: str, body: str) -> str:
    """`text` with what stands between the two markers replaced by `body`.

    Raises:
        ValueError: When the markers are missing, naming them.
    """
    start = text.find(start_marker)
    end = text.find(end_marker)
    if start < 0 or end < start:
        msg = f"README.md has no {start_marker} ... {end_marker} block"
        raise ValueError(msg)
    return text[: start + len(start_marker)] + "\n" + body + text[end:]


def summary(results: dict[str, Any]) -> str:
    """The README's short table: key figures, budgets, machine."""
    settings = _d(results.get("settings"))
    machine = _d(results.get("machine"))
    sizes = cast("list[int]", settings.get("sizes", [1]))
    rows: list[list[str]] = []
    build = _d(results.get("build"))
    for size in (sizes[0], sizes[-1]):
        e = _d(build.get(str(size)))
        if e.get("cold_median_s"):
            rows.append(
                [
                    f"`mkdocs build --strict`, {size}x ({e.get('pages')} pages)",
                    f"{_f(e['cold_median_s'], 1)} s cold, "
                    f"{_f(e.get('warm_median_s'), 1)} s warm",
                ]
            )
    serve = _d(_d(results.get("serve")).get(str(sizes[0])))
    plain = _d(serve.get("serve"))
    if plain.get("prose_s_median"):
        rows.append(
            [
                "`mkdocs serve` reload after an edit, 1x",
                f"{_f(plain['prose_s_median'])} s prose, "
                f"{_f(plain.get('code_s_median'))} s code",
            ]
        )
    tests = _d(results.get("pytest"))
    for size in (sizes[0], sizes[-1]):
        whole = _d(_d(tests.get(str(size))).get("whole, parallel, no cache"))
        if whole.get("median_s"):
            rows.append([f"`uv run pytest`, {size}x", f"{_f(whole['median_s'], 0)} s"])
    examples = _d(_d(results.get("examples")).get(str(sizes[0])))
    if examples.get("ratio_sandbox_to_bare"):
        sandbox = _d(examples.get("sandbox"))
        bare = _d(examples.get("bare process"))
        rows.append(
            [
                "one example: sandbox / bare python",
                f"{_f(sandbox.get('mean_ms_median'), 0)} ms / "
                f"{_f(bare.get('mean_ms_median'), 0)} ms "
                f"({_f(examples['ratio_sandbox_to_bare'])}x)",
            ]
        )
    rows.extend(
        [f"budget: {b['budget']} ({b['limit']})", f"**{b['status']}**"]
        for b in cast("list[dict[str, Any]]", results.get("budgets", []))
    )
    lines = [
        "",
        *_table(["figure", "value"], rows),
        f"Measured {settings.get('started', '?')} on {machine.get('cpu_count')} CPUs "
        f"({machine.get('cpu_model')}), {machine.get('ram_gib')} GiB, "
        f"{machine.get('python')}, commit {str(machine.get('commit', ''))[:10]}; "
        "details in [benchmarks/report.md](benchmarks/report.md).",
        "",
    ]
    return "\n".join(lines)
