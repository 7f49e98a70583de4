"""An export is for passing people on: by default it carries only the card.

What the user wrote about the person (a private encounter note, the pitch, the GDPR
source note, relationship states) goes out only with ``include_private``; the GDPR
person export and the full export stay complete, and a QR code carries none of it.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from netzwerk_app.app import AppContext, open_app
from netzwerk_app.domain import model as m
from netzwerk_app.infra.paths import under_basedir
from netzwerk_app.interchange.qr import ALL_FIELDS, card_payload
from netzwerk_app.storage.repository import Repository

BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY_BREAKFAST = datetime(2026, 11, 24, 6, 45, tzinfo=BERLIN)
SECRET = "Scheidung, nicht ansprechen"
PITCH = "Ich mache Steuern für Handwerker"
SOURCE_NOTE = "Karte beim Frühstück überreicht"
CONSISTENCY = "Website verkauft Versicherungen"
FOLLOWUP_DRAFT = "Liebe Jana, wie geht es nach der Trennung?"
CARD_FORMATS = [("vcard3", "out.vcf"), ("vcard4", "out.vcf"), ("csv", "out.csv")]


def add_jana(ctx: AppContext) -> int:
    event = ctx.events.create_event(
        "Unternehmerfrühstück",
        TUESDAY_BREAKFAST,
        TUESDAY_BREAKFAST + timedelta(hours=2),
        "BNI Chapter Isartal",
    )
    jana = ctx.contacts.create(
        m.Contact(
            formatted_name="Jana Beispiel",
            given_name="Jana",
            family_name="Beispiel",
            organization="Beispiel Steuerberatung",
            emails=[m.Email("jana@beispiel-steuer.de", ("work",))],
            phones=[m.Phone("+49 89 1234567", ("work",))],
            urls=[m.Url("https://www.linkedin.com/in/jana-beispiel")],
            note="Vom Flyer: Steuerberatung seit 2010",
            gdpr_note=SOURCE_NOTE,
            source=m.Source.EVENT_CAPTURE,
            personally_known=True,
            linkedin_state=m.RelationshipState.CONNECTED,
            linkedin_connected_on=date(2026, 11, 25),
            keep_in_touch_days=60,
        )
    )
    assert event.id is not None and jana.id is not None
    ctx.events.record_encounter(event.id, jana.id, pitch=PITCH, notes=SECRET, talked_business=True)
    ctx.consistency.save(
        m.ConsistencyNote(
            contact_id=jana.id,
            verdict=m.Verdict.MISMATCH,
            sources_checked=["website"],
            details=CONSISTENCY,
            checked_on=date(2026, 11, 25),
        )
    )
    with ctx.db.write() as session:
        Repository(session).add(
            m.FollowUp(
                contact_id=jana.id,
                kind=m.FollowUpKind.COFFEE,
                channel=m.Channel.EMAIL,
                due_at=TUESDAY_BREAKFAST + timedelta(days=7),
                event_id=event.id,
                drafted_message=FOLLOWUP_DRAFT,
                created_at=TUESDAY_BREAKFAST,
            )
        )
    return jana.id


def followups_of(ctx: AppContext, contact_id: int) -> list[tuple[object, ...]]:
    return [
        (f.kind, f.channel, f.due_at, f.status, f.drafted_message, ev)
        for f in ctx.contacts.details(contact_id).followups
        for ev in [ctx.events.event(f.event_id).event.title if f.event_id else None]
    ]


@pytest.mark.parametrize(("fmt", "name"), CARD_FORMATS)
def test_an_export_for_others_carries_only_the_card(
    ctx: AppContext, tmp_path: Path, fmt: Any, name: str
) -> None:
    jana = add_jana(ctx)
    for selection in ({"contact_ids": [jana]}, {"event_id": 1}, {}):
        out = tmp_path / name
        ctx.exporter.export(out, fmt, **selection)  # type: ignore[arg-type]
        raw = out.read_bytes()
        text = raw.decode("utf-8-sig")
        assert "jana@beispiel-steuer.de" in text and "Beispiel Steuerberatung" in text
        for private in (
            SECRET,
            PITCH,
            SOURCE_NOTE,
            CONSISTENCY,
            FOLLOWUP_DRAFT,
            "X-NETZWERK",
            "2026-11-25",
        ):
            assert private not in text, (private, selection)
        assert SECRET.encode() not in raw


@pytest.mark.parametrize(("fmt", "name"), CARD_FORMATS)
def test_a_full_export_carries_the_private_notes_and_reads_back_without_loss(
    ctx: AppContext, tmp_path: Path, fmt: Any, name: str
) -> None:
    jana = add_jana(ctx)
    out = tmp_path / name
    ctx.exporter.export(out, fmt, contact_ids=[jana], include_private=True)
    text = out.read_bytes().decode("utf-8-sig").replace("\r\n ", "")  # unfolded
    assert SOURCE_NOTE in text
    if fmt != "csv":  # a spreadsheet row has no room for encounters
        assert "X-NETZWERK-DATA" in text and "Scheidung" in text and "Handwerker" in text
        assert "verkauft Versicherungen" in text and "nach der Trennung" in text
    other = open_app(under_basedir(tmp_path / "other"))
    try:
        result = other.importer.import_files([out])
        assert len(result.imported) == 1 and not result.failed
        mine, theirs = (
            ctx.contacts.details(jana),
            other.contacts.details(result.imported[0].contact_id),
        )
        for attr in (
            "gdpr_note",
            "source",
            "personally_known",
            "linkedin_state",
            "linkedin_connected_on",
            "keep_in_touch_days",
            "note",
        ):
            assert getattr(theirs.contact, attr) == getattr(mine.contact, attr), attr
        if fmt != "csv":
            ((enc, ev),) = theirs.encounters
            assert (enc.notes, enc.pitch, enc.talked_business) == (SECRET, PITCH, True)
            assert ev.start == TUESDAY_BREAKFAST and ev.title == "Unternehmerfrühstück"
            ((note),) = theirs.consistency_notes
            assert (note.verdict, note.details, note.sources_checked, note.checked_on) == (
                m.Verdict.MISMATCH,
                CONSISTENCY,
                ["website"],
                date(2026, 11, 25),
            )
            assert len(mine.followups) == 1
            assert followups_of(other, theirs.contact.id or 0) == followups_of(ctx, jana)
    finally:
        other.close()


def test_the_gdpr_person_export_stays_complete(ctx: AppContext, tmp_path: Path) -> None:
    jana = add_jana(ctx)
    written = ctx.privacy.export_person(jana, tmp_path / "auskunft")
    record = json.loads(written[0].read_text(encoding="utf-8"))
    assert record["contact"]["gdpr_note"] == SOURCE_NOTE
    assert record["encounters"][0]["notes"] == SECRET
    assert record["encounters"][0]["pitch"] == PITCH
    vcf = written[1].read_text(encoding="utf-8")
    assert "X-NETZWERK-GDPR-NOTE" in vcf and "X-NETZWERK-LINKEDIN-CONNECTED-ON:2026-11-25" in vcf


def test_a_contacts_qr_code_carries_no_private_field(ctx: AppContext) -> None:
    jana = add_jana(ctx)
    contact = ctx.contacts.get(jana)
    contact.extra_properties.append(m.RawProperty("X-NETZWERK-MERGED-FN", "Jana Alt"))
    ctx.contacts.update(contact)
    payload = card_payload(ctx.qr.contact_data(jana), ALL_FIELDS)
    assert "Jana Beispiel" in payload
    for private in (SECRET, PITCH, SOURCE_NOTE, "X-NETZWERK", "Flyer", "2026-11-25"):
        assert private not in payload
