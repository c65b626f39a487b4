# Extracted from docs/sdp/relationships.md:110 by `handbook extract`.
# Edit the page, not this file.
import asyncio
import json
from dataclasses import dataclass, field


@dataclass
class Outcome:
    done: list[str] = field(default_factory=list[str])
    quarantined: list[str] = field(default_factory=list[str])
    dead_letters: list[str] = field(default_factory=list[str])


def is_poison(body: str) -> bool:
    try:
        order = json.loads(body)
    except json.JSONDecodeError:
        return True
    return not isinstance(order, dict) or "order_id" not in order


async def consume(
    queue: asyncio.Queue[tuple[str, int]], down: set[str], outcome: Outcome
) -> None:
    max_attempts = 3
    while not queue.empty():
        body, attempt = queue.get_nowait()
        if is_poison(body):
            outcome.quarantined.append(body)
            continue
        order_id = str(json.loads(body)["order_id"])
        if order_id not in down:
            outcome.done.append(order_id)
        elif attempt < max_attempts:
            queue.put_nowait((body, attempt + 1))  # a real broker would delay it
        else:
            outcome.dead_letters.append(order_id)


queue: asyncio.Queue[tuple[str, int]] = asyncio.Queue(maxsize=100)
for body in ('{"order_id": "o-1"}', "{not json", '{"order_id": "o-2"}', "[1, 2]"):
    queue.put_nowait((body, 1))
outcome = Outcome()
asyncio.run(consume(queue, down={"o-2"}, outcome=outcome))
print(outcome)
#> Outcome(done=['o-1'], quarantined=['{not json', '[1, 2]'], dead_letters=['o-2'])
