# Extracted from docs/sdp/principles.md:147 by `handbook extract`.
# Edit the page, not this file.
def can_serve(states: dict[str, str]) -> tuple[bool, str]:
    if "unhealthy" not in states.values():
        return True, "healthy"
    if "degraded" in states.values():
        return True, "degraded"
    return False, "unhealthy"


print(can_serve({"database": "unhealthy", "cache": "degraded"}))
#> (True, 'degraded')
print(can_serve({"database": "healthy", "recommendations": "unhealthy"}))
#> (False, 'unhealthy')
