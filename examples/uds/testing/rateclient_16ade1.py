# Extracted from docs/uds/testing.md:199 by `handbook extract`.
# Edit the page, not this file.
from unittest.mock import Mock, create_autospec


class RateClient:
    def rate(self, currency: str) -> float:
        raise NotImplementedError


bare = Mock()
print(type(bare.rates("EUR")).__name__)
#> Mock
specced = create_autospec(RateClient, instance=True)
try:
    specced.rates("EUR")
except AttributeError as error:
    print(error)
    #> Mock object has no attribute 'rates'
