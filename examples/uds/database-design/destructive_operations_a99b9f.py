# Extracted from docs/uds/database-design.md:281 by `handbook extract`.
# Edit the page, not this file.
import re

DESTRUCTIVE = {
    "drops a table": r"\bDROP\s+TABLE\b",
    "drops a column": r"\bALTER\s+TABLE\s+\S+\s+DROP\s+(?!CONSTRAINT\b|DEFAULT\b)",
    "empties a table": r"\bTRUNCATE\b",
    "deletes rows": r"\bDELETE\s+FROM\b",
}


def destructive_operations(migration_sql: str) -> list[str]:
    return [
        what
        for what, pattern in DESTRUCTIVE.items()
        if re.search(pattern, migration_sql, re.IGNORECASE)
    ]


def source_check(migration_sql: str) -> bool:
    """The source's substring test: True means "safe"."""
    dangerous = ["DROP TABLE", "DROP COLUMN", "ALTER COLUMN DROP", "TRUNCATE"]
    return not any(word in migration_sql.upper() for word in dangerous)


statement = "ALTER TABLE products DROP name;"
print(source_check(statement), destructive_operations(statement))
#> True ['drops a column']
print(destructive_operations("ALTER TABLE products DROP CONSTRAINT uq_sku;"))
#> []
