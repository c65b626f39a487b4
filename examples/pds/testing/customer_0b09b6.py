# Extracted from docs/pds/testing.md:436 by `handbook extract`.
# Edit the page, not this file.
from dataclasses import dataclass

from factory.base import Factory
from factory.declarations import Sequence, SubFactory
from factory.faker import Faker


@dataclass
class Customer:
    name: str
    email: str


@dataclass
class Order:
    number: str
    customer: Customer
    quantity: int


def order_number(n: int) -> str:
    return f"ORD-{n:04d}"


class CustomerFactory(Factory[Customer]):
    class Meta:  # pyright: ignore[reportIncompatibleVariableOverride]
        model = Customer

    name = Faker("name")
    email = Faker("email")


class OrderFactory(Factory[Order]):
    class Meta:  # pyright: ignore[reportIncompatibleVariableOverride]
        model = Order

    number = Sequence(order_number)
    customer = SubFactory(CustomerFactory)
    quantity = 1


def test_bulk_order_keeps_its_customer() -> None:
    order = OrderFactory.build(quantity=500)  # pyright: ignore[reportUnknownMemberType]
    assert order.quantity == 500
    assert "@" in order.customer.email


test_bulk_order_keeps_its_customer()
first = OrderFactory.build()  # pyright: ignore[reportUnknownMemberType]
print(first.number.startswith("ORD-"), type(first.customer).__name__)
#> True Customer
