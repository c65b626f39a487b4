# Extracted from docs/uds/code-quality.md:406 by `handbook extract`.
# Edit the page, not this file.
import json

from loguru import logger

records: list[str] = []
logger.remove()
logger.add(records.append, serialize=True)

logger.bind(sku="MVTL", source="price_list.pdf").info("processing started")
logger.info("validation failed", error_type="confidence_too_low", value=0.3)

for raw in records:
    record = json.loads(raw)["record"]
    print(record["message"], record["extra"])
    #> processing started {'sku': 'MVTL', 'source': 'price_list.pdf'}
    #> validation failed {'error_type': 'confidence_too_low', 'value': 0.3}
