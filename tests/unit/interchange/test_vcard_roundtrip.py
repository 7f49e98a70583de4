"""read → write 3.0/4.0 → read loses nothing; writing is safe against injection."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from corpus_helpers import CORPUS, corpus_files
from factories import full_contact
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netzwerk_app.domain.model import (
    Birthday,
    Contact,
    Email,
    Phone,
    RawProperty,
    Url,
)
from netzwerk_app.interchange.vcard import read_vcards, write_vcard, write_vcard_file, write_vcards

COMPARED = [
    f.name
    for f in dataclasses.fields(Contact)
    if f.name not in ("id", "created_at", "updated_at", "deleted_at")
]


_ONCE = {"N", "BDAY", "ANNIVERSARY", "GENDER", "KIND", "UID", "PRODID", "REV"}


def exported_extras(contact: Contact) -> list[tuple[str, str, str]]:
    """The kept lines as a reader sees them again, in any order: a once-only property
    the card already has (a second BDAY) is not written twice, an Apple line linked
    to its address keeps its link, and a picture counts by its base64 data (4.0
    writes ``ENCODING=b`` pictures as data: URIs)."""
    written = {"N", "PRODID"} | ({"UID"} if contact.uid else set())
    written |= {"BDAY"} if contact.birthday is not None else set()
    out = []
    for prop in contact.extra_properties:
        name = prop.name.upper()
        if name == "PROFILE":
            continue  # PROFILE:VCARD is not written (vobject refuses cards with it)
        if name in _ONCE:
            if name in written:
                continue
            written.add(name)
        value = prop.value
        if name in ("PHOTO", "LOGO"):
            value = "".join(value.partition(";base64,")[2 if ";base64," in value else 0].split())
            out.append((name, value, prop.group))
        else:
            out.append((name, value, f"{prop.params}{prop.group}"))
    return sorted(out)


def assert_same(a: Contact, b: Contact) -> None:
    for name in COMPARED:
        if name == "extra_properties":
            assert exported_extras(a) == exported_extras(b), name
        else:
            assert getattr(a, name) == getattr(b, name), name


def roundtrip(contacts: list[Contact], version: str, **kw: object) -> list[Contact]:
    text = write_vcards(contacts, version, **kw)  # type: ignore[arg-type]
    result = read_vcards(text.encode("utf-8"))
    assert result.fatal is None and result.failures == []
    return [c.contact for c in result.cards]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared vCard corpus is not present")
@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name[-50:])
def test_corpus_roundtrip(path: Path, version: str) -> None:
    first = [c.contact for c in read_vcards(path.read_bytes()).cards]
    again = roundtrip(first, version)
    assert len(again) == len(first)
    for a, b in zip(first, again, strict=True):
        assert_same(a, b)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_full_contact_roundtrip_with_netzwerk_data(version: str) -> None:
    contact = full_contact()
    data = {7: {"events": [{"title": "BNI Isartal", "date": "2026-06-14"}], "encounters": 2}}
    text = write_vcards([contact], version, netzwerk_data=data)  # type: ignore[arg-type]
    (card,) = read_vcards(text.encode()).cards
    assert_same(contact, card.contact)
    assert card.netzwerk == data[7]


def test_written_text_shape() -> None:
    text = write_vcard(full_contact())
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:3.0" and lines[-2] == "END:VCARD"
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in lines)
    # year-less in 3.0 the way Apple Contacts writes it (and khard still reads a date)
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29" in lines
    assert "ORG:Müller\\, Söhne & Co\\; KG;Vertrieb;Süd" in lines
    assert "item1.X-ABLabel:_$!<HomePage>!$_" not in lines  # kept item1 is not reused
    assert any(line.startswith("PHOTO;ENCODING=b;TYPE=JPEG:/9j/") for line in lines)
    assert "TEL;TYPE=work,voice,pref:+49 89 123456" in lines
    v4 = write_vcard(full_contact(), "4.0")
    assert "PHOTO:data:image/jpeg;base64,/9j/" in v4
    assert "TEL;TYPE=work,voice;PREF=1:+49 89 123456" in v4
    assert "BDAY:--0229" in v4


def test_folding_counts_octets_and_never_splits_characters() -> None:
    contact = Contact(formatted_name="ä" * 100 + "😀" * 30, note="x" * 500)
    text = write_vcard(contact)
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    (card,) = read_vcards(text.encode()).cards
    assert card.contact.formatted_name == contact.formatted_name
    assert card.contact.note == contact.note


def test_newline_injection_never_creates_a_property() -> None:
    evil = "x\r\nEND:VCARD\r\nBEGIN:VCARD\nFN:Mallory\rTEL:666"
    contact = Contact(
        formatted_name=evil,
        note=evil,
        title=evil,
        phones=[Phone(evil, (evil,), evil)],
        urls=[Url(evil)],
        photo_uri=evil,
        tags=[evil],
        extra_properties=[RawProperty("X-A\r\nFN", evil, (("TYPE", (evil,)),), "g\nx")],
    )
    for version in ("3.0", "4.0"):
        text = write_vcard(contact, version)  # type: ignore[arg-type]
        result = read_vcards(text.encode())
        assert len(result.cards) == 1 and not result.failures
        c = result.cards[0].contact
        assert c.formatted_name == evil.replace("\r\n", "\n").replace("\r", "\n")
        assert c.phones[0].value == c.formatted_name
        # An invalid property name is dropped, not trimmed (trimmed, "!N" became "N").
        assert [p.name for p in c.extra_properties] == []
        lines = text.split("\r\n")
        assert lines.count("BEGIN:VCARD") == 1 and lines.count("END:VCARD") == 1
        assert not any(line.startswith(("FN:Mallory", "TEL:666")) for line in lines)


def test_include_photo_false_leaves_photos_out() -> None:
    contact = full_contact()
    contact.extra_properties.append(RawProperty("PHOTO", "AAAA", (("ENCODING", ("b",)),)))
    text = write_vcard(contact, include_photo=False)
    assert "PHOTO" not in text


def test_write_vcard_file_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "out.vcf"
    target.write_text("old")
    write_vcard_file(target, write_vcard(full_contact()))
    assert target.read_bytes().startswith(b"BEGIN:VCARD\r\n")
    assert [p.name for p in tmp_path.iterdir()] == ["out.vcf"]


# --- generated contacts -------------------------------------------------------------

_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"),
        blacklist_characters="\u2028\u2029\x85",
    )
    | st.sampled_from(["\n", ",", ";", "\\", ":", "ä", "ß", "😀", '"', "=", "\t"]),
    max_size=40,
)
_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöü-", min_size=1, max_size=8)
_TYPES = st.lists(
    st.sampled_from(["work", "home", "cell", "voice", "fax", "internet"]), unique=True, max_size=3
).map(tuple)
_LABEL = st.one_of(st.just(""), _TEXT.filter(lambda s: s.strip() == s))
_URLS = st.from_regex(r"https?://[a-z0-9.-]{1,20}/[A-Za-z0-9_,;:%/.-]{0,30}", fullmatch=True)


def _stripped(s: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return s.map(str.strip)


@st.composite
def contacts(draw: st.DrawFn) -> Contact:
    c = Contact(
        formatted_name=draw(_stripped(_TEXT).filter(bool)),
        given_name=draw(_TEXT),
        family_name=draw(_TEXT),
        additional_names=draw(_TEXT),
        prefix=draw(_TEXT),
        suffix=draw(_TEXT),
        nickname=draw(_stripped(_TEXT)),
        organization=draw(_stripped(_TEXT).filter(lambda s: ";" not in s)),
        title=draw(_stripped(_TEXT)),
        phones=draw(
            st.lists(st.builds(Phone, _stripped(_TEXT).filter(bool), _TYPES, _LABEL), max_size=3)
        ),
        emails=draw(st.lists(st.builds(Email, st.emails(), _TYPES, _LABEL), max_size=2)),
        urls=draw(st.lists(st.builds(Url, _URLS, _TYPES, _LABEL), max_size=2)),
        note=draw(
            st.one_of(_TEXT.filter(lambda s: s.strip() != ""), st.just("x" * 3000)) | st.just("")
        ),
        tags=draw(
            st.lists(_stripped(_TEXT).filter(lambda s: s and "," not in s), unique=True, max_size=3)
        ),
        birthday=draw(
            st.none()
            | st.builds(
                Birthday,
                st.integers(1, 12),
                st.integers(1, 28),
                st.none() | st.integers(1900, 2020),
            )
        ),
        gdpr_note=draw(_stripped(_TEXT)),
        keep_in_touch_days=draw(st.none() | st.integers(0, 3650)),
    )
    department = draw(st.lists(_stripped(_TEXT).filter(lambda s: s and ";" not in s), max_size=2))
    c.department = ";".join(department)
    return c


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(contacts(), min_size=1, max_size=3), st.sampled_from(["3.0", "4.0"]))
def test_generated_contacts_roundtrip(generated: list[Contact], version: str) -> None:
    again = roundtrip(generated, version)
    assert len(again) == len(generated)
    for a, b in zip(generated, again, strict=True):
        expected = dataclasses.replace(a, note=a.note.replace("\r\n", "\n").replace("\r", "\n"))
        assert_same(expected, b)
