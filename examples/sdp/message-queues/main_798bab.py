# Extracted from docs/sdp/message-queues.md:150 by `handbook extract`.
# Edit the page, not this file.
import asyncio


async def main() -> None:
    jobs: asyncio.Queue[str] = asyncio.Queue(maxsize=2)
    for job in ("report-1", "report-2", "report-3"):
        try:
            jobs.put_nowait(job)
        except asyncio.QueueFull:
            print(f"{job}: refused, {jobs.qsize()} waiting; answer 503 and retry later")
            #> report-3: refused, 2 waiting; answer 503 and retry later

    try:
        async with asyncio.timeout(0.005):
            await jobs.put("report-3")  # backpressure: wait for room, but not forever
    except TimeoutError:
        print("no room within 5 ms")
        #> no room within 5 ms

    unbounded: asyncio.Queue[int] = asyncio.Queue()
    for n in range(100_000):
        unbounded.put_nowait(n)
    print("unbounded queue accepted", unbounded.qsize(), "items without a word")
    #> unbounded queue accepted 100000 items without a word


asyncio.run(main())
