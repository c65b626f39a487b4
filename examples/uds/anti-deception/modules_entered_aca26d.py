# Extracted from docs/uds/anti-deception.md:200 by `handbook extract`.
# Edit the page, not this file.
import importlib
import sys
from collections.abc import Callable, Generator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

LAYERS = ("shop.models", "shop.services", "shop.repositories")


@contextmanager
def modules_entered(prefix: str) -> Generator[set[str], None, None]:
    entered: set[str] = set()
    previous = sys.gettrace()

    def on_call(frame: FrameType, event: str, arg: object) -> None:
        name = str(frame.f_globals.get("__name__", ""))
        if event == "call" and name.startswith(prefix):
            entered.add(name)

    sys.settrace(on_call)
    try:
        yield entered
    finally:
        sys.settrace(previous)


def missing_layers(run: Callable[[], object]) -> list[str]:
    with modules_entered("shop.") as entered:
        run()
    return [layer for layer in LAYERS if layer not in entered]


package = Path("shop")
package.mkdir()
(package / "__init__.py").write_text("")
(package / "models.py").write_text("def product(sku):\n    return {'sku': sku}\n")
(package / "repositories.py").write_text("def save(row):\n    return row\n")
(package / "services.py").write_text(
    "from shop import models, repositories\n\n"
    "def add(sku):\n    return repositories.save(models.product(sku))\n\n"
    "def add_facade(sku):\n    return models.product(sku)\n"
)
sys.path.insert(0, str(Path.cwd()))
services = importlib.import_module("shop.services")
print(missing_layers(lambda: services.add("MUG-01")))
#> []
print(missing_layers(lambda: services.add_facade("MUG-01")))
#> ['shop.repositories']
