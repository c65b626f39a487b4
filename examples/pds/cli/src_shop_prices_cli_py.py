# Extracted from docs/pds/cli.md:316 by `handbook extract`.
# Edit the page, not this file.
import typer

app = typer.Typer(help="Maintain the shop's price lists.")


@app.command()
def version() -> None:
    """Print the version of the tool."""
    typer.echo("prices 1.4.0")
