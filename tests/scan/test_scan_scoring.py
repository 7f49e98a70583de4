"""Issue 15's number: >= 97 % of the fields of the card photo test set read right.

The real pipeline runs over every photo of tests/data/cards: the recogniser in its
warm child process (``CardReader``), then ``parse_card``. Each field is scored
against truth.json (tests/scan/scoring.py); the table is printed beside the naive
OCR-plus-regex baseline on the same OCR output. Run with ``-s`` to see the mistakes.
"""

from __future__ import annotations

import json
from typing import Any

import phonenumbers
import pytest

from netzwerk_app.domain.card_reading import (
    FAX,
    LANDLINE,
    MOBILE,
    CardReading,
    RawCard,
    ReadAddress,
    ReadPhone,
)
from netzwerk_app.interchange.card_parse import parse_card
from scan.naive_parser import naive_parse
from scan.scoring import CARDS, KINDS, TRUTH, Score, load_truth, photos, score, side_by_side

TARGET = 0.97
MAX_FOLDER_BYTES = 15_000_000
SCALAR_FIELDS = ("prefix", "given_name", "family_name", "title", "organization")


def reading_of(card: dict[str, Any]) -> CardReading:
    """A reading that has exactly the truth's fields."""
    return CardReading(
        **{k: card[k] for k in SCALAR_FIELDS},
        emails=list(card["emails"]),
        phones=[ReadPhone(p["value"], tuple(p["types"])) for p in card["phones"]],
        urls=list(card["urls"]),
        addresses=[ReadAddress(**a) for a in card["addresses"]],
    )


# --- the set itself -----------------------------------------------------------


def test_the_card_set_has_forty_photos_each_with_its_truth() -> None:
    files = photos()
    truth = load_truth()
    assert len(files) >= 40
    assert sorted(f.name for f in files) == sorted(truth)
    size = sum(f.stat().st_size for f in CARDS.iterdir())
    assert size < MAX_FOLDER_BYTES, f"{size / 1e6:.1f} MB"
    cards = [c for entries in truth.values() for c in entries]
    assert len(cards) >= 44
    assert sum(1 for entries in truth.values() if len(entries) == 2) >= 2
    for name, entries in truth.items():
        assert isinstance(entries, list), name
        for card in entries:
            for k in SCALAR_FIELDS:
                assert isinstance(card[k], str), (name, k)
            assert all(isinstance(e, str) and "@" in e for e in card["emails"]), name
            assert all(isinstance(u, str) and "." in u for u in card["urls"]), name
            for p in card["phones"]:
                number = phonenumbers.parse(p["value"])
                assert phonenumbers.is_valid_number(number), (name, p)
                assert p["value"] == phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.E164
                ), (name, p)
                assert tuple(p["types"]) in (LANDLINE, MOBILE, FAX), (name, p)
            for a in card["addresses"]:
                assert set(a) == {"street", "postal_code", "locality", "country"}, name
    # the truth file is plain UTF-8 JSON with the umlauts as they are printed
    assert "ü" in TRUTH.read_text(encoding="utf-8")
    assert json.loads(TRUTH.read_text(encoding="utf-8")) == truth


# --- the scoring ----------------------------------------------------------------


def test_the_truth_read_back_scores_every_unit_right_and_nothing_scores_nothing() -> None:
    truth = load_truth()
    perfect, nothing = Score(), Score()
    for name, cards in truth.items():
        perfect.add(score(cards, [reading_of(c) for c in cards], file=name))
        nothing.add(score(cards, [], file=name))
    assert perfect.overall == 1.0 and perfect.mistakes == []
    assert perfect.overall_total == nothing.overall_total > 400
    assert nothing.overall_right == 0
    assert all(perfect.total[k] > 0 for k in KINDS)


def test_scoring_counts_extras_slips_and_card_order() -> None:
    truth = {
        "prefix": "Dr.",
        "given_name": "Jörg",
        "family_name": "Weiß",
        "title": "",
        "organization": "",
        "emails": ["j.weiss@example.de"],
        "phones": [
            {"value": "+49891234560", "types": ["work", "voice"]},
            {"value": "+491711234567", "types": ["cell"]},
        ],
        "urls": ["www.weiss-recht.de"],
        "addresses": [
            {
                "street": "Leopoldstraße 12a",
                "postal_code": "80802",
                "locality": "München",
                "country": "",
            }
        ],
    }
    read = CardReading(
        prefix="Dr.",
        given_name="Jörg",
        family_name="Weiss",  # ß read as ss: wrong
        title="Rechtsanwalt",  # the truth has no title: one extra
        emails=["J.Weiss@Example.DE"],  # case does not count in e-mails
        phones=[
            ReadPhone("089 123456-0", LANDLINE),  # same number, national form
            ReadPhone("+49 171 1234567", LANDLINE),
        ],  # right number, wrong kind
        urls=["https://weiss-recht.de/"],
        addresses=[ReadAddress("Leopoldstraße  12a", "80802", "München", "Deutschland")],
    )
    s = score([truth], [read])
    assert (s.right["family_name"], s.total["family_name"]) == (0, 1)
    assert (s.right["title"], s.total["title"]) == (0, 1)
    assert (s.right["emails"], s.right["urls"]) == (1, 1)
    assert (s.right["phones"], s.total["phones"]) == (1, 2)
    assert (s.right["street"], s.right["postal_code"], s.right["locality"]) == (1, 1, 1)
    assert (s.right["country"], s.total["country"]) == (0, 1)
    assert (s.overall_right, s.overall_total) == (8, 12)
    # two cards read in the other order are paired by their fields, not their order
    other = dict(
        truth,
        given_name="Anna",
        family_name="Müller",
        prefix="",
        emails=[],
        phones=[],
        urls=[],
        addresses=[],
    )
    swapped = score([truth, other], [reading_of(other), reading_of(truth)])
    assert swapped.overall == 1.0
    # a card made up from nothing costs each of its fields; a missed card all of its own
    extra = score([], [reading_of(truth)])
    assert (extra.overall_right, extra.overall_total) == (0, 10)
    missed = score([truth, other], [reading_of(truth)])
    assert (missed.overall_right, missed.overall_total) == (10, 12)


# --- the real pipeline -------------------------------------------------------------


@pytest.fixture(scope="module")
def scores(
    ocr_output: dict[str, list[RawCard]], card_truth: dict[str, list[dict[str, Any]]]
) -> tuple[Score, Score]:
    ours, naive = Score(), Score()
    for name, cards in card_truth.items():
        raws = ocr_output[name]
        ours.add(score(cards, [parse_card(raw, region="DE") for raw in raws], file=name))
        naive.add(score(cards, [naive_parse(raw) for raw in raws], file=name))
    return ours, naive


@pytest.mark.slow
def test_the_card_photos_score_at_least_97_percent(
    scores: tuple[Score, Score], capsys: pytest.CaptureFixture[str]
) -> None:
    ours, naive = scores
    report = (
        f"\nCard photo test set ({len(photos())} photos): fields read right\n"
        + side_by_side(("parse_card", ours), ("naive regex", naive))
        + "\n\nMistakes of parse_card:\n  "
        + "\n  ".join(ours.mistakes or ["none"])
        + "\n"
    )
    with capsys.disabled():
        print(report)
    assert ours.overall >= TARGET, f"{ours.overall:.1%} of the fields right, need {TARGET:.0%}"
