# Extracted from docs/uds/version-control.md:264 by `handbook extract`.
# Edit the page, not this file.
gh api --method PATCH "repos/${GITHUB_REPOSITORY}" -F delete_branch_on_merge=true
