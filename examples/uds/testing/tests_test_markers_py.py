# Extracted from docs/uds/testing.md:99 by `handbook extract`.
# Edit the page, not this file.
import pytest


def store(order_id: int) -> str:
    return f"order {order_id} stored"


@pytest.mark.intergration
def test_order_is_stored() -> None:
    assert store(7) == "order 7 stored"
