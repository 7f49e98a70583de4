"""Helpers for the interchange tests: the shared real-world corpus and our fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

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
