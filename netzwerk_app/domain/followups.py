"""When follow-ups are planned: the rules of the next-morning queue, pure and time-zone aware.

Every rule takes the user's local zone and ``now`` as arguments and never reads a
clock, so tests freeze time simply by passing it. Times are built as wall-clock
times in the user's zone ("08:30 in Berlin"), which keeps 08:30 at 08:30 across
the daylight-saving changes; the database stores them as UTC.

Acting on a follow-up (done, snoozed, skipped), the queue's order and the quota
live in ``domain.followup_queue``; their names stay importable from here.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from netzwerk_app.domain import model as m
from netzwerk_app.domain.followup_queue import OPEN_STATUSES as OPEN_STATUSES
from netzwerk_app.domain.followup_queue import THANKS_VARIANT as THANKS_VARIANT
from netzwerk_app.domain.followup_queue import SnoozeOption as SnoozeOption
from netzwerk_app.domain.followup_queue import conversation_richness as conversation_richness
from netzwerk_app.domain.followup_queue import effective_due as effective_due
from netzwerk_app.domain.followup_queue import is_due as is_due
from netzwerk_app.domain.followup_queue import mark_done as mark_done
from netzwerk_app.domain.followup_queue import mark_skipped as mark_skipped
from netzwerk_app.domain.followup_queue import mark_snoozed as mark_snoozed
from netzwerk_app.domain.followup_queue import month_start as month_start
from netzwerk_app.domain.followup_queue import pasted_profile as pasted_profile
from netzwerk_app.domain.followup_queue import people_search_url as people_search_url
from netzwerk_app.domain.followup_queue import queue_order as queue_order
from netzwerk_app.domain.followup_queue import snooze_until as snooze_until
from netzwerk_app.domain.followup_queue import spend_quota_on as spend_quota_on
from netzwerk_app.domain.wallclock import local_date as local_date
from netzwerk_app.domain.wallclock import local_time as local_time
from netzwerk_app.domain.wallclock import require_aware

# A contact counts as "new" (worth an online-presence check) this many days.
NEW_CONTACT_DAYS = 14
WELCOME_AFTER_DAYS = 2
# A night's sleep between the end of an event and its connection requests.
REST_AFTER_EVENT = timedelta(hours=6)

# States in which a connection request makes no sense any more: already linked,
# already following, a request already out, or deliberately ignored.
_NO_REQUEST_STATES = frozenset(
    {
        m.RelationshipState.CONNECTED,
        m.RelationshipState.FOLLOWING,
        m.RelationshipState.SENT,
        m.RelationshipState.IGNORED,
    }
)
_PLATFORM_CHANNEL = {m.Platform.LINKEDIN: m.Channel.LINKEDIN, m.Platform.XING: m.Channel.XING}


@dataclass(frozen=True)
class PlanningRules:
    """The user's clock: local zone, the morning time, and whether weekends count."""

    zone: tzinfo
    followup_time: time = time(8, 30)
    skip_weekends: bool = True


@dataclass(frozen=True)
class PlannedFollowUp:
    """A follow-up the rules ask for; the service stores it unless its key exists."""

    contact_id: int
    kind: m.FollowUpKind
    channel: m.Channel
    due_at: datetime
    event_id: int | None = None

    def to_entity(self, created_at: datetime) -> m.FollowUp:
        return m.FollowUp(
            contact_id=self.contact_id,
            kind=self.kind,
            channel=self.channel,
            due_at=self.due_at,
            event_id=self.event_id,
            created_at=created_at,
        )


# --- wall-clock arithmetic ------------------------------------------------------------


def next_working_day(day: date) -> date:
    """``day`` itself on Monday–Friday, else the Monday after."""
    weekday = day.weekday()
    return day + timedelta(days=7 - weekday) if weekday >= 5 else day


def morning_after(end: datetime, rules: PlanningRules) -> datetime:
    """The first configured morning time at least six hours after ``end``.

    Thu 20:00-Fri 01:00 gives Fri 08:30; an event ending at 23:00 the next day's
    08:30, one ending at 03:00 the day after (08:30 that day is only 5.5 hours
    later). The six hours are real hours, so a daylight-saving night counts as the
    five or seven hours it lasts. With ``skip_weekends`` a Saturday or Sunday
    morning moves to Monday's.
    """
    require_aware(end, "end")
    earliest = end.astimezone(UTC) + REST_AFTER_EVENT
    day = local_date(earliest, rules.zone)
    if local_time(day, rules.followup_time, rules.zone) < earliest:
        day += timedelta(days=1)
    if rules.skip_weekends:
        day = next_working_day(day)
    return local_time(day, rules.followup_time, rules.zone)


