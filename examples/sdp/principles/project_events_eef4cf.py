# Extracted from docs/sdp/principles.md:909 by `handbook extract`.
# Edit the page, not this file.
import asyncio


async def project_events() -> None:
    raise ConnectionError("read store unreachable")


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(project_events())
    except* ConnectionError as errors:
        print("the task group raised:", errors.exceptions[0])
        #> the task group raised: read store unreachable


asyncio.run(main())
