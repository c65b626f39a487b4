# Extracted from docs/uds/testing-standards.md:280 by `handbook extract`.
# Edit the page, not this file.
import time
import tracemalloc

import pytest


def generate_test_data(count: int) -> list[dict[str, str]]:
    return [{"sku": f"sku-{n:05d}", "name": f"Product {n}"} for n in range(count)]


def batch_process(items: list[dict[str, str]]) -> list[str]:
    return [f"{item['sku'].upper()}: {item['name']}" for item in items]


@pytest.mark.performance
def test_throughput_of_a_thousand_items() -> None:
    items = generate_test_data(1_000)
    started = time.perf_counter()
    result = batch_process(items)
    minutes = max(time.perf_counter() - started, 1e-9) / 60
    assert len(result) == 1_000
    assert len(items) / minutes >= 100


@pytest.mark.performance
def test_memory_of_ten_thousand_items() -> None:
    items = generate_test_data(10_000)
    tracemalloc.start()
    batch_process(items)
    peak_mb = tracemalloc.get_traced_memory()[1] / 1024 / 1024
    tracemalloc.stop()
    assert peak_mb < 500


if __name__ == "__main__":
    options = ["-q", "-p", "no:cacheprovider", "-o", "markers=performance: limits"]
    assert pytest.main([*options, __file__]) == pytest.ExitCode.OK
