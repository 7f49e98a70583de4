"""Small helpers for the reliability suite: generated cards, raw SQLite checks, the CLI."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

# The suite's one CLI runner (tests/helpers.py), importable from here as before.
from helpers import REPO_ROOT as REPO_ROOT
from helpers import child_env as child_env
from helpers import run_cli as run_cli


def card(name: str, email: str = "", phone: str = "") -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}"]
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if phone:
        lines.append(f"TEL;TYPE=CELL:{phone}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def people(count: int, prefix: str = "Person", start: int = 0) -> str:
    """``count`` distinct cards; every name and e-mail carries its number."""
    return "".join(
        card(f"{prefix} {i:05d}", f"{prefix.lower()}.{i:05d}@example.de")
        for i in range(start, start + count)
    )


def pragma_rows(path: Path, pragma: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"PRAGMA {pragma}").fetchall()


def assert_sound(path: Path) -> None:
    """``integrity_check`` ok and no dangling foreign key."""
    assert pragma_rows(path, "integrity_check") == [("ok",)]
    assert pragma_rows(path, "foreign_key_check") == []


def names_in(path: Path, where: str = "") -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute(f"SELECT formatted_name FROM contacts {where}")]
