"""The evening-to-morning flow as a user scripts it: event add, contact add, meet, queue.

The commands run in-process on the app's fixed clock (``cli.main(clock=...)``), in
Berlin, so they answer the same on any day CI runs them.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from netzwerk_app import cli
from netzwerk_app.infra.clock import FixedClock

TUESDAY_EVENING = datetime(2026, 11, 24, 21, 0, tzinfo=ZoneInfo("Europe/Berlin"))
GAP = "2026-03-29 02:30 does not exist in Europe/Berlin (clocks go forward); choose another time."


class Cli:
    """``netzwerk --basedir BASE ...`` run in this process on a fixed clock."""

    def __init__(self, base: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> None:
        self.base, self.clock, self.capsys = base, clock, capsys

    def run(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        status = cli.main(["--basedir", str(self.base), *args], clock=self.clock)
        out, err = self.capsys.readouterr()
        return status, out, err

    def ok(self, *args: str) -> str:
        status, out, err = self.run(*args)
        assert status == 0, err
        return out


@pytest.fixture
def netzwerk(
    tmp_path: Path, clock: FixedClock, berlin: ZoneInfo, capsys: pytest.CaptureFixture[str]
) -> Cli:
    return Cli(tmp_path / "data", clock, capsys)


def breakfast(netzwerk: Cli, start: datetime, people: list[tuple[str, str]]) -> list[str]:
    """An event add, then each person added and met at it; the lines ``meet`` printed."""
    netzwerk.ok(
        "event",
        "add",
        "--network",
        "BNI Chapter Isartal",
        "--title",
        "Unternehmerfrühstück",
        "--start",
        start.strftime("%Y-%m-%dT%H:%M"),
        "--end",
        (start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
    )
    printed = []
    for index, (name, url) in enumerate(people, start=1):
        netzwerk.ok("contact", "add", "--name", name, "--url", url)
        printed.append(
            netzwerk.ok("meet", str(index), "--event", "1", "--offering", f"Beratung {index}")
        )
    return printed


def tuesday_breakfast(netzwerk: Cli, clock: FixedClock, people: list[tuple[str, str]]) -> None:
    """The Tuesday 06:45 breakfast and its ``people``, logged that evening."""
    clock.set(TUESDAY_EVENING)
    breakfast(netzwerk, TUESDAY_EVENING.replace(hour=6, minute=45), people)


@pytest.fixture
def flow(netzwerk: Cli, clock: FixedClock) -> tuple[Cli, str]:
    """A Tuesday breakfast logged that evening, three people met."""
    people = [
        ("Katharina von der Heide", "https://www.linkedin.com/in/katharina"),
        ("Björn Großmann", "https://www.linkedin.com/in/bjoern"),
        ("Özlem Yılmaz", "https://www.linkedin.com/in/oezlem"),
    ]
    tuesday_breakfast(netzwerk, clock, people)
    return netzwerk, "2026-11-25"


def test_queue_at_the_next_morning(flow: tuple[Cli, str]) -> None:
    netzwerk, morning = flow
    early = json.loads(netzwerk.ok("queue", "--at", f"{morning}T08:29", "--json"))
    assert [i for i in early if i["kind"] == "connection_request"] == []
    items = json.loads(netzwerk.ok("queue", "--at", f"{morning}T08:31", "--json"))
    requests = [i for i in items if i["kind"] == "connection_request"]
    assert len(requests) == 3
    for item in requests:
        assert set(item) >= {"id", "kind", "channel", "due", "contact_id", "draft", "limit"}
        assert item["length"] <= item["limit"] == 200 and item["ready"]
        assert "Unternehmerfrühstück" in item["draft"] and "gestern" in item["draft"]
        assert item["contact"].split()[-1] in item["draft"]


def test_draft_done_snooze_skip(flow: tuple[Cli, str]) -> None:
    netzwerk, _ = flow
    out = netzwerk.ok("draft", "1", "--lang", "en", "--form", "du")
    assert out.startswith("Hi Katharina") and "/ 200 characters (note) — ready" in out
    data = json.loads(netzwerk.ok("draft", "1", "--json"))
    assert data["draft"].startswith("Guten Tag Katharina von der Heide") and data["limit"] == 200
    assert "snoozed until" in netzwerk.ok("followup", "snooze", "2", "week")
    assert "snoozed until" in netzwerk.ok("snooze", "2", "2099-01-05")
    assert "skipped" in netzwerk.ok("skip", "3", "Kein", "Profil")
    assert "marked done" in netzwerk.ok("followup", "done", "1")
    shown = json.loads(netzwerk.ok("show", "1", "--json"))
    assert shown["linkedin_state"] == "sent"


def test_expected_problems_are_one_sentence(flow: tuple[Cli, str]) -> None:
    netzwerk, _ = flow
    netzwerk.ok("skip", "3", "Kein", "Profil")  # skipping it twice is the problem below
    for args in (
        ("done", "999"),
        ("skip", "3", "again"),
        ("snooze", "2", "someday"),
    ):
        status, _, err = netzwerk.run(*args)
        assert status == 1, args
        assert err.startswith("netzwerk: ") and err.count("\n") == 1, args


# The breakfast (06:45-08:45) two days before each named moment, when its connection
# request falls due (the first 08:30 six hours after its end, weekends skipped), and
# whether it is in the queue at that moment.
TWO_DAYS_BEFORE = {
    "2026-11-28": ("2026-11-26", "2026-11-27 08:30", True),  # Saturday 10:00
    "2026-11-29": ("2026-11-27", "2026-11-30 08:30", False),  # Sunday 23:40: Monday's
    "2026-03-29": ("2026-03-27", "2026-03-30 08:30", False),  # spring-forward night
    "2026-10-25": ("2026-10-23", "2026-10-26 08:30", False),  # fall-back night
    "2026-12-31": ("2026-12-29", "2026-12-30 08:30", True),  # New Year's Eve 23:30
}


def test_the_queue_at_named_moments(netzwerk: Cli, moment: datetime) -> None:
    day, due, in_queue = TWO_DAYS_BEFORE[moment.date().isoformat()]
    start = datetime.fromisoformat(f"{day}T06:45")
    (printed,) = breakfast(netzwerk, start, [("Anna Schmidt", "https://www.linkedin.com/in/a")])
    assert f"connection_request via linkedin, due {due}" in printed
    items = json.loads(netzwerk.ok("queue", "--json"))  # "now" is the app's clock
    requests = [i for i in items if i["kind"] == "connection_request"]
    assert len(requests) == int(in_queue)
    due_day = due.split()[0]
    early = json.loads(netzwerk.ok("queue", "--at", f"{due_day}T08:29", "--json"))
    assert [i for i in early if i["kind"] == "connection_request"] == []
    later = json.loads(netzwerk.ok("queue", "--at", f"{due_day}T08:31", "--json"))
    assert [i["contact"] for i in later if i["kind"] == "connection_request"] == ["Anna Schmidt"]


def test_an_event_at_a_time_the_clocks_skip_is_refused(netzwerk: Cli) -> None:
    nachtcafe = ("event", "add", "--network", "BNI", "--title", "Nachtcafé")
    status, _, err = netzwerk.run(
        *nachtcafe, "--start", "2026-03-29T02:30", "--end", "2026-03-29T04:00"
    )
    assert (status, err) == (1, f"netzwerk: {GAP}\n")
    assert netzwerk.ok("events") == "No events yet.\n"
    # The first 02:30 of the fall-back night is taken (summer time, 00:30 UTC).
    netzwerk.ok(*nachtcafe, "--start", "2026-10-25T02:30", "--end", "2026-10-25T04:00")
    (event,) = json.loads(netzwerk.ok("events", "--json"))
    assert (
        datetime.fromisoformat(event["start"]).timestamp()
        == datetime.fromisoformat("2026-10-25T00:30:00+00:00").timestamp()
    )


def test_snoozing_until_a_time_the_clocks_skip_is_refused(flow: tuple[Cli, str]) -> None:
    netzwerk, _ = flow
    status, _, err = netzwerk.run("snooze", "1", "2026-03-29T02:30")
    assert (status, err) == (1, f"netzwerk: {GAP}\n")


def test_queue_json_names_the_profile_or_the_people_search(
    netzwerk: Cli, clock: FixedClock
) -> None:
    tuesday_breakfast(
        netzwerk, clock, [("Katharina von der Heide", "https://www.linkedin.com/in/katharina")]
    )
    netzwerk.ok("contact", "add", "--name", "Jörg Weiß")  # name and pitch only
    netzwerk.ok("meet", "2", "--event", "1", "--pitch", "Tischler aus Giesing")
    items = json.loads(netzwerk.ok("queue", "--at", "2026-11-25T08:31", "--json"))
    requests = {i["contact_id"]: i for i in items if i["kind"] == "connection_request"}
    assert len(requests) == 2  # one per person
    for item in requests.values():
        assert set(item) >= {
            "id",
            "kind",
            "channel",
            "due",
            "contact_id",
            "draft",
            "limit",
            "profile_url",
            "search_url",
        }
    known, unknown = requests[1], requests[2]
    assert known["profile_url"] == "https://www.linkedin.com/in/katharina"
    assert known["search_url"] is None
    assert unknown["profile_url"] is None and unknown["channel"] == "linkedin"
    assert unknown["search_url"] == (
        "https://www.linkedin.com/search/results/people/?keywords=J%C3%B6rg+Wei%C3%9F"
    )
    assert unknown["limit"] == 200 and unknown["length"] <= 200


def test_a_xing_basic_request_goes_without_a_note_and_its_text_waits(
    netzwerk: Cli, clock: FixedClock
) -> None:
    tuesday_breakfast(
        netzwerk, clock, [("Bernd Maier", "https://www.xing.com/profile/Bernd_Maier")]
    )
    queue = json.loads(netzwerk.ok("queue", "--at", "2026-11-25T08:31", "--json"))
    (item,) = [i for i in queue if i["kind"] == "connection_request"]
    assert item["channel"] == "xing" and item["without_note"] is True
    assert item["mode"] == "message" and "Vernetzen" in item["draft"]
    assert "connect without a note now" in netzwerk.ok("queue", "--at", "2026-11-25T08:31")
    netzwerk.ok("done", str(item["id"]), "--at", "2026-11-25T08:40")
    shown = json.loads(netzwerk.ok("show", "1", "--json"))
    waiting = [f for f in shown["followups"] if f["status"] == "waiting"]
    assert len(waiting) == 1 and waiting[0]["kind"] == "welcome_and_offer_help"
    later = json.loads(netzwerk.ok("queue", "--at", "2026-11-26T08:31", "--json"))
    assert [i["kind"] for i in later] == ["review_website"]  # no thank-you before connecting
