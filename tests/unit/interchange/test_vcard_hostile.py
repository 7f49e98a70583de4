"""Bad and hostile input costs at most one card and never crashes the import."""

from __future__ import annotations

import base64

from netzwerk_app.domain.model import Birthday, Phone, Url
from netzwerk_app.interchange import prescan
from netzwerk_app.interchange.vcard import read_vcards


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])


def test_fatal_sentences_for_files_that_are_no_vcard() -> None:
    cases = {
        b"": "is empty",
        b"\r\n  \r\n": "is empty",
        b"\x89PNG\r\n\x1a\n" + bytes(100): "PNG image",
        b"\xff\xd8\xff\xe0" + bytes(100): "JPEG image",
        b"PK\x03\x04" + bytes(100): "ZIP archive",
        bytes(range(256)) * 4: "binary file",
        b"Name,Phone\nAnna,123\n": "no BEGIN:VCARD",
    }
    for data, expected in cases.items():
        result = read_vcards(data, "kontakte.vcf")
        assert result.fatal is not None and expected in result.fatal, (data[:10], result.fatal)
        assert result.fatal.startswith("“kontakte.vcf”")
        assert result.fatal.endswith(".") and "\n" not in result.fatal
        assert result.cards == [] and result.failures == []


def test_file_over_50_mb_is_refused_before_parsing() -> None:
    data = card("FN:A").encode() * (prescan.MAX_FILE_BYTES // 40)
    assert len(data) > prescan.MAX_FILE_BYTES
    result = read_vcards(data)
    assert result.fatal is not None and "50 MB" in result.fatal


def test_huge_property_refuses_that_card_only() -> None:
    folded = "\r\n ".join(["x" * 74] * (prescan.MAX_PROPERTY_CHARS // 74 + 2))
    data = (card("FN:Before") + card("FN:Huge Hans", "NOTE:" + folded) + card("FN:After")).encode()
    result = read_vcards(data)
    assert [c.contact.formatted_name for c in result.cards] == ["Before", "After"]
    (failure,) = result.failures
    assert failure.line == 5 and failure.name == "Huge Hans"
    assert "larger than 10 MB" in failure.reason


def test_huge_photo_is_dropped_and_the_card_kept() -> None:
    payload = base64.b64encode(b"\xff\xd8" + bytes(prescan.MAX_PHOTO_BYTES + 10)).decode()
    lines = "\r\n ".join(payload[i : i + 74] for i in range(0, len(payload), 74))
    result = read_vcards(card("FN:Big Photo", "PHOTO;ENCODING=b;TYPE=JPEG:" + lines).encode())
    (parsed,) = result.cards
    assert parsed.contact.photo is None
    assert parsed.warnings == ["Its photo is larger than 5 MB and was left out."]


def test_invalid_base64_photo_is_reported_and_the_rest_kept() -> None:
    result = read_vcards(card("FN:Anna", "TEL:1", "PHOTO;ENCODING=b:@@@not base64@@@").encode())
    (parsed,) = result.cards
    assert parsed.contact.phones == [Phone("1")] and parsed.contact.photo is None
    assert "invalid base64" in parsed.warnings[0]


def test_unknown_charset_falls_back() -> None:
    data = card("FN;CHARSET=X-KLINGON:Jürgen").encode("utf-8")
    (parsed,) = read_vcards(data).cards
    assert parsed.contact.formatted_name == "Jürgen"
    assert "X-KLINGON" in parsed.warnings[0]
    latin = card("FN;CHARSET=X-KLINGON:Jürgen").encode("latin-1")
    assert read_vcards(latin).cards[0].contact.formatted_name == "Jürgen"


def test_nul_bytes_are_removed() -> None:
    data = card("FN:An\x00na", "TEL:12\x003").encode()
    (parsed,) = read_vcards(data).cards
    assert parsed.contact.formatted_name == "Anna" and parsed.contact.phones == [Phone("123")]


def test_missing_end_is_read_and_noted() -> None:
    data = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Open Otto\r\n" + card("FN:Next")).encode()
    result = read_vcards(data)
    names = sorted(c.contact.formatted_name for c in result.cards)
    assert names == ["Next", "Open Otto"]
    otto = next(c for c in result.cards if c.contact.formatted_name == "Open Otto")
    assert otto.line == 1 and otto.warnings


def test_truncated_file_keeps_what_is_there() -> None:
    data = (card("FN:One") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Two\r\nNOTE:cut he").encode()
    result = read_vcards(data)
    assert [c.contact.formatted_name for c in result.cards] == ["One", "Two"]
    assert "END:VCARD" in result.cards[1].warnings[0]


def test_deeply_nested_cards_do_not_recurse() -> None:
    data = ("BEGIN:VCARD\r\nFN:x\r\n" * 5000 + "END:VCARD\r\n" * 5000).encode()
    result = read_vcards(data)
    assert len(result.cards) == 5000


def test_empty_card_is_reported_with_its_line() -> None:
    data = (card("FN:Ok") + "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n").encode()
    result = read_vcards(data)
    assert len(result.cards) == 1
    assert result.failures[0].line == 5 and result.failures[0].reason == "The card is empty."


def test_encodings_bom_utf16_windows1252() -> None:
    text = card("FN:Jürgen Groß", "N:Groß;Jürgen;;;")
    for data in (
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        text.encode("utf-16"),  # with BOM
        text.encode("utf-16-le"),  # without BOM
        text.encode("utf-16-be"),
        text.encode("cp1252"),
    ):
        result = read_vcards(data)
        assert result.fatal is None
        assert result.cards[0].contact.formatted_name == "Jürgen Groß"
        assert result.cards[0].contact.family_name == "Groß"


def test_line_endings_lf_cr_crcrlf_mixed() -> None:
    text = card("FN:Anna", "NOTE:a very long note that is fol", " ded here", "TEL:1")
    for data in (
        text.replace("\r\n", "\n"),
        text.replace("\r\n", "\r"),
        text.replace("\r\n", "\r\r\n"),
        text.replace("\r\n", "\n", 3),
    ):
        (parsed,) = read_vcards(data.encode()).cards
        assert parsed.contact.note == "a very long note that is folded here"
        assert parsed.contact.phones == [Phone("1")]


def test_quoted_printable_soft_break_inside_utf8_sequence() -> None:
    data = card(
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BC=",
        "ller;J=C3=",
        "=BCrgen;;;",
        "NOTE;ENCODING=QUOTED-PRINTABLE:Zeile 1=0D=0AZeile 2",
        version="2.1",
    ).encode()
    (parsed,) = read_vcards(data).cards
    assert (parsed.contact.family_name, parsed.contact.given_name) == ("Müller", "Jürgen")
    assert parsed.contact.formatted_name == "Jürgen Müller"  # derived: no FN in the card
    assert parsed.contact.note == "Zeile 1\nZeile 2"


def test_type_styles_and_apple_labels() -> None:
    data = card(
        "TEL;CELL;PREF:1",
        "TEL;TYPE=work,voice:2",
        "TEL;TYPE=HOME;TYPE=FAX:3",
        'TEL;TYPE="work,cell":4',
        "item1.TEL:5",
        "item1.X-ABLabel:Büro Nord",
        "item2.URL:https\\://example.com",
        "item2.X-ABLabel:_$!<HomePage>!$_",
    ).encode()
    (parsed,) = read_vcards(data).cards
    assert parsed.contact.phones == [
        Phone("1", ("cell", "pref")),
        Phone("2", ("work", "voice")),
        Phone("3", ("home", "fax")),
        Phone("4", ("work", "cell")),
        Phone("5", (), "Büro Nord"),
    ]
    assert parsed.contact.urls == [Url("https://example.com", (), "HomePage")]


def test_birthday_forms() -> None:
    forms = {
        "--0415": Birthday(4, 15),
        "--04-16": Birthday(4, 16),
        "19800322": Birthday(3, 22, 1980),
        "1980-03-22": Birthday(3, 22, 1980),
        "1604-04-15": Birthday(4, 15),  # Apple: no year
        "1953-10-15T23:10:00Z": Birthday(10, 15, 1953),
    }
    for text, expected in forms.items():
        (parsed,) = read_vcards(card("FN:A", f"BDAY:{text}").encode()).cards
        assert parsed.contact.birthday == expected, text
    (parsed,) = read_vcards(card("FN:A", "BDAY;VALUE=text:um Ostern").encode()).cards
    assert parsed.contact.birthday is None
    assert [(p.name, p.value) for p in parsed.contact.extra_properties] == [("BDAY", "um Ostern")]
    (parsed,) = read_vcards(card("FN:A", "BDAY:2021-02-30").encode()).cards
    assert parsed.contact.birthday is None and parsed.contact.extra_properties


def test_photos_as_data_uri_and_url() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(20)
    uri = "data:image/png;base64," + base64.b64encode(png).decode()
    (parsed,) = read_vcards(card("FN:A", f"PHOTO:{uri}", version="4.0").encode()).cards
    assert (parsed.contact.photo, parsed.contact.photo_mime) == (png, "image/png")
    url = "PHOTO;VALUE=uri:https://example.com/a.jpg"
    (parsed,) = read_vcards(card("FN:A", url).encode()).cards
    assert parsed.contact.photo_uri == "https://example.com/a.jpg"


def test_unescaped_commas_kept_whole() -> None:
    (parsed,) = read_vcards(card("FN:Müller, Anna", "NOTE:a, b, c", "ORG:A, B;C").encode()).cards
    c = parsed.contact
    assert (c.formatted_name, c.note, c.organization, c.department) == (
        "Müller, Anna",
        "a, b, c",
        "A, B",
        "C",
    )


def test_unknown_properties_are_kept_for_export() -> None:
    data = card("FN:A", "X-SOCIALPROFILE;TYPE=twitter:https://x.com/a", "item3.X-FOO:bar").encode()
    (parsed,) = read_vcards(data).cards
    kept = [(p.group, p.name, p.params, p.value) for p in parsed.contact.extra_properties]
    assert kept == [
        ("", "X-SOCIALPROFILE", (("TYPE", ("twitter",)),), "https://x.com/a"),
        ("item3", "X-FOO", (), "bar"),
    ]
