# Extracted from docs/pds/testing.md:649 by `handbook extract`.
# Edit the page, not this file.
import cProfile
import io
import pstats


def fibonacci(n: int) -> int:
    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)


profiler = cProfile.Profile()
profiler.enable()
fibonacci(15)
profiler.disable()

stats = pstats.Stats(profiler, stream=io.StringIO())
print(stats.get_stats_profile().func_profiles["fibonacci"].ncalls)
#> 1973/1
