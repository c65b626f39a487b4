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


def search_ids_json(rules: Iterable[Rule], page_urls: Mapping[str, str]) -> str:
    """``{ID: [title, level, URL of the rule's page + anchor]}``, without spaces."""
    payload = {
        rule.id: [
            rule.title,
            rule.level,
            f"{page_urls.get(rule.page, page_url(rule.page))}#{rule.anchor}",
        ]
        for rule in rules
    }
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
