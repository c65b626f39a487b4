# Extracted from docs/pds/data-processing.md:138 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportUnknownMemberType=false
import polars as pl

CHECKS = {
    "shop is a known shop": pl.col("shop").is_in(["leeds", "york"]),
    "cents is not negative": pl.col("cents") >= 0,
    "cents is present": pl.col("cents").is_not_null(),
}
EXPECTED = pl.Schema({"shop": pl.String, "cents": pl.Int64})


def problems(frame: pl.DataFrame) -> list[str]:
    if frame.schema != EXPECTED:
        return [f"schema is {dict(frame.schema)}"]
    return [
        name for name, check in CHECKS.items() if not frame.select(check.all()).item()
    ]


print(problems(pl.DataFrame({"shop": ["leeds", "hull"], "cents": [1200, -5]})))
#> ['shop is a known shop', 'cents is not negative']
print(problems(pl.DataFrame({"shop": ["york"], "cents": ["12.00"]})))
#> ["schema is {'shop': String, 'cents': String}"]
