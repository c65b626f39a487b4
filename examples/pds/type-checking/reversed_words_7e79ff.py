# Extracted from docs/pds/type-checking.md:137 by `handbook extract`.
# Edit the page, not this file.
def reversed_words(text: str) -> list[str]:
    stack: list[str] = []
    stack.extend(text.split())
    stack.reverse()
    return stack


print(reversed_words("ship the order"))
#> ['order', 'the', 'ship']
