"""When follow-ups are due: the rules of the next-morning queue, pure and time-zone aware.

Every rule takes the user's local zone and ``now`` as arguments and never reads a
clock, so tests freeze time simply by passing it. Times are built as wall-clock
times in the user's zone ("08:30 in Berlin"), which keeps 08:30 at 08:30 across
the daylight-saving changes; the database stores them as UTC.
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.domain.wallclock import aware_local

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
OPEN_STATUSES = (m.FollowUpStatus.PENDING, m.FollowUpStatus.SNOOZED)


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


def _require_aware(value: datetime, what: str) -> None:
    if value.tzinfo is None:
        raise ValueError(f"{what} must be time-zone aware")


def local_time(day: date, at: time, zone: tzinfo) -> datetime:
    """``day`` at ``at`` on the wall clock of ``zone``, as an aware datetime.

    A wall time inside a spring-forward gap (02:30 on the last Sunday of March in
    Berlin) does not exist; the round trip through UTC moves it to a real instant.
    """
    naive = datetime.combine(day, at).replace(tzinfo=zone)
    return naive.astimezone(UTC).astimezone(zone)


def local_date(moment: datetime, zone: tzinfo) -> date:
    _require_aware(moment, "moment")
    return moment.astimezone(zone).date()


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
    _require_aware(end, "end")
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


def plan_after_encounter(
    contact: m.Contact,
    encounter: m.Encounter,
    event: m.Event,
    now: datetime,
    rules: PlanningRules,
) -> list[PlannedFollowUp]:
    """Connection requests (or "follow instead") for someone just met at ``event``.

    One per platform with a profile URL where the user is not already connected,
    following, waiting for an answer or ignoring. Without any profile URL the request
    goes by e-mail; following needs a platform, so someone neither talked to nor on
    LinkedIn/XING gets no approach at all (the online-presence check remains).

    Due the morning after the event. When that morning has already passed (the
    event was logged late) the follow-up is due at once: its due time lies in the
    past, so it is in the queue immediately — and a queue asked "what was due at
    08:31 that morning" still gives the same answer as it would have then.
    """
    assert contact.id is not None and event.id is not None
    _require_aware(now, "now")
    due = morning_after(event.end, rules)
    kind = approach_kind(encounter)
    planned: list[PlannedFollowUp] = []
    has_profile = False
    for platform, channel in _PLATFORM_CHANNEL.items():
        if not contact.profile_url(platform):
            continue
        has_profile = True
        if contact.relationship_state(platform) in _NO_REQUEST_STATES:
            continue
        planned.append(PlannedFollowUp(contact.id, kind, channel, due, event.id))
    if not has_profile and kind is m.FollowUpKind.CONNECTION_REQUEST:
        planned.append(PlannedFollowUp(contact.id, kind, m.Channel.EMAIL, due, event.id))
    return planned


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
    _require_aware(now, "now")
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
    if contact.profile_url(m.Platform.LINKEDIN):
        return m.Channel.LINKEDIN
    if contact.profile_url(m.Platform.XING):
        return m.Channel.XING
    if contact.emails:
        return m.Channel.EMAIL
    return m.Channel.PHONE if contact.phones else m.Channel.EMAIL


def plan_review_website(
    contact: m.Contact, has_consistency_note: bool, logged_at: datetime, now: datetime
) -> PlannedFollowUp | None:
    """Check the online presence of someone just met, the day the encounter was logged.

    Only people met at an event (``logged_at``: when their first encounter was
    recorded) within the last two weeks: an imported address book of 500 cards must
    not turn into 500 tasks. Nothing once a consistency note exists.
    """
    if has_consistency_note or contact.id is None:
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


# --- acting on a follow-up ------------------------------------------------------------


class SnoozeOption(enum.StrEnum):
    ONE_HOUR = "hour"
    TOMORROW = "tomorrow"
    NEXT_WEEK = "week"
    DATE = "date"


def snooze_until(
    option: SnoozeOption,
    now: datetime,
    rules: PlanningRules,
    chosen: date | datetime | None = None,
) -> datetime:
    """When a snoozed follow-up comes back.

    "Tomorrow morning" is literally tomorrow (the user chose it, even on a Friday);
    "next week" is Monday's morning; a chosen date comes back at the morning time.
    """
    _require_aware(now, "now")
    if option is SnoozeOption.ONE_HOUR:
        return now + timedelta(hours=1)
    today = local_date(now, rules.zone)
    if option is SnoozeOption.TOMORROW:
        return local_time(today + timedelta(days=1), rules.followup_time, rules.zone)
    if option is SnoozeOption.NEXT_WEEK:
        monday = today + timedelta(days=7 - today.weekday())
        return local_time(monday, rules.followup_time, rules.zone)
    if chosen is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose the date the follow-up should come back.")
        )
    if isinstance(chosen, datetime):
        until = aware_local(chosen, rules.zone)  # a time the clocks skip is refused
    else:
        until = local_time(chosen, rules.followup_time, rules.zone)
    if until <= now:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A follow-up can only be snoozed until a later time.")
        )
    return until


_CLOSED = {
    m.FollowUpStatus.DONE: QT_TRANSLATE_NOOP("Errors", "This follow-up is already done."),
    m.FollowUpStatus.SKIPPED: QT_TRANSLATE_NOOP("Errors", "This follow-up is already skipped."),
}


def _require_open(followup: m.FollowUp) -> None:
    if followup.status not in OPEN_STATUSES:
        raise ValidationError(
            _CLOSED.get(
                followup.status,
                QT_TRANSLATE_NOOP("Errors", "This follow-up is already {status}."),
            ),
            status=followup.status.value,
        )


def mark_done(followup: m.FollowUp, at: datetime) -> None:
    _require_aware(at, "at")
    _require_open(followup)
    followup.status = m.FollowUpStatus.DONE
    followup.done_at = at
    followup.snoozed_until = None


def mark_snoozed(followup: m.FollowUp, until: datetime) -> None:
    _require_open(followup)
    followup.status = m.FollowUpStatus.SNOOZED
    followup.snoozed_until = until


def mark_skipped(followup: m.FollowUp, reason: str) -> None:
    _require_open(followup)
    if not reason.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Please give a reason for skipping."))
    followup.status = m.FollowUpStatus.SKIPPED
    followup.skip_reason = reason.strip()
    followup.snoozed_until = None


# --- the queue ------------------------------------------------------------------------


def effective_due(followup: m.FollowUp) -> datetime:
    if followup.status is m.FollowUpStatus.SNOOZED and followup.snoozed_until is not None:
        return followup.snoozed_until
    return followup.due_at


def is_due(followup: m.FollowUp, now: datetime) -> bool:
    return followup.status in OPEN_STATUSES and effective_due(followup) <= now


# Birthdays only count on the day, then the morning's connection requests (the
# habit the app exists for), answers to waiting strangers, then the rest.
_KIND_ORDER = {
    m.FollowUpKind.BIRTHDAY_GREETING: 0,
    m.FollowUpKind.CONNECTION_REQUEST: 1,
    m.FollowUpKind.ANSWER_REQUEST: 2,
    m.FollowUpKind.WELCOME_AND_OFFER_HELP: 3,
    m.FollowUpKind.FOLLOW_INSTEAD: 4,
    m.FollowUpKind.COFFEE: 5,
    m.FollowUpKind.REVIEW_WEBSITE: 6,
}


def queue_order(followups: Sequence[m.FollowUp]) -> list[m.FollowUp]:
    """Today's queue in the order to work through it: kind, then oldest due first."""
    return sorted(
        followups, key=lambda f: (_KIND_ORDER.get(f.kind, 9), effective_due(f), f.id or 0)
    )


# --- the LinkedIn quota of personalised notes -----------------------------------------


def conversation_richness(encounter: m.Encounter | None) -> int:
    """How much there is to refer to: one point per captured field, one for business talk."""
    if encounter is None:
        return 0
    texts = (
        encounter.pitch,
        encounter.offering,
        encounter.customers,
        encounter.cooperation_idea,
        encounter.notes,
    )
    return sum(1 for t in texts if t.strip()) + int(encounter.talked_business)


def spend_quota_on(candidates: Sequence[tuple[int, int]], remaining: int) -> set[int]:
    """Which follow-ups (id, richness) get one of the ``remaining`` personalised notes.

    Richest conversation first; ties keep the queue's order.
    """
    if remaining <= 0:
        return set()
    ranked = sorted(enumerate(candidates), key=lambda pair: (-pair[1][1], pair[0]))
    return {fid for _, (fid, _) in ranked[:remaining]}


def month_start(now: datetime, zone: tzinfo) -> datetime:
    today = local_date(now, zone)
    return local_time(today.replace(day=1), time(0, 0), zone)
