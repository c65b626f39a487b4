# Extracted from docs/pds/patterns.md:1219 by `handbook extract`.
# Edit the page, not this file.
import os
from concurrent.futures import ProcessPoolExecutor


def checksum(block: range) -> int:
    return sum(n * n % 7 for n in block)


def run_job(total: int, workers: int) -> int:
    step = total // workers
    blocks = [range(start, start + step) for start in range(0, total, step)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return sum(pool.map(checksum, blocks))


workers = min(2, os.cpu_count() or 1)
print(run_job(200_000, workers) == checksum(range(200_000)))
#> True
