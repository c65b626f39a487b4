# Extracted from docs/uds/foundation.md:200 by `handbook extract`.
# Edit the page, not this file.
import typer
from typer.testing import CliRunner

app = typer.Typer(add_completion=False)


@app.command()
def reprice(sku: str, percent: int = typer.Option(10, min=1, max=90)) -> None:
    """Lower the price of one product by a percentage."""
    typer.echo(f"{sku.upper()}: -{percent}%")


runner = CliRunner()
result = runner.invoke(app, ["mug-01", "--percent", "15"])
print(result.exit_code, result.output.strip())
#> 0 MUG-01: -15%
rejected = runner.invoke(app, ["mug-01", "--percent", "95"])
print(rejected.exit_code)
#> 2
