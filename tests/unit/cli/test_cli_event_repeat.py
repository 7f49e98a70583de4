"""``netzwerk event repeat``: the next event prefilled, the regulars, --save --met."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from netzwerk_app import cli
from netzwerk_app.infra.clock import FixedClock

BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY_EVENING = datetime(2026, 11, 24, 20, 0, tzinfo=BERLIN)


def run(base: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    status = cli.main(["--basedir", str(base), *args], clock=clock)
    out, err = capsys.readouterr()
    assert status == 0, err
    return out


def test_repeat_shows_the_next_breakfast_and_saves_it_with_who_came(
    tmp_path: Path, clock: FixedClock, berlin: ZoneInfo, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "data"
    clock.set(TUESDAY_EVENING)

    def netzwerk(*args: str) -> str:
        return run(base, clock, capsys, *args)

    for name in ("Anna Berg", "Carl Dorn", "Eva Fink"):
        netzwerk("contact", "add", "--name", name)
    for number, day in enumerate((10, 17, 24), start=1):
        netzwerk(
            "event", "add", "--network", "BNI Isartal", "--title", "Unternehmerfrühstück",
            "--start", f"2026-11-{day}T06:45", "--end", f"2026-11-{day}T08:30",
            "--place", "Hotel Post",
        )  # fmt: skip
        netzwerk("meet", "1", "--event", str(number))  # Anna comes every week
        if day != 17:
            netzwerk("meet", "2", "--event", str(number))  # Carl twice, Eva never
    shown = json.loads(netzwerk("event", "repeat", "BNI Isartal", "--json"))
    assert shown["saved"] is False and shown["event"]["id"] is None
    assert shown["event"]["start"] == "2026-12-01T06:45:00+01:00"
    assert (shown["event"]["title"], shown["event"]["place"]) == (
        "Unternehmerfrühstück", "Hotel Post",
    )  # fmt: skip
    assert [(r["name"], r["met"], r["of"]) for r in shown["regulars"]] == [
        ("Anna Berg", 3, 3), ("Carl Dorn", 2, 3),
    ]  # fmt: skip
    text = netzwerk("event", "repeat", "3")  # by the number of its last event
    assert "Next BNI Isartal event: Unternehmerfrühstück, 2026-12-01 06:45 at Hotel Post" in text
    assert "Regulars (2):" in text and "Carl Dorn" in text and "2 of 3" in text

    saved = json.loads(
        netzwerk("event", "repeat", "BNI Isartal", "--save", "--met", "1,3", "--json")
    )
    assert saved["event"]["id"] == 4 and saved["recorded_met"] == 2
    met = json.loads(netzwerk("show", "3", "--json"))
    assert "Unternehmerfrühstück" in json.dumps(met["encounters"], ensure_ascii=False)


def test_repeat_refuses_in_plain_sentences(
    tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    base = tmp_path / "data"
    status = cli.main(["--basedir", str(base), "event", "repeat", "Webgrrls"], clock=clock)
    assert status != 0
    assert "There is no network called Webgrrls." in capsys.readouterr().err
