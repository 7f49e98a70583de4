"""8-bit vCards without CHARSET: never stored as mojibake silently (issue 11, item 8).

Read as Windows-1252, the Windows-1251 bytes of "Віталій" became "Â³òàë³é". Now a
CHARSET declared elsewhere in the card or file is used, else the charset is guessed
and the import says so, per card.
"""

from __future__ import annotations

from pathlib import Path

from netzwerk_app.app import AppContext
from netzwerk_app.interchange.vcard import read_vcards


def card21(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:2.1\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


UKRAINIAN_PHONE_BOOK = card21(
    "N:Коваленко;Віталій;;;",
    "FN:Віталій Коваленко",
    "ORG:Київська торгова палата",
    "TEL;CELL:+380 44 1234567",
) + card21(
    "N:Иванов;Сергей;;;",
    "FN:Сергей Иванов",
    "ADR;WORK:;;ул. Тверская 7;Москва;;125009;Россия",
)


def test_a_windows_1251_file_without_charset_imports_the_names_right(
    ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "telefonbuch.vcf"
    path.write_bytes(UKRAINIAN_PHONE_BOOK.encode("cp1251"))

    result = ctx.importer.import_files([path])

    assert not result.failed
    names = sorted(s.contact.formatted_name for s in ctx.contacts.summaries())
    assert names == ["Віталій Коваленко", "Сергей Иванов"]  # not "Â³òàë³é Êîâàëåíêî"
    vitalii = ctx.contacts.search("Віталій")[0]
    contact = ctx.contacts.get(vitalii.id)
    assert contact.organization == "Київська торгова палата"
    assert len(result.warnings) == 2
    for warning, name in zip(result.warnings, ("Віталій Коваленко", "Сергей Иванов"), strict=True):
        assert warning.startswith("telefonbuch.vcf, line ")
        assert f"({name}): Its text encoding was guessed as windows-1251" in warning


def test_german_windows_1252_is_guessed_as_such_and_said() -> None:
    data = card21(
        "N:Müller;Jürgen;;;",
        "FN:Jürgen Müller",
        "ADR;WORK:;;Große Straße 5;München;;80331;Deutschland",
        "NOTE:Grüße vom Frühstückstreffen",
    ).encode("cp1252")
    (parsed,) = read_vcards(data).cards
    assert parsed.contact.formatted_name == "Jürgen Müller"
    assert parsed.contact.addresses[0].street == "Große Straße 5"
    assert parsed.contact.note == "Grüße vom Frühstückstreffen"
    assert parsed.warnings == [
        "Its text encoding was guessed as windows-1252; please check its names."
    ]


def test_a_charset_declared_elsewhere_in_the_card_is_used_without_guessing() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=WINDOWS-1251:"
        + "Петров;Пётр;;;".encode("cp1251")
        + b"\r\nFN:"
        + "Пётр Петров".encode("cp1251")
        + b"\r\nTITLE:"
        + "Директор".encode("cp1251")
        + b"\r\nEND:VCARD\r\n"
    )
    (parsed,) = read_vcards(data).cards
    assert parsed.contact.formatted_name == "Пётр Петров"
    assert parsed.contact.title == "Директор"
    assert parsed.warnings == []


def test_a_charset_declared_in_another_card_of_the_file_is_used() -> None:
    declared = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=KOI8-R:"
        + "Анна Смирнова".encode("koi8_r")
        + b"\r\nEND:VCARD\r\n"
    )
    undeclared = card21("FN:Ольга Кузнецова").encode("koi8_r")
    result = read_vcards(declared + undeclared)
    assert [c.contact.formatted_name for c in result.cards] == ["Анна Смирнова", "Ольга Кузнецова"]
    assert all(c.warnings == [] for c in result.cards)


def qp(text: str, codec: str) -> str:
    return "".join(f"={b:02X}" for b in text.encode(codec))


def test_quoted_printable_without_charset_is_not_read_as_windows_1252() -> None:
    names = ["Віталій", "Сергей Иванов", "Ольга"]
    text = "".join(card21(f"FN;ENCODING=QUOTED-PRINTABLE:{qp(n, 'cp1251')}") for n in names)
    result = read_vcards(text.encode("ascii"))
    assert [c.contact.formatted_name for c in result.cards] == names
    assert all("windows-1251" in c.warnings[0] for c in result.cards)


def test_a_quoted_printable_soft_line_break_inside_the_text_is_followed() -> None:
    encoded = qp("Віталій Коваленко", "cp1251")
    text = card21(f"FN;ENCODING=QUOTED-PRINTABLE:{encoded[:30]}=\r\n{encoded[30:]}")
    (parsed,) = read_vcards(text.encode("ascii")).cards
    assert parsed.contact.formatted_name == "Віталій Коваленко"


def test_utf8_files_need_no_guess() -> None:
    (parsed,) = read_vcards(card21("FN:Віталій Müller").encode("utf-8")).cards
    assert parsed.contact.formatted_name == "Віталій Müller"
    assert parsed.warnings == []
