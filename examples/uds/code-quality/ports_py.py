# Extracted from docs/uds/code-quality.md:80 by `handbook extract`.
# Edit the page, not this file.
import json


def configured_port(raw: str) -> int:
    return json.loads(raw)["port"]


print(configured_port('{"port": 8080}'))
#> 8080
