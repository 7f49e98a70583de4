"""Real vCards written by other programs (../shared/vcard-corpus) come in intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_helpers import CORPUS, corpus_cards, corpus_files

from netzwerk_app.domain.model import Birthday, Email, Phone, PostalAddress, Source, Url
from netzwerk_app.interchange.vcard import read_vcards

JPEG, PNG = b"\xff\xd8", b"\x89PNG"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared vCard corpus is not present")
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name[-60:])
def test_every_corpus_file_reads_without_error(path: Path) -> None:
    result = read_vcards(path.read_bytes(), path.name)
    assert result.fatal is None
    assert result.cards, "at least one card of every corpus file is readable"
    for card in result.cards:
        assert card.contact.id is None
        assert card.contact.source is Source.VCARD_FILE
        assert card.line >= 1


def test_outlook_2007_2010() -> None:
    (card,) = corpus_cards("John_Doe_MS_OUTLOOK")
    c = card.contact
    assert (c.prefix, c.given_name, c.family_name, c.suffix) == ("Mr.", "John", "Doe", "Sr.")
    assert c.additional_names == "Richter,James"  # unescaped comma kept whole
    assert c.formatted_name == "Mr. John Richter James Doe Sr."
    assert (c.organization, c.department, c.title) == ("IBM", "Accounting", "Money Counter")
    assert c.phones[:2] == [
        Phone("(905) 555-1234", ("work", "voice")),
        Phone("(905) 666-1234", ("home", "voice")),
    ]
    assert c.emails == [Email("john.doe@ibm.cm", ("internet", "pref"))]
    assert c.addresses[0] == PostalAddress(
        street="Cresent moon drive",
        locality="Albaney",
        region="New York",
        postal_code="12345",
        country="United States of America",
        types=("work", "pref"),
    )
    assert c.addresses[1].street == "Silicon Alley 5,"
    assert c.urls == [Url("http://www.ibm.com", ("work",))]
    assert c.birthday == Birthday(3, 22, 1980)  # basic format 19800322
    assert c.note.startswith("THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS'' AND ANY")
    assert c.photo is not None and c.photo.startswith(JPEG) and c.photo_mime == "image/jpeg"
    names = [p.name for p in c.extra_properties]
    assert "X-MS-OL-DESIGN" in names and "LABEL" in names and "X-MS-MANAGER" in names
    label = next(p for p in c.extra_properties if p.name == "LABEL")
    assert label.value == "Cresent moon drive\\nAlbaney, New York  12345"  # QP soft breaks


def test_outlook_2003_quoted_printable_note() -> None:
    (card,) = corpus_cards("outlook-2003")
    c = card.contact
    assert c.note == "This is the note field!!\nSecond line\n\nThird line is empty\n"
    assert (c.organization, c.department) == ("Company, The", "TheDepartment")
    assert c.birthday == Birthday(3, 21, 1980)
    assert c.addresses[0].extended == "TheOffice"


def test_outlook_2007_us_ascii_qp_with_tab() -> None:
    (card,) = corpus_cards("outlook-2007")
    c = card.contact
    assert c.note.startswith("This is the NOTE field\t\nI assume it encodes")
    assert c.phones[2] == Phone("(111) 555-4444", ("cell", "voice"))
    assert c.urls == [
        Url("http://mikeangstadt.name", ("home",)),
        Url("http://mikeangstadt.name", ("work",)),
    ]
    assert c.birthday == Birthday(3, 10, 1922)
    assert c.photo is not None and c.photo.startswith(JPEG)


def test_gmail() -> None:
    (card,) = corpus_cards("John_Doe_GMAIL")
    c = card.contact
    assert c.formatted_name == "Mr. John Richter, James Doe Sr."
    assert c.additional_names == "Richter, James"
    assert c.emails == [Email("john.doe@ibm.com", ("internet", "home"))]
    assert c.phones == [Phone("905-555-1234", ("cell",)), Phone("905-666-1234", ("home",))]
    assert c.urls == [Url("http://www.ibm.com", ("work",))]  # Google's \: not doubled
    assert c.addresses[0].extended.startswith("Crescent moon drive\n555-asd\nNice Area, Albaney")
    assert c.birthday == Birthday(3, 22, 1980)
    assert c.note.endswith("POSSIBILITY OF SUCH DAMAGE.\nFavotire Color: Blue")
    assert '"AS IS"' in c.note
    kept = {(p.group, p.name, p.value) for p in c.extra_properties}
    assert ("item1", "X-ABDATE", "1975-03-01") in kept
    assert ("item1", "X-ABLABEL", "_$!<Anniversary>!$_") in kept  # label of a kept property


def test_gmail_custom_labels() -> None:
    (card,) = corpus_cards("gmail-single2")
    c = card.contact
    assert Email("customcategory@example.com", ("internet",), "CustomEmailCategory") in c.emails
    assert Phone("5555551119", (), "GRAND_CENTRAL") in c.phones
    assert Phone("5555551116", ("main",)) in c.phones
    assert Url("http://www.example4.com", (), "HomePage") in c.urls
    assert c.addresses[-1].label == "CustomAddressCategory"
    assert c.birthday == Birthday(6, 23, 1912)
    assert c.note == "note line 1\nnote line 2\nCustomField: field value"


def test_gmail_list_of_three() -> None:
    cards = corpus_cards("gmail-list")
    assert [c.contact.formatted_name for c in cards] == [
        "Arnold Smith",
        "Chris Beatle",
        "Doug White",
    ]
    assert [c.line for c in cards] == [1, 7, 13]


def test_iphone() -> None:
    (card,) = corpus_cards("John_Doe_IPHONE")
    c = card.contact
    assert c.formatted_name == "Mr. John Richter James Doe Sr."
    assert (c.nickname, c.organization, c.department) == ("Johny", "IBM", "Accounting")
    assert c.phones[0] == Phone("905-555-1234", ("cell", "voice", "pref"))
    assert Phone("905-222-1234", (), "AssistantPhone") in c.phones
    assert c.emails == [Email("john.doe@ibm.com", ("internet", "pref"))]
    assert c.urls == [Url("http://www.ibm.com", ("pref",), "HomePage")]
    assert c.addresses[1].street == "Street4\nBuilding 6\nFloor 8"
    assert c.birthday == Birthday(6, 6, 2012)
    assert c.photo is not None and c.photo.startswith(JPEG) and len(c.photo) > 30_000


def test_ios_613_cr_cr_lf_and_folded_photo() -> None:
    (card,) = corpus_cards("ios_613_multiline")
    c = card.contact
    assert (c.formatted_name, c.organization, c.department) == (
        "Bob Smith",
        "Smith Auto Repair",
        "",
    )
    assert c.urls == [Url("www.smithauto.com", ("pref",), "HomePage")]
    assert c.photo is not None and c.photo.startswith(JPEG)


def test_mac_address_book_mixed_line_endings() -> None:
    (card,) = corpus_cards("MAC_ADDRESS_BOOK")
    c = card.contact
    assert c.formatted_name == "Mr. John Richter,James Doe Sr."
    assert Phone("905-222-1234", (), "AssistantPhone") in c.phones
    assert c.addresses[0].street == "Silicon Alley 5,"
    assert c.photo is not None and c.photo.startswith(JPEG)  # PHOTO;BASE64 bare param
    assert any(
        p.value == "6B29A774-D124-4822-B8D0-2780EC117F60\\:ABPerson" for p in c.extra_properties
    )


def test_lotus_notes_folded_word() -> None:
    (card,) = corpus_cards("LOTUS_NOTES")
    c = card.contact
    assert c.nickname == "Johny,JayJay"
    assert c.addresses[0].street == "25334\nSouth cresent drive, Building 5, 3rd floo r"
    assert c.phones[0] == Phone("+1 (212) 204-34456", ("cell", "voice", "pref"))
    assert c.birthday == Birthday(5, 21, 1980)


def test_android_quoted_printable_utf8() -> None:
    cards = corpus_cards("John_Doe_ANDROID")
    assert len(cards) == 6
    first = cards[0].contact
    assert first.formatted_name == "john.doe@company.com"  # no N/FN: derived from e-mail
    assert first.tags == ["My Contacts"]
    four = cards[3].contact
    assert four.formatted_name == " ".join(["Ñ"] * 11)  # soft breaks split UTF-8 sequences
    assert four.phones[0] == Phone("123456", ("cell", "pref"))
    five = cards[4].contact
    assert five.organization == "Ñ" * 12
    assert Email("Ñ" * 14, ("pref",)) in five.emails
    assert five.photo is not None and five.photo.startswith(JPEG)


def test_blackberry() -> None:
    (card,) = corpus_cards("John_Doe_BLACK_BERRY")
    c = card.contact
    assert (c.given_name, c.family_name, c.organization) == ("john", "Doe", "Acme Solutions")
    assert c.phones == [Phone("+96123456789", ("cell",))]
    assert c.photo is not None and c.photo.startswith(JPEG)
    assert c.note == ""
    (bb,) = corpus_cards("blackberry_photo")
    assert bb.contact.photo is not None and bb.contact.photo.startswith(PNG)
    assert bb.contact.photo_mime == "image/png"


def test_evolution() -> None:
    (card,) = corpus_cards("John_Doe_EVOLUTION")
    c = card.contact
    assert c.phones == [Phone("905-666-1234", ("cell",)), Phone("905-555-1234", ("work", "voice"))]
    assert c.emails == [Email("john.doe@ibm.com", ("work",))]
    assert c.addresses[0].po_box == "ASB-123"
    assert c.addresses[0].country == "United States of America"
    assert (c.organization, c.department) == ("IBM", "Accounting;Dungeon")
    assert c.tags == ["VIP"]


def test_thunderbird() -> None:
    (card,) = corpus_cards("thunderbird")
    c = card.contact
    assert (c.given_name, c.family_name, c.nickname) == ("John", "Doe", "Johnny")
    assert c.birthday == Birthday(9, 21, 1970)
    assert c.note.endswith('in the "note" field; even curse words.')
    assert c.addresses[0].types == ("work", "postal")
    assert c.photo is not None and c.photo.startswith(JPEG)


def test_japanese_shift_jis() -> None:
    (card,) = corpus_cards("japanese_2")
    c = card.contact
    assert c.formatted_name == "安藤 ロイド 1"
    assert (c.family_name, c.given_name) == ("安藤", "ロイド1")
    assert c.addresses[0].extended == "東京都渋谷区桜丘町26-1セルリアンタワー6階"
    assert c.addresses[0].postal_code == "150-8512"
    assert c.note == "メモ"


def test_chinese_multibyte_param() -> None:
    (card,) = corpus_cards("multibyte_param")
    assert card.contact.phones == [Phone("1", ("费",))]


def test_kde_kaddressbook_4_0() -> None:
    (card,) = corpus_cards("testfullvcard")
    c = card.contact
    assert c.phones[0] == Phone("+44-555-555-5555;ext=5555", ("voice", "home", "pref"))
    assert c.emails[1] == Email("detective@sherlockholmes.com", ("work", "pref"))
    assert c.birthday == Birthday(10, 15, 1953)
    assert c.tags == ["FICTION", "LITERATURE"]
    assert c.addresses[0].street == "221B Baker Street"


def test_kde_quoted_printable_addresses_and_cyrillic() -> None:
    cards = corpus_cards("vcard10")
    assert cards[0].contact.addresses[0].street == "DDDDDDDDDDDDDDD-Staße 2\n00000 DDDDDDDDDD"
    assert cards[1].contact.urls == [Url("http://some-webseite.com")]
    assert cards[3].contact.title == "Facharzt für Allgemeinmedizin"
    (nine,) = corpus_cards("vcard9")
    assert nine.contact.note.startswith("Длинный комментарий на русском языке")
    assert nine.contact.formatted_name.startswith("βγδεαβγδ1")


def test_evolution_1_without_version_or_fn() -> None:
    (card,) = corpus_cards("vcard4")
    c = card.contact
    assert c.formatted_name == "Ximian, Inc."  # derived from ORG
    assert c.urls == [Url("www.ximian.com/")]


def test_rfc6350_example_birthday_without_year() -> None:
    (card,) = corpus_cards("rfc6350-example")
    c = card.contact
    assert c.birthday == Birthday(2, 3)
    assert c.suffix == "ing. jr,M.Sc."
    assert c.phones[0] == Phone("+1-418-656-9254;ext=102", ("work", "voice", "pref"))
    assert c.addresses[0].locality == "Quebec"


def test_fullcontact_photo_urls_and_duplicates() -> None:
    (card,) = corpus_cards("fullcontact")
    c = card.contact
    assert c.photo_uri.startswith("https://d3m0kzytmr41b1.cloudfront.net/")
    assert (c.organization, c.title) == ("Organization1", "Title1")
    kept = [(p.name, p.value) for p in c.extra_properties]
    assert ("ORG", "Organization2;Department2") in kept
    assert ("TITLE", "Title2") in kept
    assert c.birthday == Birthday(8, 1, 2016)


def test_photo_only_card_without_name_still_imports() -> None:
    (card,) = corpus_cards("issue64")
    assert card.contact.photo is not None and card.contact.photo.startswith(JPEG)
    assert card.warnings == ["The card has no name."]


def test_aosp_edge_cases() -> None:
    (comment,) = corpus_cards("invalid_comment_line")
    assert comment.contact.note == (
        "This is an (sharp ->#<- sharp) example. This message must NOT be ignored."
    )
    (multi,) = corpus_cards("adr_multiple_line")
    assert multi.contact.addresses[1].street == "Hermann v. Brevern\n9999999\nPackstation 999"
    (malformed,) = corpus_cards("malformed_photo")
    assert malformed.contact.photo is None
    assert "photo" in malformed.warnings[0]
    cards = corpus_cards("v21_nest")
    assert sorted(c.contact.formatted_name for c in cards) == ["nest1", "nest2", "parent"]
    parent = next(c for c in cards if c.contact.formatted_name == "parent")
    assert parent.line == 1 and parent.contact.phones == [Phone("1")]
    assert "inside it" in parent.warnings[0]
