# Extracted from docs/uds/foundation.md:282 by `handbook extract`.
# Edit the page, not this file.
import tomllib

text = """
[tool.poetry.group.dev.dependencies]
pytest = "^8.3"

# Data science projects add:
pandas = "^2.2"
"""
poetry = tomllib.loads(text)["tool"]["poetry"]
print(sorted(poetry["group"]["dev"]["dependencies"]))
#> ['pandas', 'pytest']
print("dependencies" in poetry)
#> False
