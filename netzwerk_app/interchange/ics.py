"""Due follow-ups as an iCalendar file (icalendar), for the user's own calendar."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

PRODID = "-//Netzwerk//Follow-ups//DE"


@dataclass(frozen=True)
class CalendarEntry:
    uid: str  # stable per follow-up, so a re-import updates instead of doubling
    summary: str
    description: str
    start: datetime  # aware
    minutes: int = 15


def follow_up_calendar(entries: Iterable[CalendarEntry], now: datetime) -> bytes:
    """A VCALENDAR with one short VEVENT (and a reminder) per follow-up."""
    # Imported here: every command and the window start without paying for icalendar.
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", now)
        event.add("dtstart", entry.start)
        event.add("dtend", entry.start + timedelta(minutes=entry.minutes))
        event.add("summary", entry.summary)
        event.add("description", entry.description)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", entry.summary)
        alarm.add("trigger", timedelta(minutes=0))
        event.add_component(alarm)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
