# Extracted from docs/sdp/message-queues.md:773 by `handbook extract`.
# Edit the page, not this file.
def classify(error: Exception) -> str:
    name = type(error).__name__
    if "Validation" in name or "Invalid" in name:
        return "invalid_data"
    if "Timeout" in name:
        return "timeout"
    return "processing_error"


print(classify(ValueError("Missing customer_id")))
#> processing_error
