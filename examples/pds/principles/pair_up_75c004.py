# Extracted from docs/pds/principles.md:94 by `handbook extract`.
# Edit the page, not this file.
def pair_up(names: list[str], scores: list[int]) -> list[tuple[str, int]]:
    return list(zip(names, scores, strict=True))


def archive(path: str, *, compress: bool, keep_original: bool) -> str:
    mode = "gzip" if compress else "plain"
    return f"{path}: {mode}, keep original={keep_original}"


try:
    pair_up(["ada", "grace", "linus"], [91, 88])
except ValueError as error:
    print(error)
    #> zip() argument 2 is shorter than argument 1

print(archive("report.csv", compress=True, keep_original=False))
#> report.csv: gzip, keep original=False
