# Extracted from docs/pds/use-cases.md:285 by `handbook extract`.
# Edit the page, not this file.
import os
from datetime import UTC, date, datetime, timedelta
from typing import Annotated
from unittest import mock

import typer
from typer.testing import CliRunner

app = typer.Typer()


def parse_day(value: str) -> date:
    today = datetime.now(UTC).date()
    named = {"today": today, "yesterday": today - timedelta(days=1)}
    return named.get(value) or date.fromisoformat(value)


@app.command("process-data")
def process_data(
    day: Annotated[date, typer.Option("--date", parser=parse_day)],
) -> None:
    index = int(os.environ.get("CLOUD_RUN_TASK_INDEX", "0"))
    count = int(os.environ.get("CLOUD_RUN_TASK_COUNT", "1"))
    shops = [f"shop-{n:02d}" for n in range(10)]
    mine = shops[index::count]
    typer.echo(f"{day.isoformat()} task {index + 1}/{count}: {', '.join(mine)}")


runner = CliRunner()
for task in range(3):
    env = {"CLOUD_RUN_TASK_INDEX": str(task), "CLOUD_RUN_TASK_COUNT": "3"}
    with mock.patch.dict(os.environ, env):
        result = runner.invoke(app, ["--date", "2026-01-05"])
    print(result.output.strip())
    #> 2026-01-05 task 1/3: shop-00, shop-03, shop-06, shop-09
    #> 2026-01-05 task 2/3: shop-01, shop-04, shop-07
    #> 2026-01-05 task 3/3: shop-02, shop-05, shop-08
print(runner.invoke(app, ["--date", "someday"]).exit_code)
#> 2
