# Extracted from docs/uds/code-quality.md:431 by `handbook extract`.
# Edit the page, not this file.
import json

from loguru import logger

records: list[str] = []
logger.remove()
logger.add(records.append, serialize=True)
logger.info("processing started", extra={"sku": "MVTL"})
print(json.loads(records[0])["record"]["extra"])
#> {'extra': {'sku': 'MVTL'}}
