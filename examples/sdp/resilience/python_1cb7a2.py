# Extracted from docs/sdp/resilience.md:1079 by `handbook extract`.
# Edit the page, not this file.
retry_after = "Wed, 21 Oct 2026 07:28:00 GMT"
try:
    int(retry_after)
except ValueError as error:
    print(error)
    #> invalid literal for int() with base 10: 'Wed, 21 Oct 2026 07:28:00 GMT'
