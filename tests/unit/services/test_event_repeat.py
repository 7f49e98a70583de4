"""Repeat last event: a network's next event prefilled, its regulars, ticked = met."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from factories import make_contact

from netzwerk_app.app import AppContext
from netzwerk_app.domain.errors import NotFoundError, ValidationError
from netzwerk_app.infra.clock import FixedClock

BERLIN = ZoneInfo("Europe/Berlin")
# BNI Isartal meets on Tuesdays 06:45-08:30; the app's clock stands on Saturday 28 Nov.
TUESDAYS = [datetime(2026, 11, 24, 6, 45, tzinfo=BERLIN) - timedelta(weeks=n) for n in range(6)]
BREAKFAST = timedelta(hours=1, minutes=45)
AFTER_BREAKFAST = datetime(2026, 12, 1, 9, 0, tzinfo=BERLIN)


def chapter(ctx: AppContext) -> dict[str, int]:
    """Six breakfasts: Anna at all, Björn at two, Carla once; Dora moved to the trash."""
    people = {
        n: make_contact(ctx, n, urls=[f"https://www.linkedin.com/in/{n.lower()}"]).id or 0
        for n in ("Anna", "Bjoern", "Carla", "Dora")
    }
    came = [
        ("Anna", "Bjoern", "Dora"),
        ("Anna", "Dora"),
        ("Anna", "Bjoern"),
        ("Anna", "Carla"),
        ("Anna",),
        ("Anna",),
    ]
    for start, names in zip(TUESDAYS, came, strict=True):
        event = ctx.events.create_event(
            "Unternehmerfrühstück", start, start + BREAKFAST, "BNI Isartal", place="Hotel Post"
        )
        for name in names:
            ctx.events.record_encounter(event.id or 0, people[name])
    ctx.contacts.trash([people["Dora"]])
    return people


def test_the_next_event_is_prefilled_a_week_later_with_the_regulars(ctx: AppContext) -> None:
    people = chapter(ctx)
    plan = ctx.events.repeat_plan("bni isartal")
    assert plan.network.name == "BNI Isartal"
    assert (plan.event.title, plan.event.place) == ("Unternehmerfrühstück", "Hotel Post")
    assert plan.event.start == datetime(2026, 12, 1, 6, 45, tzinfo=BERLIN)
    assert plan.event.end - plan.event.start == BREAKFAST
    assert plan.interval == timedelta(days=7)
    # Regulars: met at two or more of the last six; not Carla (once), not Dora (trash).
    assert [(c.display_name, r.times, r.of) for c, r in plan.regulars] == [
        ("Anna", 6, 6),
        ("Bjoern", 2, 6),
    ]
    # The same plan from the number of one of the network's events.
    last_id = plan.last.id or 0
    assert ctx.events.repeat_plan(last_id).event.start == plan.event.start
    assert ctx.events.repeat_plan(f"#{last_id}").network.id == plan.network.id
    assert people["Anna"] == plan.regulars[0][0].id


def test_ticked_regulars_are_recorded_as_met_with_their_follow_ups(
    ctx: AppContext, clock: FixedClock
) -> None:
    people = chapter(ctx)
    clock.set(AFTER_BREAKFAST)  # the user records who came, right after it
    plan = ctx.events.repeat_plan("BNI Isartal")
    event = ctx.events.create_event(
        plan.event.title, plan.event.start, plan.event.end, plan.network.name, plan.event.place
    )
    ticked = [c.id or 0 for c, _r in plan.regulars]
    assert ctx.events.record_met(event.id or 0, ticked + ticked[:1]) == 2  # no doubles
    met = ctx.events.event(event.id or 0).encounters
    assert sorted(c.display_name for _e, c in met) == ["Anna", "Bjoern"]
    # Follow-ups planned as for anyone captured: Eva ticked and Frieda typed in at the
    # same event (both on LinkedIn, new to the chapter) get the same follow-up.
    eva = make_contact(ctx, "Eva", urls=["https://www.linkedin.com/in/eva"])
    frieda = make_contact(ctx, "Frieda", urls=["https://www.linkedin.com/in/frieda"])
    assert ctx.events.record_met(event.id or 0, [eva.id or 0]) == 1
    ctx.events.capture_person(event.id or 0, "Frieda", contact_id=frieda.id)

    def planned(contact_id: int) -> list[tuple[str, object]]:
        return sorted(
            (str(f.kind), f.due_at)
            for f in ctx.contacts.details(contact_id).followups
            if f.event_id == event.id
        )

    assert planned(eva.id or 0) == planned(frieda.id or 0) != []
    # Regulars with a request still open from an earlier breakfast get no second one.
    assert planned(people["Bjoern"]) == []
    # Ticking again changes nothing.
    assert ctx.events.record_met(event.id or 0, ticked) == 0


def test_nothing_to_repeat_is_said_in_a_sentence(ctx: AppContext) -> None:
    with pytest.raises(NotFoundError, match="no network called Webgrrls"):
        ctx.events.repeat_plan("Webgrrls")
    ctx.events.ensure_network("Webgrrls")
    with pytest.raises(ValidationError, match="no event to repeat yet"):
        ctx.events.repeat_plan("Webgrrls")
    loose = ctx.events.create_event("Messe", TUESDAYS[0], TUESDAYS[0])
    with pytest.raises(ValidationError, match="belongs to no network"):
        ctx.events.repeat_plan(loose.id or 0)
    with pytest.raises(NotFoundError):
        ctx.events.repeat_plan(999)
