# Extracted from docs/uds/testing.md:136 by `handbook extract`.
# Edit the page, not this file.
from unittest.mock import create_autospec

import pytest
from pydantic import BaseModel


class AppConfig(BaseModel):
    database_url: str
    debug: bool = False
    log_level: str = "INFO"


class RateClient:
    def rate(self, currency: str) -> float:
        raise NotImplementedError(f"would ask the real rates service for {currency}")


# --- tests/conftest.py ---
@pytest.fixture(scope="session")
def test_config() -> AppConfig:
    return AppConfig(database_url="sqlite:///:memory:", debug=True, log_level="DEBUG")


@pytest.fixture
def sample_skus() -> dict[str, list[str]]:
    return {"valid": ["mug-01", "cap_02", "tee3"], "invalid": ["", "a b", "x/1"]}


@pytest.fixture
def rate_client() -> RateClient:
    client = create_autospec(RateClient, instance=True)
    client.rate.return_value = 1.08
    return client


# --- tests/unit/test_config.py ---
def test_runs_against_memory_database(test_config: AppConfig) -> None:
    assert test_config.database_url.endswith(":memory:")


def test_samples_cover_both_cases(sample_skus: dict[str, list[str]]) -> None:
    assert sample_skus["valid"]
    assert sample_skus["invalid"]


def test_rates_come_from_the_stand_in(rate_client: RateClient) -> None:
    assert rate_client.rate("EUR") == 1.08


if __name__ == "__main__":
    assert pytest.main(["-q", "-p", "no:cacheprovider", __file__]) == pytest.ExitCode.OK
