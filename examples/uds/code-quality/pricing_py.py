# Extracted from docs/uds/code-quality.md:34 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: ANN001, ANN201
# pyright: reportMissingParameterType=false, reportUnknownParameterType=false, reportUnknownVariableType=false
def net_price(gross, rate=0.2):
    return gross / (1 + rate)
