# Extracted from docs/uds/documentation.md:54 by `handbook extract`.
# Edit the page, not this file.
from decimal import Decimal

from pydantic import BaseModel


class ProcessingResult(BaseModel):
    success_count: int
    error_count: int

    @property
    def success_rate(self) -> float:
        total = self.success_count + self.error_count
        return self.success_count / total if total else 1.0


class OrderProcessor:
    """Validate order lines and total them.

    Lines with a missing or negative amount are counted as errors and left out of the
    total; the others are summed as exact decimals.

    Example:
        >>> processor = OrderProcessor(max_errors=1)
        >>> processor.process([{"amount": "4.50"}, {"amount": "-1"}])
        ProcessingResult(success_count=1, error_count=1)
        >>> processor.total
        Decimal('4.50')

    Attributes:
        max_errors: How many bad lines a batch may hold before it is refused.
        total: The sum of the valid lines of the last batch.

    Note:
        An instance keeps the total of the last batch only; it is not thread-safe.
    """

    def __init__(self, max_errors: int = 0) -> None:
        """Create a processor.

        Args:
            max_errors: Bad lines tolerated per batch; 0 refuses any bad line.

        Raises:
            ValueError: If `max_errors` is negative.
        """
        if max_errors < 0:
            msg = "max_errors cannot be negative"
            raise ValueError(msg)
        self.max_errors = max_errors
        self.total = Decimal(0)

    def process(self, lines: list[dict[str, str]]) -> ProcessingResult:
        """Validate and total one batch of order lines.

        Args:
            lines: Order lines, each with an ``amount`` as a decimal string. An empty
                list gives an empty result.

        Returns:
            The number of valid and of rejected lines.

        Raises:
            ValueError: If more lines are rejected than `max_errors` allows.

        Example:
            >>> OrderProcessor().process([])
            ProcessingResult(success_count=0, error_count=0)
        """
        amounts = [Decimal(line.get("amount", "-1")) for line in lines]
        valid = [amount for amount in amounts if amount >= 0]
        errors = len(amounts) - len(valid)
        if errors > self.max_errors:
            msg = f"{errors} bad lines, at most {self.max_errors} allowed"
            raise ValueError(msg)
        self.total = sum(valid, Decimal(0))
        return ProcessingResult(success_count=len(valid), error_count=errors)


if __name__ == "__main__":
    import doctest

    print(doctest.testmod())
    #> TestResults(failed=0, attempted=4)
