# Extracted from docs/sdp/message-queues.md:242 by `handbook extract`.
# Edit the page, not this file.
import uuid
from datetime import UTC, datetime

timestamp_ids = [f"email_{datetime.now(UTC).timestamp()}" for _ in range(2)]
print(timestamp_ids[0] == timestamp_ids[1], timestamp_ids[0])
#> True email_1767605400.0
uuid_ids = [uuid.uuid4().hex for _ in range(2)]
print(uuid_ids[0] == uuid_ids[1])
#> False
