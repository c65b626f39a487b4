# Extracted from docs/sdp/best-practices.md:460 by `handbook extract`.
# Edit the page, not this file.
# pyright: reportArgumentType=false
import asyncio
from datetime import timedelta

try:
    asyncio.run(asyncio.sleep(timedelta(seconds=60)))
except TypeError as error:
    print(error)
    #> '<=' not supported between instances of 'datetime.timedelta' and 'int'
