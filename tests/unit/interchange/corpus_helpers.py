"""Helpers for the interchange tests: the shared real-world corpus and our fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import full_contact

from netzwerk_app.domain.model import (
    Birthday,
    Contact,
    Email,
    Phone,
    PostalAddress,
    RelationshipState,
    Url,
)
from netzwerk_app.interchange.vcard import ParsedCard, read_vcards

CORPUS = Path(__file__).parents[3].parent / "shared" / "vcard-corpus"
DATA = Path(__file__).parents[2] / "data"


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.vcf")) if CORPUS.is_dir() else []


def corpus_cards(name_part: str) -> list[ParsedCard]:
    """Cards of the one corpus file whose name contains ``name_part``."""
    if not CORPUS.is_dir():
        pytest.skip(f"vCard corpus not found at {CORPUS} (it lives outside the repository)")
    matches = [p for p in corpus_files() if name_part in p.name]
    assert len(matches) == 1, f"{name_part!r} matches {matches}"
    result = read_vcards(matches[0].read_bytes(), matches[0].name)
    assert result.fatal is None
    assert result.failures == []
    return result.cards


def full_contact_for_csv() -> Contact:
    """A contact with every field a spreadsheet shows set to something awkward."""
    return full_contact(
        prefix="",
        department="Vertrieb",
        title="=Chef",
        phones=[Phone("+49 89 123456", ("work", "pref")), Phone("0170 1", (), "Büro | 2")],
        emails=[Email("j@example.de", ("internet",))],
        addresses=[
            *full_contact().addresses,
            PostalAddress(locality="Wien", label="Zweitwohnsitz"),
        ],
        urls=[Url("https://www.linkedin.com/in/jgm", (), "LinkedIn")],
        photo=None,
        photo_mime="",
        birthday=Birthday(4, 15),
        note='Sagt: "Kooperation?"; 100%\nzweite Zeile',
        tags=["BNI", "Steuern"],
        gdpr_note="Karte übergeben",
        xing_state=RelationshipState.SENT,
        keep_in_touch_days=30,
        uid="urn:uuid:1",
        extra_properties=[],
        id=None,
    )
