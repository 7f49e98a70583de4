"""Small helpers for the reliability suite: generated cards, raw SQLite checks, the CLI."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


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


def child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NETZWERK_HOME", None)
    return env


def run_cli(basedir: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real ``netzwerk`` command in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--basedir", str(basedir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(),
        cwd=REPO_ROOT,
    )
