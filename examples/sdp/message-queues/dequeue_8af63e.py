# Extracted from docs/sdp/message-queues.md:542 by `handbook extract`.
# Edit the page, not this file.
queue: list[str] = ["m-7"]
processing: dict[str, str] = {}


def dequeue() -> str | None:
    if not queue:
        return None
    message = queue.pop(0)
    processing[message] = message
    return message


dequeue()  # the consumer crashes here, before ack or nack
print("next dequeue:", dequeue(), "| stuck in processing:", list(processing))
#> next dequeue: None | stuck in processing: ['m-7']
