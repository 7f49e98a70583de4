"""Acting on follow-ups and the morning queue: done, snoozed, skipped, the order, the quota.

Pure and time-zone aware like ``domain.followups`` (where follow-ups are planned);
every rule takes ``now`` and the user's zone as arguments and never reads a clock.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING
from urllib.parse import quote_plus, urlsplit

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.domain.links import profile_url_to_open
from netzwerk_app.domain.wallclock import aware_local, local_date, local_time, require_aware

if TYPE_CHECKING:
    from netzwerk_app.domain.followups import PlanningRules

OPEN_STATUSES = (m.FollowUpStatus.PENDING, m.FollowUpStatus.SNOOZED)


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
    require_aware(now, "now")
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
    require_aware(at, "at")
    _require_open(followup)
    followup.status = m.FollowUpStatus.DONE
    followup.done_at = at
    followup.snoozed_until = None


def mark_snoozed(followup: m.FollowUp, until: datetime) -> None:
    _require_open(followup)
    followup.status = m.FollowUpStatus.SNOOZED
    followup.snoozed_until = until


def mark_skipped(followup: m.FollowUp, reason: str = "") -> None:
    """Skipped, with or without a reason (the reason is optional)."""
    _require_open(followup)
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


# --- people search and pasted profiles ------------------------------------------------

# The message kept for after connecting when a request goes out without a note.
THANKS_VARIANT = "thanks"

_SEARCH = {
    m.Platform.LINKEDIN: "https://www.linkedin.com/search/results/people/?keywords=",
    m.Platform.XING: "https://www.xing.com/search/members?keywords=",
}


def people_search_url(platform: m.Platform, name: str, organization: str = "") -> str:
    """The network's people search for a name and organisation (opened, never scraped)."""
    words = " ".join(w for w in (name.strip(), organization.strip()) if w)
    # "+" for spaces (form encoding): a link with an encoded space is never opened.
    return _SEARCH[platform] + quote_plus(words, safe="")


def pasted_profile(text: str) -> tuple[m.Platform, str]:
    """The platform and clean https address of a pasted LinkedIn or XING profile URL."""
    url = text.strip()
    if url and "://" not in url:
        url = "https://" + url
    safe = profile_url_to_open(url) if url else None
    host = (urlsplit(safe).hostname or "") if safe else ""
    for platform, domain in ((m.Platform.LINKEDIN, "linkedin.com"), (m.Platform.XING, "xing.com")):
        if host == domain or host.endswith("." + domain):
            if "/search/" in urlsplit(url).path or urlsplit(url).path.strip("/") == "":
                break  # a search page or the home page is nobody's profile
            return platform, url
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "Paste the address of their LinkedIn or XING profile, starting with https://."
        )
    )
