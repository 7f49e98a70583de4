"""The demo data looks like German networking life: BNI breakfasts on the chapter's
weekday at 06:45-08:30 local time at one venue, Webgrrls and Stammtische in the evening,
titles that fit the person, addresses transliterated, no men at the women's network."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.services.demo import load_demo

BERLIN = ZoneInfo("Europe/Berlin")
SUNDAY_IN_WINTER = datetime(2026, 11, 29, 10, 0, tzinfo=BERLIN)
THURSDAY_IN_SUMMER = datetime(2026, 7, 16, 12, 0, tzinfo=BERLIN)  # summer time: UTC+2


@pytest.fixture(params=[SUNDAY_IN_WINTER, THURSDAY_IN_SUMMER], ids=["winter", "summer"])
def demo(request: pytest.FixtureRequest, ctx: AppContext) -> AppContext:
    load_demo(ctx.db, request.param.astimezone(ZoneInfo("UTC")))
    return ctx


def events_by_network(ctx: AppContext) -> dict[str, list[m.Event]]:
    found: dict[str, list[m.Event]] = defaultdict(list)
    for summary in ctx.events.list_events():
        found[summary.network_name or ""].append(summary.event)
    return found


def local(moment: datetime) -> datetime:
    return moment.astimezone(BERLIN)


def test_the_bni_chapter_breakfasts_on_tuesdays_at_one_venue_before_work(demo: AppContext) -> None:
    breakfasts = events_by_network(demo)["BNI Chapter Isartal"]
    assert len(breakfasts) == 3
    assert {e.place for e in breakfasts} == {"Gasthof Zur Post, Pullach"}
    for event in breakfasts:
        assert local(event.start).weekday() == 1  # Tuesday
        assert (local(event.start).time(), local(event.end).time()) == (time(6, 45), time(8, 30))
        assert event.start.utcoffset() is not None


def test_webgrrls_and_stammtische_meet_in_the_evening_each_at_its_venue(demo: AppContext) -> None:
    by_network = events_by_network(demo)
    for name in ("Webgrrls München", "Unternehmerstammtisch Starnberg"):
        events = by_network[name]
        assert len({e.place for e in events}) == 1
        evenings = [e for e in events if e.kind != "barcamp"]  # a barcamp is a Saturday
        assert evenings and all(local(e.start).hour >= 18 for e in evenings)
        assert all(local(e.end) > local(e.start) for e in events)


def test_no_man_is_met_at_the_womens_network(demo: AppContext) -> None:
    for event in events_by_network(demo)["Webgrrls München"]:
        assert event.id is not None
        people = [contact for _encounter, contact in demo.events.event(event.id).encounters]
        assert people
        assert all(contact.salutation == m.Salutation.FRAU for contact in people)


def test_people_titles_and_addresses_fit_together(demo: AppContext) -> None:
    contacts = [s.contact for s in demo.contacts.summaries(limit=100)]
    assert len(contacts) == 60
    assert len({c.formatted_name for c in contacts}) == 60  # every name once
    for contact in contacts:
        woman = contact.salutation == m.Salutation.FRAU
        assert contact.title.endswith("in") or contact.title == "Business-Coach" or not woman
        assert not contact.title.endswith("in") or woman
        address = contact.emails[0].value
        assert address.isascii() and re.fullmatch(r"[a-z0-9.-]+@[a-z0-9-]+\.de", address)
        assert all(u.value.isascii() for u in contact.urls)
    by_name = {c.formatted_name: c for c in contacts}
    assert by_name["Björn Petersen"].emails[0].value.startswith("bjoern@")
    assert "grossmann" in by_name["Anja Großmann"].emails[0].value
    assert by_name["Amélie Dubois"].emails[0].value.startswith("amelie@")
    towns = {(a.postal_code, a.locality) for c in contacts for a in c.addresses}
    assert ("82319", "Starnberg") in towns and all(code.startswith("8") for code, _ in towns)
    assert not any(town in ("Wien", "Zürich") for _, town in towns)
