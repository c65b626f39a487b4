# Extracted from docs/ppp/architecture.md:193 by `handbook extract`.
# Edit the page, not this file.
import hashlib
from typing import Protocol


class BlobReader(Protocol):
    def read(self, key: str) -> bytes | None: ...


class BlobWriter(Protocol):
    def write(self, key: str, data: bytes) -> None: ...


class MemoryBlobs:
    def __init__(self) -> None:
        self._blobs: dict[str, bytes] = {}

    def read(self, key: str) -> bytes | None:
        return self._blobs.get(key)

    def write(self, key: str, data: bytes) -> None:
        self._blobs[key] = data

    def delete(self, key: str) -> None:
        self._blobs.pop(key, None)


class FrozenMirror:
    def __init__(self, snapshot: dict[str, bytes]) -> None:
        self._snapshot = dict(snapshot)

    def read(self, key: str) -> bytes | None:
        return self._snapshot.get(key)


def fingerprint(source: BlobReader, key: str) -> str:
    data = source.read(key) or b""
    return hashlib.sha256(data).hexdigest()[:12]


def publish(target: BlobWriter, key: str, text: str) -> None:
    target.write(key, text.encode())


blobs = MemoryBlobs()
publish(blobs, "terms.txt", "Returns are free.")
mirror = FrozenMirror({"terms.txt": b"Returns are free."})
print(fingerprint(blobs, "terms.txt") == fingerprint(mirror, "terms.txt"))
#> True
