# Extracted from docs/pds/tools-by-domain.md:666 by `handbook extract`.
# Edit the page, not this file.
from typing import Annotated

import typer
from typer.testing import CliRunner

app = typer.Typer(help="Maintenance commands for the shop database.")


@app.command()
def purge(
    days: Annotated[int, typer.Option(min=1, help="Keep this many days.")] = 30,
    dry_run: Annotated[bool, typer.Option("--dry-run")] = False,
) -> None:
    """Delete carts older than DAYS."""
    action = "would delete" if dry_run else "deleting"
    typer.echo(f"{action} carts older than {days} days")


result = CliRunner().invoke(app, ["--days", "7", "--dry-run"])
print(result.exit_code, result.output.strip())
#> 0 would delete carts older than 7 days
print(CliRunner().invoke(app, ["--days", "0"]).exit_code)
#> 2
