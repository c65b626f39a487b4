# Extracted from docs/ppp/architecture.md:84 by `handbook extract`.
# Edit the page, not this file.
from typing import Protocol


class CompletionProvider(Protocol):
    def complete(self, prompt: str) -> str: ...


class CannedProvider:
    def __init__(self, answer: str) -> None:
        self.answer = answer

    def complete(self, prompt: str) -> str:
        return self.answer


class FirstSentenceProvider:
    def complete(self, prompt: str) -> str:
        text = prompt.partition(": ")[2]
        return text.partition(". ")[0] + "."


class Summarizer:
    def __init__(self, provider: CompletionProvider) -> None:
        self._provider = provider

    def summarize(self, text: str) -> str:
        return self._provider.complete(f"Summarize: {text}")


text = "Orders ship within two days. Returns are free for thirty days."
print(Summarizer(FirstSentenceProvider()).summarize(text))
#> Orders ship within two days.
print(Summarizer(CannedProvider("(offline)")).summarize(text))
#> (offline)
