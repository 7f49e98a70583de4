"""CSV export/import, LinkedIn connections, XING cards, matching keys and sniffing."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from corpus_helpers import DATA, full_contact_for_csv

from netzwerk_app.domain.model import Contact, Email, Phone, Platform, Source, Url
from netzwerk_app.interchange.csv_io import neutralize, read_contacts_csv, write_contacts_csv
from netzwerk_app.interchange.keys import normalize_email, normalize_phone
from netzwerk_app.interchange.linkedin import (
    normalize_profile_url,
    parse_connected_on,
    read_linkedin_connections,
)
from netzwerk_app.interchange.sniff import sniff
from netzwerk_app.interchange.vcard import read_vcards, write_vcards


def test_csv_roundtrip() -> None:
    contacts = [full_contact_for_csv(), Contact(formatted_name="Nur Name")]
    data = write_contacts_csv(contacts)
    assert data.startswith(b"\xef\xbb\xbf")
    again = read_contacts_csv(data)
    assert len(again) == 2
    a, b = contacts[0], again[0]
    for name in (
        "formatted_name",
        "given_name",
        "family_name",
        "organization",
        "department",
        "title",
        "phones",
        "emails",
        "addresses",
        "urls",
        "birthday",
        "note",
        "tags",
        "source",
        "gdpr_note",
        "personally_known",
        "linkedin_state",
        "linkedin_connected_on",
        "xing_state",
        "keep_in_touch_days",
        "uid",
    ):
        assert getattr(a, name) == getattr(b, name), name
    assert again[1].formatted_name == "Nur Name" and again[1].phones == []


def test_csv_neutralizes_formulas_but_reads_back_exactly() -> None:
    evil = [
        '=HYPERLINK("http://evil")',
        "+49 89 123456",
        "-1",
        "@SUM(A1)",
        "\tx",
        "\rx",
        "'=already quoted",
        "''+x",
        "'plain",
        "normal",
    ]
    contact = Contact(
        formatted_name=evil[0], note=evil[3], phones=[Phone(v) for v in evil], tags=["-tag"]
    )
    data = write_contacts_csv([contact])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    cells = [cell for cell in rows[1] if cell]
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\0")), cell
    assert "'+49 89 123456" in cells
    (again,) = read_contacts_csv(data)
    assert [p.value for p in again.phones] == evil
    assert again.formatted_name == evil[0] and again.note == evil[3] and again.tags == ["-tag"]


@pytest.mark.parametrize("cell", ["=1", "'=1", "''=1", "'x", "x", "", "'", "-", "'-"])
def test_neutralize_is_reversible(cell: str) -> None:
    from netzwerk_app.interchange.csv_io import unneutralize

    assert unneutralize(neutralize(cell)) == cell


def test_linkedin_export_with_notes_preamble() -> None:
    export = read_linkedin_connections((DATA / "linkedin_connections.csv").read_bytes())
    assert export is not None
    assert export.skipped_date_only == 1 and export.has_url_column
    anna, joerg, li = export.connections
    assert (anna.first_name, anna.last_name, anna.position) == (
        "Anna",
        "Müller",
        "Geschäftsführerin",
    )
    assert anna.connected_on == date(2026, 6, 15) and anna.email == "" and anna.line == 5
    assert joerg.company == "Bäckerei Weiß, Süd KG" and joerg.email == "joerg.weiss@example.de"
    assert normalize_profile_url(joerg.url) == "https://www.linkedin.com/in/joerg-weiss"
    assert (li.first_name, li.last_name, li.position) == ("李", "小龙", 'Head of "Growth"')
    assert normalize_profile_url(li.url) == "https://www.linkedin.com/in/li-xiaolong"
    assert li.connected_on == date(2020, 1, 1)


def test_linkedin_old_export_without_url() -> None:
    export = read_linkedin_connections((DATA / "linkedin_connections_old.csv").read_bytes())
    assert export is not None and not export.has_url_column
    assert [(c.first_name, c.url, c.connected_on) for c in export.connections] == [
        ("Petra", "", date(2016, 11, 28)),
        ("Klaus", "", date(2017, 9, 2)),
    ]
    assert export.connections[0].line == 2


def test_linkedin_rejects_other_files() -> None:
    assert read_linkedin_connections(b"Name,Phone\nAnna,1\n") is None
    assert read_linkedin_connections(b"") is None
    assert read_linkedin_connections(write_contacts_csv([Contact(formatted_name="A")])) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/Anna-Mueller/",
        "http://de.linkedin.com/in/anna-mueller?trk=abc#top",
        "www.linkedin.com/in/anna-mueller",
        "HTTPS://LinkedIn.com/in/anna-mueller",
    ],
)
def test_normalize_profile_url(url: str) -> None:
    assert normalize_profile_url(url) == "https://www.linkedin.com/in/anna-mueller"


def test_xing_vcard_with_profile_url() -> None:
    result = read_vcards((DATA / "xing_anna_mueller.vcf").read_bytes(), "xing.vcf")
    (card,) = result.cards
    c = card.contact
    assert c.formatted_name == "Dr. Anna Müller"
    assert (c.title, c.organization) == ("Geschäftsführerin", "Müller & Söhne Beratung GmbH")
    assert c.addresses[0].street == "Leopoldstraße 12" and c.addresses[0].locality == "München"
    assert c.emails == [Email("anna.mueller@mueller-soehne.example", ("internet", "work", "pref"))]
    assert c.profile_url(Platform.XING) == "https://www.xing.com/profile/Anna_Mueller"
    assert c.photo_uri.startswith("https://profile-images.xing.com/")
    assert c.uid == ""
    assert ("X-XING-ID", "12345678") in [(p.name, p.value) for p in c.extra_properties]
    assert card.warnings == []


def test_xing_vcard_without_profile_url_keeps_the_id() -> None:
    (card,) = read_vcards((DATA / "xing_joerg_weiss_no_url.vcf").read_bytes()).cards
    c = card.contact
    assert (c.formatted_name, c.title) == ("Jörg Weiß", "Vertriebsleiter Süd")
    assert c.profile_url(Platform.XING) is None
    assert ("X-XING-ID", "87654321") in [(p.name, p.value) for p in c.extra_properties]
    # ... and gives it back on export.
    (again,) = read_vcards(write_vcards([c]).encode()).cards
    assert ("X-XING-ID", "87654321") in [(p.name, p.value) for p in again.contact.extra_properties]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+49 89 123456", "+4989123456"),
        ("089 123456", "+4989123456"),
        ("0049 (89) 12-34-56", "+4989123456"),
        ("tel:+1-418-656-9254", "+14186569254"),
        ("BusinessPhone", None),
        ("1", None),
    ],
)
def test_normalize_phone(raw: str, expected: str | None) -> None:
    assert normalize_phone(raw) == expected


def test_normalize_phone_other_region_and_email() -> None:
    assert normalize_phone("01 23 45 67 89", region="FR") == "+33123456789"
    assert normalize_email(" Mailto:Anna@Example.DE ") == "anna@example.de"


def test_sniff() -> None:
    assert sniff((DATA / "xing_anna_mueller.vcf").read_bytes()) == "vcard"
    assert sniff("\ufeffbegin:vcard\r\n".encode("utf-16")) == "vcard"
    assert sniff((DATA / "linkedin_connections.csv").read_bytes()) == "linkedin_csv"
    assert sniff((DATA / "linkedin_connections_old.csv").read_bytes()) == "linkedin_csv"
    assert sniff(write_contacts_csv([Contact(formatted_name="A")])) == "netzwerk_csv"
    assert sniff(b"\x89PNG\r\n") == "unknown"
    assert sniff(b"") == "unknown"


def test_csv_source_defaults() -> None:
    header = "Full name;Given name;Family name;Organization\r\n"
    (c,) = read_contacts_csv((header + "A;B;C;D\r\n").encode())
    assert (c.formatted_name, c.organization, c.source) == ("A", "D", Source.MANUAL)
    assert c.urls == [] and c.emails == []
    assert Url("x") != Url("y")


# --- German exports and the dates of every language --------------------------------------


def test_linkedin_german_export_with_notes_preamble() -> None:
    data = (DATA / "linkedin_connections_de.csv").read_bytes()
    assert sniff(data) == "linkedin_csv"
    export = read_linkedin_connections(data)
    assert export is not None and export.has_url_column and export.skipped_date_only == 1
    assert [(c.first_name, c.last_name, c.connected_on, c.line) for c in export.connections] == [
        ("Anna", "Müller", date(2026, 12, 12), 5),
        ("Jörg", "Weiß", date(2025, 3, 3), 6),
        ("Petra", "Schmidt", date(2025, 3, 3), 7),
        ("Klaus", "Meier", date(2023, 5, 1), 9),
        ("Özlem", "Yılmaz", None, 10),
    ]
    joerg = export.connections[1]
    assert joerg.email == "joerg.weiss@example.de" and joerg.company == "Bäckerei Weiß, Süd KG"
    assert joerg.position == "Vertriebsleiter"
    assert normalize_profile_url(joerg.url) == "https://www.linkedin.com/in/joerg-weiss"
    # The unreadable date is kept as written, so that the import can name it.
    assert export.connections[-1].unread_date == "irgendwann 2022"
    assert all(c.unread_date == "" for c in export.connections[:-1])


def test_linkedin_german_export_resaved_by_a_spreadsheet_with_semicolons() -> None:
    text = (
        "Vorname;Nachname;URL;E-Mail-Adresse;Unternehmen;Position;Verbunden am\r\n"
        "Anna;Müller;https://www.linkedin.com/in/anna;;Müller GmbH;CEO;15.06.2026\r\n"
    )
    data = text.encode("cp1252")
    assert sniff(data) == "linkedin_csv"
    export = read_linkedin_connections(data)
    assert export is not None
    (anna,) = export.connections
    assert (anna.last_name, anna.company, anna.connected_on) == (
        "Müller",
        "Müller GmbH",
        date(2026, 6, 15),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 Jun 2026", date(2026, 6, 15)),
        ("12 Dec 2026", date(2026, 12, 12)),
        ("12 Dez 2026", date(2026, 12, 12)),
        ("3. Mär. 2025", date(2025, 3, 3)),
        ("03 Mär 2025", date(2025, 3, 3)),
        ("03 Ma\u0308r 2025", date(2025, 3, 3)),  # "ä" as a + combining diaeresis
        ("03 Mrz 2025", date(2025, 3, 3)),
        ("3. März 2025", date(2025, 3, 3)),
        ("1 Mai 2023", date(2023, 5, 1)),
        ("7 Okt. 2024", date(2024, 10, 7)),
        ("15. Oktober 2024", date(2024, 10, 15)),
        ("2 Jänner 2024", date(2024, 1, 2)),
        ("12-Dec-26", date(2026, 12, 12)),
        ("Jun 15, 2026", date(2026, 6, 15)),
        ("15.06.2026", date(2026, 6, 15)),
        ("2026-06-15", date(2026, 6, 15)),
        ("31 Feb 2026", None),
        ("12 Foo 2026", None),
        ("irgendwann 2022", None),
        ("", None),
    ],
)
def test_linkedin_connected_on_in_english_and_german(text: str, expected: date | None) -> None:
    assert parse_connected_on(text) == expected
