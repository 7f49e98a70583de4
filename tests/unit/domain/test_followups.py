"""The follow-up rules with frozen time in Europe/Berlin: mornings, weekends, DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from netzwerk_app.domain import followups as fu
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.domain.links import mailto_url, profile_url_to_open
from netzwerk_app.domain.strangers import StrangerReply, suggest_reply

BERLIN = ZoneInfo("Europe/Berlin")
RULES = fu.PlanningRules(BERLIN, time(8, 30), skip_weekends=True)
NO_SKIP = fu.PlanningRules(BERLIN, time(8, 30), skip_weekends=False)


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BERLIN)


def event(start: datetime, end: datetime) -> m.Event:
    return m.Event(network_id=1, title="Unternehmerfrühstück", start=start, end=end, id=7)


def person(*urls: str, **kw: object) -> m.Contact:
    return m.Contact(formatted_name="Anna Schmidt", urls=[m.Url(u) for u in urls], id=3, **kw)  # type: ignore[arg-type]


TALKED = m.Encounter(event_id=7, contact_id=3, offering="Steuerberatung")
SILENT = m.Encounter(event_id=7, contact_id=3)
LINKEDIN = "https://www.linkedin.com/in/anna"
XING = "https://www.xing.com/profile/Anna_Schmidt"
TUESDAY = event(at(2026, 11, 24, 19), at(2026, 11, 24, 21, 30))


def test_tuesday_evening_gives_requests_due_wednesday_0830() -> None:
    planned = fu.plan_after_encounter(
        person(LINKEDIN, XING), TALKED, TUESDAY, at(2026, 11, 24, 22), RULES
    )
    assert [p.channel for p in planned] == [m.Channel.LINKEDIN]  # one request, one channel
    for p in planned:
        assert p.kind is m.FollowUpKind.CONNECTION_REQUEST and p.event_id == 7
        assert p.due_at == at(2026, 11, 25, 8, 30)
        assert p.due_at.astimezone(BERLIN).time() == time(8, 30)


def test_friday_evening_with_skip_weekends_is_due_monday() -> None:
    friday = event(at(2026, 11, 27, 18), at(2026, 11, 27, 22))
    (planned,) = fu.plan_after_encounter(
        person(LINKEDIN), TALKED, friday, at(2026, 11, 27, 23), RULES
    )
    assert planned.due_at == at(2026, 11, 30, 8, 30)
    (planned,) = fu.plan_after_encounter(
        person(LINKEDIN), TALKED, friday, at(2026, 11, 27, 23), NO_SKIP
    )
    assert planned.due_at == at(2026, 11, 28, 8, 30)


def test_saturday_event_is_due_monday_with_skip_weekends() -> None:
    saturday = event(at(2026, 11, 28, 10), at(2026, 11, 28, 12))
    (planned,) = fu.plan_after_encounter(
        person(LINKEDIN), TALKED, saturday, at(2026, 11, 28, 13), RULES
    )
    assert planned.due_at == at(2026, 11, 30, 8, 30)


def test_logged_late_is_due_at_once() -> None:
    now = at(2026, 11, 26, 10)  # Thursday 10:00 for Tuesday's event
    (planned,) = fu.plan_after_encounter(person(LINKEDIN), TALKED, TUESDAY, now, RULES)
    followup = planned.to_entity(now)
    assert fu.is_due(followup, now)
    assert planned.due_at <= now


def test_configured_morning_time_is_used() -> None:
    rules = fu.PlanningRules(BERLIN, time(7, 15), True)
    (planned,) = fu.plan_after_encounter(
        person(LINKEDIN), TALKED, TUESDAY, at(2026, 11, 24, 22), rules
    )
    assert planned.due_at == at(2026, 11, 25, 7, 15)


@pytest.mark.parametrize(
    ("end", "due_utc"),
    [
        # Spring forward: Sunday 29 March 2026, clocks 02:00 -> 03:00.
        (at(2026, 3, 28, 21), datetime(2026, 3, 30, 6, 30, tzinfo=UTC)),  # Sat -> Mon, CEST
        (at(2026, 3, 27, 21), datetime(2026, 3, 30, 6, 30, tzinfo=UTC)),  # Fri -> Mon
        # Fall back: Sunday 25 October 2026, clocks 03:00 -> 02:00.
        (at(2026, 10, 24, 21), datetime(2026, 10, 26, 7, 30, tzinfo=UTC)),  # Sat -> Mon, CET
    ],
)
def test_dst_weeks_keep_0830_local(end: datetime, due_utc: datetime) -> None:
    ev = event(end - timedelta(hours=2), end)
    (planned,) = fu.plan_after_encounter(person(LINKEDIN), TALKED, ev, end, RULES)
    assert planned.due_at == due_utc
    assert planned.due_at.astimezone(BERLIN).time() == time(8, 30)


@pytest.mark.parametrize(("day", "offset"), [(29, 2), (25, 1)])  # CEST after spring, CET after fall
def test_dst_sundays_without_weekend_skip(day: int, offset: int) -> None:
    month = 3 if day == 29 else 10
    ev = event(at(2026, month, day - 1, 19), at(2026, month, day - 1, 23, 30))
    (planned,) = fu.plan_after_encounter(person(LINKEDIN), TALKED, ev, ev.end, NO_SKIP)
    assert planned.due_at.astimezone(BERLIN) == at(2026, month, day, 8, 30)
    assert planned.due_at.utcoffset() is not None
    assert planned.due_at.astimezone(UTC).hour == 8 - offset


def test_event_ending_after_midnight_counts_from_its_end() -> None:
    late = event(at(2026, 11, 24, 20), at(2026, 11, 25, 0, 30))
    (planned,) = fu.plan_after_encounter(person(LINKEDIN), TALKED, late, late.end, RULES)
    assert planned.due_at == at(2026, 11, 25, 8, 30)  # eight hours after its end


@pytest.mark.parametrize(
    ("start", "end", "due", "why"),
    [
        # The example: Thursday night into Friday -> Friday 08:30, not Monday.
        (at(2026, 11, 26, 20), at(2026, 11, 27, 1), at(2026, 11, 27, 8, 30), "7.5 h later"),
        (at(2026, 11, 24, 19), at(2026, 11, 24, 23), at(2026, 11, 25, 8, 30), "9.5 h later"),
        # 08:30 the same morning is only 5.5 hours after 03:00: the next day's.
        (at(2026, 11, 24, 22), at(2026, 11, 25, 3), at(2026, 11, 26, 8, 30), "29.5 h later"),
        (at(2026, 11, 24, 22), at(2026, 11, 25, 2, 30), at(2026, 11, 25, 8, 30), "exactly 6 h"),
        # A breakfast: the next morning, as before.
        (at(2026, 11, 24, 6, 45), at(2026, 11, 24, 9), at(2026, 11, 25, 8, 30), "23.5 h later"),
    ],
)
def test_the_morning_after_is_the_first_morning_six_hours_after_the_end(
    start: datetime, end: datetime, due: datetime, why: str
) -> None:
    (planned,) = fu.plan_after_encounter(person(LINKEDIN), TALKED, event(start, end), end, RULES)
    assert planned.due_at == due, why
    assert planned.due_at - end >= timedelta(hours=6)


@pytest.mark.parametrize(
    ("end", "due", "why"),
    [
        # Spring forward (29 March 2026, 02:00 -> 03:00): 01:45 CET to 08:30 CEST looks
        # like 6 h 45 min on the wall but is 5 h 45 min: the next day's morning.
        (at(2026, 3, 29, 1, 45), at(2026, 3, 30, 8, 30), "5:45 real hours"),
        (at(2026, 3, 29, 1, 0), at(2026, 3, 29, 8, 30), "6:30 real hours"),
        # Fall back (25 October 2026, 03:00 -> 02:00): the first 02:45 (summer time) is
        # 6 h 45 min before 08:30 CET although the wall clock says 5 h 45 min.
        (at(2026, 10, 25, 2, 45), at(2026, 10, 25, 8, 30), "6:45 real hours"),
        (
            datetime(2026, 10, 25, 2, 45, fold=1, tzinfo=BERLIN),
            at(2026, 10, 26, 8, 30),
            "5:45 real hours",
        ),
    ],
)
def test_six_hours_are_real_hours_on_daylight_saving_nights(
    end: datetime, due: datetime, why: str
) -> None:
    ev = event(end - timedelta(hours=3), end)
    (planned,) = fu.plan_after_encounter(person(LINKEDIN), TALKED, ev, end, NO_SKIP)
    assert planned.due_at == due, why
    assert planned.due_at.astimezone(BERLIN).time() == time(8, 30)


def test_a_first_morning_on_the_weekend_moves_to_monday_only_when_weekends_are_skipped() -> None:
    friday_night = event(at(2026, 11, 27, 19), at(2026, 11, 27, 23))
    (planned,) = fu.plan_after_encounter(
        person(LINKEDIN), TALKED, friday_night, at(2026, 11, 28), RULES
    )
    assert planned.due_at == at(2026, 11, 30, 8, 30)
    (planned,) = fu.plan_after_encounter(
        person(LINKEDIN), TALKED, friday_night, at(2026, 11, 28), NO_SKIP
    )
    assert planned.due_at == at(2026, 11, 28, 8, 30)


def test_spring_forward_gap_gives_a_real_time() -> None:
    value = fu.local_time(date(2026, 3, 29), time(2, 30), BERLIN)
    assert value.astimezone(UTC) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "state",
    [
        m.RelationshipState.CONNECTED,
        m.RelationshipState.FOLLOWING,
        m.RelationshipState.SENT,
        m.RelationshipState.IGNORED,
    ],
)
def test_no_request_where_already_connected_or_following(state: m.RelationshipState) -> None:
    contact = person(LINKEDIN, XING, linkedin_state=state)
    # Linked (or deliberately not) on one network: no request on the other either.
    assert fu.plan_after_encounter(contact, TALKED, TUESDAY, at(2026, 11, 24, 22), RULES) == []


def email(address: str) -> m.Email:
    return m.Email(address)


@pytest.mark.parametrize(
    ("urls", "emails", "channel"),
    [
        ((LINKEDIN, XING), ("anna@schmidt.de",), m.Channel.LINKEDIN),
        ((XING,), ("anna@schmidt.de",), m.Channel.XING),
        (("https://www.schmidt-steuer.de",), ("anna@schmidt.de",), m.Channel.EMAIL),
        # Name and pitch only: a LinkedIn request whose profile the queue searches for.
        ((), (), m.Channel.LINKEDIN),
        (("https://www.schmidt-steuer.de",), (), m.Channel.LINKEDIN),
    ],
)
def test_one_request_on_one_channel_linkedin_xing_email_search(
    urls: tuple[str, ...], emails: tuple[str, ...], channel: m.Channel
) -> None:
    contact = person(*urls, emails=[email(e) for e in emails])
    (planned,) = fu.plan_after_encounter(contact, TALKED, TUESDAY, at(2026, 11, 24, 22), RULES)
    assert planned.channel is channel and planned.kind is m.FollowUpKind.CONNECTION_REQUEST


def test_no_email_request_when_connected_elsewhere() -> None:
    # Connected on LinkedIn: no e-mail request either.
    contact = person(LINKEDIN, linkedin_state=m.RelationshipState.CONNECTED)
    assert fu.plan_after_encounter(contact, TALKED, TUESDAY, at(2026, 11, 24, 22), RULES) == []


def test_no_real_conversation_suggests_follow_instead() -> None:
    planned = fu.plan_after_encounter(
        person(LINKEDIN, XING), SILENT, TUESDAY, at(2026, 11, 24, 22), RULES
    )
    assert {p.kind for p in planned} == {m.FollowUpKind.FOLLOW_INSTEAD}
    # Nobody to follow without a profile; nothing to connect about without a talk.
    assert fu.plan_after_encounter(person(), SILENT, TUESDAY, at(2026, 11, 24, 22), RULES) == []


def test_welcome_two_days_after_acceptance() -> None:
    planned = fu.plan_welcome(3, date(2026, 11, 23), at(2026, 11, 23, 12), RULES)  # Monday
    assert planned.kind is m.FollowUpKind.WELCOME_AND_OFFER_HELP
    assert planned.due_at == at(2026, 11, 25, 8, 30)
    friday = fu.plan_welcome(3, date(2026, 11, 26), at(2026, 11, 26, 12), RULES)  # Thu -> Sat
    assert friday.due_at == at(2026, 11, 30, 8, 30)


def test_birthdays_only_for_the_personally_known_and_only_on_the_day() -> None:
    known = person(LINKEDIN, personally_known=True, birthday=m.Birthday(11, 25))
    stranger = person(LINKEDIN, personally_known=False, birthday=m.Birthday(11, 25))
    planned = fu.plan_birthday(known, at(2026, 11, 25, 6), RULES)
    assert planned is not None and planned.due_at == at(2026, 11, 25, 8, 30)
    assert planned.kind is m.FollowUpKind.BIRTHDAY_GREETING
    assert fu.plan_birthday(stranger, at(2026, 11, 25, 6), RULES) is None
    assert fu.plan_birthday(known, at(2026, 11, 24, 23, 59), RULES) is None
    assert fu.plan_birthday(known, at(2026, 11, 26, 0, 1), RULES) is None


def test_birthday_on_a_saturday_stays_on_saturday() -> None:
    known = person(personally_known=True, birthday=m.Birthday(11, 28), emails=[m.Email("a@b.de")])
    planned = fu.plan_birthday(known, at(2026, 11, 28, 9), RULES)
    assert planned is not None and planned.due_at == at(2026, 11, 28, 8, 30)
    assert planned.channel is m.Channel.EMAIL


def test_leap_day_birthday_is_greeted_on_28_february_in_other_years() -> None:
    leap = person(personally_known=True, birthday=m.Birthday(2, 29))
    assert fu.birthday_in(m.Birthday(2, 29), 2027) == date(2027, 2, 28)
    assert fu.birthday_in(m.Birthday(2, 29), 2028) == date(2028, 2, 29)
    assert fu.plan_birthday(leap, at(2027, 2, 28, 7), RULES) is not None
    assert fu.plan_birthday(leap, at(2027, 3, 1, 7), RULES) is None
    assert fu.plan_birthday(leap, at(2028, 2, 28, 7), RULES) is None
    assert fu.plan_birthday(leap, at(2028, 2, 29, 7), RULES) is not None


def test_birthday_key_includes_the_year() -> None:
    a = fu.followup_key(
        3, m.FollowUpKind.BIRTHDAY_GREETING, m.Channel.EMAIL, None, at(2026, 5, 1), BERLIN
    )
    b = fu.followup_key(
        3, m.FollowUpKind.BIRTHDAY_GREETING, m.Channel.EMAIL, None, at(2027, 5, 1), BERLIN
    )
    assert a != b
    c = fu.followup_key(3, m.FollowUpKind.FOLLOW_INSTEAD, m.Channel.XING, 7, at(2026, 5, 1), BERLIN)
    d = fu.followup_key(
        3, m.FollowUpKind.CONNECTION_REQUEST, m.Channel.XING, 7, at(2026, 6, 1), BERLIN
    )
    assert c == d


def test_review_website_the_same_day_for_people_just_met_without_a_note() -> None:
    logged = at(2026, 11, 24, 22)
    contact = person(LINKEDIN)
    planned = fu.plan_review_website(contact, False, logged, at(2026, 11, 24, 22, 5))
    assert planned is not None and planned.due_at == logged
    assert planned.kind is m.FollowUpKind.REVIEW_WEBSITE
    assert fu.plan_review_website(contact, True, logged, at(2026, 11, 24, 22, 5)) is None
    assert fu.plan_review_website(contact, False, logged, logged + timedelta(days=30)) is None


def test_keep_in_touch_clock_restarts_at_the_last_interaction() -> None:
    contact = person(keep_in_touch_days=30, created_at=at(2026, 1, 1))
    now = at(2026, 3, 1)
    late = fu.losing_touch(contact, None, now)
    assert late is not None and late.due_since == at(2026, 1, 31) and late.days_overdue(now) == 29
    assert fu.losing_touch(contact, at(2026, 2, 15), now) is None
    assert fu.losing_touch(contact, at(2026, 1, 20), now) is not None
    assert fu.losing_touch(person(created_at=at(2020, 1, 1)), None, now) is None
    assert fu.latest([None, at(2026, 1, 2), at(2026, 1, 5)]) == at(2026, 1, 5)


def test_snooze_options() -> None:
    now = at(2026, 11, 27, 9, 10)  # Friday
    assert fu.snooze_until(fu.SnoozeOption.ONE_HOUR, now, RULES) == now + timedelta(hours=1)
    assert fu.snooze_until(fu.SnoozeOption.TOMORROW, now, RULES) == at(2026, 11, 28, 8, 30)
    assert fu.snooze_until(fu.SnoozeOption.NEXT_WEEK, now, RULES) == at(2026, 11, 30, 8, 30)
    chosen = fu.snooze_until(fu.SnoozeOption.DATE, now, RULES, date(2026, 12, 3))
    assert chosen == at(2026, 12, 3, 8, 30)
    with pytest.raises(ValidationError):
        fu.snooze_until(fu.SnoozeOption.DATE, now, RULES, date(2026, 11, 1))
    with pytest.raises(ValidationError):
        fu.snooze_until(fu.SnoozeOption.DATE, now, RULES)


def test_snooze_next_week_across_the_october_change() -> None:
    until = fu.snooze_until(fu.SnoozeOption.NEXT_WEEK, at(2026, 10, 22, 12), RULES)
    assert until == at(2026, 10, 26, 8, 30)
    assert until.astimezone(UTC).hour == 7


def test_done_snooze_skip_transitions() -> None:
    now = at(2026, 11, 25, 8, 30)
    f = m.FollowUp(3, m.FollowUpKind.CONNECTION_REQUEST, m.Channel.LINKEDIN, now)
    fu.mark_snoozed(f, now + timedelta(hours=1))
    assert not fu.is_due(f, now + timedelta(minutes=30)) and fu.is_due(f, now + timedelta(hours=1))
    fu.mark_done(f, now + timedelta(hours=2))
    assert f.status is m.FollowUpStatus.DONE and f.done_at == now + timedelta(hours=2)
    assert not fu.is_due(f, now + timedelta(days=1))
    with pytest.raises(ValidationError):
        fu.mark_skipped(f, "too late")
    g = m.FollowUp(3, m.FollowUpKind.CONNECTION_REQUEST, m.Channel.XING, now)
    fu.mark_skipped(g, "Kein XING-Profil mehr")
    assert g.status is m.FollowUpStatus.SKIPPED and g.skip_reason == "Kein XING-Profil mehr"
    # The reason is optional.
    h = m.FollowUp(3, m.FollowUpKind.CONNECTION_REQUEST, m.Channel.XING, now)
    fu.mark_skipped(h)
    assert h.status is m.FollowUpStatus.SKIPPED and h.skip_reason == ""


def test_queue_order_birthdays_then_requests_then_the_rest() -> None:
    now = at(2026, 11, 25, 8, 30)
    items = [
        m.FollowUp(
            1, m.FollowUpKind.REVIEW_WEBSITE, m.Channel.EMAIL, now - timedelta(days=1), id=1
        ),
        m.FollowUp(2, m.FollowUpKind.CONNECTION_REQUEST, m.Channel.LINKEDIN, now, id=2),
        m.FollowUp(
            3, m.FollowUpKind.CONNECTION_REQUEST, m.Channel.LINKEDIN, now - timedelta(days=2), id=3
        ),
        m.FollowUp(4, m.FollowUpKind.BIRTHDAY_GREETING, m.Channel.EMAIL, now, id=4),
    ]
    assert [f.id for f in fu.queue_order(items)] == [4, 3, 2, 1]


def test_quota_goes_to_the_richest_conversations() -> None:
    rich = m.Encounter(1, 1, pitch="p", offering="o", customers="c", talked_business=True)
    assert fu.conversation_richness(rich) == 4 and fu.conversation_richness(None) == 0
    assert fu.spend_quota_on([(10, 1), (11, 4), (12, 2), (13, 4)], 2) == {11, 13}
    assert fu.spend_quota_on([(10, 1)], 0) == set()
    assert fu.month_start(at(2026, 11, 25, 8), BERLIN) == at(2026, 11, 1)


def test_rules_refuse_naive_times() -> None:
    with pytest.raises(ValueError):
        fu.plan_after_encounter(
            person(LINKEDIN), TALKED, TUESDAY, datetime(2026, 11, 24, 22), RULES
        )


# --- links the GUI may open ---------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/anna",
        "https://de.linkedin.com/in/anna",
        "https://www.xing.com/profile/Anna_Schmidt",
        "https://www.schmidt-steuer.de/team",
    ],
)
def test_safe_profile_urls_open(url: str) -> None:
    contact = person(LINKEDIN, "https://www.schmidt-steuer.de")
    assert profile_url_to_open(url, contact) == url


@pytest.mark.parametrize(
    "url",
    [
        "http://www.linkedin.com/in/anna",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "https://www.linkedin.com@evil.example/in/anna",
        "https://user:pw@www.linkedin.com/in/anna",
        "https://linkedin.com.evil.example/in/anna",
        "https://evillinkedin.com/in/anna",
        "https://www.linkedin.com:8443/in/anna",
        "https://www.linkedin.com/in/anna\nX",
        "https://www.lіnkedin.com/in/anna",  # Cyrillic i
        "https://other-site.de/",
        "  ",
        "https:///nohost",
    ],
)
def test_unsafe_urls_are_refused(url: str) -> None:
    assert profile_url_to_open(url, person(LINKEDIN, "https://www.schmidt-steuer.de")) is None


def test_mailto_encodes_subject_and_body_and_refuses_header_tricks() -> None:
    url = mailto_url("anna@schmidt.de", "Schön, Sie kennengelernt zu haben", "Hallo\nAnna & Co")
    assert url is not None and url.startswith("mailto:anna@schmidt.de?subject=Sch%C3%B6n")
    assert "%0D%0A" in url and "%26" in url
    assert mailto_url("anna@schmidt.de?bcc=x@y.de", "s", "b") is None
    assert mailto_url("a@b.de\r\nBcc: x@y.de", "s", "b") is None


def test_stranger_reply_suggestions() -> None:
    assert suggest_reply("") is StrangerReply.ASK_WHY
    assert (
        suggest_reply("Ich habe Ihren Vortrag über Steuern gehört.") is StrangerReply.OFFER_FOLLOW
    )
    assert suggest_reply("Exklusives Angebot: 20 % Rabatt!") is StrangerReply.IGNORE
    assert suggest_reply("See www.example.com") is StrangerReply.IGNORE


def test_people_search_urls_for_name_and_organisation() -> None:
    url = fu.people_search_url(m.Platform.LINKEDIN, "Jörg Weiß", "Weiß & Partner")
    assert url == (
        "https://www.linkedin.com/search/results/people/?keywords="
        "J%C3%B6rg+Wei%C3%9F+Wei%C3%9F+%26+Partner"
    )
    assert fu.people_search_url(m.Platform.XING, "Anna Schmidt").startswith(
        "https://www.xing.com/search/members?keywords=Anna+Schmidt"
    )


@pytest.mark.parametrize(
    ("text", "platform", "url"),
    [
        (
            " https://www.linkedin.com/in/anna ",
            m.Platform.LINKEDIN,
            "https://www.linkedin.com/in/anna",
        ),
        ("de.linkedin.com/in/anna", m.Platform.LINKEDIN, "https://de.linkedin.com/in/anna"),
        (
            "https://www.xing.com/profile/Anna_Schmidt",
            m.Platform.XING,
            "https://www.xing.com/profile/Anna_Schmidt",
        ),
    ],
)
def test_a_pasted_profile_url_names_its_network(text: str, platform: m.Platform, url: str) -> None:
    assert fu.pasted_profile(text) == (platform, url)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Anna Schmidt",
        "https://www.schmidt-steuer.de",
        "https://linkedin.com@evil.example/in/anna",
        "http://www.linkedin.com/in/anna",
        "https://www.linkedin.com/search/results/people/?keywords=Anna",
        "https://www.linkedin.com/",
    ],
)
def test_anything_but_a_profile_url_is_refused_in_one_sentence(text: str) -> None:
    with pytest.raises(ValidationError, match="LinkedIn or XING profile"):
        fu.pasted_profile(text)


def test_the_review_task_needs_something_to_open_or_nobody_else_searching() -> None:
    logged = at(2026, 11, 24, 22)
    without_url = person()
    assert fu.plan_review_website(without_url, False, logged, logged, has_open_request=True) is None
    assert fu.plan_review_website(without_url, False, logged, logged) is not None
    with_url = person("https://www.schmidt-steuer.de")
    assert fu.plan_review_website(with_url, False, logged, logged, has_open_request=True)
