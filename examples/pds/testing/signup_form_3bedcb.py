# Extracted from docs/pds/testing.md:407 by `handbook extract`.
# Edit the page, not this file.
from faker import Faker

fake = Faker("en_GB")
Faker.seed(2025)


def signup_form() -> dict[str, str]:
    return {"name": fake.name(), "email": fake.email(), "postcode": fake.postcode()}


def is_valid(form: dict[str, str]) -> bool:
    return "@" in form["email"] and bool(form["name"].strip())


def test_realistic_signups_are_accepted() -> None:
    for _ in range(50):
        assert is_valid(signup_form())


test_realistic_signups_are_accepted()
print(sorted(signup_form()))
#> ['email', 'name', 'postcode']
