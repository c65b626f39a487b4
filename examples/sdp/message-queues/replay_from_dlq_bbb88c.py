# Extracted from docs/sdp/message-queues.md:933 by `handbook extract`.
# Edit the page, not this file.
dead_letters = ["m-41", "m-42"]


def replay_from_dlq(message_id: str) -> None:
    replayed = dead_letters.pop(0)  # the head, whatever was asked for
    print(f"Successfully replayed: {message_id} (actually replayed {replayed})")
    #> Successfully replayed: m-42 (actually replayed m-41)


replay_from_dlq("m-42")
