# Extracted from docs/dpg/creational.md:129 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from typing import Protocol


class Widget(Protocol):
    def render(self) -> str: ...


class WidgetFactory(Protocol):
    def button(self, label: str) -> Widget: ...
    def text_input(self, name: str) -> Widget: ...


@dataclass(frozen=True)
class HtmlButton:
    label: str

    def render(self) -> str:
        return f"<button>{self.label}</button>"


@dataclass(frozen=True)
class HtmlInput:
    name: str

    def render(self) -> str:
        return f'<input name="{self.name}">'


@dataclass(frozen=True)
class TerminalButton:
    label: str

    def render(self) -> str:
        return f"[ {self.label} ]"


@dataclass(frozen=True)
class TerminalInput:
    name: str

    def render(self) -> str:
        return f"{self.name}: ____"


class HtmlWidgets:
    def button(self, label: str) -> Widget:
        return HtmlButton(label)

    def text_input(self, name: str) -> Widget:
        return HtmlInput(name)


class TerminalWidgets:
    def button(self, label: str) -> Widget:
        return TerminalButton(label)

    def text_input(self, name: str) -> Widget:
        return TerminalInput(name)


WIDGET_FAMILIES: dict[str, WidgetFactory] = {
    "html": HtmlWidgets(),
    "terminal": TerminalWidgets(),
}


def login_form(widgets: WidgetFactory) -> list[str]:
    parts = [widgets.text_input("user"), widgets.button("Sign in")]
    return [part.render() for part in parts]


print(login_form(WIDGET_FAMILIES["html"]))
#> ['<input name="user">', '<button>Sign in</button>']
print(login_form(WIDGET_FAMILIES["terminal"]))
#> ['user: ____', '[ Sign in ]']
