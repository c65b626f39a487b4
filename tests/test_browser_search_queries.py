"""Everyday questions in the site search, in chromium driven by Playwright.

Each entry of ``tests/search_queries.yml`` is a query a reviewer or a developer would
type (``mutable default``, ``strict pyright``) and the rule that answers it. The query
is typed into Material's search box on the real site, built once and served under
``/latest/`` as mike publishes it, and the rule must be among the first three results,
with no page of the API reference before it.

What counts as a result. Material lists one ``.md-search-result__item`` per page, in
order of its best match. Inside it come the page's own link, then the links of the
page's sections that tie with its best score; its other matching sections are folded
into "N more on this page" (``details.md-search-result__more``), unseen until the reader
opens it. The results are the links a reader sees without opening anything, in the
order shown: every ``a.md-search-result__link`` outside that fold, except a page's own
link when the page itself did not match (Material shows it, with a score of 0 in its
``data-md-score``, only as the heading of its matching sections).

Material searches in a web worker and answers each keystroke in turn, so the list on
screen can belong to a prefix of the query. A script installed before the page's own
(`PROBE`) counts the queries the page sends to its search worker and the answers it
gets back; a query's results are read once its answer, the last one, has been rendered.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast
from urllib.parse import urlsplit

import pytest
import yaml
from browser_support import VERSION, browser_context
from playwright.sync_api import Browser, Page, expect
from support import ROOT

from handbook.project import Project
from handbook.rules import PART_PREFIXES, Rule, collect_rules

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]

ANSWER_MS = 30_000
"""How long Material's search worker may take to answer. Generous: the first query
waits for the worker to index the whole site."""
TOP = 3
"""The answer must be among this many results."""
AT_LEAST = 30
"""Queries in the file, at least."""
MAX_WORDS = 4
"""What people type: one to four words."""
QUERIES_FILE = ROOT / "tests" / "search_queries.yml"
PARTS = frozenset(
    PART_PREFIXES[folder] for folder in ("pds", "uds", "sdp", "ppp", "dpg")
)
"""The prefixes of the five parts whose chapters mirror the standards."""
REFERENCE = f"/{VERSION}/reference/"

PROBE = """
(() => {
  const Native = window.Worker;
  const probe = { sent: [], answered: 0 };
  window.__searchProbe = probe;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      // Added before Material subscribes, so this runs first for each answer, in the
      // same task as the rendering of its results.
      this.addEventListener("message", (event) => {
        if (event.data && event.data.type === 3) probe.answered += 1;  // RESULT
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) probe.sent.push(message.data);  // QUERY
      super.postMessage(message, ...rest);
    }
  };
})();
"""
"""Counts the search worker's queries and answers (Material's message types 2, 3)."""

ANSWERED = """
(words) => {
  const probe = window.__searchProbe;
  return probe.sent.length > 0 && probe.sent[probe.sent.length - 1] === words
    && probe.answered === probe.sent.length;
}
"""

RESULTS = """
() => Array.from(
  document.querySelectorAll(".md-search-result__item a.md-search-result__link")
)
  .filter((link) => !link.closest("details.md-search-result__more"))
  .map((link) => ({
    href: link.href,
    score: Number(link.querySelector("[data-md-score]")?.dataset.mdScore ?? "NaN"),
  }))
