# Extracted from docs/pds/git.md:51 by `handbook extract`.
# Edit the page, not this file.
import re

TYPES = "feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert"
SCOPE = r"(?:\([a-z0-9-]+\))?"
HEADER = re.compile(rf"^(?:{TYPES}){SCOPE}!?: \S")


def is_conventional(message: str) -> bool:
    return HEADER.match(message.splitlines()[0]) is not None


for message in (
    "feat(checkout): accept gift cards",
    "fix: round refunds to whole cents",
    "Fixed the refund bug",
    "feature: gift cards",
):
    print(is_conventional(message), message)
    #> True feat(checkout): accept gift cards
    #> True fix: round refunds to whole cents
    #> False Fixed the refund bug
    #> False feature: gift cards
