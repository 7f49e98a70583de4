"""When two cards are one person: identifying evidence, contradictions, names alone."""

from __future__ import annotations

from netzwerk_app.domain.duplicates import CardKeys, Kinship, compare, name_key, similar_names


def keys(
    name: str,
    org: str = "",
    emails: tuple[str, ...] = (),
    phones: tuple[str, ...] = (),
    profiles: tuple[str, ...] = (),
    uid: str = "",
) -> CardKeys:
    return CardKeys(
        uid,
        tuple((p, p) for p in profiles),
        tuple((e.casefold(), e) for e in emails),
        tuple((p, p) for p in phones),
        name_key(name),
        name_key(org),
        org,
    )


BANK = "Deutsche Bank AG"


def test_michael_and_michaela_with_own_mail_and_phone_are_two_people() -> None:
    michael = keys("Michael Schmidt", BANK, ("michael.schmidt@db.example",), ("+4969100",))
    michaela = keys("Michaela Schmidt", BANK, ("michaela.schmidt@db.example",), ("+4969200",))
    verdict = compare(michaela, michael)
    assert verdict.kinship is Kinship.DIFFERENT
    assert verdict.reason == "different e-mail addresses"


def test_similar_names_without_organisation_with_own_identifiers_are_two_people() -> None:
    assert similar_names(name_key("Thomas Müller"), name_key("Thomas Mueller"))
    pairs = [
        (keys("Jan Meier", emails=("jan@a.example",)), keys("Jana Meier", emails=("jana@b.ex",))),
        (
            keys("Thomas Müller", phones=("+4989111",)),
            keys("Thomas Mueller", phones=("+4930222",)),
        ),
    ]
    for one, two in pairs:
        assert compare(one, two).kinship is Kinship.DIFFERENT


def test_the_same_email_is_the_same_person_whatever_the_spelling_of_the_name() -> None:
    verdict = compare(
        keys("J. Müller", emails=("Juergen@Mueller.example",)),
        keys("Jürgen Mueller-Lüdenscheidt", "Müller GmbH", emails=("juergen@mueller.example",)),
    )
    assert verdict.kinship is Kinship.SAME
    assert verdict.reason == "the same e-mail address Juergen@Mueller.example"


def test_a_switchboard_number_identifies_only_with_a_similar_name() -> None:
    anna = keys("Anna Berg", "Kanzlei Berg", phones=("+49891000",))
    assert compare(keys("Bernd Tal", "Kanzlei Berg", phones=("+49891000",)), anna).kinship is (
        Kinship.DIFFERENT
    )
    same = compare(keys("A. Berg", phones=("+49891000",)), anna)
    assert same.kinship is Kinship.SAME
    assert same.reason.startswith("the same phone number +49891000")


def test_a_similar_name_at_the_same_organisation_alone_is_only_possible() -> None:
    named = keys("Michaela Schmidt", BANK)
    other = keys("Michael Schmidt", BANK, ("michael@db.example",))
    verdict = compare(named, other)
    assert verdict.kinship is Kinship.POSSIBLE
    assert verdict.reason == f"a similar name at {BANK}, nothing else to tell"
    # Different organisations: nothing to tell at all.
    assert compare(keys("Michaela Schmidt", "Other AG"), other).kinship is Kinship.DIFFERENT
    # Without organisation only the very same name counts.
    assert compare(keys("Jan Meier"), keys("Jana Meier")).kinship is Kinship.DIFFERENT
    assert compare(keys("Jan Meier"), keys("Jan Meier")).kinship is Kinship.POSSIBLE


def test_a_shared_identifier_against_a_contradiction_is_only_possible() -> None:
    # One LinkedIn profile, but two different e-mail addresses: the user decides.
    one = keys("Eva Roth", emails=("eva@a.example",), profiles=("li/eva",))
    two = keys("Eva Roth", emails=("eva@b.example",), profiles=("li/eva",))
    assert compare(one, two).kinship is Kinship.POSSIBLE
    # A team mailbox on two colleagues' cards, each with an address of their own.
    anna = keys("Anna Berg", emails=("info@firma.example", "anna@firma.example"))
    bernd = keys("Bernd Tal", emails=("info@firma.example", "bernd@firma.example"))
    assert compare(anna, bernd).kinship is Kinship.POSSIBLE
    # The same UID is the same card.
    assert compare(keys("X", uid="u1", emails=("a@x",)), keys("Y", uid="u1")).kinship is (
        Kinship.SAME
    )
