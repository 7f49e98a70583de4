"""``netzwerk duplicates`` / ``keep-apart`` / ``merge`` as a user runs them: real processes."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run_cli as run


def card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


def test_michaela_is_never_poured_into_michael_and_a_lookalike_is_listed(tmp_path: Path) -> None:
    base = tmp_path / "data"
    bank = tmp_path / "bank.vcf"
    bank.write_text(
        card(
            "FN:Michael Schmidt",
            "ORG:Deutsche Bank AG",
            "EMAIL:michael@db.example",
            "TEL:+49 69 910 10001",
        )
        + card(
            "FN:Michaela Schmidt",
            "ORG:Deutsche Bank AG",
            "EMAIL:michaela@db.example",
            "TEL:+49 69 910 20002",
        )
        + card("FN:Michaela Schmitt", "ORG:Deutsche Bank AG", "TITLE:Prokuristin"),
        encoding="utf-8",
    )
    imported = run(base, "import", str(bank), "--on-duplicate", "merge")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(
        "3 imported, 0 merged, 0 skipped, 0 failed, 1 possible duplicate to review"
    )
    assert "review: netzwerk duplicates" in imported.stdout

    listed = run(base, "duplicates", "--json")
    pairs = json.loads(listed.stdout)
    assert [(p["first"]["name"], p["second"]["name"]) for p in pairs] == [
        ("Michaela Schmidt", "Michaela Schmitt")
    ]
    assert pairs[0]["reason"] == "a similar name at Deutsche Bank AG, nothing else to tell"
    assert pairs[0]["first"]["emails"] == ["michaela@db.example"]

    kept = run(base, "keep-apart", "3", "2")
    assert kept.returncode == 0 and kept.stdout == "#3 and #2 are kept apart as different people.\n"
    assert run(base, "duplicates").stdout == "No possible duplicates.\n"
    merged = run(base, "merge", "2", "3")
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout == (
        "Merged #3 Michaela Schmitt into #2 Michaela Schmidt. Undo with: netzwerk undo-merge 1\n"
    )
    shown = json.loads(run(base, "contacts", "--json").stdout)
    assert len(shown) == 2

    undone = run(base, "undo-merge", "1")
    assert undone.returncode == 0, undone.stderr
    assert "the merged card is now #3 Michaela Schmitt" in undone.stdout
    assert len(json.loads(run(base, "contacts", "--json").stdout)) == 3


def test_merging_unknown_or_same_contacts_says_so_in_one_sentence(tmp_path: Path) -> None:
    base = tmp_path / "data"
    missing = run(base, "merge", "1", "2")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "netzwerk: There is no contact with the number 1."
    same = run(base, "keep-apart", "4", "4")
    assert (
        same.returncode == 1 and same.stderr.strip() == "netzwerk: Choose two different contacts."
    )
