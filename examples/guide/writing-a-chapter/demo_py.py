# Extracted from docs/guide/writing-a-chapter.md:186 by `handbook extract`.
# Edit the page, not this file.
# ruff: noqa: F401
# pyright: basic
import os

print("checked")
#> checked
