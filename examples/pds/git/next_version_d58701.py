# Extracted from docs/pds/git.md:119 by `handbook extract`.
# Edit the page, not this file.
def next_version(current: str, commits: list[str]) -> str:
    major, minor, patch = (int(part) for part in current.split("."))
    kinds = [message.split(":", 1)[0] for message in commits]
    if any(kind.endswith("!") for kind in kinds) or any(
        "BREAKING CHANGE: " in message for message in commits
    ):
        return f"{major + 1}.0.0"
    if any(kind.split("(")[0] == "feat" for kind in kinds):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


print(next_version("1.4.2", ["fix: round refunds", "docs: explain refunds"]))
#> 1.4.3
print(next_version("1.4.2", ["fix: round refunds", "feat(checkout): gift cards"]))
#> 1.5.0
print(next_version("1.4.2", ["feat(api)!: drop the v1 endpoints", "fix: typo"]))
#> 2.0.0
