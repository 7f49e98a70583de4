"""Importing never makes two people one on a similar name (real files, real SQLite)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from factories import vcard, write_cards

from netzwerk_app.app import AppContext


def names(ctx: AppContext) -> list[str]:
    return sorted(row.contact.formatted_name for row in ctx.contacts.summaries())


MICHAEL = vcard(
    "FN:Michael Schmidt",
    "ORG:Deutsche Bank AG",
    "EMAIL:michael.schmidt@db.example",
    "TEL:+49 69 910 10001",
)
MICHAELA = vcard(
    "FN:Michaela Schmidt",
    "ORG:Deutsche Bank AG",
    "EMAIL:michaela.schmidt@db.example",
    "TEL:+49 69 910 20002",
)


@pytest.mark.parametrize("policy", ["skip", "merge", "keep-both"])
def test_michael_and_michaela_schmidt_stay_two_people(
    ctx: AppContext, tmp_path: Path, policy: Any
) -> None:
    write_cards(tmp_path / "a.vcf", MICHAEL)
    ctx.importer.import_files([tmp_path / "a.vcf"])
    result = ctx.importer.import_files(
        [write_cards(tmp_path / "b.vcf", MICHAELA)], on_duplicate=policy
    )
    assert len(result.imported) == 1 and not result.merged and not result.skipped
    assert not result.possible_duplicates  # different addresses: nothing to review
    assert names(ctx) == ["Michael Schmidt", "Michaela Schmidt"]
    michael = next(r.contact for r in ctx.contacts.summaries() if r.contact.given_name == "")
    assert [e.value for e in michael.emails] in (
        ["michael.schmidt@db.example"],
        ["michaela.schmidt@db.example"],
    )


def test_similar_names_without_organisation_stay_two_people(
    ctx: AppContext, tmp_path: Path
) -> None:
    path = write_cards(
        tmp_path / "people.vcf",
        vcard("FN:Jan Meier", "EMAIL:jan@meier.example", "TEL:+49 171 1110001"),
        vcard("FN:Jana Meier", "EMAIL:jana@meier.example", "TEL:+49 171 1110002"),
        vcard("FN:Thomas Müller", "EMAIL:thomas@mueller.example", "TEL:+49 171 1110003"),
        vcard("FN:Thomas Mueller", "EMAIL:tm@mueller-bau.example", "TEL:+49 171 1110004"),
    )
    result = ctx.importer.import_files([path], on_duplicate="merge")
    assert len(result.imported) == 4 and not result.merged
    assert names(ctx) == ["Jan Meier", "Jana Meier", "Thomas Mueller", "Thomas Müller"]


def test_same_email_with_another_spelling_of_the_name_is_merged(
    ctx: AppContext, tmp_path: Path
) -> None:
    ctx.importer.import_files(
        [
            write_cards(
                tmp_path / "a.vcf", vcard("FN:Jürgen Müller", "EMAIL:juergen@mueller.example")
            )
        ]
    )
    result = ctx.importer.import_files(
        [
            write_cards(
                tmp_path / "b.vcf",
                vcard("FN:Juergen Mueller", "EMAIL:JUERGEN@mueller.example", "TITLE:Steuerberater"),
            )
        ],
        on_duplicate="merge",
    )
    (merged,) = result.merged
    assert merged.reason == "the same e-mail address JUERGEN@mueller.example"
    assert ctx.contacts.count() == 1
    assert ctx.contacts.get(merged.contact_id).title == "Steuerberater"


def test_a_shared_switchboard_number_with_different_names_is_two_people(
    ctx: AppContext, tmp_path: Path
) -> None:
    path = write_cards(
        tmp_path / "kanzlei.vcf",
        vcard("FN:Anna Berg", "ORG:Kanzlei Berg", "TEL:+49 89 100 000"),
        vcard("FN:Bernd Tal", "ORG:Kanzlei Berg", "TEL:089 100000"),
    )
    result = ctx.importer.import_files([path])
    assert len(result.imported) == 2 and not result.skipped


def test_a_shared_phone_with_a_similar_name_is_the_same_person(
    ctx: AppContext, tmp_path: Path
) -> None:
    path = write_cards(
        tmp_path / "anna.vcf",
        vcard("FN:Anna Berg", "ORG:Kanzlei Berg", "TEL:+49 89 100 000"),
        vcard("FN:A. Berg", "TEL:089 100000", "TITLE:Rechtsanwältin"),
    )
    result = ctx.importer.import_files([path])
    assert len(result.imported) == 1
    (skipped,) = result.skipped
    assert "the same phone number 089 100000" in skipped.reason


def test_a_similar_name_alone_imports_both_and_lists_one_possible_duplicate(
    ctx: AppContext, tmp_path: Path
) -> None:
    ctx.importer.import_files([write_cards(tmp_path / "a.vcf", MICHAEL)])
    path = write_cards(
        tmp_path / "roster.vcf", vcard("FN:Michaela Schmidt", "ORG:Deutsche Bank AG")
    )
    result = ctx.importer.import_files([path], on_duplicate="merge")
    assert len(result.imported) == 1 and not result.merged and not result.skipped
    (pair,) = result.possible_duplicates
    assert (pair.name, pair.other_name) == ("Michaela Schmidt", "Michael Schmidt")
    assert pair.reason == "a similar name at Deutsche Bank AG, nothing else to tell"
    assert "1 possible duplicate to review" in result.summary()
    # The same name-only card again is not skipped on its name either: listed twice.
    again = ctx.importer.import_files([path])
    assert len(again.imported) == 1 and len(again.possible_duplicates) == 2
    assert ctx.contacts.count() == 3


def test_a_company_of_5000_colleagues_imports_in_near_linear_time(
    ctx: AppContext, tmp_path: Path
) -> None:
    given = ["Anna", "Bernd", "Claudia", "Dirk", "Eva", "Frank", "Gabi", "Heinz", "Ines"]
    family = ["Berg", "Tal", "Wald", "Feld", "Bach", "Stein", "Busch", "Hahn", "Fuchs", "Wolf"]
    cards = []
    for i in range(5000):
        # Same name many times over, a shared switchboard, each with an own e-mail.
        name = f"{given[i % 9]} {family[i // 9 % 10]}"
        cards.append(
            vcard(
                f"FN:{name}", "ORG:Konzern AG", f"EMAIL:p{i}@konzern.example", "TEL:+49 89 100 000"
            )
        )
    path = write_cards(tmp_path / "konzern.vcf", *cards)
    started = time.perf_counter()
    result = ctx.importer.import_files([path])
    elapsed = time.perf_counter() - started
    assert len(result.imported) == 5000 and not result.possible_duplicates
    assert elapsed < 60  # everyone compared with everyone took minutes
    started = time.perf_counter()
    assert ctx.duplicates.pairs() == []  # the review's scan uses the same buckets
    assert time.perf_counter() - started < 30
