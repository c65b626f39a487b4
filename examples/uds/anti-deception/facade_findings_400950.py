# Extracted from docs/uds/anti-deception.md:156 by `handbook extract`.
# Edit the page, not this file.
import ast
from pathlib import Path

FORBIDDEN_IMPORTS = {"unittest.mock", "pytest_mock", "respx"}
FOREIGN_SUFFIXES = {".js", ".ts", ".tsx"}


def facade_findings(src: Path) -> list[str]:
    foreign = [path for path in src.rglob("*") if path.suffix in FOREIGN_SUFFIXES]
    findings = [f"{path}: not Python" for path in foreign]
    for path in sorted(src.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            findings += [f"{path}: imports {n}" for n in FORBIDDEN_IMPORTS & set(names)]
    return findings


src = Path("src/shop")
src.mkdir(parents=True)
(src / "rates.py").write_text("from unittest.mock import Mock\n\nrates = Mock()\n")
(src / "mockup_names.py").write_text("mockup_title = 'Spring sale'\n")
(src / "widget.js").write_text("export const price = 9.99;\n")
for finding in facade_findings(Path("src")):
    print(finding)
    #> src/shop/widget.js: not Python
    #> src/shop/rates.py: imports unittest.mock
