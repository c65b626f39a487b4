# Extracted from docs/pds/monorepos.md:382 by `handbook extract`.
# Edit the page, not this file.
from fnmatch import fnmatch

CODEOWNERS = """
*                   @acme/core-team
/packages/api/      @acme/api-team
/packages/worker/   @acme/worker-team
/packages/shared/   @acme/core-team
/infra/             @acme/platform-team
*.lock              @acme/core-team
"""


def matches(pattern: str, path: str) -> bool:
    if pattern.startswith("/") and pattern.endswith("/"):
        return path.startswith(
            pattern[1:]
        )  # a folder at the root, and everything in it
    return fnmatch(path.rsplit("/", 1)[-1], pattern)  # a name anywhere


def owners(path: str) -> str:
    owner = "nobody"
    for line in CODEOWNERS.strip().splitlines():
        pattern, team = line.split()
        if matches(pattern, path):
            owner = team  # the last match wins
    return owner


for path in (
    "packages/api/src/shop_api/routes.py",
    "infra/k8s/api.yaml",
    "uv.lock",
    "README.md",
):
    print(f"{path}: {owners(path)}")
    #> packages/api/src/shop_api/routes.py: @acme/api-team
    #> infra/k8s/api.yaml: @acme/platform-team
    #> uv.lock: @acme/core-team
    #> README.md: @acme/core-team
