# Extracted from docs/pds/local-development.md:206 by `handbook extract`.
# Edit the page, not this file.
git clone git@github.com:acme/shop.git
cd shop || exit 1
just install
git switch -c feature/gift-cards
just dev            # in a second terminal, while editing
just check
git commit -am "Add gift card redemption"   # the pre-commit hooks run here
git push -u origin feature/gift-cards
gh pr create --fill
