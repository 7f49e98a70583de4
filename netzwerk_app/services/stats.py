"""Figures for the Today screen: the last 12 months of networking at a glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository

FOLLOW_UP_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class MonthStat:
    month: date  # the first day of the month
    events: int  # events attended (with at least one person met, or any logged event)
    new_contacts: int
    followed_up_in_24h: int

    @property
    def followed_up_share(self) -> float | None:
        return None if not self.new_contacts else self.followed_up_in_24h / self.new_contacts


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _months_back(today: date, count: int) -> list[date]:
    months = [_month_start(today)]
    while len(months) < count:
        prev = months[-1] - timedelta(days=1)
        months.append(_month_start(prev))
    return list(reversed(months))


class StatsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def last_twelve_months(self, now: datetime, zone: tzinfo) -> list[MonthStat]:
        today = now.astimezone(zone).date()
        months = _months_back(today, 12)
        first = months[0]
        events = {mo: 0 for mo in months}
        new = {mo: 0 for mo in months}
        quick = {mo: 0 for mo in months}
        since = datetime.combine(first, datetime.min.time(), zone) - timedelta(days=1)
        with self.db.read() as session:
            repo = Repository(session)
            for event in repo.events():
                month = _month_start(event.start.astimezone(zone).date())
                if month in events and event.start <= now:
                    events[month] += 1
            # Plain columns, not contact objects: this runs at every start.
            created = repo.contact_creation_times(since)
            first_done = repo.first_done_followups([cid for cid, _ in created])
        for contact_id, at in created:
            month = _month_start(at.astimezone(zone).date())
            if month not in new:
                continue
            new[month] += 1
            done = first_done.get(contact_id)
            if done is not None and done - at <= FOLLOW_UP_WINDOW:
                quick[month] += 1
        return [MonthStat(mo, events[mo], new[mo], quick[mo]) for mo in months]
