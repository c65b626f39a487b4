# Extracted from docs/uds/database-design.md:324 by `handbook extract`.
# Edit the page, not this file.
def estimated_seconds(migration_sql: str, row_count: int) -> int:
    text = migration_sql.upper()
    if "CREATE INDEX" in text:
        return max(60, row_count // 1_000)
    if "ALTER TABLE" in text:
        return max(120, row_count // 500)
    return 30


print(estimated_seconds("CREATE INDEX idx_products_name ON products (name)", 5_000_000))
#> 5000
print(estimated_seconds("ALTER TABLE products ADD weight numeric", 20_000))
#> 120
