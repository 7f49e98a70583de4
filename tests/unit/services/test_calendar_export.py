"""Due follow-ups as an .ics file the user's calendar can read."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from netzwerk_app import cli
from netzwerk_app.app import AppContext
from netzwerk_app.infra.clock import FixedClock
from netzwerk_app.services.demo import load_demo


def test_open_follow_ups_become_calendar_events(
    ctx: AppContext, tmp_path: Path, moment: datetime
) -> None:
    load_demo(ctx.db, ctx.clock.now())
    now = ctx.clock.now()
    assert now == moment.astimezone(UTC)  # (a doubled local time never equals across zones)
    queue = ctx.followups.queue(now, include_all=True)
    count = ctx.calendar.export(tmp_path / "follow-ups.ics", now)
    assert count == len(queue.items) > 0
    calendar = Calendar.from_ical((tmp_path / "follow-ups.ics").read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == count
    first, item = events[0], queue.items[0]
    assert str(first["uid"]) == f"followup-{item.followup.id}@netzwerk"
    assert item.contact_name in str(first["summary"])
    assert first.decoded("dtstart") == item.due.replace(microsecond=0)
    if item.draft.draft is not None:
        assert item.draft.draft.body in str(first["description"])
    # Umlauts survive the round trip.
    assert any("ü" in str(e["summary"]) or "ö" in str(e["summary"]) for e in events)


def test_cli_writes_the_calendar(
    tmp_path: Path, clock: FixedClock, moment: datetime, capsys: pytest.CaptureFixture[str]
) -> None:
    base = str(tmp_path / "d")
    assert cli.main(["--basedir", base, "demo"], clock=clock) == 0
    assert (
        cli.main(["--basedir", base, "queue", "--ics", str(tmp_path / "q.ics")], clock=clock) == 0
    )
    assert "follow-ups written" in capsys.readouterr().out
    assert (tmp_path / "q.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
