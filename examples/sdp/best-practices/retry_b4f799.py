# Extracted from docs/sdp/best-practices.md:180 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportCallIssue=false
def retry(
    *,
    max_attempts: int = 3,
    jitter: bool = True,
    initial_delay: float = 1.0,
) -> None:
    """The guide's decorator factory, cut down to a few of its parameters."""


try:
    retry(max_attempts=3, exponential_backoff=True)
except TypeError as error:
    print(error)
    #> retry() got an unexpected keyword argument 'exponential_backoff'
