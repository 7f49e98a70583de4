"""``netzwerk show``: every field of the contact, dates on the user's wall clock.

Before, ``show`` and ``show --json`` left out addresses, birthday, note, photo, the
LinkedIn connected-on date and the types and labels of phones, e-mails and URLs,
and printed the UTC date of an encounter ("Met at 2026-11-25" for a breakfast in
Tokyo on the 26th).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from netzwerk_app import cli
from netzwerk_app.app import open_app
from netzwerk_app.domain import model as m
from netzwerk_app.infra.clock import FixedClock
from netzwerk_app.infra.paths import under_basedir
from netzwerk_app.infra.settings import Settings, save_settings

TOKYO = ZoneInfo("Asia/Tokyo")
# 07:30 in Tokyo on the 26th is 22:30 UTC on the 25th.
TOKYO_BREAKFAST = datetime(2026, 11, 26, 7, 30, tzinfo=TOKYO)
PHOTO = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2040


def run(base: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    status = cli.main(["--basedir", str(base), *args], clock=FixedClock(TOKYO_BREAKFAST))
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """Keiko, with every field filled, met at a breakfast in Tokyo; the user lives there."""
    base = tmp_path / "netzwerk"
    paths = under_basedir(base)
    paths.ensure()
    save_settings(paths.settings_file, Settings(time_zone="Asia/Tokyo"))
    ctx = open_app(paths)
    try:
        keiko = ctx.contacts.create(
            m.Contact(
                formatted_name="Keiko Tanaka",
                given_name="Keiko",
                family_name="Tanaka",
                prefix="Dr.",
                organization="Tanaka Consulting",
                department="Export",
                title="Geschäftsführerin",
                phones=[m.Phone("+81 3 1234 5678", ("work", "voice"), "Büro Tokio")],
                emails=[m.Email("keiko@tanaka.example", ("work", "pref"))],
                urls=[m.Url("https://www.linkedin.com/in/keiko-tanaka", (), "LinkedIn")],
                addresses=[
                    m.PostalAddress(
                        street="1-2-3 Marunouchi",
                        locality="Chiyoda",
                        postal_code="100-0005",
                        country="Japan",
                        types=("work",),
                    )
                ],
                photo=PHOTO,
                photo_mime="image/png",
                birthday=m.Birthday(3, 15, 1980),
                note="Spricht Deutsch.\nMag Matcha.",
                tags=["Export", "Japan"],
                gdpr_note="Karte beim Frühstück",
                linkedin_state=m.RelationshipState.CONNECTED,
                linkedin_connected_on=date(2026, 11, 27),
                keep_in_touch_days=90,
            )
        )
        event = ctx.events.create_event(
            "Breakfast Club", TOKYO_BREAKFAST, TOKYO_BREAKFAST + timedelta(hours=2), "TBC"
        )
        assert keiko.id is not None and event.id is not None
        ctx.events.record_encounter(event.id, keiko.id, pitch="Export nach Japan")
    finally:
        ctx.close()
    return base


def test_show_prints_every_field(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(base, capsys, "show", "1")
    for expected in (
        "Keiko Tanaka  (#1)",
        "Tanaka Consulting – Export – Geschäftsführerin",
        "keiko@tanaka.example (work, pref)",
        "+81 3 1234 5678 (work, voice; Büro Tokio)",
        "https://www.linkedin.com/in/keiko-tanaka (LinkedIn)",
        "1-2-3 Marunouchi, 100-0005 Chiyoda, Japan (work)",
        "Birthday:        1980-03-15",
        "Note:            Spricht Deutsch.\n                   Mag Matcha.",
        "Photo:           PNG picture, 2.0 KB",
        "LinkedIn:        connected since 2026-11-27",
        "Keep in touch:   every 90 days",
        "Source:          manual Karte beim Frühstück",
        "Tags:            Export, Japan",
    ):
        assert expected in out, expected


def test_show_gives_the_date_met_on_the_users_wall_clock(
    base: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(base, capsys, "show", "1")
    assert "  2026-11-26  Breakfast Club" in out and "2026-11-25" not in out
    data = json.loads(run(base, capsys, "show", "1", "--json"))
    assert data["encounters"][0]["date"] == "2026-11-26T07:30:00+09:00"


def test_show_json_is_the_contact_object_of_export_person(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = json.loads(run(base, capsys, "show", "1", "--json"))
    run(base, capsys, "export-person", "1", "-o", str(tmp_path / "auskunft"))
    record = json.loads((tmp_path / "auskunft" / "person-1.json").read_text("utf-8"))
    extra = {"display_name", "encounters", "followups", "consistency_notes", "card_photos"}
    assert {k: v for k, v in shown.items() if k not in extra} == record["contact"]
    assert shown["addresses"][0]["locality"] == "Chiyoda"
    assert shown["birthday"] == {"month": 3, "day": 15, "year": 1980}
    assert shown["phones"][0] == {
        "value": "+81 3 1234 5678",
        "types": ["work", "voice"],
        "label": "Büro Tokio",
    }
    assert shown["linkedin_connected_on"] == "2026-11-27"
    assert shown["note"] == "Spricht Deutsch.\nMag Matcha." and shown["photo_mime"] == "image/png"
    assert len(shown["photo"]) > 2000  # base64, as in export-person


def test_the_lists_give_local_dates_too(base: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "Keiko Tanaka  Tanaka Consulting  2026-11-26" in run(base, capsys, "contacts")
    assert "2026-11-26 07:30  TBC  Breakfast Club" in run(base, capsys, "events")
    (event,) = json.loads(run(base, capsys, "events", "--json"))
    assert event["start"] == "2026-11-26T07:30:00+09:00"
    (person,) = json.loads(run(base, capsys, "contacts", "--json"))
    assert person["last_met"] == "2026-11-26T07:30:00+09:00"
