"""``netzwerk network NAME --form/--lang``: a network's defaults for addressing its people."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run_cli


def _event(base: Path, network: str) -> None:
    done = run_cli(
        base, "event", "add", "--network", network, "--title", "Unternehmerfrühstück",
        "--start", "2026-12-01T06:45+01:00", "--end", "2026-12-01T08:45+01:00",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_a_network_gets_du_and_a_language_and_keeps_what_is_not_given(tmp_path: Path) -> None:
    _event(tmp_path, "Webgrrls München")
    shown = run_cli(tmp_path, "network", "webgrrls münchen")
    assert shown.stdout.strip() == "Webgrrls München: address form not set, language not set."

    assert run_cli(tmp_path, "network", "Webgrrls München", "--form", "du").returncode == 0
    done = run_cli(tmp_path, "network", "Webgrrls München", "--lang", "de", "--json")

    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["default_address_form"], data["default_language"]) == ("du", "de")
    reset = run_cli(tmp_path, "network", "Webgrrls München", "--form", "default", "--json")
    assert json.loads(reset.stdout)["default_address_form"] is None
    assert json.loads(reset.stdout)["default_language"] == "de"


def test_an_unknown_network_or_a_bad_value_is_one_sentence(tmp_path: Path) -> None:
    _event(tmp_path, "BNI Isartal")
    unknown = run_cli(tmp_path, "network", "BNI Nirgendwo", "--form", "sie")
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "netzwerk: There is no network called BNI Nirgendwo."
    bad = run_cli(tmp_path, "network", "BNI Isartal", "--lang", "fr")
    assert bad.returncode == 1
    assert bad.stderr.strip() == "netzwerk: “fr” is not a language; use de, en or default."
