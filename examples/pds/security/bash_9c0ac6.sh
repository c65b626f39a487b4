# Extracted from docs/pds/security.md:205 by `handbook extract`.
# Edit the page, not this file.
# The image about to be pushed: OS and Python packages, failing on serious findings
trivy image --scanners vuln --exit-code 1 --severity HIGH,CRITICAL --ignore-unfixed \
    shop:1.4.0
# The Dockerfile and compose.yaml of the repository, for misconfigurations
trivy config --exit-code 1 .
