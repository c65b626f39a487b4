# Extracted from docs/sdp/best-practices.md:140 by `handbook extract`.
# Edit the page, not this file.
import asyncio


async def main() -> int:
    attempts: list[int] = []

    async def hanging_backend() -> str:
        attempts.append(1)
        await asyncio.Event().wait()
        return "never"

    async def retried() -> str:
        for _ in range(3):  # the retry, with no timeout of its own per attempt
            try:
                return await hanging_backend()
            except ConnectionError:
                continue
        raise ConnectionError

    try:
        async with asyncio.timeout(0.01):  # the guide's outer @timeout
            await retried()
    except TimeoutError:
        pass
    return len(attempts)


print("attempts before the deadline:", asyncio.run(main()))
#> attempts before the deadline: 1
