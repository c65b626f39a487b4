# Extracted from docs/ppp/elegant-python.md:1003 by `handbook extract`.
# Edit the page, not this file.
def normalise(raw: str) -> list[str]:
    return [word.strip(".,!?").lower() for word in raw.split()]


def without_stop_words(words: list[str]) -> list[str]:
    return [word for word in words if word not in {"the", "a", "is", "and"}]


def most_common(words: list[str]) -> str:
    return max(sorted(set(words)), key=words.count)


def topic_of(review: str) -> str:
    return most_common(without_stop_words(normalise(review)))


print(topic_of("The mug is great. A great mug, and the price is great!"))
#> great
