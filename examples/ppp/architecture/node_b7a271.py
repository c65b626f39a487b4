# Extracted from docs/ppp/architecture.md:549 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from typing import Protocol


class Node(Protocol):
    def size(self) -> int: ...


@dataclass
class File:
    name: str
    bytes_used: int

    def size(self) -> int:
        return self.bytes_used


@dataclass
class Folder:
    name: str
    children: list[Node]

    def size(self) -> int:
        return sum(child.size() for child in self.children)


class Renderer(Protocol):
    def render(self, title: str, rows: list[tuple[str, int]]) -> str: ...


class PlainText:
    def render(self, title: str, rows: list[tuple[str, int]]) -> str:
        return title + ": " + ", ".join(f"{name}={value}" for name, value in rows)


class Csv:
    def render(self, title: str, rows: list[tuple[str, int]]) -> str:
        return "\n".join(f"{name},{value}" for name, value in rows)


class UsageReport:
    def __init__(self, renderer: Renderer) -> None:
        self._renderer = renderer

    def show(self, folders: list[Folder]) -> str:
        return self._renderer.render("usage", [(f.name, f.size()) for f in folders])


docs = Folder("docs", [File("a.md", 120), Folder("img", [File("logo.png", 900)])])
logs = Folder("logs", [File("app.log", 4000)])
print(UsageReport(PlainText()).show([docs, logs]))
#> usage: docs=1020, logs=4000
print(UsageReport(Csv()).show([docs]))
#> docs,1020
