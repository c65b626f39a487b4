# Extracted from docs/uds/version-control.md:136 by `handbook extract`.
# Edit the page, not this file.
import subprocess
from pathlib import Path

GITIGNORE = """\
# Python caches and build output
__pycache__/
*.py[cod]
*.so
/build/
/dist/
*.egg-info/
.venv/
# environment files with real values; .env.example stays tracked
.env
.env.local
.env.*.local
# editors and operating systems
.idea/
.vscode/
*.swp
.DS_Store
Thumbs.db
# local data, models and databases
logs/
data/raw/
data/processed/
models/saved/
*.db
*.sqlite3
"""

paths = [
    ".env",
    ".env.example",
    ".env.staging.local",
    "src/orders/__pycache__/models.cpython-312.pyc",
    "src/orders/lib/money.py",
    "data/raw/prices.csv",
    "orders.sqlite3",
]
Path(".gitignore").write_text(GITIGNORE, encoding="utf-8")
subprocess.run(["git", "init", "-q", "."], check=True)  # noqa: S607
result = subprocess.run(  # noqa: S603
    ["git", "check-ignore", "--no-index", *paths],  # noqa: S607
    capture_output=True,
    text=True,
    check=False,
)
for ignored in result.stdout.split():
    print(ignored)
    #> .env
    #> .env.staging.local
    #> src/orders/__pycache__/models.cpython-312.pyc
    #> data/raw/prices.csv
    #> orders.sqlite3
