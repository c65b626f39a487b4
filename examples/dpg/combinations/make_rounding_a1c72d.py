# Extracted from docs/dpg/combinations.md:46 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

Rounding = Callable[[float], float]

_ROUNDINGS: dict[str, Rounding] = {
    "up": lambda value: float(-(-value // 1)),
    "down": lambda value: float(value // 1),
}


def make_rounding(name: str) -> Rounding:
    try:
        return _ROUNDINGS[name]
    except KeyError:
        raise ValueError(f"unknown rounding {name!r}") from None


@dataclass
class Folder:
    name: str
    children: list["Folder"] = field(default_factory=list["Folder"])

    def walk(self, depth: int = 0) -> Iterator[tuple[int, str]]:
        yield depth, self.name
        for child in self.children:
            yield from child.walk(depth + 1)


print(make_rounding("up")(2.1), make_rounding("down")(2.9))
#> 3.0 2.0
root = Folder("src", [Folder("app", [Folder("api")]), Folder("tests")])
print([f"{'  ' * depth}{name}" for depth, name in root.walk()])
#> ['src', '  app', '    api', '  tests']
