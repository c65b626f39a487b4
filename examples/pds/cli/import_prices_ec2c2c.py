# Extracted from docs/pds/cli.md:37 by `handbook extract`.
# Edit the page, not this file.
from pathlib import Path
from typing import Annotated

import typer
from typer.testing import CliRunner

app = typer.Typer(help="Maintain the shop's price lists.", no_args_is_help=True)


@app.command("import")
def import_prices(
    source: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="CSV file to read.")
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check the file, change nothing.")
    ] = False,
) -> None:
    """Import one price list."""
    typer.echo(f"{'checked' if dry_run else 'imported'} {source.name}")


@app.command()
def version() -> None:
    """Print the version of the tool."""
    typer.echo("prices 1.4.0")


def shown(output: str) -> list[str]:
    """The text of a help screen without its frame."""
    lines = (" ".join(line.strip("│╭╮╰╯─ ").split()) for line in output.splitlines())
    return [line for line in lines if line]


runner = CliRunner()
for line in shown(runner.invoke(app, ["--help"], prog_name="prices").output):
    print(line)
    #> Usage: prices [OPTIONS] COMMAND [ARGS]...
    #> Maintain the shop's price lists.
    #> Options
    #> --install-completion <bool> Install completion for the current shell.
    #> --show-completion <bool> Show completion for the current shell, to copy
    #> it or customize the installation.
    #> --help <bool> Show this message and exit.
    #> Commands
    #> import Import one price list.
    #> version Print the version of the tool.
for line in shown(runner.invoke(app, ["import", "--help"], prog_name="prices").output):
    print(line)
    #> Usage: prices import [OPTIONS] {source}
    #> Import one price list.
    #> Arguments
    #> * source <file> CSV file to read. [required]
    #> Options
    #> --dry-run <bool> Check the file, change nothing.
    #> --help <bool> Show this message and exit.
