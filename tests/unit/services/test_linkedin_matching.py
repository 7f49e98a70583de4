"""Which contact a row of LinkedIn's Connections.csv marks as connected.

Profile URL first, then e-mail, then the one contact with the same full name; never
a merely similar name, never a guess between two people of the same name.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.services.importing.results import ImportResult

DATA = Path(__file__).resolve().parents[2] / "data"
IMPORT_DAY = date(2026, 11, 28)
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
CONNECTED = m.RelationshipState.CONNECTED


def add(
    ctx: AppContext,
    name: str,
    org: str = "",
    urls: tuple[str, ...] = (),
    emails: tuple[str, ...] = (),
    shown_as: str = "",
) -> int:
    """A stored contact; ``shown_as`` is a formatted name other than "given family"."""
    given, family = name.rsplit(" ", 1)
    contact = ctx.contacts.create(
        m.Contact(
            formatted_name=shown_as or name,
            given_name=given,
            family_name=family,
            organization=org,
            urls=[m.Url(u) for u in urls],
            emails=[m.Email(e) for e in emails],
        )
    )
    assert contact.id is not None
    return contact.id


def import_rows(
    ctx: AppContext, tmp_path: Path, *rows: str, linkedin_new: str = "offer"
) -> ImportResult:
    path = tmp_path / "Connections.csv"
    notes = 'Notes:\n"Some e-mail addresses may be missing."\n\n'
    path.write_text(notes + HEADER + "".join(f"{r}\n" for r in rows), encoding="utf-8")
    return ctx.importer.import_files(
        [path],
        linkedin_new=linkedin_new,  # type: ignore[arg-type]
        today=IMPORT_DAY,
    )


def state(ctx: AppContext, contact_id: int) -> m.RelationshipState:
    return ctx.contacts.get(contact_id).linkedin_state


def test_michaelas_row_never_marks_michael(ctx: AppContext, tmp_path: Path) -> None:
    michael = add(ctx, "Michael Schmidt", "Deutsche Bank AG")
    row = "Michaela,Schmidt,https://www.linkedin.com/in/michaela-s,,Deutsche Bank AG,Analystin,3 Feb 2026"

    result = import_rows(ctx, tmp_path, row)

    assert state(ctx, michael) == m.RelationshipState.NONE
    assert not result.linkedin_updated
    (offered,) = result.linkedin_new
    assert (offered.name, offered.line) == ("Michaela Schmidt", 5)


def test_with_both_stored_each_row_marks_its_own_person(ctx: AppContext, tmp_path: Path) -> None:
    michael = add(ctx, "Michael Schmidt", "Deutsche Bank AG")
    michaela = add(ctx, "Michaela Schmidt", "Deutsche Bank AG")

    result = import_rows(ctx, tmp_path, "Michaela,Schmidt,,,Deutsche Bank AG,Analystin,3 Feb 2026")

    assert [(u.contact_id, u.connected_on) for u in result.linkedin_updated] == [
        (michaela, date(2026, 2, 3))
    ]
    assert state(ctx, michaela) == CONNECTED
    assert state(ctx, michael) == m.RelationshipState.NONE

    import_rows(ctx, tmp_path, "Michael,Schmidt,,,Deutsche Bank AG,Filialleiter,4 Feb 2026")
    assert state(ctx, michael) == CONNECTED
    assert ctx.contacts.get(michaela).linkedin_connected_on == date(2026, 2, 3)


def test_profile_url_marks_whatever_the_name(ctx: AppContext, tmp_path: Path) -> None:
    mike = add(ctx, "Mike S.", "Privat", urls=("https://de.linkedin.com/in/Michael-Schmidt-42/",))
    row = "Michael,Schmidt,https://www.linkedin.com/in/michael-schmidt-42,,Deutsche Bank AG,,1 Mar 2026"

    result = import_rows(ctx, tmp_path, row)

    assert [u.contact_id for u in result.linkedin_updated] == [mike]
    assert ctx.contacts.get(mike).linkedin_connected_on == date(2026, 3, 1)
    assert len(ctx.contacts.get(mike).urls) == 1  # the same profile, not added twice


def test_email_marks_and_the_profile_is_added(ctx: AppContext, tmp_path: Path) -> None:
    sabine = add(ctx, "Sabine Schäfer", emails=("Sabine@Schaefer.example",))
    row = "Sabine,S.,https://www.linkedin.com/in/sabine-s,sabine@schaefer.example,Druck AG,CEO,03 Jul 2026"

    result = import_rows(ctx, tmp_path, row)

    assert [u.contact_id for u in result.linkedin_updated] == [sabine]
    contact = ctx.contacts.get(sabine)
    assert contact.linkedin_state == CONNECTED
    assert [u.value for u in contact.urls] == ["https://www.linkedin.com/in/sabine-s"]


def test_unique_name_marks_a_contact_without_organisation(ctx: AppContext, tmp_path: Path) -> None:
    bjoern = add(ctx, "Bjoern Koehler")  # met at a breakfast, company not noted
    result = import_rows(ctx, tmp_path, "Björn,Köhler,,,Köhler IT GmbH,Inhaber,01 Aug 2026")

    assert [u.contact_id for u in result.linkedin_updated] == [bjoern]
    assert ctx.contacts.get(bjoern).linkedin_connected_on == date(2026, 8, 1)
    assert not result.linkedin_new


def test_unique_name_at_the_same_company_in_another_spelling(
    ctx: AppContext, tmp_path: Path
) -> None:
    dr = add(ctx, "Anna Müller", "Müller Steuerberatung", shown_as="Dr. Anna Müller")
    row = "Anna,Mueller,,,Müller Steuerberatung GmbH,Steuerberaterin,15 Jun 2026"

    result = import_rows(ctx, tmp_path, row)

    assert [u.contact_id for u in result.linkedin_updated] == [dr]


def test_same_name_at_another_company_is_someone_else(ctx: AppContext, tmp_path: Path) -> None:
    thomas = add(ctx, "Thomas Weber", "Commerzbank AG")
    result = import_rows(ctx, tmp_path, "Thomas,Weber,,,Deutsche Bank AG,Berater,5 May 2026")

    assert state(ctx, thomas) == m.RelationshipState.NONE
    assert [c.name for c in result.linkedin_new] == ["Thomas Weber"]


def test_same_name_with_another_linkedin_profile_is_someone_else(
    ctx: AppContext, tmp_path: Path
) -> None:
    thomas = add(ctx, "Thomas Weber", urls=("https://www.linkedin.com/in/thomas-weber-1",))
    row = "Thomas,Weber,https://www.linkedin.com/in/thomas-weber-2,,,,5 May 2026"

    result = import_rows(ctx, tmp_path, row)

    assert state(ctx, thomas) == m.RelationshipState.NONE
    assert [c.url for c in result.linkedin_new] == ["https://www.linkedin.com/in/thomas-weber-2"]


def test_ambiguous_name_marks_nobody_and_is_reported(ctx: AppContext, tmp_path: Path) -> None:
    first = add(ctx, "Anna Schmidt", "Webgrrls München")
    second = add(ctx, "Anna Schmidt")
    row = "Anna,Schmidt,https://www.linkedin.com/in/anna-schmidt,,Webgrrls München,Coach,9 Sep 2026"

    for policy in ("offer", "add"):
        result = import_rows(ctx, tmp_path, row, linkedin_new=policy)

        assert not result.linkedin_updated and not result.linkedin_new and not result.imported
        (warning,) = result.warnings
        assert warning.startswith("Connections.csv, line 5 (Anna Schmidt): 2 contacts are called")
        assert f"#{first}, #{second}" in warning and "not offered as a new contact" in warning
        assert state(ctx, first) == state(ctx, second) == m.RelationshipState.NONE
        assert ctx.contacts.count() == 2


def test_a_contact_in_the_trash_does_not_make_a_name_ambiguous(
    ctx: AppContext, tmp_path: Path
) -> None:
    kept = add(ctx, "Anna Schmidt", "Webgrrls München")
    ctx.contacts.trash([add(ctx, "Anna Schmidt")])

    result = import_rows(ctx, tmp_path, "Anna,Schmidt,,,Webgrrls München,Coach,9 Sep 2026")

    assert [u.contact_id for u in result.linkedin_updated] == [kept]


def test_two_rows_of_one_name_mark_nobody_by_name(ctx: AppContext, tmp_path: Path) -> None:
    klaus = add(ctx, "Klaus Meier")
    result = import_rows(
        ctx,
        tmp_path,
        "Klaus,Meier,https://www.linkedin.com/in/klaus-meier-1,,BNI Isartal,StB,2 Sep 2017",
        "Klaus,Meier,https://www.linkedin.com/in/klaus-meier-2,,Meier Bau,Inhaber,3 Sep 2019",
    )

    assert state(ctx, klaus) == m.RelationshipState.NONE
    assert [w.split(":")[0] for w in result.warnings] == [
        "Connections.csv, line 5 (Klaus Meier)",
        "Connections.csv, line 6 (Klaus Meier)",
    ]
    assert "2 connections in this file are called Klaus Meier" in result.warnings[0]


def test_german_export_marks_and_reports_the_unreadable_date(
    ctx: AppContext, tmp_path: Path
) -> None:
    anna = add(ctx, "Anna Müller", urls=("https://www.linkedin.com/in/anna-mueller-4711",))
    oezlem = add(ctx, "Özlem Yılmaz")
    path = tmp_path / "Verbindungen.csv"
    shutil.copy(DATA / "linkedin_connections_de.csv", path)

    result = ctx.importer.import_files([path], today=IMPORT_DAY)

    updated = {u.contact_id: u.connected_on for u in result.linkedin_updated}
    assert updated == {anna: date(2026, 12, 12), oezlem: None}
    assert state(ctx, oezlem) == CONNECTED
    assert ctx.contacts.get(oezlem).linkedin_connected_on is None
    assert (
        "Verbindungen.csv, line 10 (Özlem Yılmaz): the connection date “irgendwann 2022” "
        "could not be read; the date was left empty." in result.warnings
    )
    assert (
        "Verbindungen.csv: 1 connection without a name (members who left LinkedIn or hid "
        "their data) was left out." in result.warnings
    )
    assert sorted(c.name for c in result.linkedin_new) == [
        "Jörg Weiß",
        "Klaus Meier",
        "Petra Schmidt",
    ]


def test_connections_left_out_are_counted_in_plain_words(ctx: AppContext, tmp_path: Path) -> None:
    one = import_rows(ctx, tmp_path, "Erika,Neu,,,Neu GmbH,,2 Sep 2026", linkedin_new="skip")
    assert one.warnings == ["Connections.csv: 1 connection matches no contact and was not added."]

    two = import_rows(
        ctx, tmp_path, "Erika,Neu,,,,,2 Sep 2026", "Jan,Alt,,,,,3 Sep 2026", linkedin_new="skip"
    )
    assert two.warnings == ["Connections.csv: 2 connections match no contact and were not added."]
