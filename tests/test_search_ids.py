"""``search-ids.json``: the data behind the rule-ID jump of the site search."""

from __future__ import annotations

import json
import re
from typing import cast

import pytest

from handbook.project import Project
from handbook.rules import RULE_ID, Rule, collect_rules
from handbook.search_ids import SEARCH_IDS, search_ids_json


def rule(rule_id: str, title: str, page: str, level: str = "must") -> Rule:
    return Rule(id=rule_id, title=title, level=level, page=page, line=3, enforced_by=())


def parsed(text: str) -> dict[str, list[str]]:
    return cast("dict[str, list[str]]", json.loads(text))


def test_each_id_gives_its_title_level_and_the_url_of_its_anchor() -> None:
    rules = [
        rule("PDS-TYP-002", "Check types in `strict` mode", "pds/type-checking.md"),
        rule("SDP-RES-003", "Honour Retry-After", "sdp/resilience.md", "should"),
    ]
    urls = {"pds/type-checking.md": "pds/typing/", "sdp/resilience.md": "sdp/res/"}
    titles = {"pds/type-checking.md": "Type checking"}
    assert parsed(search_ids_json(rules, urls, titles)) == {
        "PDS-TYP-002": [
            "Check types in `strict` mode",
            "must",
            "pds/typing/#PDS-TYP-002",
            "Type checking",
        ],
        # A page without a title is named by its URL.
        "SDP-RES-003": [
            "Honour Retry-After",
            "should",
            "sdp/res/#SDP-RES-003",
            "sdp/res/",
        ],
    }


@pytest.mark.parametrize(
    ("page", "url"),
    [
        ("pds/testing.md", "pds/testing/"),
        ("pds/index.md", "pds/"),
        ("index.md", ""),
    ],
)
def test_a_page_mkdocs_did_not_list_gets_its_directory_url(page: str, url: str) -> None:
    text = search_ids_json([rule("PDS-TST-001", "Test", page)], {})
    assert parsed(text)["PDS-TST-001"][2] == f"{url}#PDS-TST-001"


def test_the_file_is_compact_and_keeps_its_characters() -> None:
    title = 'Don\u2019t retry \u2014 cap the `Retry-After` you accept, "quoted"'
    text = search_ids_json([rule("SDP-RES-014", title, "sdp/resilience.md")], {})
    assert text == json.dumps(parsed(text), separators=(",", ":"), ensure_ascii=False)
    assert "\u2019" in text
    assert "\u2014" in text
    assert "\n" not in text
    assert parsed(text)["SDP-RES-014"][0] == title


def test_it_lies_beside_rules_json_at_the_site_root() -> None:
    assert SEARCH_IDS == "search-ids.json"


def test_every_rule_of_the_handbook_is_in_it_once(project: Project) -> None:
    rules = collect_rules(project)
    data = parsed(search_ids_json(rules, {}))
    assert list(data) == [r.id for r in rules]
    for found in rules:
        title, level, url, _ = data[found.id]
        assert (title, level) == (found.title, found.level)
        page, anchor = url.split("#")
        assert anchor == found.id
        stem = found.page.removesuffix(".md").removesuffix("index")
        assert page == (stem if not stem or stem.endswith("/") else stem + "/")


def test_ids_stay_apart_without_separators_and_case(project: Project) -> None:
    """rule-search.js reads ``pdstyp002`` and ``pds typ 002`` as ``PDS-TYP-002``."""
    ids = [r.id for r in collect_rules(project)]
    squashed = {re.sub(r"[-\s]", "", rule_id).upper() for rule_id in ids}
    assert len(squashed) == len(ids)
    # Each squashed form splits back into one ID only: the area's three letters
    # and the number's three digits come last.
    for rule_id in ids:
        assert RULE_ID.match(rule_id), rule_id
        key = rule_id.replace("-", "")
        assert f"{key[:-6]}-{key[-6:-3]}-{key[-3:]}" == rule_id
