"""A network's rhythm: when its next event probably is, and who usually comes.

A weekly BNI chapter meets on the same weekday at the same time with mostly the
same 20-30 members; a Stammtisch may meet every four weeks. The next event is
the last one moved on by the network's usual interval (the median gap between
its recent events, a week when there is only one), on the same wall-clock time.
Regulars are people met at several of its recent events.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from itertools import pairwise
from statistics import median

WEEK = timedelta(days=7)
RECENT_EVENTS = 6  # the window for the usual interval and for regulars
REGULAR_FROM = 2  # met at this many of the recent events


def usual_interval(starts: Iterable[datetime], zone: tzinfo) -> timedelta:
    """The median gap in whole days between the recent events (a week if unknown).

    Gaps are counted in local calendar days, so a change of the clocks between
    two weekly breakfasts still gives seven days.
    """
    days = sorted({s.astimezone(zone).date() for s in starts})[-RECENT_EVENTS:]
    gaps = [(b - a).days for a, b in pairwise(days)]
    if not gaps:
        return WEEK
    return timedelta(days=max(1, round(median(gaps))))


def next_start(last: datetime, interval: timedelta, today: date, zone: tzinfo) -> datetime:
    """``last`` moved on by ``interval`` (whole days, same wall clock) until it is today
    or later: after a summer break the next date is not in the past."""
    local = last.astimezone(zone)
    step = max(1, interval.days)
    day = local.date() + timedelta(days=step)
    if day < today:
        day += timedelta(days=step * -(-(today - day).days // step))
    wall = datetime(day.year, day.month, day.day, local.hour, local.minute)
    return wall.replace(tzinfo=zone)


@dataclass(frozen=True)
class Regular:
    contact_id: int
    times: int  # met at this many ...
    of: int  # ... of the recent events


def regulars(
    attendance: Sequence[Iterable[int]], window: int = RECENT_EVENTS, at_least: int = REGULAR_FROM
) -> list[Regular]:
    """People met at ``at_least`` of the ``window`` most recent events.

    ``attendance`` holds the contact ids met at each event, newest first. The most
    frequent come first; ties keep the order of the newest attendance.
    """
    recent = [set(ids) for ids in attendance[:window]]
    counts: Counter[int] = Counter()
    first_seen: dict[int, int] = {}
    for position, ids in enumerate(recent):
        for contact_id in sorted(ids):
            counts[contact_id] += 1
            first_seen.setdefault(contact_id, position)
    found = [
        Regular(contact_id, times, len(recent))
        for contact_id, times in counts.items()
        if times >= at_least
    ]
    return sorted(found, key=lambda r: (-r.times, first_seen[r.contact_id], r.contact_id))
