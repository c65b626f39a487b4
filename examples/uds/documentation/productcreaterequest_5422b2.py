# Extracted from docs/uds/documentation.md:176 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated

from fastapi import FastAPI, status
from pydantic import BaseModel, ConfigDict, Field

app = FastAPI(
    title="Shop API",
    description="Products and their prices.",
    version="2.3.0",
    openapi_tags=[{"name": "products", "description": "Create and read products"}],
    docs_url="/docs",
    redoc_url="/redoc",
)


class ProductCreateRequest(BaseModel):
    """A product to create."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"sku": "PROD-001", "name": "Widget", "price": "19.99"}]
        }
    )

    sku: Annotated[str, Field(description="Stock-keeping unit", examples=["PROD-001"])]
    name: Annotated[str, Field(description="Display name", examples=["Widget"])]
    price: Annotated[
        Decimal,
        Field(gt=0, decimal_places=2, description="Price in EUR", examples=["19.99"]),
    ]


class ProductResponse(ProductCreateRequest):
    """A stored product."""

    id: Annotated[str, Field(description="Identifier assigned by the API")]
    created_at: Annotated[datetime, Field(description="Creation time, UTC")]


@app.post(
    "/products/",
    response_model=ProductResponse,
    status_code=status.HTTP_201_CREATED,
    tags=["products"],
    summary="Create a product",
    description="Validates the product and stores it; the SKU must be new.",
    responses={
        409: {"description": "A product with this SKU exists"},
        422: {"description": "The product is invalid"},
    },
)
async def create_product(product: ProductCreateRequest) -> ProductResponse:
    return ProductResponse(
        **product.model_dump(), id="p-1", created_at=datetime.now(UTC)
    )


spec = app.openapi()
operation = spec["paths"]["/products/"]["post"]
print(spec["info"]["title"], spec["info"]["version"], operation["summary"])
#> Shop API 2.3.0 Create a product
print(sorted(operation["responses"]))
#> ['201', '409', '422']
price = spec["components"]["schemas"]["ProductCreateRequest"]["properties"]["price"]
print(price["description"], price["examples"])
#> Price in EUR ['19.99']
