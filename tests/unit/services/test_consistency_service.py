"""Consistency notes, My card and referrals / one-to-ones on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from factories import make_contact

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.consistency import HintReason
from netzwerk_app.domain.errors import NotFoundError, ValidationError
from netzwerk_app.infra.clock import FixedClock

START = datetime(2026, 11, 24, 6, 45, tzinfo=UTC)


def met_with_pitch(ctx: AppContext, pitch: str, offering: str = "") -> int:
    contact = make_contact(ctx, "Anna Müller")
    event = ctx.events.create_event("Frühstück", START, START, "BNI Isartal")
    assert event.id is not None
    ctx.events.record_encounter(event.id, contact.id, pitch=pitch, offering=offering)
    return contact.id


def test_a_verdict_is_dated_on_the_users_wall_clock(
    ctx: AppContext, clock: FixedClock, moment: datetime, berlin: ZoneInfo
) -> None:
    contact_id = met_with_pitch(ctx, "Websites für Handwerksbetriebe")
    note = ctx.consistency.save(m.ConsistencyNote(contact_id, verdict=m.Verdict.CONSISTENT))
    assert note.checked_on == moment.date()
    # Half past midnight on New Year's Day in Berlin is still 31 December in UTC.
    clock.set(datetime(2027, 1, 1, 0, 30, tzinfo=berlin))
    note = ctx.consistency.save(m.ConsistencyNote(contact_id, verdict=m.Verdict.MISMATCH))
    assert note.checked_on == date(2027, 1, 1)


def test_save_and_read_the_latest_note_of_a_contact(ctx: AppContext) -> None:
    contact_id = met_with_pitch(ctx, "Websites für Handwerksbetriebe")
    assert ctx.consistency.latest(contact_id) is None
    note = ctx.consistency.save(
        m.ConsistencyNote(
            contact_id,
            verdict=m.Verdict.MISMATCH,
            sources_checked=["xing", "website"],
            online_text="Seminare für Konzerne",
            details="Website sells seminars",
        )
    )
    assert note.id is not None
    latest = ctx.consistency.latest(contact_id)
    assert latest is not None and latest.id == note.id
    # Sources in a fixed order; a verdict gets today's date (the app's clock: Saturday).
    assert latest.sources_checked == ["website", "xing"]
    assert latest.checked_on == date(2026, 11, 28)

    latest.verdict = m.Verdict.CONSISTENT
    latest.details = "They updated the website"
    ctx.consistency.save(latest)
    notes = ctx.consistency.notes(contact_id)
    assert len(notes) == 1 and notes[0].verdict is m.Verdict.CONSISTENT


def test_the_hint_uses_the_encounters_and_the_pasted_text(ctx: AppContext) -> None:
    contact_id = met_with_pitch(ctx, "Websites für Handwerksbetriebe", "Broschüren")
    assert ctx.consistency.said(contact_id) == ["Websites für Handwerksbetriebe", "Broschüren"]
    assert ctx.consistency.hint(contact_id).reason is HintReason.NO_ONLINE_TEXT
    hint = ctx.consistency.hint(contact_id, "Broschüren und Websites für Handwerksbetriebe")
    assert hint.suggested is m.Verdict.CONSISTENT
    ctx.consistency.save(m.ConsistencyNote(contact_id, online_text="Seminare für Konzerne"))
    stored_hint = ctx.consistency.hint(contact_id)
    assert stored_hint.suggested is m.Verdict.MISMATCH
    assert stored_hint.only_online == ("konzerne", "seminare")


def test_the_users_own_note_has_no_contact(ctx: AppContext) -> None:
    ctx.my_card.save(m.MyCard(given_name="Martina", elevator_pitch="Texte für Handwerksbetriebe"))
    ctx.consistency.save(
        m.ConsistencyNote(None, m.Verdict.UNCHECKED, online_text="Texte für Handwerksbetriebe")
    )
    assert ctx.consistency.said(None) == ["Texte für Handwerksbetriebe"]
    assert ctx.consistency.hint(None).suggested is m.Verdict.CONSISTENT
    note = ctx.consistency.latest(None)
    assert note is not None and note.contact_id is None and note.checked_on is None


def test_bad_notes_are_refused_in_plain_words(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="Unknown source"):
        ctx.consistency.save(m.ConsistencyNote(None, sources_checked=["facebook"]))
    with pytest.raises(NotFoundError):
        ctx.consistency.save(m.ConsistencyNote(999))
    contact_id = met_with_pitch(ctx, "x")
    mine = ctx.consistency.save(m.ConsistencyNote(None))
    mine.contact_id = contact_id
    with pytest.raises(ValidationError, match="someone else"):
        ctx.consistency.save(mine)


def test_my_card_is_a_single_row(ctx: AppContext) -> None:
    empty = ctx.my_card.get()
    assert empty.id is None and empty.formatted_name == ""
    card = ctx.my_card.save(
        m.MyCard(
            given_name="Martina",
            family_name="Schreiber",
            phones=[m.Phone("+49 89 1", ("work",)), m.Phone("  ")],
            website="https://schreiber.example",
        )
    )
    assert card.formatted_name == "Martina Schreiber"
    again = ctx.my_card.save(m.MyCard(formatted_name="M. Schreiber", one_line_pitch="Texte"))
    assert again.id == card.id
    stored = ctx.my_card.get()
    assert stored.formatted_name == "M. Schreiber" and stored.one_line_pitch == "Texte"
    assert ctx.my_card.get().phones == []
    with pytest.raises(ValidationError, match="LinkedIn"):
        ctx.my_card.save(m.MyCard(linkedin_url="javascript:alert(1)"))


def test_referrals_and_one_to_ones(ctx: AppContext) -> None:
    contact_id = met_with_pitch(ctx, "x")
    ref = ctx.relationship.add_referral(
        m.Referral(contact_id, m.ReferralDirection.GIVEN, date(2026, 12, 1), " Website ", 150000)
    )
    assert ref.id is not None and ref.description == "Website"
    meeting = ctx.relationship.add_one_to_one(m.OneToOne(contact_id, START, "Café Luitpold"))
    assert [r.id for r in ctx.relationship.referrals(contact_id)] == [ref.id]
    assert [o.place for o in ctx.relationship.one_to_ones(contact_id)] == ["Café Luitpold"]
    assert len(ctx.contacts.details(contact_id).referrals) == 1
    with pytest.raises(ValidationError):
        ctx.relationship.add_referral(
            m.Referral(contact_id, m.ReferralDirection.GIVEN, date(2026, 12, 1), value_cents=-1)
        )
    with pytest.raises(ValidationError):
        ctx.relationship.add_one_to_one(m.OneToOne(contact_id, datetime(2026, 1, 1)))
    assert ref.id is not None and meeting.id is not None
    ctx.relationship.delete_referral(ref.id)
    ctx.relationship.delete_one_to_one(meeting.id)
    assert ctx.relationship.referrals(contact_id) == []
    assert ctx.relationship.one_to_ones(contact_id) == []


def test_the_hint_leaves_out_the_contacts_own_name(ctx: AppContext) -> None:
    contact_id = met_with_pitch(ctx, "Anna Müller, Müller Steuerberatung")
    hint = ctx.consistency.hint(contact_id, "Steuerberater Müller: Anna hilft")
    assert hint.shared == ("steuerberatung",)
    assert hint.only_in_pitch == () and hint.only_online == ("hilft",)
