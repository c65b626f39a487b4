# Extracted from docs/pds/patterns.md:988 by `handbook extract`.
# Edit the page, not this file.
import weakref


class Session:
    def __init__(self, user_id: int) -> None:
        self.user_id = user_id


active: weakref.WeakValueDictionary[int, Session] = weakref.WeakValueDictionary()
session = Session(311)
active[311] = session
print(len(active))
#> 1
del session  # the last strong reference
print(len(active))
#> 0
