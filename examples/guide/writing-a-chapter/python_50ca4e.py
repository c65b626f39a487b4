# Extracted from docs/guide/writing-a-chapter.md:156 by `handbook extract`.
# Edit the page, not this file.
import io

report = io.StringIO()
print("3 orders shipped", file=report)
print(report.getvalue().strip())
#> 3 orders shipped
