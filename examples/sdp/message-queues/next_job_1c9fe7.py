# Extracted from docs/sdp/message-queues.md:197 by `handbook extract`.
# Edit the page, not this file.
import asyncio


async def next_job(queue: asyncio.Queue[str], idle_s: float) -> str | None:
    try:
        async with asyncio.timeout(idle_s):
            return await queue.get()
    except TimeoutError:
        return None


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue(maxsize=10)
    loop = asyncio.get_running_loop()
    loop.call_soon(queue.put_nowait, "resize-image-7")
    started = loop.time()
    job = await next_job(queue, idle_s=5.0)
    print(job, "arrived after less than 1 s:", loop.time() - started < 1)
    #> resize-image-7 arrived after less than 1 s: True
    print("idle:", await next_job(queue, idle_s=0.005))
    #> idle: None


asyncio.run(main())
