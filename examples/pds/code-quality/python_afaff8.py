# Extracted from docs/pds/code-quality.md:237 by `handbook extract`.
# Edit the page, not this file.
amounts = [120, 45, 300, 80]
large = [amount for amount in amounts if amount > 100]
print(large)
#> [120, 300]
