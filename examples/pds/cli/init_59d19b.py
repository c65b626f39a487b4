# Extracted from docs/pds/cli.md:255 by `handbook extract`.
# Edit the page, not this file.
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from typer.testing import CliRunner

app = typer.Typer()


@app.command()
def init(root: Annotated[Path, typer.Argument(file_okay=False)]) -> None:
    created = 0
    for folder in ("incoming", "archive", "rejected"):
        path = root / folder
        if not path.exists():
            path.mkdir(parents=True)
            created += 1
    settings = root / "settings.toml"
    if not settings.exists():
        settings.write_text('currency = "EUR"\n', encoding="utf-8")
        created += 1
    typer.echo(f"{created} created")


with tempfile.TemporaryDirectory() as folder:
    runner = CliRunner()
    print([runner.invoke(app, [folder]).output.strip() for _ in range(2)])
    #> ['4 created', '0 created']