# --- rules ----------------------------------------------------------------------------


def approach_kind(encounter: m.Encounter) -> m.FollowUpKind:
    """Connect after a real conversation; with only a name, suggest following instead."""
    if encounter.had_real_conversation():
        return m.FollowUpKind.CONNECTION_REQUEST
    return m.FollowUpKind.FOLLOW_INSTEAD


def request_channel(contact: m.Contact) -> m.Channel:
    """The one channel a connection request goes by: LinkedIn profile, XING profile,
    e-mail, else LinkedIn with a people search (the queue offers it, no profile yet)."""
    return _profile_or_email(contact) or m.Channel.LINKEDIN


def _profile_or_email(contact: m.Contact) -> m.Channel | None:
    """LinkedIn profile, XING profile, e-mail, in this order; None: none of them."""
    if contact.profile_url(m.Platform.LINKEDIN):
        return m.Channel.LINKEDIN
    if contact.profile_url(m.Platform.XING):
        return m.Channel.XING
    if contact.emails:
        return m.Channel.EMAIL
    return None


def plan_after_encounter(
    contact: m.Contact,
    encounter: m.Encounter,
    event: m.Event,
    now: datetime,
    rules: PlanningRules,
) -> list[PlannedFollowUp]:
    """The one connection request (or "follow instead") for someone just met at ``event``.

    One channel, chosen by ``request_channel``: LinkedIn profile, XING profile,
    e-mail, people search. Nothing when the user is already connected, following,
    waiting for an answer or ignoring them on a network: one link is enough.
    Following needs a profile, so someone neither talked to nor on LinkedIn/XING
    gets no approach at all (the online-presence check remains).

    Due the morning after the event. When that morning has already passed (the
    event was logged late) the follow-up is due at once: its due time lies in the
    past, so it is in the queue immediately — and a queue asked "what was due at
    08:31 that morning" still gives the same answer as it would have then.
    """
    assert contact.id is not None and event.id is not None
    require_aware(now, "now")
    if any(contact.relationship_state(p) in _NO_REQUEST_STATES for p in _PLATFORM_CHANNEL):
        return []
    due = morning_after(event.end, rules)
    kind = approach_kind(encounter)
    channel = request_channel(contact)
    if kind is m.FollowUpKind.FOLLOW_INSTEAD:
        platform = m.Platform.LINKEDIN if channel is m.Channel.LINKEDIN else m.Platform.XING
        if channel is m.Channel.EMAIL or not contact.profile_url(platform):
            return []
    return [PlannedFollowUp(contact.id, kind, channel, due, event.id)]


def plan_welcome(
    contact_id: int,
    accepted_on: date,
    now: datetime,
    rules: PlanningRules,
    channel: m.Channel = m.Channel.LINKEDIN,
) -> PlannedFollowUp:
    """Welcome and offer help two days after a request was accepted (at the morning time)."""
    day = accepted_on + timedelta(days=WELCOME_AFTER_DAYS)
    if rules.skip_weekends:
        day = next_working_day(day)
    require_aware(now, "now")
    due = local_time(day, rules.followup_time, rules.zone)  # in the past = due at once
    return PlannedFollowUp(contact_id, m.FollowUpKind.WELCOME_AND_OFFER_HELP, channel, due)


def birthday_in(birthday: m.Birthday, year: int) -> date:
    """The day the birthday is celebrated in ``year``.

    Someone born on 29 February is greeted on 28 February in other years: still in
    their birthday month and never a day late, which is how most people born then
    celebrate (and what LinkedIn and most calendars do).
    """
    if birthday.month == 2 and birthday.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, birthday.month, birthday.day)


