# Extracted from docs/pds/cli.md:166 by `handbook extract`.
# Edit the page, not this file.
from typing import Annotated

import typer
from typer.testing import CliRunner

PRICES = {"PEN-01": "1.20", "PAD-02": "3.50"}
app = typer.Typer()


@app.command()
def export(skus: Annotated[list[str], typer.Argument()]) -> None:
    unknown = [sku for sku in skus if sku not in PRICES]
    for sku in skus:
        if sku in PRICES:
            typer.echo(f"{sku},{PRICES[sku]}")
    if unknown:
        typer.echo(f"error: unknown SKU {', '.join(unknown)}", err=True)
        raise typer.Exit(code=1)


runner = CliRunner()
ok = runner.invoke(app, ["PEN-01", "PAD-02"])
print(ok.exit_code, ok.stdout.splitlines(), repr(ok.stderr))
#> 0 ['PEN-01,1.20', 'PAD-02,3.50'] ''
failed = runner.invoke(app, ["PEN-01", "INK-99"])
print(failed.exit_code, failed.stdout.splitlines(), failed.stderr.strip())
#> 1 ['PEN-01,1.20'] error: unknown SKU INK-99
