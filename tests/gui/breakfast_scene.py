"""Someone met at Tuesday's breakfast, their connection request due Wednesday morning."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.infra.clock import FixedClock

BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY_BREAKFAST = datetime(2026, 11, 24, 7, 0, tzinfo=BERLIN)
WEDNESDAY_MORNING = datetime(2026, 11, 25, 8, 31, tzinfo=BERLIN)


def met_at_tuesday_breakfast(
    ctx: AppContext, clock: FixedClock, person: m.Contact, offering: str
) -> None:
    """``person`` met at the 07:00 breakfast; the clock then stands at Wednesday 08:31."""
    clock.set(TUESDAY_BREAKFAST)
    event = ctx.events.create_event(
        "Unternehmerfrühstück",
        TUESDAY_BREAKFAST,
        TUESDAY_BREAKFAST.replace(hour=8, minute=30),
        "BNI Chapter Isartal",
    )
    stored = ctx.contacts.create(person)
    assert event.id and stored.id
    ctx.events.record_encounter(event.id, stored.id, offering=offering)
    clock.set(WEDNESDAY_MORNING)
