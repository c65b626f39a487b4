# Extracted from docs/dpg/introduction.md:53 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass
from typing import Protocol


class CelsiusSensor(Protocol):
    def celsius(self) -> float: ...


@dataclass
class FahrenheitProbe:
    """A vendor class we cannot change: it reports degrees Fahrenheit."""

    reading: float

    def read_f(self) -> float:
        return self.reading


@dataclass
class ProbeAdapter:
    """Adapter: presents a FahrenheitProbe as a CelsiusSensor."""

    probe: FahrenheitProbe

    def celsius(self) -> float:
        return round((self.probe.read_f() - 32) * 5 / 9, 1)


def too_hot(sensor: CelsiusSensor) -> bool:
    return sensor.celsius() > 30


probe = ProbeAdapter(FahrenheitProbe(95.0))
print(probe.celsius(), too_hot(probe))
#> 35.0 True
