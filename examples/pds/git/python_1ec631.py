# Extracted from docs/pds/git.md:243 by `handbook extract`.
# Edit the page, not this file.
import re

BRANCH = re.compile(r"^(feature|fix|hotfix)/[a-z0-9][a-z0-9-]*$")

for name in ("feature/gift-cards", "hotfix/refund-rounding", "gift-cards", "Fix/Bug"):
    print(name, "ok" if BRANCH.match(name) else "rename it")
    #> feature/gift-cards ok
    #> hotfix/refund-rounding ok
    #> gift-cards rename it
    #> Fix/Bug rename it
