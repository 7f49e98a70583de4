"""Issue 12, Done when line 1: four people met at one breakfast, each greeted as the user
set it and each draft built on what that person said — scripted through the CLI.

The commands run in-process on a fixed clock (as in test_cli_followups), so the
evening and the next morning are named moments, not today.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from netzwerk_app import cli
from netzwerk_app.infra.clock import FixedClock

TUESDAY_EVENING = datetime(2026, 11, 24, 21, 0, tzinfo=ZoneInfo("Europe/Berlin"))
NEXT_MORNING = "2026-11-25T08:31"

# name, contact edit flags, profile flags, meet flags, greeting, their words
PEOPLE = [
    (
        "Dr. Aylin Öztürk",
        ["--salutation", "frau", "--form", "sie", "--lang", "de"],
        ["--url", "https://www.linkedin.com/in/aylin-oeztuerk"],
        ["--idea", "gemeinsame Workshops zur Nachfolge"],
        "Guten Tag Frau Dr. Öztürk,",
        "gemeinsame Workshops zur Nachfolge",
    ),
    (
        "Jürgen Müller",
        ["--salutation", "herr", "--form", "sie", "--lang", "de"],
        ["--email", "juergen.mueller@example.org"],
        ["--offering", "Lohnbuchhaltung für Handwerksbetriebe"],
        "Sehr geehrter Herr Müller,",
        "Lohnbuchhaltung für Handwerksbetriebe",
    ),
    (
        "Lena Berg",
        ["--salutation", "frau", "--form", "du", "--lang", "de"],
        ["--url", "https://www.linkedin.com/in/lena-berg"],
        ["--customers", "Cafés und kleine Läden"],
        "Hallo Lena,",
        "Cafés und kleine Läden",
    ),
    (
        "Sarah Miller",
        ["--salutation", "none", "--form", "du", "--lang", "en"],
        [],
        ["--pitch", "pricing workshops for startups"],
        "Hi Sarah,",
        "pricing workshops for startups",
    ),
]


@pytest.fixture
def netzwerk(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> Callable[..., str]:
    """``netzwerk ARGS`` on a fresh data folder, Tuesday evening: its output (status 0)."""
    clock.set(TUESDAY_EVENING)

    def run(*args: str) -> str:
        capsys.readouterr()
        status = cli.main(["--basedir", str(tmp_path / "data"), *args], clock=clock)
        out, err = capsys.readouterr()
        assert status == 0, (args, err)
        return out

    return run


def test_four_people_four_personal_requests(netzwerk: Callable[..., str]) -> None:
    me = json.loads(
        netzwerk("me", "--name", "Martina Schreiber", "--linkedin-account", "free", "--json")
    )
    assert me["name"] == "Martina Schreiber" and me["linkedin_account"] == "free"
    netzwerk(
        "event", "add", "--network", "BNI Chapter Isartal", "--title", "BNI Isartal",
        "--kind", "breakfast", "--start", "2026-11-24T06:45", "--end", "2026-11-24T08:30",
    )  # fmt: skip
    for number, (name, edit, profile, meet, _, _) in enumerate(PEOPLE, start=1):
        netzwerk("contact", "add", "--name", name, *profile)
        netzwerk("contact", "edit", str(number), *edit)
        netzwerk("meet", str(number), "--event", "1", *meet)

    items = json.loads(netzwerk("queue", "--at", NEXT_MORNING, "--json"))
    requests = [i for i in items if i["kind"] == "connection_request"]
    assert sorted(i["contact_id"] for i in requests) == [1, 2, 3, 4]  # one each
    texts = []
    for item in requests:
        _, _, _, _, greeting, words = PEOPLE[item["contact_id"] - 1]
        draft = item["draft"]
        texts.append(draft)
        assert draft.startswith(greeting), draft
        assert words in draft, draft  # built on what this person said, uncut
        assert "beim Frühstück BNI Isartal" in draft or "at the BNI Isartal breakfast" in draft
        for debris in ("{", "}", "[[", "]]", "…", "„", "“", "\u201d"):
            assert debris not in draft, (debris, draft)
        if item["channel"] == "linkedin":
            assert item["limit"] == 200 and len(draft) <= 200, draft
        if item["channel"] == "email":
            assert draft.rstrip().endswith("Viele Grüße\nMartina Schreiber"), draft
    assert len(set(texts)) == 4
    aylin = next(i for i in requests if i["contact_id"] == 1)
    asked = json.loads(netzwerk("draft", str(aylin["id"]), "--lang", "en", "--json"))
    assert asked["draft"].startswith("Hi Aylin, ")  # asked for now: wins over her German


def test_me_shows_and_sets_the_users_card(
    netzwerk: Callable[..., str],
    tmp_path: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert "no name yet" in netzwerk("me")
    netzwerk(
        "me", "--name", "Martina Schreiber", "--org", "Schreiber Texte",
        "--pitch", "Texte für Handwerksbetriebe", "--email", "martina@example.org",
        "--linkedin", "https://www.linkedin.com/in/martina", "--linkedin-account", "premium",
    )  # fmt: skip
    shown = netzwerk("me")
    assert "Martina Schreiber" in shown and "premium" in shown and "no name" not in shown
    card = json.loads(netzwerk("me", "--title", "Texterin", "--json"))
    assert card["given_name"] == "Martina" and card["family_name"] == "Schreiber"
    assert card["email"] == "martina@example.org" and card["title"] == "Texterin"
    assert card["linkedin_account"] == "premium"  # kept in the settings, read by the queue
    capsys.readouterr()
    status = cli.main(
        ["--basedir", str(tmp_path / "data"), "me", "--email", "kein at"], clock=clock
    )
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and "is not an e-mail address" in err


def test_the_networks_defaults_address_people_who_have_none_of_their_own(
    netzwerk: Callable[..., str],
) -> None:
    netzwerk("me", "--name", "Martina Schreiber")
    netzwerk(
        "event", "add", "--network", "Munich Python", "--title", "Munich Python",
        "--kind", "meetup", "--start", "2026-11-24T18:30", "--end", "2026-11-24T21:00",
    )  # fmt: skip
    netzwerk("network", "Munich Python", "--form", "du", "--lang", "en")
    netzwerk("contact", "add", "--name", "Sarah Miller", "--url", "https://www.linkedin.com/in/s")
    netzwerk("contact", "add", "--name", "Jan Vogel", "--url", "https://www.linkedin.com/in/j")
    netzwerk("contact", "edit", "2", "--lang", "de", "--salutation", "herr", "--form", "sie")
    for number in ("1", "2"):
        netzwerk("meet", number, "--event", "1", "--offering", "code reviews")
    items = json.loads(netzwerk("queue", "--at", NEXT_MORNING, "--json"))
    drafts = {i["contact_id"]: i["draft"] for i in items if i["kind"] == "connection_request"}
    assert drafts[1].startswith("Hi Sarah, ")
    assert "yesterday at the Munich Python meetup" in drafts[1]
    assert drafts[2].startswith("Guten Tag Herr Vogel, ")  # his own setting wins
