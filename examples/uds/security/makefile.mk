# Extracted from docs/uds/security.md:355 by `handbook extract`.
# Edit the page, not this file.
.PHONY: audit-dependencies
audit-dependencies:
	poetry export --format requirements.txt --output build/requirements.txt
	pip-audit --strict --requirement build/requirements.txt
