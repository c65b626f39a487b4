# Extracted from docs/uds/observability.md:172 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path

from loguru import logger

logger.remove()
with tempfile.TemporaryDirectory() as folder:
    handler = logger.add(
        Path(folder) / "app.log",
        level="DEBUG",
        rotation="1 KB",  # 100 MB in production; 1 KB lets the example rotate
        retention="30 days",
        compression="gz",
        format="{time:YYYY-MM-DD HH:mm:ss} | {level} | {message}",
    )
    for number in range(40):
        logger.debug("order {} handed to the carrier", number)
    logger.remove(handler)
    print(sorted({path.suffix for path in Path(folder).iterdir()}))
    #> ['.gz', '.log']
