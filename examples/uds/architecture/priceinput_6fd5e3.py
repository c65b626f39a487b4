# Extracted from docs/uds/architecture.md:242 by `handbook extract`.
# Edit the page, not this file.
import asyncio

from loguru import logger
from pydantic import BaseModel, Field, ValidationError


class PriceInput(BaseModel):
    sku: str = Field(min_length=1)
    cents: int = Field(gt=0)


class ServiceConfig(BaseModel):
    currency: str = "EUR"


class BatchResult(BaseModel):
    processed: int
    succeeded: int
    failed: list[str]


class PriceStore:
    def __init__(self) -> None:
        self.saved: dict[str, int] = {}

    async def create(self, item: PriceInput) -> PriceInput:
        if item.sku in self.saved:
            raise KeyError(item.sku)
        self.saved[item.sku] = item.cents
        return item


class PricingService:
    def __init__(self, repository: PriceStore, config: ServiceConfig) -> None:
        self.repository = repository
        self.config = config

    async def import_prices(
        self, rows: list[dict[str, object]], *, fail_fast: bool = False
    ) -> BatchResult:
        items = [PriceInput.model_validate(row) for row in rows]
        failed: list[str] = []
        for item in items:
            try:
                await self.repository.create(item)
            except KeyError:
                currency = self.config.currency
                logger.warning("{} is already priced in {}", item.sku, currency)
                if fail_fast:
                    raise
                failed.append(item.sku)
        return BatchResult(
            processed=len(items), succeeded=len(items) - len(failed), failed=failed
        )


async def main() -> None:
    service = PricingService(PriceStore(), ServiceConfig())
    rows: list[dict[str, object]] = [
        {"sku": "MUG-01", "cents": 450},
        {"sku": "CAP-02", "cents": 1299},
        {"sku": "MUG-01", "cents": 399},
    ]
    print(await service.import_prices(rows))
    #> processed=3 succeeded=2 failed=['MUG-01']
    try:
        await service.import_prices([{"sku": "", "cents": 0}])
    except ValidationError as error:
        print(error.error_count(), "invalid fields, nothing imported")
        #> 2 invalid fields, nothing imported


logger.remove()
asyncio.run(main())
