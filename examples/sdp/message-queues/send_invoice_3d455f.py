# Extracted from docs/sdp/message-queues.md:66 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from decimal import Decimal


async def send_invoice(amount: Decimal) -> str:
    await asyncio.sleep(0)  # stands in for the slow part: rendering, mailing
    return f"invoice {amount}"


async def consumer(name: str, queue: asyncio.Queue[Decimal], log: list[str]) -> None:
    while True:
        amount = await queue.get()
        try:
            log.append(f"{name}: {await send_invoice(amount)}")
        finally:
            queue.task_done()


async def main() -> None:
    queue: asyncio.Queue[Decimal] = asyncio.Queue(maxsize=2)
    log: list[str] = []
    async with asyncio.TaskGroup() as group:
        workers = [group.create_task(consumer(n, queue, log)) for n in ("w1", "w2")]
        for amount in ("19.99", "5.00", "120.00", "7.50"):
            await queue.put(Decimal(amount))  # waits while two are queued
        await queue.join()  # every item taken and marked done
        for worker in workers:
            worker.cancel()
    for line in log:
        print(line)
        #> w1: invoice 19.99
        #> w2: invoice 5.00
        #> w1: invoice 120.00
        #> w2: invoice 7.50


asyncio.run(main())
