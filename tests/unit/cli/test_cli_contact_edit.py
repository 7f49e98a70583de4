"""``netzwerk contact edit``: salutation, Sie/Du, language and the card's fields, for scripts."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run_cli


def _add(base: Path, name: str) -> int:
    done = run_cli(base, "contact", "add", "--name", name, "--email", "ks@schoen.example", "--json")
    assert done.returncode == 0, done.stderr
    return int(json.loads(done.stdout)["id"])


def test_edit_sets_how_to_address_a_person_and_adds_values(tmp_path: Path) -> None:
    cid = _add(tmp_path, "Käthe Schön")

    done = run_cli(
        tmp_path, "contact", "edit", str(cid), "--salutation", "frau", "--form", "du",
        "--lang", "en", "--org", "Schön Steuerberatung", "--title", "Steuerberaterin",
        "--email", "kaethe@schoen.example", "--phone", "+49 89 1234567",
        "--url", "https://www.linkedin.com/in/kaethe-schoen", "--json",
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["salutation"], data["address_form"], data["language"]) == ("frau", "du", "en")
    assert data["organization"] == "Schön Steuerberatung"
    assert data["title"] == "Steuerberaterin"
    assert data["emails"] == ["ks@schoen.example", "kaethe@schoen.example"]  # added, not replaced
    assert data["phones"] == ["+49 89 1234567"]
    assert data["urls"] == ["https://www.linkedin.com/in/kaethe-schoen"]
    # stored: a later command sees the same
    shown = json.loads(run_cli(tmp_path, "contacts", "--json").stdout)[0]
    assert (shown["salutation"], shown["address_form"], shown["language"]) == ("frau", "du", "en")


def test_edit_renames_and_sets_back_to_the_default(tmp_path: Path) -> None:
    cid = _add(tmp_path, "Lena Vogel")
    assert run_cli(tmp_path, "contact", "edit", str(cid), "--form", "du").returncode == 0

    done = run_cli(
        tmp_path, "contact", "edit", str(cid), "--name", "Dr. Lena Vogel-Berg", "--form", "default"
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Saved Dr. Lena Vogel-Berg (#{cid})."
    data = json.loads(run_cli(tmp_path, "contacts", "--json").stdout)[0]
    assert (data["prefix"], data["given_name"], data["family_name"]) == ("Dr.", "Lena", "Vogel-Berg")
    assert data["address_form"] is None
    assert data["salutation"] == "none"


def test_a_bad_value_or_unknown_id_is_one_sentence_and_changes_nothing(tmp_path: Path) -> None:
    cid = _add(tmp_path, "Käthe Schön")

    bad = run_cli(tmp_path, "contact", "edit", str(cid), "--salutation", "mrs", "--org", "X")
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines() == [
        "netzwerk: “mrs” is not a salutation; use frau, herr or none."
    ]
    bad_form = run_cli(tmp_path, "contact", "edit", str(cid), "--form", "ihr")
    assert bad_form.returncode == 1
    assert "sie, du or default" in bad_form.stderr
    assert "Traceback" not in bad_form.stderr
    mail = run_cli(tmp_path, "contact", "edit", str(cid), "--email", "kaethe at schoen")
    assert mail.returncode == 1
    assert mail.stderr.strip() == "netzwerk: “kaethe at schoen” is not an e-mail address."
    url = run_cli(tmp_path, "contact", "edit", str(cid), "--url", "http://[oops")
    assert url.returncode == 1
    assert url.stderr.strip() == "netzwerk: “http://[oops” is not a web address."
    unknown = run_cli(tmp_path, "contact", "edit", "999", "--lang", "de")
    assert unknown.returncode == 1
    assert len(unknown.stderr.strip().splitlines()) == 1
    assert "999" in unknown.stderr
    data = json.loads(run_cli(tmp_path, "contacts", "--json").stdout)[0]
    assert (data["salutation"], data["organization"]) == ("none", "")
    assert data["emails"] == ["ks@schoen.example"] and data["urls"] == []


def test_show_says_how_the_person_is_addressed(tmp_path: Path) -> None:
    cid = _add(tmp_path, "Käthe Schön")
    plain = run_cli(tmp_path, "show", str(cid)).stdout
    assert "Address as" not in plain  # nothing set: no line
    run_cli(tmp_path, "contact", "edit", str(cid), "--salutation", "frau", "--form", "sie")

    shown = run_cli(tmp_path, "show", str(cid))

    assert "  Address as:      frau, sie" in shown.stdout.splitlines()
    data = json.loads(run_cli(tmp_path, "show", str(cid), "--json").stdout)
    assert (data["salutation"], data["address_form"], data["language"]) == ("frau", "sie", None)
