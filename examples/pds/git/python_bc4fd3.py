# Extracted from docs/pds/git.md:149 by `handbook extract`.
# Edit the page, not this file.
from packaging.version import Version

tags = ["2.0.0", "2.0.0-rc.1", "2.0.0-alpha.1", "1.9.3", "2.0.0-beta.2"]
print(sorted(tags, key=Version))
#> ['1.9.3', '2.0.0-alpha.1', '2.0.0-beta.2', '2.0.0-rc.1', '2.0.0']
print([str(Version(tag)) for tag in tags[1:3]])
#> ['2.0.0rc1', '2.0.0a1']
