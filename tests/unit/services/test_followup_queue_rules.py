"""The morning queue's rules on a real SQLite file: one request per person and one
channel, the people search and a pasted profile, the monthly note quota and XING
Basic (connect without a note, thank them once connected), the website review only
with something to open, optional skip reasons, and undo. At the named moments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.domain.followups import SnoozeOption
from netzwerk_app.infra.clock import FixedClock
from netzwerk_app.services.contacts import new_contact
from netzwerk_app.services.followup_data import QueueItem

LINKEDIN = "https://www.linkedin.com/in/anna-schmidt"
XING = "https://www.xing.com/profile/Anna_Schmidt"
CONNECTION_REQUEST = m.FollowUpKind.CONNECTION_REQUEST


def met(
    ctx: AppContext,
    moment: datetime,
    name: str,
    urls: tuple[str, ...] = (),
    emails: tuple[str, ...] = (),
    **talk: str,
) -> int:
    """Someone met at an event that ended an hour before ``moment``."""
    end = moment.astimezone(UTC) - timedelta(hours=1)  # real hours (daylight-saving nights)
    events = [e for e in ctx.events.list_events() if e.event.title == "Unternehmerfrühstück"]
    if events:
        event_id = events[0].event.id
    else:
        event_id = ctx.events.create_event(
            "Unternehmerfrühstück", end - timedelta(hours=2), end, "BNI Isartal"
        ).id
    contact = ctx.contacts.create(
        new_contact(name, emails=list(emails), urls=list(urls), organization="Schmidt Steuer")
    )
    assert contact.id and event_id
    ctx.events.record_encounter(event_id, contact.id, **(talk or {"pitch": "Steuern für Gründer"}))
    return contact.id


def morning(moment: datetime) -> datetime:
    return moment + timedelta(days=4)  # every request planned at ``moment`` is due then


def items(
    ctx: AppContext, at: datetime, contact_id: int | None = None, reviews: bool = False
) -> list[QueueItem]:
    """The queue at ``at`` (of one contact); the website reviews only when asked."""
    queue = ctx.followups.queue(at)
    return [
        i
        for i in queue.items
        if (contact_id is None or i.followup.contact_id == contact_id)
        and (reviews or i.followup.kind is not m.FollowUpKind.REVIEW_WEBSITE)
    ]


def test_one_request_per_person_on_the_first_channel(ctx: AppContext, moment: datetime) -> None:
    both = met(ctx, moment, "Anna Schmidt", (LINKEDIN, XING), ("anna@schmidt.de",))
    mail = met(ctx, moment, "Jörg Weiß", emails=("joerg@weiss.de",))
    queue = items(ctx, morning(moment))
    requests = {i.followup.contact_id: i for i in queue if i.followup.kind is CONNECTION_REQUEST}
    assert len(requests) == 2  # Anna: LinkedIn only, not LinkedIn + XING + e-mail
    assert requests[both].followup.channel is m.Channel.LINKEDIN
    assert requests[both].profile_url == LINKEDIN and requests[both].search_url is None
    assert requests[mail].followup.channel is m.Channel.EMAIL
    assert requests[mail].email == "joerg@weiss.de"


def test_name_and_pitch_only_offers_a_people_search_then_a_pasted_profile(
    ctx: AppContext, moment: datetime
) -> None:
    who = met(ctx, moment, "Käthe Schön")
    (request,) = [
        i for i in items(ctx, morning(moment), who) if i.followup.kind is CONNECTION_REQUEST
    ]
    assert request.followup.channel is m.Channel.LINKEDIN and request.profile_url is None
    assert request.search_url == (
        "https://www.linkedin.com/search/results/people/?keywords=K%C3%A4the+Sch%C3%B6n"
        "+Schmidt+Steuer"
    )
    assert request.xing_search_url and "xing.com/search/members" in request.xing_search_url
    draft = request.draft.draft
    assert draft is not None and draft.mode == "note" and draft.length <= 200
    # No website to open either: the review task is left out, the request searches.
    kinds = [i.followup.kind for i in items(ctx, morning(moment), who, reviews=True)]
    assert kinds == [CONNECTION_REQUEST]

    with pytest.raises(ValidationError, match="LinkedIn or XING profile"):
        ctx.followups.set_profile(request.followup.id or 0, "Käthe Schön")
    ctx.followups.set_profile(request.followup.id or 0, " https://www.xing.com/profile/K_Schoen ")
    (now,) = [i for i in items(ctx, morning(moment), who) if i.followup.kind is CONNECTION_REQUEST]
    assert now.followup.id == request.followup.id and now.followup.channel is m.Channel.XING
    assert now.profile_url == "https://www.xing.com/profile/K_Schoen" and now.search_url is None
    assert [u.value for u in ctx.contacts.get(who).urls] == [
        "https://www.xing.com/profile/K_Schoen"
    ]


def test_an_email_request_turns_into_linkedin_when_the_profile_is_pasted(
    ctx: AppContext, moment: datetime
) -> None:
    who = met(ctx, moment, "Jörg Weiß", emails=("joerg@weiss.de",))
    (request,) = items(ctx, morning(moment), who)
    assert request.followup.channel is m.Channel.EMAIL and request.search_url
    ctx.followups.set_profile(request.followup.id or 0, "https://de.linkedin.com/in/joerg-weiss")
    (now,) = items(ctx, morning(moment), who)
    assert now.followup.channel is m.Channel.LINKEDIN
    assert now.draft.draft is not None and now.draft.draft.mode == "note"


def test_spent_notes_mean_connect_without_a_note_and_thank_them_once_connected(
    ctx: AppContext, moment: datetime, clock: FixedClock, tmp_path: Path
) -> None:
    ctx.followups.settings.linkedin_monthly_quota = 1
    rich = met(ctx, moment, "Anna Schmidt", (LINKEDIN,), pitch="Steuern", customers="Gründer")
    thin = met(
        ctx, moment, "Bernd Maier", ("https://www.linkedin.com/in/bernd-maier",), pitch="Bäcker"
    )
    at = morning(moment)
    queue = {i.followup.contact_id: i for i in items(ctx, at)}
    assert queue[rich].personal_note is True and not queue[rich].without_note
    assert queue[rich].draft.draft is not None and queue[rich].draft.draft.limit == 200
    plain = queue[thin]
    assert plain.without_note and plain.personal_note is False
    thanks = plain.draft.draft
    assert thanks is not None and thanks.mode == "message" and "Vernetzen" in thanks.body
    assert "Bäcker" in thanks.body  # the personal text, kept for after connecting

    ctx.followups.mark_done(plain.followup.id or 0, at=at)
    assert ctx.followups.queue(at).quota.used == 0  # no note spent on it
    waiting = [
        f for f in ctx.contacts.details(thin).followups if f.status is m.FollowUpStatus.WAITING
    ]
    assert [w.drafted_message for w in waiting] == [thanks.body]
    assert not [i for i in items(ctx, at + timedelta(days=1), thin)]  # not before connecting
    assert ctx.contacts.get(thin).linkedin_state is m.RelationshipState.SENT

    # The Connections.csv import marks Bernd connected: the thank-you is due at once.
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Bernd,Maier,https://www.linkedin.com/in/bernd-maier,,,,"
        f"{(at + timedelta(days=1)).strftime('%d %b %Y')}\n",
        encoding="utf-8",
    )
    later = at + timedelta(days=1, hours=2)
    clock.set(later)
    ctx.importer.import_files([path], today=later.date())
    (due,) = items(ctx, later, thin)
    assert due.followup.kind is m.FollowUpKind.WELCOME_AND_OFFER_HELP
    assert due.draft.draft is not None and due.draft.draft.body == thanks.body
    # No second welcome two days later: the thank-you is the welcome.
    assert len(items(ctx, later + timedelta(days=5), thin)) == 1


def test_premium_has_no_monthly_limit_and_300_characters(ctx: AppContext, moment: datetime) -> None:
    ctx.followups.settings.linkedin_account = "premium"
    ctx.followups.settings.linkedin_monthly_quota = 0
    who = met(ctx, moment, "Anna Schmidt", (LINKEDIN,))
    (item,) = items(ctx, morning(moment), who)
    assert item.personal_note is True and not item.without_note
    assert item.draft.draft is not None and item.draft.draft.limit == 300


def test_xing_basic_connects_without_a_note_and_the_user_marks_connected(
    ctx: AppContext, moment: datetime
) -> None:
    who = met(ctx, moment, "Anna Schmidt", (XING,), pitch="Steuern für Gründer")
    (item,) = items(ctx, morning(moment), who)
    assert item.followup.channel is m.Channel.XING and item.without_note
    assert item.draft.draft is not None and "Vernetzen" in item.draft.draft.body
    ctx.followups.save_draft(item.followup.id or 0, "Danke, Anna! Mein eigener Text.")
    ctx.followups.mark_done(item.followup.id or 0, at=morning(moment))
    assert items(ctx, morning(moment) + timedelta(days=1), who) == []
    contact = ctx.contacts.get(who)
    contact.xing_state = m.RelationshipState.CONNECTED  # the user, on the contact page
    ctx.contacts.update(contact)
    (thanks,) = items(ctx, morning(moment) + timedelta(days=1), who)
    assert thanks.draft.draft is not None
    assert thanks.draft.draft.body == "Danke, Anna! Mein eigener Text."
    # A premium XING member attaches the note instead.
    ctx.followups.settings.xing_account = "premium"
    other = met(ctx, moment, "Björn Weiß", ("https://www.xing.com/profile/B_Weiss",))
    (note,) = items(ctx, morning(moment), other)
    assert not note.without_note and note.draft.draft and note.draft.draft.mode == "note"


def test_review_task_opens_the_website(ctx: AppContext, moment: datetime) -> None:
    who = met(ctx, moment, "Anna Schmidt", ("https://www.schmidt-steuer.de",), ("a@s.de",))
    queue = items(ctx, moment + timedelta(minutes=5), who, reviews=True)
    (review,) = [i for i in queue if i.followup.kind is m.FollowUpKind.REVIEW_WEBSITE]
    assert review.profile_url == "https://www.schmidt-steuer.de"
    assert review.search_url  # no LinkedIn/XING profile known yet: search offered too


def test_skip_without_reason_and_undo_of_done_snooze_skip(
    ctx: AppContext, moment: datetime
) -> None:
    who = met(ctx, moment, "Anna Schmidt", (LINKEDIN,))
    (item,) = items(ctx, morning(moment), who)
    fid = item.followup.id or 0
    fs = ctx.followups
    for act in (
        lambda: fs.mark_done(fid, at=morning(moment)),
        lambda: fs.snooze(fid, SnoozeOption.TOMORROW, now=morning(moment)),
        lambda: fs.skip(fid),
    ):
        undo = fs.snapshot(fid)
        act()
        assert items(ctx, morning(moment), who) == []
        fs.restore(undo)
        (back,) = items(ctx, morning(moment), who)
        assert back.followup.status is m.FollowUpStatus.PENDING
        assert ctx.contacts.get(who).linkedin_state is m.RelationshipState.NONE
    assert fs.skip(fid).skip_reason == ""


def test_welcome_after_a_user_acceptance_is_the_kept_thank_you(
    ctx: AppContext, moment: datetime
) -> None:
    ctx.followups.settings.linkedin_monthly_quota = 0
    who = met(ctx, moment, "Anna Schmidt", (LINKEDIN,))
    (item,) = items(ctx, morning(moment), who)
    assert item.without_note
    ctx.followups.mark_done(item.followup.id or 0, at=morning(moment))
    accepted = morning(moment) + timedelta(days=1)
    assert ctx.followups.on_connection_accepted(who, accepted.date(), now=accepted) is None
    (thanks,) = items(ctx, accepted, who)
    assert thanks.followup.kind is m.FollowUpKind.WELCOME_AND_OFFER_HELP
    assert thanks.due <= accepted and thanks.draft.edited
