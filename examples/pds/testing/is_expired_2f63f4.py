# Extracted from docs/pds/testing.md:539 by `handbook extract`.
# Edit the page, not this file.
import time

import pytest
from pytest_mock import MockerFixture


def is_expired(expires_at: float) -> bool:
    return time.time() >= expires_at


def test_token_expires_at_its_deadline(mocker: MockerFixture) -> None:
    clock = mocker.patch("time.time", return_value=1_000.0)
    assert is_expired(1_000.0)
    assert not is_expired(1_000.5)
    assert clock.call_count == 2


if __name__ == "__main__":
    assert pytest.main(["-q", __file__]) == pytest.ExitCode.OK
    print(time.time() > 1_000.0)
    #> True
