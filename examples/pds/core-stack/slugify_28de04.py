# Extracted from docs/pds/core-stack.md:255 by `handbook extract`.
# Edit the page, not this file.
import pytest


def slugify(title: str) -> str:
    slug = "-".join(title.lower().split())
    if not slug:
        raise ValueError("title has no words")
    return slug


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Hello World", "hello-world"), ("  Many   spaces ", "many-spaces")],
)
def test_slugify(title: str, expected: str) -> None:
    assert slugify(title) == expected


def test_slugify_rejects_blank_titles() -> None:
    with pytest.raises(ValueError, match="no words"):
        slugify("   ")


test_slugify("Hello World", "hello-world")
test_slugify_rejects_blank_titles()
print("both tests pass")
#> both tests pass
