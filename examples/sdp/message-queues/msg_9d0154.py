# Extracted from docs/sdp/message-queues.md:691 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass


@dataclass
class Msg:
    attempts: int = 0
    max_attempts: int = 3


def nack(message: Msg, queue: list[Msg]) -> None:
    if message.attempts < message.max_attempts:
        message.attempts += 1  # second increment for the same failure
        queue.append(message)
    else:
        print("exceeded max attempts: dropped")
        #> exceeded max attempts: dropped


def on_failure(message: Msg, queue: list[Msg], dlq: list[Msg], limit: int) -> None:
    message.attempts += 1
    if message.attempts >= limit:
        dlq.append(message)
    else:
        nack(message, queue)


queue: list[Msg] = [Msg()]
dlq: list[Msg] = []
handled = 0
while queue:
    handled += 1  # the handler runs and fails
    on_failure(queue.pop(0), queue, dlq, limit=3)
print("handled", handled, "times before the DLQ, limit 3")
#> handled 2 times before the DLQ, limit 3

dlq.clear()
on_failure(Msg(max_attempts=1), queue, dlq, limit=3)
print("in the queue:", len(queue), "| in the DLQ:", len(dlq))
#> in the queue: 0 | in the DLQ: 0
