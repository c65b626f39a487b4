# Extracted from docs/pds/monorepos.md:310 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Iterable

DEPENDS_ON = {
    "shop-shared": set[str](),
    "shop-api": {"shop-shared"},
    "shop-worker": {"shop-shared"},
    "shop-cli": {"shop-shared", "shop-api"},
}
FOLDER = {name: f"packages/{name.removeprefix('shop-')}/" for name in DEPENDS_ON}


def affected(changed_files: Iterable[str]) -> list[str]:
    files = list(changed_files)
    if "uv.lock" in files:
        return sorted(DEPENDS_ON)  # new versions of dependencies: test everything
    hit = {
        name
        for name, folder in FOLDER.items()
        if any(f.startswith(folder) for f in files)
    }
    grew = True
    while grew:
        dependents = {n for n, deps in DEPENDS_ON.items() if deps & hit} - hit
        grew = bool(dependents)
        hit |= dependents
    return sorted(hit)


print(affected(["packages/worker/src/shop_worker/jobs.py"]))
#> ['shop-worker']
print(affected(["packages/shared/src/shop_shared/__init__.py", "README.md"]))
#> ['shop-api', 'shop-cli', 'shop-shared', 'shop-worker']
print(affected(["docs/index.md"]))
#> []
