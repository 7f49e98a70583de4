"""``netzwerk import`` / ``export`` / ``undo-merge`` as a user runs them: real processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run_cli as run


def card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "good.vcf"
    good.write_text(
        card("FN:Jürgen Müller", "EMAIL:juergen@example.de", "TEL:+49 89 123456")
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"  # line 7: an empty card
        + card("FN:Sabine Schäfer", "ORG:Druck AG"),
        encoding="utf-8",
        newline="",
    )
    again = tmp_path / "again.vcf"
    again.write_text(card("FN:J. Müller", "TEL:089 123456", "TITLE:StB"), encoding="utf-8")
    return {"good": good, "again": again}


def test_import_json_reports_every_outcome(tmp_path: Path, files: dict[str, Path]) -> None:
    base = tmp_path / "data"
    first = run(base, "import", str(files["good"]), "--json")
    assert first.returncode == 1, first.stderr  # one card failed
    data = json.loads(first.stdout)
    assert [c["name"] for c in data["imported"]] == ["Jürgen Müller", "Sabine Schäfer"]
    assert data["failed"] == [
        {"file": "good.vcf", "line": 7, "name": "", "reason": "The card is empty."}
    ]
    assert data["summary"] == "2 imported, 0 merged, 0 skipped, 1 failed"

    skipped = run(base, "import", str(files["again"]), "--json")
    assert skipped.returncode == 0, skipped.stderr
    (entry,) = json.loads(skipped.stdout)["skipped"]
    assert entry["existing_id"] == 1 and "089 123456" in entry["reason"]

    merged = run(base, "import", str(files["again"]), "--on-duplicate", "merge")
    assert merged.returncode == 0, merged.stderr
    assert "0 imported, 1 merged" in merged.stdout and "merge 1:" in merged.stdout

    undone = run(base, "undo-merge", "1")
    assert undone.returncode == 0, undone.stderr
    assert "Merge 1 undone: #1 Jürgen Müller is as before" in undone.stdout
    contacts = json.loads(run(base, "contacts", "--json").stdout)
    assert len(contacts) == 3


def test_import_text_output_names_file_line_and_reason(
    tmp_path: Path, files: dict[str, Path]
) -> None:
    result = run(tmp_path / "data", "import", str(files["good"]), str(tmp_path / "nope.vcf"))
    assert result.returncode == 1
    assert "good.vcf, line 7: The card is empty." in result.stdout
    assert "nope.vcf: The file could not be read" in result.stdout


def test_unknown_event_is_one_sentence(tmp_path: Path, files: dict[str, Path]) -> None:
    result = run(tmp_path / "data", "import", str(files["good"]), "--event", "42")
    assert result.returncode == 1
    assert result.stderr.strip() == "netzwerk: There is no event with the number 42."


def test_export_formats_and_selection(tmp_path: Path, files: dict[str, Path]) -> None:
    base = tmp_path / "data"
    run(base, "import", str(files["good"]))
    out = tmp_path / "out.vcf"
    result = run(base, "export", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported 2 contacts to {out} (vCard 3.0)."
    assert out.read_text(encoding="utf-8").count("VERSION:3.0") == 2

    result = run(base, "export", "--format", "vcard4", "--contact", "2", "-o", str(out))
    assert "Exported 1 contact" in result.stdout
    assert "VERSION:4.0" in out.read_text(encoding="utf-8")

    csv_out = tmp_path / "out.csv"
    assert run(base, "export", "--format", "csv", "--no-photos", "-o", str(csv_out)).returncode == 0
    assert b"'+49 89 123456" in csv_out.read_bytes()

    missing = run(base, "export", "--contact", "99", "-o", str(out))
    assert missing.returncode == 1
    assert missing.stderr.strip() == "netzwerk: There is no contact with the number 99."
