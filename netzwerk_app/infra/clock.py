"""The one clock the app reads: injected at the composition root, frozen in tests.

Rules and services take ``now``; whoever needs "now" asks the ``Clock`` that
``open_app`` received (``AppContext.clock``). Nothing else calls ``datetime.now``
or ``date.today``, so the test suite gives the same answers on a Saturday morning,
a Sunday night, a daylight-saving night and New Year's Eve.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    """Where "now" comes from."""

    def now(self) -> datetime:
        """The current moment, time-zone aware, in UTC."""
        ...


class SystemClock:
    """The real time of this computer."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that stands still until it is set or advanced (tests, demos)."""

    def __init__(self, moment: datetime) -> None:
        self._moment = _as_utc(moment)

    def now(self) -> datetime:
        return self._moment

    def set(self, moment: datetime) -> None:
        self._moment = _as_utc(moment)

    def advance(self, delta: timedelta) -> None:
        self._moment += delta


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a clock needs a time-zone aware moment")
    return moment.astimezone(UTC)


def local_today(clock: Clock, zone: tzinfo) -> date:
    """Today's date on the user's wall clock (not the UTC date)."""
    return clock.now().astimezone(zone).date()


def local_now(clock: Clock, zone: tzinfo) -> datetime:
    """Now on the user's wall clock, as an aware datetime in ``zone``."""
    return clock.now().astimezone(zone)
