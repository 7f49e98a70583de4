"""Lists sort the German way (DIN 5007-1), in Python and in SQL, by name or surname."""

from __future__ import annotations

from factories import make_contact
from sqlalchemy import text

from netzwerk_app.app import AppContext
from netzwerk_app.domain.collation import german_key

PEOPLE = [
    ("Zoe Zimmer", "Zoe", "Zimmer"),
    ("Öztürk Aydın", "Öztürk", "Aydın"),
    ("Oskar Özdemir", "Oskar", "Özdemir"),
    ("Bärbel Schön", "Bärbel", "Schön"),
    ("Barbara Schulz", "Barbara", "Schulz"),
    ("Carl Bach", "Carl", "Bach"),
    ("Ozan Straße", "Ozan", "Straße"),
    ("Otto Strauss", "Otto", "Strauss"),
    ("Anna Ostrowski", "Anna", "Ostrowski"),
]


def test_umlauts_sort_as_their_base_letter_and_sharp_s_as_ss() -> None:
    names = ["Zoe", "Öztürk", "Ozan", "Oz", "Barbe", "Bärbel", "Barbara", "Bach", "Baum"]
    assert sorted(names, key=german_key) == [
        "Bach", "Barbara", "Barbe", "Bärbel", "Baum", "Oz", "Ozan", "Öztürk", "Zoe",
    ]  # fmt: skip
    # ß is "ss": "Straße" between "Strasse" (unaccented first) and "Strauss".
    assert sorted(["Strauss", "Straße", "Stranz", "Strasse"], key=german_key) == [
        "Stranz", "Strasse", "Straße", "Strauss",
    ]  # fmt: skip
    # Case and accents only break ties; nameless cards go last, not first.
    assert sorted(["müller", "Müller", "", "Muller", "Mueller"], key=german_key) == [
        "Mueller", "Muller", "müller", "Müller", "",
    ]  # fmt: skip


def test_the_contact_list_query_sorts_the_german_way(ctx: AppContext) -> None:
    for name, given, family in PEOPLE:
        make_contact(ctx, name, given_name=given, family_name=family)
    by_name = [s.contact.formatted_name for s in ctx.contacts.summaries(sort="name")]
    assert by_name == [
        "Anna Ostrowski", "Barbara Schulz", "Bärbel Schön", "Carl Bach", "Oskar Özdemir",
        "Otto Strauss", "Ozan Straße", "Öztürk Aydın", "Zoe Zimmer",
    ]  # fmt: skip
    by_surname = [s.contact.family_name for s in ctx.contacts.summaries(sort="surname")]
    assert by_surname == [
        "Aydın", "Bach", "Ostrowski", "Özdemir", "Schön", "Schulz", "Straße", "Strauss", "Zimmer",
    ]  # fmt: skip
    # Pages continue in the same order.
    page2 = ctx.contacts.summaries(sort="surname", offset=3, limit=2)
    assert [s.contact.family_name for s in page2] == ["Özdemir", "Schön"]


def test_every_connection_knows_the_de_collation(ctx: AppContext) -> None:
    with ctx.db.read() as session:
        rows = session.execute(
            text(
                "SELECT n FROM (SELECT 'Öztürk' AS n UNION SELECT 'Ozan' UNION SELECT 'Pia'"
                " UNION SELECT 'Oz') ORDER BY n COLLATE de"
            )
        ).scalars()
        assert list(rows) == ["Oz", "Ozan", "Öztürk", "Pia"]


def test_networks_are_listed_the_german_way(ctx: AppContext) -> None:
    for name in ("Unternehmerstammtisch", "Ärztenetz Süd", "BNI Isartal", "Zonta Club"):
        ctx.events.ensure_network(name)
    assert [n.name for n in ctx.events.networks()] == [
        "Ärztenetz Süd", "BNI Isartal", "Unternehmerstammtisch", "Zonta Club",
    ]  # fmt: skip
