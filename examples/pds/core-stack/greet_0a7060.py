# Extracted from docs/pds/core-stack.md:675 by `handbook extract`.
# Edit the page, not this file.
from typing import Annotated

import typer
from typer.testing import CliRunner

app = typer.Typer()


@app.command()
def greet(
    name: str,
    times: Annotated[int, typer.Option(min=1, help="How many greetings.")] = 1,
    shout: Annotated[bool, typer.Option(help="Use capital letters.")] = False,
) -> None:
    """Greet NAME one or more times."""
    message = f"Hello, {name}!"
    for _ in range(times):
        typer.echo(message.upper() if shout else message)


runner = CliRunner()
result = runner.invoke(app, ["Ada", "--times", "2", "--shout"])
print(result.exit_code)
#> 0
print(result.output.splitlines())
#> ['HELLO, ADA!', 'HELLO, ADA!']

rejected = runner.invoke(app, ["Ada", "--times", "0"])
print(rejected.exit_code)
#> 2
