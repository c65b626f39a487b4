# Extracted from docs/ppp/quirks.md:69 by `handbook extract`.
# Edit the page, not this file.
def order_summary(prices: list[float]) -> dict[str, float]:
    return {"count": len(prices), "total": round(sum(prices), 2)}


summary = order_summary([9.5, 12.0])
summary["totla"] = summary["total"] - 1.5
print(summary)
#> {'count': 2, 'total': 21.5, 'totla': 20.0}
