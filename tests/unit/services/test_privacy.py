"""GDPR: export one person completely; forget one person without a trace."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.services.demo import load_demo

START = datetime(2026, 11, 24, 6, 45, tzinfo=UTC)
NAME = "Wenzeslaus Quästorius"


def person_with_history(ctx: AppContext) -> int:
    c = ctx.contacts.create(
        m.Contact(
            formatted_name=NAME,
            given_name="Wenzeslaus",
            family_name="Quästorius",
            emails=[m.Email("wenzeslaus@quaestorius.example")],
            photo=b"PHOTO-BYTES-Quaestorius",
            photo_mime="image/jpeg",
            note="Quästorius mag Kaffee",
        )
    )
    assert c.id is not None
    ev = ctx.events.create_event("Frühstück", START, START + timedelta(hours=2), "BNI")
    assert ev.id is not None
    ctx.events.record_encounter(
        ev.id, c.id, pitch="Quästorius Consulting hilft", notes="Quästorius!"
    )
    with ctx.db.write() as session:
        session.add(
            m.FollowUp(
                contact_id=c.id,
                kind=m.FollowUpKind.CONNECTION_REQUEST,
                channel=m.Channel.LINKEDIN,
                due_at=START,
                drafted_message="Hallo Wenzeslaus Quästorius",
            )
        )
        session.add(
            m.ConsistencyNote(
                contact_id=c.id,
                verdict=m.Verdict.MISMATCH,
                details="Quästorius website sells seminars",
            )
        )
        session.add(
            m.Referral(
                contact_id=c.id,
                direction=m.ReferralDirection.GIVEN,
                referred_on=START.date(),
                description="Lead für Quästorius",
            )
        )
        session.add(m.OneToOne(contact_id=c.id, scheduled_at=START, notes="Kaffee mit Quästorius"))
    return c.id


def test_export_person_writes_everything(ctx: AppContext, tmp_path: Path) -> None:
    load_demo(ctx.db, ctx.clock.now())
    cid = person_with_history(ctx)
    written = ctx.privacy.export_person(cid, tmp_path / "out")
    names = sorted(p.name for p in written)
    assert names == [f"person-{cid}-photo.jpg", f"person-{cid}.json", f"person-{cid}.vcf"]
    record = json.loads((tmp_path / "out" / f"person-{cid}.json").read_text(encoding="utf-8"))
    assert record["contact"]["formatted_name"] == NAME
    assert record["encounters"][0]["pitch"] == "Quästorius Consulting hilft"
    assert record["encounters"][0]["event"]["title"] == "Frühstück"
    assert record["followups"][0]["drafted_message"] == "Hallo Wenzeslaus Quästorius"
    assert record["consistency_notes"][0]["verdict"] == "mismatch"
    assert record["referrals"][0]["description"] == "Lead für Quästorius"
    assert record["one_to_ones"][0]["notes"] == "Kaffee mit Quästorius"
    vcf = (tmp_path / "out" / f"person-{cid}.vcf").read_text(encoding="utf-8")
    assert "FN:Wenzeslaus Quästorius" in vcf
    assert (tmp_path / "out" / f"person-{cid}-photo.jpg").read_bytes() == b"PHOTO-BYTES-Quaestorius"


def test_forget_leaves_no_trace_in_the_database_file(ctx: AppContext) -> None:
    load_demo(ctx.db, ctx.clock.now())
    cid = person_with_history(ctx)
    db_file = ctx.paths.database
    before = db_file.read_bytes() + Path(str(db_file) + "-wal").read_bytes()
    assert "Quästorius".encode() in before or b"quastorius" in before

    ctx.privacy.forget(cid)

    with closing(sqlite3.connect(db_file)) as conn:
        for table in ("encounters", "followups", "consistency_notes", "referrals", "one_to_ones"):
            assert (
                conn.execute(
                    f"SELECT count(*) FROM {table} WHERE contact_id = ?", (cid,)
                ).fetchone()[0]
                == 0
            )
        assert (
            conn.execute(
                "SELECT count(*) FROM contact_search WHERE rowid = ?", (cid,)
            ).fetchone()[0]
            == 0
        )
    ctx.close()
    data = db_file.read_bytes()
    wal = Path(str(db_file) + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    for needle in (
        "Quästorius",
        "quastorius",
        "Quaestorius",
        "QUASTORIUS",
        "Wenzeslaus",
        "wenzeslaus",
    ):
        assert needle.encode("utf-8") not in data, needle
        assert needle.encode("utf-16-le") not in data, needle
    assert b"PHOTO-BYTES" not in data
    # The other people are all still there.
    with closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 60
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
