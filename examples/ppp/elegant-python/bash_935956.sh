# Extracted from docs/ppp/elegant-python.md:1186 by `handbook extract`.
# Edit the page, not this file.
git switch -c fix/pricing-rounding
# edit src/pristine_shop/pricing.py itself, then review exactly what changed:
git diff --stat
