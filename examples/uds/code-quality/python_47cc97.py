# Extracted from docs/uds/code-quality.md:369 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path

from loguru import logger

logger.remove()
with tempfile.TemporaryDirectory() as folder:
    handler = logger.add(
        Path(folder) / "app_{time:YYYY-MM-DD}.log",
        level="DEBUG",
        rotation="1 day",
        retention="30 days",
        format="{time:YYYY-MM-DD HH:mm:ss} | {level} | {function}:{line} - {message}",
    )
    logger.debug("cache warmed with {} prices", 1200)
    logger.remove(handler)
    (log_file,) = Path(folder).iterdir()
    print(log_file.name)
    #> app_2026-01-05.log
    print(log_file.read_text(encoding="utf-8").split(" - ")[1].strip())
    #> cache warmed with 1200 prices
