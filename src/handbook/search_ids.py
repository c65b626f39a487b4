"""The rule-ID jump of the site search: every rule's ID, title and page, compact.

The site's search box recognises a rule ID as it is typed or pasted (any case; hyphens,
spaces or nothing between its parts) and lists that rule first, before the full-text
search answers; Enter goes to it. ``overrides/assets/javascripts/rule-search.js``
reads this file, on the first focus of the search box, and resolves each URL against
the site's root (the version's folder under mike).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from handbook.ledger import page_url
from handbook.rules import Rule

SEARCH_IDS = "search-ids.json"
"""The file's path in the built site, beside ``rules.json``."""


def search_ids_json(
    rules: Iterable[Rule],
    page_urls: Mapping[str, str],
    page_titles: Mapping[str, str] | None = None,
) -> str:
    """``{ID: [title, level, URL of its page + anchor, page title]}``, without spaces.

    The page's title is the one the navigation shows (`reader.chapter_title`); the
    search result names the page by it. Absent from `page_titles`, it is the page's
    URL. (It is not read from the page's own navigation, which navigation.prune
    limits to the part being read.)
    """
    titles = page_titles or {}
    payload = {
        rule.id: [
            rule.title,
            rule.level,
            f"{page_urls.get(rule.page, page_url(rule.page))}#{rule.anchor}",
            titles.get(rule.page) or page_urls.get(rule.page, page_url(rule.page)),
        ]
        for rule in rules
    }
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
