# Extracted from docs/uds/code-quality.md:181 by `handbook extract`.
# Edit the page, not this file.
class OrdersError(Exception):
    """Base class of every error the orders package raises."""


class InvalidInputError(OrdersError):
    """The data given to a function does not satisfy its contract."""


class ProcessingError(OrdersError):
    """A processing step failed for a reason other than its input."""


try:
    raise InvalidInputError("row 7: quantity is missing")
except OrdersError as error:
    print(type(error).__name__, "-", error)
    #> InvalidInputError - row 7: quantity is missing
