# Extracted from docs/dpg/creational.md:376 by `handbook extract`.
# Edit the page, not this file.
import functools
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient


@dataclass(frozen=True)
class Settings:
    shop_name: str


@functools.cache
def get_settings() -> Settings:
    return Settings(shop_name="Corner Shop")


app = FastAPI()


@app.get("/about")
def about(settings: Annotated[Settings, Depends(get_settings)]) -> dict[str, str]:
    return {"shop": settings.shop_name}


client = TestClient(app)
print(client.get("/about").json())
#> {'shop': 'Corner Shop'}
app.dependency_overrides[get_settings] = lambda: Settings(shop_name="Test Shop")
print(client.get("/about").json())
#> {'shop': 'Test Shop'}
