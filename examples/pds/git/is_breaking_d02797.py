# Extracted from docs/pds/git.md:86 by `handbook extract`.
# Edit the page, not this file.
import re

BREAKING_FOOTER = re.compile(r"^BREAKING[ -]CHANGE: ", re.MULTILINE)


def is_breaking(message: str) -> bool:
    header = message.splitlines()[0]
    return "!:" in header.split(" ", 1)[0] or bool(BREAKING_FOOTER.search(message))


print(is_breaking("feat(api)!: drop the v1 order endpoints"))
#> True
print(is_breaking("fix: accept ISO dates\n\nBREAKING CHANGE: dd/mm/yyyy is refused"))
#> True
print(is_breaking("feat: add gift cards"))
#> False