def plan_birthday(
    contact: m.Contact, now: datetime, rules: PlanningRules
) -> PlannedFollowUp | None:
    """A greeting on the birthday itself, only for people the user knows personally."""
    if not contact.personally_known or contact.birthday is None or contact.id is None:
        return None
    today = local_date(now, rules.zone)
    if birthday_in(contact.birthday, today.year) != today:
        return None
    # Birthdays do not move to Monday: a greeting is only right on the day.
    due = local_time(today, rules.followup_time, rules.zone)
    return PlannedFollowUp(contact.id, m.FollowUpKind.BIRTHDAY_GREETING, best_channel(contact), due)


def best_channel(contact: m.Contact) -> m.Channel:
    """Where a personal message reaches this person: LinkedIn, XING, e-mail, phone."""
    channel = _profile_or_email(contact)
    if channel is not None:
        return channel
    return m.Channel.PHONE if contact.phones else m.Channel.EMAIL


def plan_review_website(
    contact: m.Contact,
    has_consistency_note: bool,
    logged_at: datetime,
    now: datetime,
    has_open_request: bool = False,
) -> PlannedFollowUp | None:
    """Check the online presence of someone just met, the day the encounter was logged.

    Only people met at an event (``logged_at``: when their first encounter was
    recorded) within the last two weeks: an imported address book of 500 cards must
    not turn into 500 tasks. Nothing once a consistency note exists. Only when there
    is something to open (a website or profile URL); without one the task offers a
    people search, unless their connection request already does
    (``has_open_request``).
    """
    if has_consistency_note or contact.id is None:
        return None
    if not contact.urls and has_open_request:
        return None
    age = now - logged_at
    if age > timedelta(days=NEW_CONTACT_DAYS) or age < timedelta(0):
        return None
    # Due when logged: the evening after the event, before tomorrow's requests.
    return PlannedFollowUp(contact.id, m.FollowUpKind.REVIEW_WEBSITE, m.Channel.EMAIL, logged_at)


# --- idempotency ----------------------------------------------------------------------

FollowUpKey = tuple[int, m.FollowUpKind, m.Channel, int | None, int | None]


def followup_key(
    contact_id: int,
    kind: m.FollowUpKind,
    channel: m.Channel,
    event_id: int | None,
    due_at: datetime,
    zone: tzinfo,
) -> FollowUpKey:
    """What makes two follow-ups "the same": contact, kind, channel, event (+ year).

    "Follow instead" and "connection request" share one slot, so adding details to
    an encounter changes the suggestion instead of adding a second one. Birthdays
    recur, so their year is part of the key.
    """
    if kind is m.FollowUpKind.FOLLOW_INSTEAD:
        kind = m.FollowUpKind.CONNECTION_REQUEST
    year = local_date(due_at, zone).year if kind is m.FollowUpKind.BIRTHDAY_GREETING else None
    return (contact_id, kind, channel, event_id, year)


def key_of(item: m.FollowUp | PlannedFollowUp, zone: tzinfo) -> FollowUpKey:
    return followup_key(item.contact_id, item.kind, item.channel, item.event_id, item.due_at, zone)


# --- keep in touch --------------------------------------------------------------------


@dataclass(frozen=True)
class LosingTouch:
    """Someone whose keep-in-touch interval has run out."""

    contact_id: int
    name: str
    interval_days: int
    last_interaction: datetime | None
    due_since: datetime

    def days_overdue(self, now: datetime) -> int:
        return max(0, (now - self.due_since).days)


def losing_touch(
    contact: m.Contact, last_interaction: datetime | None, now: datetime
) -> LosingTouch | None:
    """The contact, if their interval has passed since the last interaction.

    With no interaction on record the clock starts when the contact was added.
    """
    if not contact.keep_in_touch_days or contact.id is None:
        return None
    start = last_interaction or contact.created_at
    if start is None:
        return None
    due = start + timedelta(days=contact.keep_in_touch_days)
    if due > now:
        return None
    return LosingTouch(
        contact.id, contact.display_name, contact.keep_in_touch_days, last_interaction, due
    )


def latest(moments: Iterable[datetime | None]) -> datetime | None:
    present = [mo for mo in moments if mo is not None]
    return max(present) if present else None


def day_start(day: date, zone: tzinfo) -> datetime:
    """Midnight of ``day`` in ``zone``; for interactions known only by date (referrals)."""
    return local_time(day, time(0, 0), zone)
