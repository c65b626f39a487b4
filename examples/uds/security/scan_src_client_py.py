# Extracted from docs/uds/security.md:328 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: S105
# pyright: basic
import os

API_TOKEN = "sk-live-4f9a8c7e"
api_key = os.environ.get("RATES_API_KEY", "")
