# Extracted from docs/pds/cli.md:109 by `handbook extract`.
# Edit the page, not this file.
from enum import StrEnum
from typing import Annotated

import typer
from typer.testing import CliRunner


class Region(StrEnum):
    EU = "eu"
    US = "us"


work_done: list[str] = []
app = typer.Typer()


@app.command()
def reprice(
    region: Region,
    percent: Annotated[int, typer.Option(min=-50, max=50)],
) -> None:
    work_done.append(f"{region} {percent:+d}%")


runner = CliRunner()
for arguments in (["asia", "--percent", "5"], ["eu", "--percent", "80"], ["eu"]):
    result = runner.invoke(app, arguments)
    errors = result.stderr.splitlines()
    message = next(line for line in errors if "Invalid" in line or "Missing" in line)
    print(result.exit_code, " ".join(message.strip("│ ").split()))
    #> 2 Invalid value for 'region': Value error, 'asia' is not one of 'eu', 'us'.
    #> 2 Invalid value for '--percent': Input should be less than or equal to 50
    #> 2 Missing option '--percent'.
print(runner.invoke(app, ["eu", "--percent", "5"]).exit_code, work_done)
#> 0 ['eu +5%']