"""
"""Every link a reader sees, in order, with the score Material gives it."""


@dataclass(frozen=True)
class Query:
    """An entry of ``tests/search_queries.yml``."""

    query: str
    rule: str
    why: str
    miss: str | None = None
    """Why the search still fails this query, if it does (the test is an xfail)."""


def load_queries() -> list[Query]:
    """The entries of the queries file, checked for their shape."""
    data = cast("object", yaml.safe_load(QUERIES_FILE.read_text(encoding="utf-8")))
    assert isinstance(data, list), f"{QUERIES_FILE.name} is not a list"
    queries: list[Query] = []
    for entry in cast("list[object]", data):
        assert isinstance(entry, dict), f"not a mapping: {entry!r}"
        fields = cast("dict[str, object]", entry)
        assert set(fields) <= {"query", "rule", "why", "miss"}, fields
        values = {key: value for key, value in fields.items() if value is not None}
        assert all(isinstance(v, str) for v in values.values()), fields
        queries.append(Query(**cast("dict[str, str]", values)))
    return queries


QUERIES = load_queries()


def page_url(src: str) -> str:
    """The directory URL mkdocs gives the page `src` (``pds/testing.md``)."""
    stem = src.removesuffix(".md").removesuffix("index")
    return stem if not stem or stem.endswith("/") else stem + "/"


@dataclass(frozen=True)
class Result:
    """One result as the reader sees it: where its link goes."""

    path: str
    anchor: str

    def __str__(self) -> str:
        return self.path.removeprefix(f"/{VERSION}/") + (
            f"#{self.anchor}" if self.anchor else ""
        )

    def is_rule(self, rule: Rule) -> bool:
        return (
            self.path == f"/{VERSION}/{page_url(rule.page)}"
            and self.anchor == rule.anchor
        )


@pytest.fixture(scope="module")
def rules(project: Project) -> dict[str, Rule]:
    found = {rule.id: rule for rule in collect_rules(project)}
    assert found, "the handbook has no rules"
    return found


@pytest.fixture(scope="module")
def search_page(chromium: Browser, base: str) -> Iterator[Page]:
    """The home page, with the probe, kept open for every query of the module."""
    with browser_context(chromium, base) as context:
        context.add_init_script(PROBE)
        page = context.new_page()
        page.goto(f"/{VERSION}/")
        yield page


def search(page: Page, words: str) -> list[Result]:
    """Type `words` into a cleared search box; the results once the worker answered."""
    box = page.locator("input.md-search__input")
    if not box.evaluate("el => el === document.activeElement"):
        page.locator("body").press("/")
    expect(box).to_be_focused()
    box.press("Control+a")
    box.press("Backspace")
    expect(box).to_have_value("")
    page.keyboard.type(words)
    page.wait_for_function(ANSWERED, arg=words, timeout=ANSWER_MS)
    shown = cast("list[dict[str, object]]", page.evaluate(RESULTS))
    results: list[Result] = []
    for link in shown:
        score = link["score"]
        assert isinstance(score, float | int), link
        if score > 0:
            parts = urlsplit(str(link["href"]))
            results.append(Result(parts.path, parts.fragment))
    return results


def test_the_queries_file_is_a_fair_sample(rules: dict[str, Rule]) -> None:
    """At least 30 distinct short queries, over all five parts, each for a real rule."""
    assert len(QUERIES) >= AT_LEAST
    texts = [q.query.casefold() for q in QUERIES]
    assert len(set(texts)) == len(texts), "a query is listed twice"
    for query in QUERIES:
        assert 1 <= len(query.query.split()) <= MAX_WORDS, query
        assert query.why.strip(), query
        assert query.rule in rules, f"{query.query!r}: no rule {query.rule}"
        assert query.rule not in query.query.upper(), "the queries are words, not IDs"
    parts = {rules[q.rule].part for q in QUERIES}
    assert parts >= PARTS, f"parts without a query: {sorted(PARTS - parts)}"
    misses = [q for q in QUERIES if q.miss]
    assert len(misses) * 10 <= len(QUERIES), "most queries must be answered"


@pytest.mark.parametrize(
    "query",
    [
        pytest.param(
            q,
            id=q.query,
            marks=[pytest.mark.xfail(reason=q.miss, strict=True)] if q.miss else [],
        )
        for q in QUERIES
    ],
)
def test_the_answer_is_among_the_first_results(
    search_page: Page, rules: dict[str, Rule], query: Query
) -> None:
    rule = rules[query.rule]
    results = search(search_page, query.query)
    listed = "\n".join(f"  {n}. {r}" for n, r in enumerate(results[:8], start=1))
    at = next((n for n, r in enumerate(results) if r.is_rule(rule)), None)
    missing = (
        f"{query.query!r}: {rule.id} ({rule.title}) is not among the first {TOP} "
        f"results ({query.why}); the search lists:\n{listed}"
    )
    assert at is not None, missing
    assert at < TOP, missing
    before = [r for r in results[:at] if r.path.startswith(REFERENCE)]
    assert not before, (
        f"{query.query!r}: the API reference comes before {rule.id}:\n{listed}"
    )
