"""Import is one package with one module per concern; no module reaches into
another's private names (``job._id_of`` was called from the LinkedIn module)."""

from __future__ import annotations

import ast
from pathlib import Path

import netzwerk_app.services.importing as importing

PACKAGE = Path(importing.__file__).parent
OWN = ("self", "cls")


def private_uses(path: Path) -> list[str]:
    """``from x import _name`` and ``something._name`` (not self/cls) in one module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("netzwerk_app")
        ):
            found += [f"import {a.name}" for a in node.names if a.name.startswith("_")]
        elif isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            private = not node.attr.startswith("__")
            if private and not (isinstance(node.value, ast.Name) and node.value.id in OWN):
                found.append(f"line {node.lineno}: .{node.attr}")
    return found


def test_the_import_modules_use_no_private_names_of_each_other() -> None:
    modules = sorted(PACKAGE.glob("*.py"))
    assert {p.stem for p in modules} >= {
        "service",
        "job",
        "matching",
        "linkedin",
        "undo",
        "results",
    }
    uses = {p.name: private_uses(p) for p in modules}
    assert {name: found for name, found in uses.items() if found} == {}
