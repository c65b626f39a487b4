# Extracted from docs/uds/code-quality.md:326 by `handbook extract`.
# Edit the page, not this file.
from loguru import logger

CONSOLE_FORMAT = (
    "{time:YYYY-MM-DD HH:mm:ss} | {level: <8} | {name}:{function}:{line} - {message}"
)

lines: list[str] = []
logger.remove()
logger.add(lines.append, format=CONSOLE_FORMAT, level="INFO", colorize=False)


def import_prices() -> None:
    logger.debug("opening the file")
    logger.info("price import started")


import_prices()
(line,) = lines
where, message = line.rstrip().replace(__name__, "app").split(" - ")
print(where.rsplit(":", 1)[0], "-", message)
#> 2026-01-05 09:30:00 | INFO     | app:import_prices - price import started
