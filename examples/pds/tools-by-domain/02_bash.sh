# Extracted from docs/pds/tools-by-domain.md:117 by `handbook extract`.
# Edit the page, not this file.
# Once: record the findings a human has reviewed, then commit the baseline
detect-secrets scan > .secrets.baseline

# In CI: the whole history, with matches masked in the log
gitleaks git --redact .
