# Extracted from docs/pds/apis.md:293 by `handbook extract`.
# Edit the page, not this file.
from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str]
    display_name: Mapped[str]
    password_hash: Mapped[str]
    created_at: Mapped[datetime]


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+$")
    display_name: str = Field(min_length=1, max_length=80)
    password: str = Field(min_length=12)


class UserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    display_name: str | None = Field(default=None, min_length=1, max_length=80)


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    display_name: str
    created_at: datetime


row = UserRow(
    id=1,
    email="ada@example.com",
    display_name="Ada",
    password_hash="$argon2id$v=19$...",  # noqa: S106 - a placeholder
    created_at=datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
)
print(sorted(UserOut.model_validate(row).model_dump()))
#> ['created_at', 'display_name', 'email', 'id']
print(UserUpdate.model_validate({}).model_dump(exclude_unset=True))
#> {}
try:
    UserCreate.model_validate(
        {"email": "ada@example.com", "display_name": "Ada", "id": 9}
    )
except ValidationError as error:
    print(sorted((str(e["loc"][0]), e["type"]) for e in error.errors()))
    #> [('id', 'extra_forbidden'), ('password', 'missing')]
