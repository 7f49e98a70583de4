"""Our exports as other programs read them: vobject parses every one, khard's vCard
wrapper reads names, birthdays, organisations and labels (issue 11, item 8)."""

from __future__ import annotations

import base64

import pytest

from netzwerk_app.domain.model import Birthday, Contact, Phone
from netzwerk_app.interchange.vcard import read_vcards, write_vcard, write_vcards

vobject = pytest.importorskip("vobject", reason="vobject (test extra) is not installed")
khard_contacts = pytest.importorskip("khard.contacts", reason="khard (test extra) is not installed")

# A 1x1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
PNG_B64 = base64.b64encode(PNG).decode()

# As Apple Contacts writes a card, plus what other clients add: a second (text)
# birthday, a photo written as ENCODING=b *and* data: URI, an escaped ; in ORG.
APPLE_CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\n"
    "N:Apfel;Anna;;;\r\nFN:Anna Apfel\r\n"
    "ORG:Acme\\; Partners;Sales\r\n"
    "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15\r\n"
    "BDAY;VALUE=text:around Easter\r\n"
    "item1.ADR;type=HOME:;;Hauptstr. 1;Berlin;;10115;Germany\r\n"
    "item1.X-ABADR:de\r\n"
    "item1.X-ABLabel:_$!<Home>!$_\r\n"
    "item2.TEL:+49 30 1234\r\n"
    "item2.X-ABLabel:Studio\r\n"
    "item3.X-ABDATE:2010-05-01\r\n"
    "item3.X-ABLabel:_$!<Anniversary>!$_\r\n"
    f"PHOTO;ENCODING=b;TYPE=png:data:image/png;base64,{PNG_B64}\r\n"
    f"LOGO;ENCODING=b;TYPE=PNG:{PNG_B64}\r\n"
    "END:VCARD\r\n"
)


def apple_contact() -> Contact:
    (card,) = read_vcards(APPLE_CARD.encode()).cards
    return card.contact


def test_a_photo_written_as_encoding_b_and_data_uri_keeps_its_picture() -> None:
    contact = apple_contact()
    assert contact.photo == PNG
    assert contact.photo_mime == "image/png"
    assert contact.birthday == Birthday(3, 15)  # Apple's 1604 means "no year"
    assert contact.organization == "Acme; Partners" and contact.department == "Sales"


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vobject_parses_the_export_with_one_birthday_and_org_units_intact(version: str) -> None:
    text = write_vcards([apple_contact()], version)  # type: ignore[arg-type]
    card = vobject.readOne(text)
    assert len(card.contents["bday"]) == 1  # RFC 6350: BDAY at most once
    assert card.org.value == ["Acme; Partners", "Sales"]
    if version == "4.0":
        assert card.bday.value == "--0315"
        unfolded = text.replace("\r\n ", "")
        for name in ("PHOTO", "LOGO"):
            (line,) = card.contents[name.lower()]
            assert "ENCODING" not in line.params  # gone in 4.0
            # vobject cuts text at the comma of a data: URI, so the line is read as written
            (written,) = [x for x in unfolded.split("\r\n") if x.startswith(name + ":")]
            head, _, data = written.partition(",")
            assert head == f"{name}:data:image/png;base64"
            assert base64.b64decode(data) == PNG
    else:
        assert card.bday.value == "1604-03-15"
        assert card.bday.params["X-APPLE-OMIT-YEAR"] == ["1604"]


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_apple_groups_stay_linked_to_their_label_and_country_after_renumbering(
    version: str,
) -> None:
    text = write_vcards([apple_contact()], version)  # type: ignore[arg-type]
    card = vobject.readOne(text)
    groups: dict[str, set[str]] = {}
    for line in card.getChildren():
        if line.group:
            groups.setdefault(line.group, set()).add(line.name)
    (adr_group,) = [g for g, names in groups.items() if "ADR" in names]
    assert groups[adr_group] == {"ADR", "X-ABLABEL", "X-ABADR"}
    (tel_group,) = [g for g, names in groups.items() if "TEL" in names]
    assert groups[tel_group] == {"TEL", "X-ABLABEL"}
    (date_group,) = [g for g, names in groups.items() if "X-ABDATE" in names]
    assert groups[date_group] == {"X-ABDATE", "X-ABLABEL"}
    assert len({adr_group, tel_group, date_group}) == 3
    # and our own reader links them again: the country code stays with the address
    (again,) = read_vcards(text.encode()).cards
    assert again.contact.addresses[0].label == "Home"
    assert write_vcards([again.contact], version) == text  # type: ignore[arg-type]


