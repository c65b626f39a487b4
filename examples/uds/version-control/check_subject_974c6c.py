# Extracted from docs/uds/version-control.md:91 by `handbook extract`.
# Edit the page, not this file.
import re

SUBJECT = re.compile(
    r"^(?P<type>feat|fix|docs|style|refactor|perf|test|build|ci|chore|revert)"
    r"(?:\((?P<scope>[a-z0-9-]+)\))?(?P<breaking>!)?: (?P<description>\S.*)$"
)


def check_subject(message: str) -> str:
    subject = message.splitlines()[0]
    match = SUBJECT.match(subject)
    return f"{match['type']} in {match['scope'] or '-'}" if match else "rejected"


message = "feat(auth): add login with JWT access tokens\n\nResolves: PROJ-123"
print(check_subject(message))
#> feat in auth
print(check_subject("fix: round totals to cents"))
#> fix in -
print(check_subject("Added login"))
#> rejected
