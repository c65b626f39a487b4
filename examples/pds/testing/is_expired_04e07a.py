# Extracted from docs/pds/testing.md:517 by `handbook extract`.
# Edit the page, not this file.
import time
from unittest.mock import patch


def is_expired(expires_at: float) -> bool:
    return time.time() >= expires_at


def test_token_expires_at_its_deadline() -> None:
    with patch("time.time", return_value=1_000.0):
        assert is_expired(1_000.0)
        assert not is_expired(1_000.5)


test_token_expires_at_its_deadline()
