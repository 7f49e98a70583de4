"""Pure rules: folding for search, name splitting, birthdays, derived names."""

from __future__ import annotations

import pytest

from netzwerk_app.domain import model as m
from netzwerk_app.domain.names import split_full_name
from netzwerk_app.domain.search import fts_query
from netzwerk_app.domain.text import fold


@pytest.mark.parametrize("spelling", ["Müller", "Mueller", "muller", "MÜLLER", "mueller"])
def test_umlaut_spellings_fold_alike(spelling: str) -> None:
    assert fold(spelling) == fold("Müller")


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Straße", "strasse"), ("José", "jose"), ("Søren", "soren"), ("Đorđević", "dordevic")],
)
def test_accents_and_special_letters(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fts_query_is_safe_against_syntax() -> None:
    assert fts_query('Müller" OR x*') == '"muller"* "or"* "x"*'
    assert fts_query("  --  ") is None


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Anna Schmidt", ("", "Anna", "Schmidt")),
        ("Dr. Anna von der Heide", ("Dr.", "Anna", "von der Heide")),
        ("Hans Peter Maier", ("", "Hans Peter", "Maier")),
        ("Schmidt, Anna", ("", "Anna", "Schmidt")),
        ("Cher", ("", "Cher", "")),
    ],
)
def test_split_full_name(full: str, parts: tuple[str, str, str]) -> None:
    assert split_full_name(full) == parts


def test_birthday_without_year_round_trips() -> None:
    bday = m.Birthday(2, 29)
    assert bday.to_iso() == "--02-29"
    assert m.Birthday.from_iso("--02-29") == bday
    assert m.Birthday.from_iso("1980-03-22") == m.Birthday(3, 22, 1980)
    with pytest.raises(ValueError):
        m.Birthday(2, 30)


def test_formatted_name_is_derived_from_what_the_card_has() -> None:
    assert m.derive_formatted_name(m.Contact(given_name="Anna", family_name="Weiß")) == "Anna Weiß"
    assert m.derive_formatted_name(m.Contact(organization="Bäckerei Huber")) == "Bäckerei Huber"
    assert m.derive_formatted_name(m.Contact(emails=[m.Email("a@b.de")])) == "a@b.de"
    assert m.derive_formatted_name(m.Contact(phones=[m.Phone("+49 89 1")])) == "+49 89 1"


def test_real_conversation_means_more_than_a_name() -> None:
    assert not m.Encounter(event_id=1, contact_id=1).had_real_conversation()
    assert m.Encounter(event_id=1, contact_id=1, offering="Steuern").had_real_conversation()


def test_profile_urls_by_platform() -> None:
    c = m.Contact(
        urls=[m.Url("https://www.XING.com/profile/A_B"), m.Url("https://de.linkedin.com/in/ab")]
    )
    assert c.profile_url(m.Platform.LINKEDIN) == "https://de.linkedin.com/in/ab"
    assert c.profile_url(m.Platform.XING) == "https://www.XING.com/profile/A_B"
