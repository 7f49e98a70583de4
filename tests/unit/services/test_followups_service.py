"""The follow-up engine on a real SQLite file: planned once, queued, drafted, acted on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import NotFoundError, ValidationError
from netzwerk_app.domain.followups import SnoozeOption
from netzwerk_app.domain.strangers import StrangerReply
from netzwerk_app.infra.clock import FixedClock
from netzwerk_app.infra.settings import Settings
from netzwerk_app.services.contacts import new_contact
from netzwerk_app.services.events import EventService
from netzwerk_app.services.followups import FollowUpService
from netzwerk_app.services.strangers import StrangerService

BERLIN = ZoneInfo("Europe/Berlin")


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BERLIN)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(at(2026, 11, 24, 22))  # Tuesday evening, after the breakfast's evening log


@pytest.fixture
def fs(ctx: AppContext, clock: FixedClock) -> FollowUpService:
    return FollowUpService(ctx.db, Settings(), BERLIN, clock)


@pytest.fixture
def events(ctx: AppContext, fs: FollowUpService) -> EventService:
    return EventService(ctx.db, fs)


def tuesday_event(events: EventService) -> m.Event:
    return events.create_event(
        "Unternehmerfrühstück",
        at(2026, 11, 24, 19),
        at(2026, 11, 24, 21, 30),
        "BNI Chapter Isartal",
        speaker="Sabine Krämer",
        topic="Empfehlungsmarketing",
    )


def anna(ctx: AppContext, *urls: str) -> m.Contact:
    contact = new_contact("Anna Schmidt", emails=["anna@schmidt-steuer.de"], urls=list(urls))
    return ctx.contacts.create(contact)


LINKEDIN = "https://www.linkedin.com/in/anna-schmidt"
XING = "https://www.xing.com/profile/Anna_Schmidt"


def open_followups(fs: FollowUpService, contact_id: int) -> list[m.FollowUp]:
    queue = fs.queue(at(2030, 1, 1), include_all=True, plan=False)
    return [i.followup for i in queue.items if i.followup.contact_id == contact_id]


def request_after_meeting(
    ctx: AppContext, fs: FollowUpService, events: EventService, *urls: str
) -> tuple[m.Contact, m.FollowUp]:
    """Anna (with ``urls``) met at Tuesday's event, offering tax advice: her request."""
    ev = tuesday_event(events)
    c = anna(ctx, *urls)
    assert ev.id and c.id
    events.record_encounter(ev.id, c.id, offering="Steuerberatung")
    (f,) = [x for x in open_followups(fs, c.id) if x.kind is m.FollowUpKind.CONNECTION_REQUEST]
    return c, f


