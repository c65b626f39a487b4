# Extracted from docs/pds/type-checking.md:123 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false
def reversed_words(text: str) -> list[str]:
    stack = []
    stack.extend(text.split())
    stack.reverse()
    return stack


print(reversed_words("ship the order"))
#> ['order', 'the', 'ship']
