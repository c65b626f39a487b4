# Extracted from docs/pds/testing.md:539 by `handbook extract`.
# Edit the page, not this file.
import time

from pytest_mock import MockerFixture


def is_expired(expires_at: float) -> bool:
    return time.time() >= expires_at


def test_token_expires_at_its_deadline(mocker: MockerFixture) -> None:
    clock = mocker.patch("time.time", return_value=1_000.0)
    assert is_expired(1_000.0)
    assert not is_expired(1_000.5)
    assert clock.call_count == 2


# Outside pytest, build the fixture as pytest-mock does, then undo its patches.
class PytestConfigStandIn:
    def getini(self, name: str) -> str:
        return "false"


mocker = MockerFixture(PytestConfigStandIn())
try:
    test_token_expires_at_its_deadline(mocker)
finally:
    mocker.stopall()
print(time.time() > 1_000.0)
#> True
