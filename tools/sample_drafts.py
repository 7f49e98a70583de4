"""Print twelve drafted connection requests (German Sie, German Du, English; every kind
of hook), made the way the app makes them: a scratch database, the user's card, three
events and twelve people captured through the CLI, and the next morning's queue.

Usage: python tools/sample_drafts.py
Read them as the person receiving them would: none should read like a mail merge.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from netzwerk_app import cli
from netzwerk_app.infra.clock import FixedClock

EVENING = datetime(2026, 11, 24, 21, 0, tzinfo=ZoneInfo("Europe/Berlin"))
MORNING = "2026-11-25T08:31"
EVENTS = [
    ("BNI Chapter Isartal", "Unternehmerfrühstück", "breakfast", "06:45", "08:30",
     ["--topic", "Nachfolge im Familienbetrieb"]),
    ("Webgrrls München", "Webgrrls Stammtisch", "stammtisch", "19:00", "21:00",
     ["--speaker", "Nina Roth"]),
    ("Munich Python", "Munich Python", "meetup", "18:30", "21:00",
     ["--topic", "testing data pipelines"]),
]  # fmt: skip
SIE = ["--form", "sie", "--lang", "de"]
DU = ["--form", "du", "--lang", "de"]
EN = ["--form", "du", "--lang", "en"]
LI = "https://www.linkedin.com/in/"
# event, name, salutation + form + language, profile, what was captured
XI = "https://www.xing.com/profile/"
PEOPLE = [
    (1, "Dr. Aylin Öztürk", ["--salutation", "frau", *SIE], ["--url", LI + "aylin"],
     ["--idea", "gemeinsame Workshops zur Nachfolge"]),
    (1, "Jürgen Müller", ["--salutation", "herr", *SIE], ["--email", "jm@example.org"],
     ["--offering", "Lohnbuchhaltung für Handwerksbetriebe"]),
    (1, "Käthe Schön", ["--salutation", "none", *SIE], ["--url", LI + "kaethe"],
     ["--pitch", "Steuerberatung für Start-ups"]),
    (1, "Stefan Wagner", ["--salutation", "herr", *SIE], ["--url", XI + "stefan"],
     ["--notes", "kennt den Wirt"]),
    (2, "Lena Berg", ["--salutation", "frau", *DU], ["--url", LI + "lena"],
     ["--customers", "Cafés und kleine Läden"]),
    (2, "Miriam Koch", ["--salutation", "frau", *DU], ["--url", XI + "miriam"],
     ["--pitch", "Fotografie für Gründerinnen und ihre Websites"]),
    (2, "Julia Hahn", ["--salutation", "frau", *DU], ["--email", "julia@example.org"],
     ["--idea", "ein gemeinsamer Newsletter für Münchner Gründerinnen"]),
    (2, "Sabine Wolf", ["--salutation", "frau", *DU], ["--url", LI + "sabine"],
     ["--notes", "sitzt im Vorstand"]),
    (3, "Sarah Miller", ["--salutation", "none", *EN], ["--url", LI + "sarah"],
     ["--pitch", "pricing workshops for startups"]),
    (3, "David Chen", ["--salutation", "herr", *EN], ["--url", XI + "david"],
     ["--offering", "code reviews for small teams"]),
    (3, "Emma Clarke", ["--salutation", "frau", *EN], ["--email", "emma@example.org"],
     ["--customers", "museums and archives"]),
    (3, "Tom Evans", ["--salutation", "herr", *EN], ["--url", LI + "tom"],
     ["--notes", "plays in a band"]),
]  # fmt: skip


def netzwerk(base: Path, clock: FixedClock, *args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = cli.main(["--basedir", str(base), *args], clock=clock)
    if status != 0:
        raise SystemExit(f"netzwerk {' '.join(args)} failed ({status})")
    return out.getvalue()


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        base, clock = Path(scratch) / "data", FixedClock(EVENING)
        netzwerk(base, clock, "me", "--name", "Martina Schreiber", "--linkedin-account", "free")
        for network, title, kind, start, end, extra in EVENTS:
            netzwerk(
                base, clock, "event", "add", "--network", network, "--title", title,
                "--kind", kind, "--start", f"2026-11-24T{start}", "--end", f"2026-11-24T{end}",
                *extra,
            )  # fmt: skip
        for number, (event, name, edit, profile, said) in enumerate(PEOPLE, start=1):
            netzwerk(base, clock, "contact", "add", "--name", name, *profile)
            netzwerk(base, clock, "contact", "edit", str(number), *edit)
            netzwerk(base, clock, "meet", str(number), "--event", str(event), *said)
        items = json.loads(netzwerk(base, clock, "queue", "--at", MORNING, "--json"))
    requests = sorted(
        (i for i in items if i["kind"] == "connection_request"), key=lambda i: i["contact_id"]
    )
    for item in requests:
        name = PEOPLE[item["contact_id"] - 1][1]
        limit = item.get("limit")
        print(f"--- {name} · {item['channel']} · {len(item['draft'])}/{limit} characters")
        if item.get("subject"):
            print(f"Betreff/Subject: {item['subject']}")
        print(item["draft"])
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
