# Extracted from docs/pds/cli.md:205 by `handbook extract`.
# Edit the page, not this file.
import io
import logging
from typing import Annotated

import typer
from typer.testing import CliRunner

log = logging.getLogger("prices")
app = typer.Typer()
sink = io.StringIO()


@app.command()
def sync(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True)] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    level = (
        logging.ERROR if quiet else max(logging.DEBUG, logging.WARNING - 10 * verbose)
    )
    handler = logging.StreamHandler(sink)
    logging.basicConfig(level=level, handlers=[handler], force=True)
    log.debug("fetched 120 rows")
    log.info("updated 3 prices")
    log.warning("2 SKUs have no price")


runner = CliRunner()
for arguments in ([], ["-v"], ["-vv"], ["-q"]):
    sink.seek(0)
    sink.truncate()
    runner.invoke(app, arguments)
    print(arguments, len(sink.getvalue().splitlines()))
    #> [] 1
    #> ['-v'] 2
    #> ['-vv'] 3
    #> ['-q'] 0
