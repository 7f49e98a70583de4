"""Typed local times made aware in one place: a skipped time is refused, a doubled one
is its first occurrence."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from netzwerk_app.domain import followups as fu
from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.domain.wallclock import aware_local, exists

BERLIN = ZoneInfo("Europe/Berlin")
GAP = "2026-03-29 02:30 does not exist in Europe/Berlin (clocks go forward); choose another time."


@pytest.mark.parametrize("minute", [0, 30, 59])
def test_the_spring_forward_gap_is_refused_with_a_sentence(minute: int) -> None:
    naive = datetime(2026, 3, 29, 2, minute)
    assert not exists(naive, BERLIN)
    with pytest.raises(ValidationError) as caught:
        aware_local(naive, BERLIN)
    assert str(caught.value) == GAP.replace("02:30", f"02:{minute:02d}")


@pytest.mark.parametrize(
    ("naive", "utc"),
    [
        (datetime(2026, 3, 29, 1, 59), datetime(2026, 3, 29, 0, 59, tzinfo=UTC)),
        (datetime(2026, 3, 29, 3, 0), datetime(2026, 3, 29, 1, 0, tzinfo=UTC)),
        # Fall back: 02:30 happens twice; the first (summer time) is taken.
        (datetime(2026, 10, 25, 2, 30), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
        (datetime(2026, 12, 31, 23, 30), datetime(2026, 12, 31, 22, 30, tzinfo=UTC)),
    ],
)
def test_real_wall_clock_times_are_kept(naive: datetime, utc: datetime) -> None:
    assert exists(naive, BERLIN)
    value = aware_local(naive, BERLIN)
    assert value.astimezone(UTC) == utc
    assert value.astimezone(BERLIN).replace(tzinfo=None) == naive


def test_an_aware_time_is_left_alone() -> None:
    value = datetime(2026, 3, 29, 2, 30, tzinfo=UTC)
    assert aware_local(value, BERLIN) is value


def test_snoozing_until_a_skipped_time_is_refused() -> None:
    rules = fu.PlanningRules(BERLIN, time(8, 30))
    now = datetime(2026, 3, 27, 9, 0, tzinfo=BERLIN)
    with pytest.raises(ValidationError, match="does not exist in Europe/Berlin"):
        fu.snooze_until(fu.SnoozeOption.DATE, now, rules, datetime(2026, 3, 29, 2, 30))
    until = fu.snooze_until(fu.SnoozeOption.DATE, now, rules, date(2026, 3, 29))
    assert until == datetime(2026, 3, 29, 6, 30, tzinfo=UTC)  # 08:30 summer time
