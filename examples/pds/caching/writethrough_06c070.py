# Extracted from docs/pds/caching.md:108 by `handbook extract`.
# Edit the page, not this file.
class WriteThrough:
    def __init__(self, source: dict[str, str]) -> None:
        self.source = source
        self.cache: dict[str, str] = {}

    def write(self, key: str, value: str) -> None:
        self.source[key] = (
            value  # the source first: a failure here leaves no cache entry
        )
        self.cache[key] = value

    def read(self, key: str) -> str:
        if key not in self.cache:
            self.cache[key] = self.source[key]
        return self.cache[key]


settings = WriteThrough({"theme": "light"})
settings.write("theme", "dark")
print(settings.read("theme"), settings.source["theme"])
#> dark dark
