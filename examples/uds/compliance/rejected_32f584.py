# Extracted from docs/uds/compliance.md:92 by `handbook extract`.
# Edit the page, not this file.
import re

# The source's four patterns, keywords in alphabetical order.
SQL_INJECTION_PATTERNS = [
    r"\b(?:ALTER|CREATE|DELETE|DROP|EXEC|INSERT|SELECT|UPDATE)\b",
    r"\b(?:AND|OR|UNION)\s+(?:ALL|SELECT)\b",
    r";|&&|\|\|",
    r"\b(?:AND|OR)\s+\d+\s*=\s*\d+\b",
]


def rejected(text: str) -> bool:
    return any(re.search(p, text, re.IGNORECASE) for p in SQL_INJECTION_PATTERNS)


for text in ["Please update my delivery address", "Tom & Jerry; all seasons"]:
    print(rejected(text), text)
    #> True Please update my delivery address
    #> True Tom & Jerry; all seasons
print(rejected("x' OR 'a'='a"))
#> False
