"""The queue's commands describe what they do today: a skip needs no reason, a queue's
language and form default to each person's own, and events show their kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netzwerk_app import cli


def help_of(capsys: pytest.CaptureFixture[str], *command: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit):
        cli.main([*command, "--help"])
    return " ".join(capsys.readouterr().out.split())


def test_skip_help_says_the_reason_is_optional(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (("skip",), ("followup", "skip")):
        text = help_of(capsys, *command)
        assert "optional" in text and "with a reason" not in text, text
    overview = help_of(capsys)
    assert "with a reason" not in overview
    assert "skip a follow-up (a reason is optional)" in overview


def test_queue_and_draft_help_name_the_per_person_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for command in ("queue", "draft"):
        text = help_of(capsys, command)
        assert "each person's own" in text, text


def test_events_json_shows_the_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = str(tmp_path / "data")
    for kind, title in (("breakfast", "BNI Frühstück"), ("fair", "Messe Karlsruhe")):
        assert (
            cli.main(
                [
                    "--basedir",
                    base,
                    "event",
                    "add",
                    "--network",
                    "BNI",
                    "--title",
                    title,
                    "--start",
                    "2026-11-24T06:45",
                    "--end",
                    "2026-11-24T08:30",
                    "--kind",
                    kind,
                ]
            )
            == 0
        )
    capsys.readouterr()
    assert cli.main(["--basedir", base, "events", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert {e["title"]: e["kind"] for e in events} == {
        "BNI Frühstück": "breakfast",
        "Messe Karlsruhe": "fair",
    }
