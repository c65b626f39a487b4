# Extracted from docs/uds/anti-deception.md:104 by `handbook extract`.
# Edit the page, not this file.
def confidence(matches: int, total: int) -> float:
    # TODO: replace with the real model
    if total > 1000:
        return 0.95
    return matches / total
