# Extracted from docs/pds/patterns.md:1105 by `handbook extract`.
# Edit the page, not this file.
import httpx


def serve(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"x" * 100_000)


client = httpx.Client(transport=httpx.MockTransport(serve))
try:
    client.get("https://files.example.com/export", stream=True)  # pyright: ignore[reportCallIssue]
except TypeError as error:
    print(error)
    #> Client.get() got an unexpected keyword argument 'stream'

with client.stream("GET", "https://files.example.com/export") as response:
    sizes = [len(chunk) for chunk in response.iter_bytes(chunk_size=32_768)]
print(sizes)
#> [32768, 32768, 32768, 1696]
