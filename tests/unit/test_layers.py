"""The layers of STYLE.md hold: checked on the import statements of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "netzwerk_app"


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize(
    "layer", ["domain", "services", "sync", "storage", "interchange", "infra"]
)
def test_only_gui_imports_qt(layer: str) -> None:
    offenders = [str(p) for p in modules(layer) if "PySide6" in imported_roots(p)]
    assert offenders == []


def test_top_level_modules_do_not_import_qt() -> None:
    for path in [PACKAGE / "app.py", PACKAGE / "__main__.py", *modules("cli")]:
        assert "PySide6" not in imported_roots(path), path


def test_domain_is_pure() -> None:
    offenders = [
        str(p)
        for p in modules("domain")
        if imported_roots(p) & {"sqlalchemy", "alembic", "PySide6", "vobject", "sqlite3"}
    ]
    assert offenders == []


def test_the_layer_check_would_notice_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert imported_roots(bad) == {"PySide6", "sqlalchemy"}


def test_the_app_never_imports_vobject() -> None:
    """vobject is a test dependency (it checks our exports, and is the benchmark
    baseline); the app reads and writes vCards with its own reader and writer."""
    offenders = [str(p) for p in sorted(PACKAGE.rglob("*.py")) if "vobject" in imported_roots(p)]
    assert offenders == []


def test_vobject_is_a_test_dependency_only() -> None:
    import tomllib

    project = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = [d.split(">")[0].split("=")[0].strip() for d in project["project"]["dependencies"]]
    test = project["project"]["optional-dependencies"]["test"]
    assert "vobject" not in runtime and "charset-normalizer" in runtime
    assert any(d.startswith("vobject") for d in test)
