# Extracted from docs/pds/tools-by-domain.md:134 by `handbook extract`.
# Edit the page, not this file.
# Once: record what the scan finds today, mark each finding real or false, commit the baseline
detect-secrets scan > .secrets.baseline
detect-secrets audit .secrets.baseline

# In CI: the whole history, with matches masked in the log
gitleaks git --redact .
