# Extracted from docs/uds/data-science-standards.md:41 by `handbook extract`.
# Edit the page, not this file.
import json
from typing import Any

REQUIRED_SECTIONS = [
    "# Data Import and Validation",  # where the data comes from, and its checks
    "# Exploratory Data Analysis",
    "# Data Processing",  # what was done to it
    "# Results and Validation",
    "# Conclusions",
]


def text_of(cell: dict[str, Any]) -> str:
    source = cell["source"]  # a string, or a list of lines as saved by Jupyter
    return source if isinstance(source, str) else "".join(source)


def notebook_problems(
    notebook: dict[str, Any], min_commented: float = 0.8
) -> list[str]:
    cells: list[dict[str, Any]] = notebook["cells"]
    headings = "\n".join(text_of(c) for c in cells if c["cell_type"] == "markdown")
    problems = [f"missing {s!r}" for s in REQUIRED_SECTIONS if s not in headings]
    code = [text_of(c) for c in cells if c["cell_type"] == "code"]
    commented = sum(source.lstrip().startswith("#") for source in code)
    if code and commented / len(code) < min_commented:
        problems.append(f"only {commented / len(code):.0%} of code cells commented")
    return problems


def cell(kind: str, *lines: str) -> dict[str, Any]:
    return {
        "cell_type": kind,
        "metadata": {},
        "source": [f"{line}\n" for line in lines],
    }


saved = json.dumps(
    {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {},
        "cells": [
            cell("markdown", "# Data Import and Validation"),
            cell("code", "# load the March orders", "orders = load('orders.parquet')"),
            cell("markdown", "# Exploratory Data Analysis"),
            cell("code", "orders.describe()"),
            cell("markdown", "# Data Processing"),
            cell(
                "code",
                "# drop orders without a customer",
                "orders = orders.drop_nulls()",
            ),
            cell("markdown", "# Conclusions"),
        ],
    }
)
print(notebook_problems(json.loads(saved)))
#> ["missing '# Results and Validation'", 'only 67% of code cells commented']
