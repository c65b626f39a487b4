# Extracted from docs/sdp/principles.md:818 by `handbook extract`.
# Edit the page, not this file.
import asyncio


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue(maxsize=100)
    profiles: dict[str, str] = {}
    fail_next = [True]

    async def update(user_id: str) -> None:
        if fail_next.pop(0) if fail_next else False:
            raise ConnectionError("read store unavailable")
        profiles[user_id] = "Ana"

    async def process_events() -> None:
        while True:
            user_id = await queue.get()
            try:
                await update(user_id)
            except ConnectionError as error:
                print(f"Failed to update read models: {error}")
                #> Failed to update read models: read store unavailable
            queue.task_done()

    async with asyncio.TaskGroup() as group:
        worker = group.create_task(process_events())
        await queue.put("user-1")
        await queue.join()
        worker.cancel()
    print("profile, with the queue empty and nothing pending:", profiles.get("user-1"))
    #> profile, with the queue empty and nothing pending: None


asyncio.run(main())
