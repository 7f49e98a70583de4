"""A file over about 400 lines is usually two ideas (issue 13): none in the package."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "netzwerk_app"
LIMIT = 400


def line_counts() -> dict[str, int]:
    return {
        path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts
    }


def test_no_module_is_over_400_lines() -> None:
    over = {name: n for name, n in line_counts().items() if n > LIMIT}
    assert over == {}

