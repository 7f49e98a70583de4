"""``netzwerk scan`` as a user runs it: real processes on a real data folder, real
card photos from tests/data/cards read by the real OCR child."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from helpers import child_report
from helpers import run_cli as run

from netzwerk_app.cli.scan import card_lines
from netzwerk_app.domain.card_reading import CardReading, ReadPhone

CARDS = Path(__file__).resolve().parents[2] / "data" / "cards"
PHOTO = CARDS / "21-kaya.jpg"  # one card with a LinkedIn profile
TRUTHS: dict[str, Any] = json.loads((CARDS / "truth.json").read_text(encoding="utf-8"))
TRUTH: dict[str, Any] = TRUTHS[PHOTO.name][0]
NAME = f"{TRUTH['given_name']} {TRUTH['family_name']}"
ISSUE_KEYS = {
    "file", "formatted_name", "prefix", "given_name", "family_name", "title", "organization",
    "emails", "phones", "urls", "addresses", "lines", "confidence",
}  # fmt: skip
HEAVY = ("rapidocr", "onnxruntime", "cv2", "numpy")


def not_a_picture(folder: Path) -> Path:
    junk = folder / "Urlaub.jpg"
    junk.write_text("Liebe Grüße aus Mallorca", encoding="utf-8")
    return junk


def contacts_in(base: Path) -> int:
    with closing(sqlite3.connect(base / "data" / "netzwerk.sqlite3")) as conn:
        return int(conn.execute("SELECT count(*) FROM contacts").fetchone()[0])


def test_scan_shows_what_it_read_stores_nothing_and_keeps_the_ocr_in_the_child(
    tmp_path: Path,
) -> None:
    base = tmp_path / "data"
    junk = not_a_picture(tmp_path)
    # In one process, to see which modules the parent loaded.
    report = child_report(
        "import contextlib, io, json, sys\n"
        "from netzwerk_app.cli import main\n"
        "if __name__ == '__main__':\n"
        "    out, err = io.StringIO(), io.StringIO()\n"
        "    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):\n"
        "        status = main(sys.argv[1:])\n"
        f"    heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})\n"
        "    print(json.dumps({'status': status, 'out': out.getvalue(),"
        " 'err': err.getvalue(), 'heavy': heavy}))\n",
        *("--basedir", str(base), "scan", str(PHOTO), str(junk), "--json"),
    )

    assert report["status"] == 0, report["err"]
    assert report["heavy"] == []
    [card] = json.loads(report["out"])
    assert set(card) == ISSUE_KEYS
    assert card["file"] == PHOTO.name
    assert (card["given_name"], card["family_name"]) == (TRUTH["given_name"], TRUTH["family_name"])
    assert card["emails"] == TRUTH["emails"]
    assert [set(p) for p in card["phones"]] == [{"value", "types"}] * len(card["phones"])
    assert [set(a) for a in card["addresses"]] == [
        {"street", "postal_code", "locality", "country"}
    ] * len(card["addresses"])
    assert card["lines"] and 0 < card["confidence"] <= 1
    [sentence] = report["err"].strip().splitlines()
    assert sentence.startswith("netzwerk: Urlaub.jpg: ") and sentence.endswith(".")
    assert contacts_in(base) == 0


def test_scan_at_an_event_adds_records_met_and_a_second_scan_is_skipped(tmp_path: Path) -> None:
    base = tmp_path / "data"
    run(base, "event", "add", "--network", "BNI Isartal", "--title", "Unternehmerfrühstück",
        "--start", "2026-11-24T06:45", "--end", "2026-11-24T08:45")  # fmt: skip

    added = run(base, "scan", str(PHOTO), "--event", "1")

    assert added.returncode == 0, added.stderr
    lines = added.stdout.splitlines()
    assert lines[0] == PHOTO.name
    assert any(line.startswith("  Name:") and NAME in line for line in lines)
    assert any(line.startswith("  E-mail:") and TRUTH["emails"][0] in line for line in lines)
    assert any(line.startswith("  Added as #1 ") and NAME in line for line in lines)
    assert lines[-1] == "Recorded 1 person at event #1; their follow-ups are planned."
    shown = json.loads(run(base, "show", "1", "--json").stdout)
    assert shown["source"] == "card_scan"
    assert shown["encounters"][0]["event"] == "Unternehmerfrühstück"
    assert shown["followups"], "met at an event: a follow-up is planned like any encounter"

    again = run(base, "scan", str(PHOTO), "--add", "--json")

    assert again.returncode == 0, again.stderr
    [card] = json.loads(again.stdout)
    assert (card["contact_id"], card["outcome"]) == (1, "skipped")
    assert set(card) == ISSUE_KEYS | {"contact_id", "outcome"}
    assert contacts_in(base) == 1


def test_a_known_person_is_merged_with_the_card(tmp_path: Path) -> None:
    base = tmp_path / "data"
    run(base, "contact", "add", "--name", NAME, "--email", TRUTH["emails"][0])

    merged = run(base, "scan", str(PHOTO), "--add", "--on-duplicate", "merge", "--json")

    assert merged.returncode == 0, merged.stderr
    [card] = json.loads(merged.stdout)
    assert (card["contact_id"], card["outcome"]) == (1, "merged")
    shown = json.loads(run(base, "show", "1", "--json").stdout)
    assert card["organization"] and shown["organization"] == card["organization"]
    assert set(card["urls"]) <= {u["value"] for u in shown["urls"]}  # the card adds them
    assert shown["source"] == "manual"  # merged into the contact that was there
    assert contacts_in(base) == 1


def test_the_card_photo_is_exported_and_forgotten_or_not_kept_at_all(tmp_path: Path) -> None:
    kept, not_kept = tmp_path / "kept", tmp_path / "not-kept"
    (not_kept / "config").mkdir(parents=True)
    (not_kept / "config" / "settings.json").write_text('{"keep_card_photos": false}')
    for base in (kept, not_kept):
        done = run(base, "scan", str(PHOTO), "--add")
        assert done.returncode == 0, done.stderr

    exported = run(kept, "export-person", "1", "-o", str(tmp_path / "out"))
    assert exported.returncode == 0, exported.stderr
    photo = (tmp_path / "out" / "person-1-card-1.jpg").read_bytes()
    assert photo.startswith(b"\xff\xd8")
    shown = run(kept, "show", "1")
    kb = len(photo) // 1024
    assert f"Card photos: 1 ({kb} KB); saved by export-person 1" in shown.stdout.splitlines()
    shown_json = json.loads(run(kept, "show", "1", "--json").stdout)
    assert shown_json["card_photos"] == [{"mime": "image/jpeg", "bytes": len(photo)}]
    assert json.loads(run(not_kept, "show", "1", "--json").stdout)["card_photos"] == []
    run(not_kept, "export-person", "1", "-o", str(tmp_path / "out-not-kept"))
    assert not list((tmp_path / "out-not-kept").glob("*card*"))

    forgot = run(kept, "forget", "1", "--yes")
    assert forgot.returncode == 0, forgot.stderr
    database = (kept / "data" / "netzwerk.sqlite3").read_bytes()
    assert photo[2000:2100] not in database


def test_nothing_readable_exits_non_zero_with_one_sentence_each(tmp_path: Path) -> None:
    base = tmp_path / "data"
    junk = not_a_picture(tmp_path)
    empty = tmp_path / "leer"
    empty.mkdir()

    failed = run(base, "scan", str(junk))
    assert failed.returncode == 1 and failed.stdout == ""
    [sentence] = failed.stderr.strip().splitlines()
    assert sentence.startswith("netzwerk: Urlaub.jpg: ")

    nothing = run(base, "scan", str(empty))
    assert nothing.returncode == 1
    assert nothing.stderr.strip() == "netzwerk: There are no pictures to read in the folders given."

    unknown = run(base, "scan", str(PHOTO), "--event", "9")
    assert unknown.returncode == 1 and "event" in unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("sure", [True, False])
def test_a_field_read_with_low_confidence_is_marked(sure: bool) -> None:
    reading = CardReading(
        formatted_name="Jonas König",
        organization="König Holzbau e.K.",
        phones=[ReadPhone("+49 171 2345678", ("cell",)), ReadPhone("+49 89 123450", ("fax",))],
        field_confidence={"organization": 0.95 if sure else 0.41},
    )
    rows = dict(card_lines(reading))
    assert rows["Organisation"] == ["König Holzbau e.K." + ("" if sure else " (?)")]
    assert rows["Name"] == ["Jonas König"]
    assert rows["Phone"] == ["+49 171 2345678 (mobile)", "+49 89 123450 (fax)"]
