# Extracted from docs/uds/data-science.md:96 by `handbook extract`.
# Edit the page, not this file.
import polars as pl


def split(
    frame: pl.DataFrame, train: float, validation: float, seed: int
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    shuffled = frame.sample(fraction=1.0, shuffle=True, seed=seed)
    train_rows = round(frame.height * train)
    validation_rows = round(frame.height * validation)
    return (
        shuffled.slice(0, train_rows),
        shuffled.slice(train_rows, validation_rows),
        shuffled.slice(train_rows + validation_rows),
    )


spend = [n % 97 for n in range(1_000)]
customers = pl.DataFrame({"customer": range(1_000), "spend": spend})
first = split(customers, 0.8, 0.1, seed=42)
again = split(customers, 0.8, 0.1, seed=42)
print([part.height for part in first])
#> [800, 100, 100]
print(all(a.equals(b) for a, b in zip(first, again, strict=True)))
#> True
print(pl.concat(first)["customer"].n_unique())
#> 1000
