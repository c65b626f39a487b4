# Extracted from docs/ppp/clean-core.md:72 by `handbook extract`.
# Edit the page, not this file.
import ast
import sys

SOURCES = {
    "pristine_shop.core.pricing": (
        "from decimal import Decimal\nfrom pristine_shop.core.models import Order\n"
    ),
    "pristine_shop.core.models": "from pydantic import BaseModel\n",
    "pristine_shop.adapters.web": (
        "from fastapi import FastAPI\nfrom pristine_shop.core import pricing\n"
    ),
}
ALLOWED_OUTSIDE_STDLIB = ("pydantic", "pristine_shop.core")


def imports_of(source: str) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            modules.add(node.module)
    return modules


def core_violations(sources: dict[str, str]) -> list[str]:
    found: list[str] = []
    for module, source in sorted(sources.items()):
        if not module.startswith("pristine_shop.core"):
            continue
        for imported in sorted(imports_of(source)):
            top = imported.split(".", maxsplit=1)[0]
            allowed = imported.startswith(ALLOWED_OUTSIDE_STDLIB)
            if top not in sys.stdlib_module_names and not allowed:
                found.append(f"{module} imports {imported}")
    return found


def test_core_imports_nothing_from_outside() -> None:
    assert core_violations(SOURCES) == []


def test_a_framework_import_is_caught() -> None:
    leaky = {"pristine_shop.core.pricing": "from fastapi import HTTPException\n"}
    assert core_violations(leaky) == ["pristine_shop.core.pricing imports fastapi"]


test_core_imports_nothing_from_outside()
test_a_framework_import_is_caught()
print("the core depends only on the standard library, pydantic and itself")
#> the core depends only on the standard library, pydantic and itself
