# Extracted from docs/pds/messaging.md:377 by `handbook extract`.
# Edit the page, not this file.
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Step:
    name: str
    action: Callable[[], None]
    compensation: Callable[[], None]


def run_saga(steps: list[Step], log: list[str]) -> bool:
    done: list[Step] = []
    for step in steps:
        try:
            step.action()
        except RuntimeError as error:
            log.append(f"{step.name} failed: {error}")
            for finished in reversed(done):
                finished.compensation()
                log.append(f"compensated {finished.name}")
            return False
        done.append(step)
        log.append(f"{step.name} done")
    return True


def decline() -> None:
    raise RuntimeError("card declined")


log: list[str] = []
ok = run_saga(
    [
        Step("reserve stock", lambda: None, lambda: None),
        Step("create shipment", lambda: None, lambda: None),
        Step("charge card", decline, lambda: None),
    ],
    log,
)
print(ok)
#> False
for line in log:
    print(line)
    #> reserve stock done
    #> create shipment done
    #> charge card failed: card declined
    #> compensated create shipment
    #> compensated reserve stock
