# Extracted from docs/pds/security.md:390 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: S301
# pyright: basic
import pickle


class Payload:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (exec, ("print('code chosen by the sender ran during loads()')",))


blob = pickle.dumps(Payload())
pickle.loads(blob)
#> code chosen by the sender ran during loads()
