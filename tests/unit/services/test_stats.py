"""The Today chart's figures: events per month and quick follow-ups of new contacts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.services.contacts import prepare_new
from netzwerk_app.storage.repository import Repository

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def test_twelve_months_of_events_and_quick_follow_ups(ctx: AppContext) -> None:
    for days_ago in (3, 10, 40, 400):  # the last one is older than a year
        start = NOW - timedelta(days=days_ago)
        ctx.events.create_event("Frühstück", start, start + timedelta(hours=2), "BNI")
    with ctx.db.write() as session:
        repo = Repository(session)
        quick, slow, never = (
            prepare_new(m.Contact(formatted_name=n, created_at=NOW - timedelta(days=5)), NOW)
            for n in ("Quick", "Slow", "Never")
        )
        repo.add_all([quick, slow, never])
        for contact, after in ((quick, timedelta(hours=20)), (slow, timedelta(hours=50))):
            repo.add(m.FollowUp(
                contact_id=contact.id or 0, kind=m.FollowUpKind.CONNECTION_REQUEST,
                channel=m.Channel.LINKEDIN, due_at=NOW, status=m.FollowUpStatus.DONE,
                done_at=(contact.created_at or NOW) + after,
            ))
    stats = ctx.stats.last_twelve_months(NOW, BERLIN)
    assert stats[0].month == date(2025, 12, 1)
    assert stats[-1].month == date(2026, 11, 1)
    assert (stats[-1].events, stats[-2].events, sum(s.events for s in stats)) == (2, 1, 3)
    november = stats[-1]
    assert (november.new_contacts, november.followed_up_in_24h) == (3, 1)
    assert november.followed_up_share == 1 / 3
    assert stats[0].followed_up_share is None
