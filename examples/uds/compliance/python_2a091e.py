# Extracted from docs/uds/compliance.md:130 by `handbook extract`.
# Edit the page, not this file.
from html import escape

comment = '<script>alert("hi")</script> Fast & cheap'
print(f"<p>{escape(comment)}</p>")
#> <p>&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; Fast &amp; cheap</p>