def test_encounter_plans_requests_once_never_twice(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    ev = tuesday_event(events)
    c = anna(ctx, LINKEDIN, XING)
    assert ev.id and c.id
    events.record_encounter(ev.id, c.id, offering="Steuerberatung für Freiberufler")
    events.record_encounter(ev.id, c.id, offering="Steuerberatung für Freiberufler")
    events.record_encounter(ev.id, c.id, notes="Hat zwei Kinder")
    requests = [f for f in open_followups(fs, c.id) if f.kind is m.FollowUpKind.CONNECTION_REQUEST]
    # One request per person and event, on the first channel: LinkedIn (she has e-mail
    # and XING too).
    assert [f.channel.value for f in requests] == ["linkedin"]
    assert all(f.due_at == at(2026, 11, 25, 8, 30) and f.event_id == ev.id for f in requests)
    # Done, then the encounter is edited again: still nothing new.
    fs.mark_done(requests[0].id or 0)
    events.record_encounter(ev.id, c.id, pitch="60 Sekunden über Steuern")
    again = [f for f in open_followups(fs, c.id) if f.kind is m.FollowUpKind.CONNECTION_REQUEST]
    assert again == []


def test_follow_instead_becomes_connect_when_details_are_added(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    ev = tuesday_event(events)
    c = anna(ctx, LINKEDIN)
    assert ev.id and c.id
    events.record_encounter(ev.id, c.id)
    (first,) = [f for f in open_followups(fs, c.id) if f.channel is m.Channel.LINKEDIN]
    assert first.kind is m.FollowUpKind.FOLLOW_INSTEAD
    events.record_encounter(ev.id, c.id, cooperation_idea="Gemeinsamer Workshop")
    (now,) = [f for f in open_followups(fs, c.id) if f.channel is m.Channel.LINKEDIN]
    assert now.id == first.id and now.kind is m.FollowUpKind.CONNECTION_REQUEST


def test_no_request_for_someone_already_connected(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    ev = tuesday_event(events)
    c = anna(ctx, LINKEDIN)
    c.linkedin_state = m.RelationshipState.CONNECTED
    ctx.contacts.update(c)
    assert ev.id and c.id
    events.record_encounter(ev.id, c.id, offering="Steuern")
    assert not [f for f in open_followups(fs, c.id) if f.kind is m.FollowUpKind.CONNECTION_REQUEST]


def test_queue_at_0829_and_0831_with_personal_drafts(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    ev = tuesday_event(events)
    assert ev.id
    names = ["Anna Schmidt", "Björn Großmann", "Özlem Yılmaz"]
    for index, name in enumerate(names):
        contact = ctx.contacts.create(
            new_contact(name, urls=[f"https://www.linkedin.com/in/p{index}"])
        )
        assert contact.id
        events.record_encounter(ev.id, contact.id, offering=f"Thema {index}")
    early = fs.queue(at(2026, 11, 25, 8, 29), plan=False)
    assert [i for i in early.items if i.followup.kind is m.FollowUpKind.CONNECTION_REQUEST] == []
    queue = fs.queue(at(2026, 11, 25, 8, 31), plan=False)
    requests = [i for i in queue.items if i.followup.kind is m.FollowUpKind.CONNECTION_REQUEST]
    assert sorted(i.contact_name for i in requests) == sorted(names)
    for item in requests:
        draft = item.draft.draft
        assert draft is not None and draft.ready and draft.length <= 200
        assert "gestern" in draft.body and "Unternehmerfrühstück" in draft.body
        assert item.event_title == "Unternehmerfrühstück" and item.network == "BNI Chapter Isartal"
        assert item.profile_url and item.profile_url.startswith("https://www.linkedin.com/")
        assert item.personal_note is True and not item.overdue
    assert queue.quota.quota == 5 and queue.quota.remaining == 5


def test_quota_suggests_the_richest_conversations(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    fs.settings.linkedin_monthly_quota = 1
    ev = tuesday_event(events)
    assert ev.id
    ids = {}
    for name, fields in (
        ("Rich Person", {"pitch": "p", "offering": "o", "customers": "c"}),
        ("Thin Person", {"offering": "o"}),
    ):
        contact = ctx.contacts.create(
            new_contact(name, urls=[f"https://www.linkedin.com/in/{name[0]}"])
        )
        assert contact.id
        events.record_encounter(ev.id, contact.id, **fields)
        ids[contact.id] = name
    queue = fs.queue(at(2026, 11, 25, 9), plan=False)
    chosen = {i.contact_name: i.personal_note for i in queue.items if i.personal_note is not None}
    assert chosen == {"Rich Person": True, "Thin Person": False}
    rich = next(i for i in queue.items if i.contact_name == "Rich Person")
    fs.mark_done(rich.followup.id or 0, now=at(2026, 11, 25, 9, 5))
    after = fs.queue(at(2026, 11, 25, 9, 10), plan=False)
    assert after.quota.used == 1 and after.quota.remaining == 0


def test_done_snooze_skip_and_the_relationship_state(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    ev = tuesday_event(events)
    c = anna(ctx, LINKEDIN)
    b = ctx.contacts.create(new_contact("Björn Weiß", urls=[XING]))
    assert ev.id and c.id and b.id
    events.record_encounter(ev.id, c.id, offering="Steuern")
    events.record_encounter(ev.id, b.id, offering="Steuern")
    (linkedin,) = open_followups(fs, c.id)
    (xing,) = open_followups(fs, b.id)
    morning = at(2026, 11, 25, 8, 30)
    snoozed = fs.snooze(xing.id or 0, SnoozeOption.ONE_HOUR, now=morning)
    assert snoozed.snoozed_until == morning + timedelta(hours=1)
    assert xing.id not in [i.followup.id for i in fs.queue(morning, plan=False).items]
    later = fs.queue(morning + timedelta(hours=1, minutes=1), plan=False)
    assert xing.id in [i.followup.id for i in later.items]
    fs.skip(xing.id or 0, "Nutzt XING nicht mehr")
    with pytest.raises(ValidationError):
        fs.skip(xing.id or 0, "again")
    done = fs.mark_done(linkedin.id or 0, at=at(2026, 11, 25, 9))
    assert done.done_at == at(2026, 11, 25, 9)
    contact = ctx.contacts.get(c.id)
    assert contact.linkedin_state is m.RelationshipState.SENT
    assert ctx.contacts.get(b.id).xing_state is m.RelationshipState.NONE
    with pytest.raises(NotFoundError):
        fs.mark_done(9999)


def test_accepted_request_gives_a_welcome_two_days_later(
    ctx: AppContext, fs: FollowUpService, events: EventService, clock: FixedClock
) -> None:
    ev = tuesday_event(events)
    c = anna(ctx, LINKEDIN)
    assert ev.id and c.id
    events.record_encounter(ev.id, c.id, offering="Steuern")
    clock.set(at(2026, 11, 26, 12))
    welcome = fs.on_connection_accepted(c.id, date(2026, 11, 26))
    assert welcome is not None and welcome.kind is m.FollowUpKind.WELCOME_AND_OFFER_HELP
    assert welcome.due_at == at(2026, 11, 30, 8, 30)  # Saturday -> Monday
    assert fs.on_connection_accepted(c.id, date(2026, 11, 26)) is None  # never twice
    contact = ctx.contacts.get(c.id)
    assert contact.linkedin_state is m.RelationshipState.CONNECTED
    assert contact.linkedin_connected_on == date(2026, 11, 26)
    kinds = {f.kind: f.status for f in ctx.contacts.details(c.id).followups}
    assert kinds[m.FollowUpKind.CONNECTION_REQUEST] is m.FollowUpStatus.DONE
    view = fs.draft(welcome.id or 0, now=at(2026, 11, 30, 8, 30))
    assert view.draft is not None and "Vernetzen" in view.draft.body


def test_old_acceptances_from_an_import_give_no_welcome(
    ctx: AppContext, fs: FollowUpService
) -> None:
    c = anna(ctx, LINKEDIN)
    assert c.id
    assert fs.on_connection_accepted(c.id, date(2019, 5, 1)) is None
    assert ctx.contacts.get(c.id).linkedin_state is m.RelationshipState.CONNECTED


def test_connected_state_set_elsewhere_is_welcomed_by_the_daily_plan(
    ctx: AppContext, fs: FollowUpService
) -> None:
    c = anna(ctx, LINKEDIN)
    c.linkedin_state = m.RelationshipState.CONNECTED
    c.linkedin_connected_on = date(2026, 11, 23)
    ctx.contacts.update(c)
    assert fs.plan_due(at(2026, 11, 24, 7)).welcomes == 1
    assert fs.plan_due(at(2026, 11, 24, 8)).welcomes == 0


def test_birthdays_only_for_the_personally_known(ctx: AppContext, fs: FollowUpService) -> None:
    known = anna(ctx, LINKEDIN)
    known.personally_known = True
    known.birthday = m.Birthday(11, 27)
    ctx.contacts.update(known)
    other = ctx.contacts.create(m.Contact(formatted_name="Jörg Weiß", birthday=m.Birthday(11, 27)))
    assert fs.plan_due(at(2026, 11, 26, 7)).birthdays == 0
    assert fs.plan_due(at(2026, 11, 27, 7)).birthdays == 1
    assert fs.plan_due(at(2026, 11, 27, 9)).birthdays == 0  # never twice
    queue = fs.queue(at(2026, 11, 27, 9), plan=False)
    greetings = [i for i in queue.items if i.followup.kind is m.FollowUpKind.BIRTHDAY_GREETING]
    assert [i.followup.contact_id for i in greetings] == [known.id]
    assert other.id not in [i.followup.contact_id for i in greetings]
    assert queue.items[0].followup.kind is m.FollowUpKind.BIRTHDAY_GREETING
    assert fs.plan_due(at(2027, 11, 27, 7)).birthdays == 1  # next year again


def test_review_website_for_people_just_met_without_a_note(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    imported = anna(ctx, LINKEDIN)  # an address-book import: no task
    met = ctx.contacts.create(new_contact("Jörg Weiß"))
    ev = tuesday_event(events)
    assert ev.id and met.id and imported.id
    events.record_encounter(ev.id, met.id)
    ((encounter, _),) = ctx.contacts.details(met.id).encounters
    assert encounter.created_at
    now = encounter.created_at + timedelta(minutes=5)
    assert fs.plan_due(now).reviews == 1
    assert fs.plan_due(now).reviews == 0
    queue = fs.queue(now, plan=False)
    (review,) = [i for i in queue.items if i.followup.kind is m.FollowUpKind.REVIEW_WEBSITE]
    assert review.followup.contact_id == met.id
    assert review.draft.draft is None  # nothing to send; a task for the user


def test_losing_touch_and_the_clock_restarting(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    c = anna(ctx, LINKEDIN)
    assert c.id and c.created_at
    c.keep_in_touch_days = 30
    ctx.contacts.update(c)
    start = c.created_at
    assert fs.losing_touch(start + timedelta(days=29)) == []
    (late,) = fs.losing_touch(start + timedelta(days=31))
    assert late.contact_id == c.id and late.last_interaction is None
    # A one-to-one held restarts the clock ...
    meeting = start + timedelta(days=20)
    ctx.relationship.add_one_to_one(
        m.OneToOne(c.id, meeting, status=m.OneToOneStatus.HELD, place="Café")
    )
    assert fs.losing_touch(start + timedelta(days=31)) == []
    (late,) = fs.losing_touch(start + timedelta(days=51))
    assert late.last_interaction == meeting
    # ... and so does a referral, and an encounter.
    ctx.relationship.add_referral(
        m.Referral(c.id, m.ReferralDirection.GIVEN, (start + timedelta(days=40)).date())
    )
    assert fs.losing_touch(start + timedelta(days=51)) == []
    ev = events.create_event(
        "Stammtisch", start + timedelta(days=60), start + timedelta(days=60, hours=2)
    )
    assert ev.id
    events.record_encounter(ev.id, c.id)
    assert fs.losing_touch(start + timedelta(days=85)) == []
    assert len(fs.losing_touch(start + timedelta(days=95))) == 1


def test_draft_edit_save_and_ready(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    c, f = request_after_meeting(ctx, fs, events, LINKEDIN)
    morning = at(2026, 11, 25, 8, 30)
    fresh = fs.draft(f.id or 0, now=morning)
    assert fresh.draft is not None and not fresh.edited and fresh.ready
    english = fs.draft(f.id or 0, m.Language.EN, m.AddressForm.DU, now=morning)
    assert english.draft is not None and english.draft.body.startswith("Hi Anna")
    too_long = fresh.draft.body + " Ü" * 100
    check = fs.check_draft(f.id or 0, too_long, now=morning)
    assert not check.ready and check.draft is not None and check.draft.length > 200
    with pytest.raises(ValidationError):
        fs.mark_ready(f.id or 0, too_long, now=morning)
    with pytest.raises(ValidationError):
        fs.mark_ready(f.id or 0, "Hallo {first_name}", now=morning)
    text = "Hallo Anna, schön, dich gestern beim Unternehmerfrühstück getroffen zu haben!"
    fs.mark_ready(f.id or 0, text, now=morning)
    saved = fs.draft(f.id or 0, now=morning)
    assert saved.edited and saved.draft is not None and saved.draft.body == text
    assert ctx.contacts.get(c.id).linkedin_state is m.RelationshipState.REQUEST_DRAFTED
    salesy = fs.check_draft(f.id or 0, "Hallo Anna, mein Angebot: www.x.de", now=morning)
    assert {x.code for x in salesy.findings} >= {"sales", "link", "no_where"}


def test_email_draft_keeps_its_subject(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    _c, f = request_after_meeting(ctx, fs, events)  # no profile: the request goes by e-mail
    assert f.channel is m.Channel.EMAIL
    view = fs.draft(f.id or 0, now=at(2026, 11, 25, 8, 30))
    assert view.draft is not None and view.draft.subject.startswith("Schön, Sie bei")
    fs.mark_ready(f.id or 0, "Guten Tag Anna Schmidt,\n\nschön war es.", "Unser Gespräch")
    saved = fs.draft(f.id or 0, now=at(2026, 11, 25, 8, 30))
    assert saved.draft is not None and saved.draft.subject == "Unser Gespräch"
    assert saved.draft.body == "Guten Tag Anna Schmidt,\n\nschön war es."


def test_user_templates_win_and_can_be_reset(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    _c, f = request_after_meeting(ctx, fs, events, LINKEDIN)
    own = m.Template(
        m.FollowUpKind.CONNECTION_REQUEST,
        m.Language.DE,
        m.AddressForm.SIE,
        "{salutation}, danke für das Gespräch bei „{event}“.",
    )
    with pytest.raises(ValidationError):
        fs.templates.save(m.Template(own.kind, own.language, own.address_form, "{vorname}"))
    fs.templates.save(own)
    fs.templates.save(own)  # replaces, does not pile up
    assert len([t for t in fs.templates.effective() if not t.builtin]) == 1
    view = fs.draft(f.id or 0, now=at(2026, 11, 25, 8, 30))
    assert view.draft is not None
    assert (
        view.draft.body
        == "Guten Tag Anna Schmidt, danke für das Gespräch bei „Unternehmerfrühstück“."
    )
    fs.templates.reset(own)
    view = fs.draft(f.id or 0, now=at(2026, 11, 25, 8, 30))
    assert view.draft is not None and "gestern" in view.draft.body


def test_stranger_request_logged_with_suggested_reply(ctx: AppContext, fs: FollowUpService) -> None:
    strangers = StrangerService(fs)
    view = strangers.log_request(
        "Max Mustermann",
        m.Platform.LINKEDIN,
        "",
        "https://www.linkedin.com/in/max",
        at(2026, 11, 25, 10),
    )
    assert view.suggestion is StrangerReply.ASK_WHY
    ask = view.replies[StrangerReply.ASK_WHY]
    assert ask is not None and ask.draft is not None and "woher kennen wir uns" in ask.draft.body
    follow = view.replies[StrangerReply.OFFER_FOLLOW]
    assert follow is not None and follow.draft is not None and "Folgen Sie mir" in follow.draft.body
    assert view.replies[StrangerReply.IGNORE] is None and "nicht benachrichtigt" in view.ignore_note
    queue = fs.queue(at(2026, 11, 25, 10, 1), plan=False)
    assert view.followup.id in [i.followup.id for i in queue.items]
    closed = strangers.answer(view.followup.id or 0, StrangerReply.IGNORE)
    assert closed.status is m.FollowUpStatus.SKIPPED
    assert ctx.contacts.get(view.contact.id or 0).linkedin_state is m.RelationshipState.IGNORED
    spam = strangers.log_request("Spam GmbH", m.Platform.XING, "Unser Angebot: 50 % Rabatt")
    assert spam.suggestion is StrangerReply.IGNORE


def test_open_app_wires_planning_into_record_encounter(ctx: AppContext) -> None:
    start = ctx.clock.now() + timedelta(days=3)
    ev = ctx.events.create_event("Stammtisch", start, start + timedelta(hours=2), "Netz")
    c = anna(ctx, LINKEDIN)
    assert ev.id and c.id
    ctx.events.record_encounter(ev.id, c.id, offering="Steuern")
    kinds = {f.kind for f in ctx.contacts.details(c.id).followups}
    assert m.FollowUpKind.CONNECTION_REQUEST in kinds


# An event that ended an hour before each named moment, and when its connection
# request is due: the first 08:30 (Berlin) at least six hours after the end, weekends
# moved to Monday (the default settings).
DUE_AFTER_AN_HOUR_AGO = {
    "2026-11-28": at(2026, 11, 30, 8, 30),  # Saturday 10:00 -> Monday
    "2026-11-29": at(2026, 11, 30, 8, 30),  # Sunday 23:40 -> Monday, not Tuesday
    "2026-03-29": at(2026, 3, 30, 8, 30),  # spring-forward night -> Monday, summer time
    "2026-10-25": at(2026, 10, 26, 8, 30),  # fall-back night -> Monday, winter time
    "2026-12-31": at(2027, 1, 1, 8, 30),  # New Year's Eve -> New Year's morning
}


def test_requests_planned_at_named_moments_fall_due_at_the_right_morning(
    ctx: AppContext, clock: FixedClock, moment: datetime
) -> None:
    end = moment.astimezone(UTC) - timedelta(hours=1)
    ev = ctx.events.create_event("Stammtisch", end - timedelta(hours=3), end, "Netz")
    c = anna(ctx, LINKEDIN)
    assert ev.id and c.id
    ctx.events.record_encounter(ev.id, c.id, offering="Steuern")
    (request,) = [
        f
        for f in ctx.contacts.details(c.id).followups
        if f.kind is m.FollowUpKind.CONNECTION_REQUEST
    ]
    due = DUE_AFTER_AN_HOUR_AGO[moment.date().isoformat()]
    assert request.due_at == due
    assert request.due_at.astimezone(BERLIN).strftime("%H:%M") == "08:30"

    def queued() -> list[int]:
        return [i.followup.id or 0 for i in ctx.followups.queue().items]

    assert request.id not in queued()  # "now" is the moment: not yet
    clock.set(due - timedelta(minutes=1))
    assert request.id not in queued()
    clock.set(due)
    assert request.id in queued()


def test_snoozing_until_a_time_the_clocks_skip_is_refused(
    ctx: AppContext, fs: FollowUpService, events: EventService
) -> None:
    ev = tuesday_event(events)
    c = anna(ctx, LINKEDIN)
    assert ev.id and c.id
    events.record_encounter(ev.id, c.id, offering="Steuern")
    (request,) = open_followups(fs, c.id)
    with pytest.raises(ValidationError) as caught:
        fs.snooze(request.id or 0, SnoozeOption.DATE, datetime(2026, 3, 29, 2, 30))
    assert str(caught.value) == (
        "2026-03-29 02:30 does not exist in Europe/Berlin (clocks go forward); "
        "choose another time."
    )
    assert ctx.contacts.details(c.id).followups[0].status is m.FollowUpStatus.PENDING
    # The doubled 02:30 of the autumn night is its first, summer-time occurrence.
    later = fs.snooze(request.id or 0, SnoozeOption.DATE, datetime(2027, 10, 31, 2, 30))
    assert later.snoozed_until is not None
    assert later.snoozed_until.astimezone(UTC) == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
