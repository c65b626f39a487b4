# Extracted from docs/sdp/message-queues.md:116 by `handbook extract`.
# Edit the page, not this file.
import json
from enum import Enum


class Priority(Enum):
    HIGH = 3


text = json.dumps({"priority": Priority.HIGH}, default=str)
print(text)
#> {"priority": "Priority.HIGH"}
try:
    Priority[json.loads(text)["priority"]]
except KeyError as error:
    print("KeyError:", error)
    #> KeyError: 'Priority.HIGH'
