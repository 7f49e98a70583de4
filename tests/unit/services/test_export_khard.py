"""Another vCard program reads our 3.0 export: khard, over a folder of one file per contact."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m

pytest.importorskip("khard", reason="khard (test extra) is not installed")

PEOPLE = [
    ("Jürgen Müller", "Müller", "Jürgen", "juergen@mueller-steuer.example", "+49 89 123456"),
    ("Özlem Yılmaz", "Yılmaz", "Özlem", "oezlem@yilmaz.example", "+49 171 2345678"),
    ("Søren Larsen, Jr.", "Larsen", "Søren", "soren@larsen.example", "+45 33 123456"),
]


def khard(config: Path, *args: str) -> str:
    exe = shutil.which("khard", path=str(Path(sys.executable).parent))
    command = [exe] if exe else [sys.executable, "-m", "khard"]
    result = subprocess.run(
        [*command, "-c", str(config), *args], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_khard_lists_and_shows_our_exported_contacts(ctx: AppContext, tmp_path: Path) -> None:
    book = tmp_path / "book"
    book.mkdir()
    for full, family, given, email, phone in PEOPLE:
        contact = ctx.contacts.create(
            m.Contact(
                formatted_name=full,
                family_name=family,
                given_name=given,
                organization="Netzwerk, Test; GmbH",
                emails=[m.Email(email, ("work",))],
                phones=[m.Phone(phone, ("cell",))],
                note="Zeile 1\nZeile 2",
            )
        )
        assert contact.id is not None
        ctx.exporter.export(book / f"{contact.uid}.vcf", contact_ids=[contact.id])
    config = tmp_path / "khard.conf"
    config.write_text(f"[addressbooks]\n[[netzwerk]]\npath = {book}\n", encoding="utf-8")

    listing = khard(config, "list")
    emails = khard(config, "email", "--parsable")
    phones = khard(config, "phone", "--parsable")
    for _full, family, given, email, phone in PEOPLE:
        shown_as = f"{given} {family}"  # khard lists people by N, not FN
        assert shown_as in listing
        assert f"{email}\t{shown_as}\twork" in emails
        assert f"{phone}\t{shown_as}\tcell" in phones
    assert "Name: Søren Larsen, Jr." in khard(config, "show", "Larsen")  # FN, comma unescaped
    shown = khard(config, "show", "Müller")
    assert "Full name: Jürgen Müller" in shown
    assert "Organisation: Netzwerk, Test; GmbH" in shown
    assert "juergen@mueller-steuer.example" in shown
