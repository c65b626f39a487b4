# Extracted from docs/sdp/principles.md:424 by `handbook extract`.
# Edit the page, not this file.
import asyncio
from decimal import Decimal

charges: list[Decimal] = []
seen: dict[str, str] = {}


async def charge(amount: Decimal) -> str:
    await asyncio.sleep(0)  # the gateway call
    charges.append(amount)
    return f"tx-{len(charges)}"


async def process_payment(key: str, amount: Decimal) -> str:
    if key in seen:
        return seen[key]
    result = await charge(amount)
    seen[key] = result
    return result


async def main() -> None:
    amount = Decimal("99.99")
    await asyncio.gather(process_payment("k1", amount), process_payment("k1", amount))
    print("charges for one key:", charges)
    #> charges for one key: [Decimal('99.99'), Decimal('99.99')]


asyncio.run(main())
