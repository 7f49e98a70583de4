"""A network's rhythm: the next date by its usual interval, and who its regulars are."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from netzwerk_app.domain.event_rhythm import Regular, next_start, regulars, usual_interval

BERLIN = ZoneInfo("Europe/Berlin")
# Tuesday breakfasts at 06:45 Berlin time, across the end of summer time (25 Oct).
TUESDAYS = [datetime(2026, 10, d, 6, 45, tzinfo=BERLIN) for d in (13, 20, 27)] + [
    datetime(2026, 11, d, 6, 45, tzinfo=BERLIN) for d in (3, 10, 17, 24)
]
SATURDAY = date(2026, 11, 28)


def test_a_weekly_chapter_meets_again_next_week_at_the_same_wall_clock_time() -> None:
    assert usual_interval(TUESDAYS, BERLIN) == timedelta(days=7)
    nxt = next_start(TUESDAYS[-1], timedelta(days=7), SATURDAY, BERLIN)
    assert nxt == datetime(2026, 12, 1, 6, 45, tzinfo=BERLIN)
    # Across the change of the clocks: still 06:45 on the wall.
    assert next_start(TUESDAYS[1], timedelta(days=7), date(2026, 10, 21), BERLIN).hour == 6


def test_the_usual_interval_is_the_median_gap_of_recent_events() -> None:
    # A Stammtisch every four weeks, once moved by a week: the median stays 28 days.
    starts = [datetime(2026, 6, 2, 19, tzinfo=BERLIN) + timedelta(days=n) for n in (0, 28, 56, 91)]
    starts.append(datetime(2026, 9, 29, 19, tzinfo=BERLIN))  # 28 days after the late one
    assert usual_interval(starts, BERLIN) == timedelta(days=28)
    # One event only: a week.
    assert usual_interval(starts[:1], BERLIN) == timedelta(days=7)
    # After a summer break the next date is not in the past: the next Tuesday on the rhythm.
    july = datetime(2026, 7, 14, 6, 45, tzinfo=BERLIN)
    assert next_start(july, timedelta(days=7), SATURDAY, BERLIN) == datetime(
        2026, 12, 1, 6, 45, tzinfo=BERLIN
    )


def test_regulars_are_met_at_two_of_the_last_six_events() -> None:
    newest_first = [
        {1, 2, 3},  # last week
        {1, 2, 4},
        {1, 5},
        {1, 6},
        {1, 3},
        {1},
        {6, 7},  # seventh: too long ago to count
        {7},
    ]
    found = regulars(newest_first)
    assert found == [Regular(1, 6, 6), Regular(2, 2, 6), Regular(3, 2, 6)]
    assert [r.contact_id for r in regulars(newest_first, at_least=1)] == [1, 2, 3, 4, 5, 6]
    assert regulars([]) == []
