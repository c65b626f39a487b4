"""Accessibility and phones, in chromium driven by Playwright.

The real handbook is built once (the `site` fixture) and served over 127.0.0.1 under
``/latest/``, as mike publishes a version. axe-core (the copy bundled in the PyPI
package axe-playwright-python, read from disk: nothing is downloaded) must find no
violation of any impact on a sample of pages, in the light and the dark palette. At
375 px no page of the site may scroll sideways, a heading's ¶ may not sit alone on a
line and no rule chip may break. The live region, the notebook's scroll areas and the
names of Material's search dialog and progress bar are checked for what they do.

Screenshots of three pages at 1400 and 390 px are written to ``test-artifacts/
screenshots/`` (git-ignored) for a person to look at; they are not compared.
"""

from __future__ import annotations

import re
import struct
from importlib.resources import files
from pathlib import Path
from typing import Any, cast

import lighthouse
import pytest
from browser_support import (
    TIMEOUT_MS,
    VERSION,
    Scheme,
    browser_context,
    serve_sitemap_here,
    site_pages,
)
from playwright.sync_api import (
    Browser,
    Page,
    ViewportSize,
    expect,
)
from support import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.timeout(600)]

PHONE_WIDTH = 375
FIRST_TARGETS = 4
"""How many of a violation's nodes its line in a failure names."""
SHOTS = ROOT / "test-artifacts" / "screenshots"

PAGES = lighthouse.PAGES
"""The pages Lighthouse audits (benchmarks/lighthouse.py): the home page, a chapter of
each part, the rule index, Sources, Conflicts and a notebook."""

NOTEBOOK = "uds/data-quality/"
RULE_PAGE = "pds/testing/"


MATERIAL_SCHEME: dict[Scheme, str] = {"light": "default", "dark": "slate"}
"""The palette Material must pick (body's data-md-color-scheme) for each preference."""


