# Extracted from docs/pds/patterns.md:590 by `handbook extract`.
# Edit the page, not this file.
import asyncio

finished: list[str] = []


async def load(name: str, delay: float, fail: bool = False) -> None:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} unavailable")
    finished.append(name)


async def product_page() -> None:
    async with asyncio.TaskGroup() as group:
        group.create_task(load("prices", 0.001))
        group.create_task(load("stock", 0.002, fail=True))
        group.create_task(load("reviews", 0.5))  # cancelled when stock fails


try:
    asyncio.run(product_page())
except* ConnectionError as errors:
    print([str(error) for error in errors.exceptions], finished)
    #> ['stock unavailable'] ['prices']
