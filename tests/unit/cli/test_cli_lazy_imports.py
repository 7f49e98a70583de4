"""A command loads only what it uses: ``-X importtime`` of real ``netzwerk`` processes.

The QR encoder (qrcode, Pillow), icalendar and Alembic cost about a tenth of a
second each at start; ``--version`` and ``contacts`` must not pay for them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from netzwerk_app import __version__
from netzwerk_app.cli import main

HEAVY = ("qrcode", "PIL", "icalendar", "alembic")


def run_timed(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``python -X importtime -m netzwerk_app ARGS``; the modules it loaded, and
    their top-level packages."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "netzwerk_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return done, modules | {name.split(".")[0] for name in modules}


def test_the_import_list_is_read_right() -> None:
    done, loaded = run_timed("--version")
    assert done.returncode == 0
    assert {"netzwerk_app", "argparse", "netzwerk_app.cli.parser"} <= loaded


def test_version_loads_nothing_heavy_and_opens_no_database(tmp_path: Path) -> None:
    base = tmp_path / "data"
    done, loaded = run_timed("--basedir", str(base), "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"netzwerk {__version__}"
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))
    assert "sqlalchemy" not in loaded
    assert not base.exists()  # no folder, no database


def test_listing_contacts_loads_no_qr_code_or_calendar_library(tmp_path: Path) -> None:
    base = tmp_path / "data"
    assert main(["--basedir", str(base), "contact", "add", "--name", "Ada Lovelace"]) == 0
    done, loaded = run_timed("--basedir", str(base), "contacts")
    assert done.returncode == 0 and "Ada Lovelace" in done.stdout
    assert loaded.isdisjoint(("qrcode", "PIL", "icalendar")), sorted(loaded & set(HEAVY))


def test_help_lists_every_command_without_loading_a_command_module() -> None:
    done, loaded = run_timed("--help")
    assert done.returncode == 0
    for command in ("contacts", "import", "queue", "qr", "duplicates", "restore", "done"):
        assert command in done.stdout
    assert loaded.isdisjoint(HEAVY)
    assert not {name for name in loaded if name.startswith("netzwerk_app.cli.")} - {
        "netzwerk_app.cli.dispatch",
        "netzwerk_app.cli.output",
        "netzwerk_app.cli.parser",
        "netzwerk_app.cli.command_table",
        "netzwerk_app.cli.record_commands",  # rows of the table, no command code
        "netzwerk_app.cli.table",
    }