def axe_script() -> str:
    """axe-core's script as axe-playwright-python ships it."""
    return (files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


AXE_VERSION = re.compile(r"/\*! axe v(\d+\.\d+\.\d+)")


def open_in_palette(page: Page, path: str, scheme: Scheme) -> None:
    """Load `path`; Material must have applied the palette of the `scheme` preference.

    The palettes in mkdocs.yml follow prefers-color-scheme, which the context emulates;
    a fresh context has no ``__palette`` in localStorage to override it. Should the
    palette not follow (a changed mkdocs.yml), the header's toggle is clicked once.
    """
    page.goto(f"/{VERSION}/{path}")
    wanted = MATERIAL_SCHEME[scheme]
    body = page.locator("body")
    if body.get_attribute("data-md-color-scheme") != wanted:
        page.locator("form[data-md-component=palette] label:visible").first.click()
    expect(body).to_have_attribute("data-md-color-scheme", wanted)


def run_axe(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is, every rule axe runs by default."""
    page.evaluate(axe_script())
    result = page.evaluate(
        "() => axe.run(document, {resultTypes: ['violations']})"
        ".then(r => r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary}))})))"
    )
    return cast("list[dict[str, Any]]", result)


def describe(violations: list[dict[str, Any]]) -> str:
    """One line per violation: id, impact, node count and its first targets."""
    lines: list[str] = []
    for violation in violations:
        nodes = cast("list[dict[str, Any]]", violation["nodes"])
        targets = [" ".join(map(str, n["target"])) for n in nodes[:FIRST_TARGETS]]
        rest = len(nodes) - FIRST_TARGETS
        more = f" (+{rest} more)" if rest > 0 else ""
        lines.append(
            f"{violation['id']} [{violation['impact']}] x{len(nodes)}: "
            f"{violation['help']}; {', '.join(targets)}{more}"
        )
        if nodes and nodes[0].get("summary"):
            lines.append("    " + str(nodes[0]["summary"]).replace("\n", " "))
    return "\n".join(lines)


def test_the_bundled_axe_core_is_there() -> None:
    script = axe_script()
    found = AXE_VERSION.search(script[:200])
    assert found, "axe-playwright-python's axe.min.js has no version banner"
    major, minor, _ = (int(part) for part in found.group(1).split("."))
    assert (major, minor) >= (4, 10), f"axe-core {found.group(1)} is older than 4.10"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violation(
    chromium: Browser, base: str, path: str, scheme: Scheme
) -> None:
    with browser_context(chromium, base, color_scheme=scheme) as context:
        page = context.new_page()
        open_in_palette(page, path, scheme)
        violations = run_axe(page)
    assert not violations, (
        f"/{VERSION}/{path} in the {scheme} palette:\n{describe(violations)}"
    )


# Per page at 375 px: how wide the document is, each heading whose ¶ sits alone on a
# line although its last word and the ¶ would fit on one, and each rule chip (linter
# code, same-rule ID) broken over two lines.
PHONE_CHECK = r"""
() => {
  const alone = [];
  for (const link of document.querySelectorAll('.md-typeset .headerlink')) {
    const heading = link.parentElement;
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    const texts = [];
    let node;
    while ((node = walker.nextNode())) {
      if (link.contains(node)) break;
      if (node.parentElement.closest('.rule-heading-id')) continue;
      texts.push(node);
    }
    // The last word: back from the end over non-space characters (a no-break space
    // belongs to the word: it is what keeps the ¶ with it).
    let end = -1, endOffset = 0;
    for (let i = texts.length - 1; i >= 0 && end < 0; i--) {
      const trimmed = texts[i].data.replace(/[ \t\n\r]+$/, '');
      if (trimmed.replace(/\u00a0/g, '').trim()) {
        end = i;
        endOffset = trimmed.length;
      }
    }
    if (end < 0) continue;
    let start = end, startOffset = 0;
    for (let i = end; i >= 0; i--) {
      const data = i === end ? texts[i].data.slice(0, endOffset) : texts[i].data;
      const at = Math.max(
        data.lastIndexOf(' '), data.lastIndexOf('\n'), data.lastIndexOf('\t'));
      start = i;
      startOffset = at + 1;
      if (at >= 0) break;
    }
    const last = document.createRange();
    last.setStart(texts[end], endOffset - 1);
    last.setEnd(texts[end], endOffset);
    const word = document.createRange();
    word.setStart(texts[start], startOffset);
    word.setEnd(texts[end], endOffset);
    const lastRect = last.getBoundingClientRect();
    const wordRects = word.getClientRects();
    const linkRect = link.getBoundingClientRect();
    const style = getComputedStyle(heading);
    const room = heading.clientWidth
      - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const wordWidth = wordRects.length === 1 ? wordRects[0].width : Infinity;
    const linkWidth = linkRect.width + parseFloat(getComputedStyle(link).marginLeft);
    if (linkRect.top >= lastRect.bottom - 1 && wordWidth + linkWidth <= room) {
      alone.push(heading.id || heading.textContent.trim().slice(0, 40));
    }
  }
  const split = [...document.querySelectorAll('.rule-code, .rule-same-link')]
    .filter(chip => chip.getClientRects().length > 1)
    .map(chip => chip.textContent.trim());
  const width = document.documentElement.scrollWidth;
  // What sticks out past the screen with no scrolling box around it to hold it.
  const clipped = el => {
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      if (getComputedStyle(up).overflowX !== 'visible') return true;
    }
    return false;
  };
  const wide = width <= innerWidth ? [] : [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > innerWidth + 1 && !clipped(el))
    .slice(0, 5)
    .map(el => el.tagName.toLowerCase()
      + (el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''));
  return {width, alone, split, wide};
}
"""


SETTLED = """
() => !document.querySelector(
    '[data-print-part]:not([data-print-state=ready], [data-print-state=incomplete])')
  && [...document.querySelectorAll('.md-typeset .headerlink')]
    .every(link => link.parentElement.dataset.handbookGlued !== undefined)
"""
"""The page's content is all there and handbook.js has seen it: a printable part's
chapters (fetched by print-part.js) are in, and every heading has had its ¶ kept."""


def test_no_page_is_wider_than_a_phone(
    chromium: Browser, base: str, site: Path
) -> None:
    """Every page at 375 px: nothing scrolls sideways, no ¶ alone, no chip split."""
    paths = site_pages(site)
    problems: list[str] = []
    phone: ViewportSize = {"width": PHONE_WIDTH, "height": 800}
    with browser_context(chromium, base, viewport=phone) as context:
        page = context.new_page()
        for path in paths:
            page.goto(path, wait_until="load")
            page.wait_for_function(SETTLED)
            found = cast("dict[str, Any]", page.evaluate(PHONE_CHECK))
            if found["width"] > PHONE_WIDTH:
                problems.append(
                    f"{path}: {found['width']} px wide, sticking out: {found['wide']}"
                )
            if found["alone"]:
                problems.append(f"{path}: ¶ alone on a line after {found['alone']}")
            if found["split"]:
                problems.append(
                    f"{path}: chips broken over two lines: {found['split']}"
                )
    assert not problems, "\n".join(problems)


def test_copy_link_is_announced_in_a_live_region(chromium: Browser, base: str) -> None:
    with browser_context(chromium, base) as context:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
        serve_sitemap_here(context, f"{base}/{VERSION}/")
        page = context.new_page()
        loads: list[str] = []
        page.on(
            "request",
            lambda r: loads.append(r.url) if r.resource_type == "document" else None,
        )
        page.goto(f"/{VERSION}/{RULE_PAGE}")
        button = page.locator("button.rule-copy").first
        rule_id = button.get_attribute("data-rule-id")
        assert rule_id
        # The region is there, empty, before anything is copied: a region that appears
        # together with its text is not read out.
        region = page.locator("[role=status][aria-live=polite]#handbook-status")
        expect(region).to_have_count(1)
        expect(region).to_have_text("")
        button.click()
        expect(region).to_have_text(f"Copied the link to {rule_id}")
        assert page.evaluate("navigator.clipboard.readText()") == (
            f"{base}/{VERSION}/r/{rule_id}/"
        )
        # Instant navigation (the footer's link to the next chapter) keeps the one
        # region, and a copy there is announced too.
        page.locator("a.md-footer__link--next").click()
        expect(page).not_to_have_url(re.compile(re.escape(RULE_PAGE) + "$"))
        other = page.locator("button.rule-copy").first
        # The URL changes before the content does: wait for the new page's buttons.
        expect(other).not_to_have_attribute("data-rule-id", rule_id)
        expect(other).to_have_attribute("data-ready", "true")
        assert loads == [f"{base}/{VERSION}/{RULE_PAGE}"], f"not instant: {loads}"
        other_id = other.get_attribute("data-rule-id")
        assert other_id
        assert other_id != rule_id
        other.click()
        expect(region).to_have_count(1)
        expect(region).to_have_text(f"Copied the link to {other_id}")


SCROLLERS = """
() => [...document.querySelectorAll('.jupyter-wrapper *')].filter(el => {
  const s = getComputedStyle(el);
  return (/(auto|scroll)/.test(s.overflowX) && el.scrollWidth > el.clientWidth)
      || (/(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight);
}).map(el => ({
  tabindex: el.getAttribute('tabindex'),
  role: el.getAttribute('role'),
  name: el.getAttribute('aria-label'),
  inside: !!el.parentElement.closest('[data-handbook-scroll]'),
  focusable: el.tabIndex >= 0 || !!el.querySelector('a[href], button, [tabindex]'),
}))
"""


def test_notebook_scroll_areas_take_keyboard_focus(
    chromium: Browser, base: str
) -> None:
    with browser_context(chromium, base) as context:
        page = context.new_page()
        page.goto(f"/{VERSION}/{NOTEBOOK}")
        areas = cast("list[dict[str, Any]]", page.evaluate(SCROLLERS))
        assert areas, f"no scrolling area on /{VERSION}/{NOTEBOOK}: nothing to check"
        unreachable = [a for a in areas if not a["focusable"]]
        assert not unreachable, f"scroll areas no keyboard reaches: {unreachable}"
        named = [a for a in areas if a["tabindex"] == "0"]
        assert named
        for area in named:
            assert area["role"] == "region", area
            assert area["name"], area
        # A keyboard gets to one that scrolls sideways with Tab, and scrolls it with
        # the arrow keys.
        index = page.evaluate(
            "() => [...document.querySelectorAll('[data-handbook-scroll]')]"
            ".findIndex(el => el.scrollWidth > el.clientWidth)"
        )
        assert index >= 0, "no notebook area scrolls sideways"
        target = page.locator("[data-handbook-scroll]").nth(index)
        for _ in range(800):
            page.keyboard.press("Tab")
            if target.evaluate("el => el === document.activeElement"):
                break
        else:
            pytest.fail(f"Tab never reached the notebook's scroll area {index + 1}")
        assert target.evaluate("el => el.scrollLeft") == 0
        page.keyboard.press("ArrowRight")
        page.keyboard.press("ArrowRight")
        page.wait_for_function(
            "el => el.scrollLeft > 0", arg=target.element_handle(), timeout=TIMEOUT_MS
        )


def test_search_dialog_and_progress_bar_have_names(
    chromium: Browser, base: str
) -> None:
    with browser_context(chromium, base) as context:
        page = context.new_page()
        page.goto(f"/{VERSION}/{RULE_PAGE}")
        expect(page.get_by_role("progressbar", name="Page loading")).to_have_count(1)
        page.locator("body").press("/")
        expect(page.locator("input.md-search__input")).to_be_focused()
        expect(page.get_by_role("dialog", name="Search")).to_be_visible()


def png_size(path: Path) -> tuple[int, int]:
    """The width and height in a PNG's header."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is no PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.mark.parametrize(("width", "height"), [(1400, 900), (390, 844)])
def test_screenshots_for_a_person(
    chromium: Browser, base: str, width: int, height: int
) -> None:
    """The home page, a chapter and the rule index, as artefacts of the test run."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    with browser_context(
        chromium, base, viewport={"width": width, "height": height}
    ) as context:
        page = context.new_page()
        for name, path in [("home", ""), ("chapter", RULE_PAGE), ("rules", "rules/")]:
            page.goto(f"/{VERSION}/{path}", wait_until="networkidle")
            assert page.evaluate("document.documentElement.scrollWidth") <= width
            target = SHOTS / f"{name}-{width}.png"
            page.screenshot(path=target)
            assert png_size(target) == (width, height)
