"""The evening-to-morning flow as a user scripts it: event add, contact add, meet, queue."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest


def run(base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": "Europe/Berlin"}
    return subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--basedir", str(base), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def ok(base: Path, *args: str) -> str:
    result = run(base, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def flow(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A Tuesday breakfast a year ahead (so nothing is due yet), three people met."""
    base = tmp_path_factory.mktemp("flow") / "data"
    day = datetime.now() + timedelta(days=365)
    day -= timedelta(days=(day.weekday() - 1) % 7)  # a Tuesday
    start = day.replace(hour=6, minute=45, second=0, microsecond=0)
    ok(
        base,
        "event",
        "add",
        "--network",
        "BNI Chapter Isartal",
        "--title",
        "Unternehmerfrühstück",
        "--start",
        start.isoformat(),
        "--end",
        (start + timedelta(hours=2)).isoformat(),
    )
    people = [
        ("Katharina von der Heide", "https://www.linkedin.com/in/katharina"),
        ("Björn Großmann", "https://www.linkedin.com/in/bjoern"),
        ("Özlem Yılmaz", "https://www.linkedin.com/in/oezlem"),
    ]
    for index, (name, url) in enumerate(people, start=1):
        ok(base, "contact", "add", "--name", name, "--url", url)
        ok(base, "meet", str(index), "--event", "1", "--offering", f"Beratung Nummer {index}")
    return base, (start + timedelta(days=1)).date().isoformat()


def test_queue_at_the_next_morning(flow: tuple[Path, str]) -> None:
    base, morning = flow
    early = json.loads(ok(base, "queue", "--at", f"{morning}T08:29", "--json"))
    assert [i for i in early if i["kind"] == "connection_request"] == []
    items = json.loads(ok(base, "queue", "--at", f"{morning}T08:31", "--json"))
    requests = [i for i in items if i["kind"] == "connection_request"]
    assert len(requests) == 3
    for item in requests:
        assert set(item) >= {"id", "kind", "channel", "due", "contact_id", "draft", "limit"}
        assert item["length"] <= item["limit"] == 200 and item["ready"]
        assert "Unternehmerfrühstück" in item["draft"] and "gestern" in item["draft"]
        assert item["contact"].split()[-1] in item["draft"]


def test_draft_done_snooze_skip(flow: tuple[Path, str]) -> None:
    base, _ = flow
    out = ok(base, "draft", "1", "--lang", "en", "--form", "du")
    assert out.startswith("Hi Katharina") and "/ 200 characters (note) — ready" in out
    data = json.loads(ok(base, "draft", "1", "--json"))
    assert data["draft"].startswith("Guten Tag Katharina von der Heide") and data["limit"] == 200
    assert "snoozed until" in ok(base, "followup", "snooze", "2", "week")
    assert "snoozed until" in ok(base, "snooze", "2", "2099-01-05")
    assert "skipped" in ok(base, "skip", "3", "Kein", "Profil")
    assert "marked done" in ok(base, "followup", "done", "1")
    shown = json.loads(ok(base, "show", "1", "--json"))
    assert shown["linkedin_state"] == "sent"


def test_expected_problems_are_one_sentence(flow: tuple[Path, str]) -> None:
    base, _ = flow
    for args in (
        ("done", "999"),
        ("skip", "3", "again"),
        ("snooze", "2", "someday"),
        ("skip", "2"),
    ):
        result = run(base, *args)
        assert result.returncode == 1, args
        assert result.stderr.startswith("netzwerk: ") and result.stderr.count("\n") == 1, args
