# Extracted from docs/uds/anti-deception.md:112 by `handbook extract`.
# Edit the page, not this file.
check-todo:
	@grep -rn "TODO\|FIXME\|HACK" src/ --include="*.py" || echo "nothing left to do"
