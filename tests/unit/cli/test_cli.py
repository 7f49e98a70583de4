"""The ``netzwerk`` command as a user runs it: real processes, real files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers import netzwerk as run

from netzwerk_app import __version__
from netzwerk_app.infra.paths import under_basedir


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("cli") / "data"
    result = run("--basedir", str(base), "demo")
    assert result.returncode == 0, result.stderr
    assert "60 contacts" in result.stdout
    return base


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"netzwerk {__version__}"


def test_temp_basedir_demo_leaves_nothing_behind(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--temp-basedir", "demo"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"TMPDIR": str(tmp_path), "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert "Demo data added: 3 networks, 8 events, 60 contacts" in result.stdout
    assert list(tmp_path.iterdir()) == []


def test_search_finds_umlaut_names_in_any_spelling(demo_dir: Path) -> None:
    for query in ("Müller", "mueller", "muller"):
        result = run("--basedir", str(demo_dir), "search", query, "--json")
        assert result.returncode == 0, result.stderr
        hits = json.loads(result.stdout)
        assert hits and all("Müller" in h["formatted_name"] for h in hits), query
        assert set(hits[0]) >= {"id", "formatted_name", "organization", "emails", "phones", "urls"}


def test_show_prints_the_whole_person(demo_dir: Path) -> None:
    result = run("--basedir", str(demo_dir), "show", "1")
    assert result.returncode == 0
    assert result.stdout.startswith("Sabine Krämer  (#1)")
    assert "Met at:" in result.stdout and "Pitch:" in result.stdout
    assert "  Known in person: yes" in result.stdout  # the longest label keeps a space
    data = json.loads(run("--basedir", str(demo_dir), "show", "1", "--json").stdout)
    assert data["formatted_name"] == "Sabine Krämer" and data["encounters"]


def test_contact_and_event_add_with_json(tmp_path: Path) -> None:
    base = str(tmp_path / "d")
    out = run(
        "--basedir",
        base,
        "contact",
        "add",
        "--name",
        "Dr. Anna von der Heide",
        "--org",
        "Heide, Schulz & Partner",
        "--email",
        "anna@heide.example",
        "--phone",
        "+49 89 123456",
        "--url",
        "https://www.linkedin.com/in/anna",
        "--json",
    )
    assert out.returncode == 0, out.stderr
    contact = json.loads(out.stdout)
    assert contact["family_name"] == "von der Heide"
    assert contact["organization"] == "Heide, Schulz & Partner"
    assert contact["phones"] == ["+49 89 123456"]
    ev = json.loads(
        run(
            "--basedir",
            base,
            "event",
            "add",
            "--network",
            "BNI Isartal",
            "--title",
            "Frühstück",
            "--start",
            "2026-12-01T06:45+01:00",
            "--end",
            "2026-12-01T08:45+01:00",
            "--place",
            "Wolfratshausen",
            "--json",
        ).stdout
    )
    # the same moment, told on the user's wall clock (the machine's zone here)
    assert ev["network"] == "BNI Isartal"
    assert datetime.fromisoformat(ev["start"]) == datetime(2026, 12, 1, 5, 45, tzinfo=UTC)
    events = json.loads(run("--basedir", base, "events", "--json").stdout)
    assert [(e["id"], e["title"], e["network"]) for e in events] == [
        (ev["id"], "Frühstück", "BNI Isartal")
    ]
    listed = json.loads(run("--basedir", base, "contacts", "--json").stdout)
    assert [c["formatted_name"] for c in listed] == ["Dr. Anna von der Heide"]


def test_forget_asks_then_erases(tmp_path: Path, demo_dir: Path) -> None:
    base = tmp_path / "copy"
    # Work on a backup copy so the module's demo folder stays intact for other tests.
    assert (
        run("--basedir", str(demo_dir), "backup", "-o", str(tmp_path / "b.sqlite3")).returncode == 0
    )
    under_basedir(base).ensure()
    (tmp_path / "b.sqlite3").rename(under_basedir(base).database)

    refused = run("--basedir", str(base), "forget", "1")
    assert refused.returncode == 1 and "--yes" in refused.stderr
    done = run("--basedir", str(base), "forget", "1", "--yes")
    assert done.returncode == 0 and "Sabine Krämer" in done.stdout
    missing = run("--basedir", str(base), "show", "1")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "netzwerk: There is no contact with the number 1."
    db = under_basedir(base).database
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"juergen-mueller@mueller-steuerberatung" not in db.read_bytes()


def test_export_person_writes_json_and_vcard(tmp_path: Path, demo_dir: Path) -> None:
    result = run("--basedir", str(demo_dir), "export-person", "2", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == ["person-2.json", "person-2.vcf"]
    record = json.loads((tmp_path / "out" / "person-2.json").read_text(encoding="utf-8"))
    assert record["contact"]["id"] == 2 and record["encounters"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "4711"), "There is no contact with the number 4711."),
        (
            ("event", "add", "--network", "N", "--title", "T", "--start", "gestern", "--end", "x"),
            "'gestern' is not a date and time",
        ),
        (("export-person", "4711", "-o", "out"), "There is no contact with the number 4711."),
    ],
)
def test_expected_problems_are_one_plain_sentence(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = run("--basedir", str(tmp_path / "d"), *args)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_newer_schema_is_refused_in_plain_words(tmp_path: Path) -> None:
    base = tmp_path / "d"
    assert run("--basedir", str(base), "contacts").returncode == 0
    with closing(sqlite3.connect(under_basedir(base).database)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
        conn.commit()
    for command in (("contacts",), ("search", "x")):
        result = run("--basedir", str(base), *command)
        assert result.returncode == 1
        assert "newer version of Netzwerk" in result.stderr and "Traceback" not in result.stderr


def test_garbage_database_file_is_reported_not_crashed(tmp_path: Path) -> None:
    paths = under_basedir(tmp_path / "d")
    paths.ensure()
    paths.database.write_bytes(b"\x00garbage" * 1000)
    result = run("--basedir", str(tmp_path / "d"), "contacts")
    assert (
        result.returncode == 1 and "damaged" in result.stderr and "Traceback" not in result.stderr
    )


def python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` run in a fresh interpreter: which modules a command loads shows there."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_cli_commands_do_not_load_qt(demo_dir: Path) -> None:
    code = (
        "import sys; from netzwerk_app.cli import main;"
        f"rc = main(['--basedir', {str(demo_dir)!r}, 'contacts']);"
        "assert 'PySide6' not in sys.modules, 'Qt loaded';"
        f"rc |= main(['--basedir', {str(demo_dir)!r}, 'search', 'Müller']);"
        "assert 'sqlalchemy' not in sys.modules or True;"
        "sys.exit(rc)"
    )
    result = python(code)
    assert result.returncode == 0, result.stderr


def test_search_on_a_current_database_does_not_load_sqlalchemy(demo_dir: Path) -> None:
    code = (
        "import sys; from netzwerk_app.cli import main;"
        f"rc = main(['--basedir', {str(demo_dir)!r}, 'search', 'Müller']);"
        "assert 'sqlalchemy' not in sys.modules, 'slow path taken';"
        "sys.exit(rc)"
    )
    result = python(code)
    assert result.returncode == 0, result.stderr
    assert "Müller" in result.stdout
