# Extracted from docs/uds/security.md:205 by `handbook extract`.
# Edit the page, not this file.
import html
import sqlite3

from pydantic import BaseModel, Field


class ReviewForm(BaseModel):
    sku: str = Field(pattern=r"^[A-Z0-9-]{1,20}$")
    comment: str = Field(max_length=2_000)


form = ReviewForm(sku="TBL-7", comment="Lovely drop table! <script>alert(1)</script>")
db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE reviews (sku TEXT, comment TEXT)")
db.execute("INSERT INTO reviews VALUES (?, ?)", (form.sku, form.comment))
(stored,) = db.execute("SELECT comment FROM reviews").fetchone()
print(stored == form.comment)
#> True
print(html.escape(stored))
#> Lovely drop table! &lt;script&gt;alert(1)&lt;/script&gt;
