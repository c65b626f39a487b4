# Extracted from docs/uds/version-control.md:35 by `handbook extract`.
# Edit the page, not this file.
import re

BRANCH = re.compile(
    r"^(?:(?:feature|bugfix|hotfix)/[A-Z][A-Z0-9]*-\d+-[a-z0-9]+(?:-[a-z0-9]+)*"
    r"|release/v\d+\.\d+\.\d+)$"
)

for name in (
    "feature/PROJ-123-add-user-authentication",
    "hotfix/PROJ-125-security-patch",
    "release/v1.2.0",
    "feature/add-login",
    "bugfix/PROJ-124-Fix_Login",
):
    print(f"{name}: {'ok' if BRANCH.match(name) else 'rejected'}")
    #> feature/PROJ-123-add-user-authentication: ok
    #> hotfix/PROJ-125-security-patch: ok
    #> release/v1.2.0: ok
    #> feature/add-login: rejected
    #> bugfix/PROJ-124-Fix_Login: rejected
