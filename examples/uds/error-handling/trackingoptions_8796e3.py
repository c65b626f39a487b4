# Extracted from docs/uds/error-handling.md:45 by `handbook extract`.
# Edit the page, not this file.
from typing import TypedDict


class TrackingOptions(TypedDict):
    dsn: str
    environment: str
    traces_sample_rate: float
    profiles_sample_rate: float


def tracking_options(environment: str, dsn: str | None) -> TrackingOptions | None:
    if not dsn:
        return None
    rate = 0.1 if environment == "production" else 1.0
    return TrackingOptions(
        dsn=dsn,
        environment=environment,
        traces_sample_rate=rate,
        profiles_sample_rate=rate,
    )


print(tracking_options("development", None))
#> None
production = tracking_options("production", "https://key@errors.example.com/42")
print(production and production["traces_sample_rate"])
#> 0.1
staging = tracking_options("staging", "https://key@errors.example.com/42")
print(staging and staging["profiles_sample_rate"])
#> 1.0
