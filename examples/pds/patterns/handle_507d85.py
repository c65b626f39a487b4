# Extracted from docs/pds/patterns.md:893 by `handbook extract`.
# Edit the page, not this file.
import tracemalloc

_seen_requests: list[str] = []


def handle(request_id: int) -> None:
    _seen_requests.append(f"request-{request_id:08d}" * 4)


tracemalloc.start()
before = tracemalloc.take_snapshot()
for request_id in range(5_000):
    handle(request_id)
after = tracemalloc.take_snapshot()
tracemalloc.stop()

top = after.compare_to(before, "lineno")[0]
grown_line = top.traceback[0].lineno
print(grown_line == handle.__code__.co_firstlineno + 1, top.size_diff > 100_000)
#> True True