def test_khard_reads_names_labels_and_year_less_birthdays() -> None:
    contact = Contact(
        formatted_name="Anna Apfel",
        family_name="Apfel",
        given_name="Anna",
        organization="Acme; Partners",
        department="Sales",
        birthday=Birthday(3, 15),
        phones=[Phone("+49 30 1234", (), "Studio")],
    )
    v3 = khard_contacts.VCardWrapper(vobject.readOne(write_vcard(contact, "3.0")))
    v4 = khard_contacts.VCardWrapper(vobject.readOne(write_vcard(contact, "4.0")))
    for wrapped in (v3, v4):
        assert wrapped.organisations == [["Acme; Partners", "Sales"]]
        assert wrapped.phone_numbers == {"Studio": ["+49 30 1234"]}
        assert (wrapped.birthday.month, wrapped.birthday.day) == (3, 15)
    # 4.0: --0315, which khard shows as a birthday without year
    assert khard_contacts.YAMLEditable._format_date_object(v4.birthday, False) == "--03-15"
    # 3.0: Apple's form; khard has no rule for 1604 and reads the date as written
    assert v3.birthday.year == 1604
    # 29 February: 1604 is a leap year (why Apple chose it), so khard reads the 3.0
    # form; its reading of 4.0's --0229 puts it in 1900, no leap year, and fails
    leap = khard_contacts.VCardWrapper(
        vobject.readOne(write_vcard(Contact(formatted_name="L", birthday=Birthday(2, 29))))
    )
    assert (leap.birthday.month, leap.birthday.day) == (2, 29)


def test_every_export_of_the_corpus_parses_with_vobject() -> None:
    from corpus_helpers import CORPUS, corpus_files

    if not CORPUS.is_dir():
        pytest.skip("shared vCard corpus is not present")
    contacts = [c.contact for p in corpus_files() for c in read_vcards(p.read_bytes()).cards]
    assert len(contacts) > 30
    for version in ("3.0", "4.0"):
        text = write_vcards(contacts, version)  # type: ignore[arg-type]
        parsed = list(vobject.readComponents(text))
        assert len(parsed) == len(contacts)
        for card in parsed:
            assert len(card.contents.get("bday", [])) <= 1
            if version == "4.0":
                for photo in card.contents.get("photo", []):
                    assert "ENCODING" not in photo.params


def test_kept_lines_that_break_other_readers_are_not_written() -> None:
    """Found by fuzzing with vobject: a kept "BEGIN:" line opened a component, a
    kept picture with invalid base64 failed the whole card; padding left off by an
    exporter is restored rather than the picture dropped."""
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Kurt Kaputt\r\nBEGIN:\r\nPROFILE:VCARD\r\n"
        "PHOTO;ENCODING=b:iVBORw0KGgo\r\nPHOTO;ENCODING=b:!!nonsense!!\r\n"
        "LOGO;ENCODING=b:iVBORw0KGgo\r\nEND:VCARD\r\n"
    )
    (card,) = read_vcards(text.encode()).cards
    for version in ("3.0", "4.0"):
        written = write_vcards([card.contact], version)  # type: ignore[arg-type]
        (parsed,) = vobject.readComponents(written)
        assert parsed.fn.value == "Kurt Kaputt"
        assert "BEGIN:\r\n" not in written and "PROFILE" not in written
        assert "nonsense" not in written
        assert "iVBORw0KGgo=" in written  # the logo, padded


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_an_escaped_semicolon_stays_inside_its_org_unit(version: str) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rita\r\nORG:Acme\\; Partners;R\\; D;Lab\r\nEND:VCARD\r\n"
    )
    (card,) = read_vcards(text.encode()).cards
    assert card.contact.organization == "Acme; Partners"
    written = write_vcards([card.contact], version)  # type: ignore[arg-type]
    assert vobject.readOne(written).org.value == ["Acme; Partners", "R; D", "Lab"]
    wrapped = khard_contacts.VCardWrapper(vobject.readOne(written))
    assert wrapped.organisations == [["Acme; Partners", "R; D", "Lab"]]
    (again,) = read_vcards(written.encode()).cards
    assert again.contact.department == card.contact.department
