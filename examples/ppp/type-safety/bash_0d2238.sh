# Extracted from docs/ppp/type-safety.md:102 by `handbook extract`.
# Edit the page, not this file.
mkdir -p /tmp/shadow && cd /tmp/shadow || exit 1
printf 'from typing import TypeVar\nItemT = TypeVar("ItemT")\n' > types.py
printf 'from types import ItemT\n' > app.py
python3.12 app.py   # ImportError: cannot import name 'GenericAlias' from partially
                    # initialized module 'types' (most likely due to a circular import)
