# Extracted from docs/sdp/principles.md:891 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: RUF006
# pyright: basic
import asyncio


async def project_events() -> None:
    raise ConnectionError("read store unreachable")


async def main() -> None:
    asyncio.create_task(project_events())
    await asyncio.sleep(0)
    print("main finished; the projector's error reached no caller")
    #> main finished; the projector's error reached no caller


asyncio.run(main())
