"""The properties the fuzzers check, shared by the Hypothesis tests and the corpus replay.

Each ``check_*`` takes one input and fails (raises) only on a bug: the parsers may
refuse input with the documented expected error, never with anything else.
"""

from __future__ import annotations

import re

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.interchange.csv_io import read_contacts_csv, write_contacts_csv
from netzwerk_app.interchange.linkedin import read_linkedin_connections
from netzwerk_app.interchange.sniff import sniff
from netzwerk_app.interchange.vcard import (
    CardFailure,
    NotAVCardError,
    ParsedCard,
    iter_vcards,
    write_vcards,
)

try:  # the QR payload reader (interchange.qr_payload) arrived with the QR work
    from netzwerk_app.interchange.qr_payload import parse_payload
except ImportError:  # pragma: no cover - only on trees without QR support
    parse_payload = None  # type: ignore[assignment]


def check_vcard(data: bytes) -> None:
    """Any bytes: cards or per-card failures, or one NotAVCardError; nothing else.

    Every card read must survive our own writer and reader again with its name.
    """
    try:
        items = list(iter_vcards(data, "fuzz.vcf"))
    except NotAVCardError as error:
        assert str(error)
        return
    for item in items:
        assert isinstance(item, ParsedCard | CardFailure)
        if isinstance(item, CardFailure):
            assert item.reason
            continue
        for version in ("3.0", "4.0"):
            text = write_vcards([item.contact], version=version)  # type: ignore[arg-type]
            again = [c for c in iter_vcards(text.encode("utf-8"), "again.vcf")]
            assert len(again) == 1 and isinstance(again[0], ParsedCard), (version, text)
            assert again[0].contact.formatted_name == item.contact.formatted_name, text
            check_other_readers(text)


def check_other_readers(text: str) -> None:
    """vobject (the test extra's independent reader) parses every card we write."""
    import vobject

    cards = list(vobject.readComponents(text))
    assert len(cards) == len(re.findall(r"(?m)^BEGIN:VCARD\r?$", text)), text
    for card in cards:
        assert len(card.contents.get("bday", [])) <= 1, text


def check_csv(data: bytes) -> None:
    """Our own CSV reader on any bytes: a list of contacts, or one plain sentence."""
    try:
        contacts = read_contacts_csv(data)
    except ValidationError as error:
        assert str(error).startswith("Line ")
        return
    assert all(isinstance(c, m.Contact) for c in contacts)


def check_csv_roundtrip(contacts: list[m.Contact]) -> None:
    """Writing then reading gives every text value back exactly."""
    again = read_contacts_csv(write_contacts_csv(contacts))
    assert len(again) == len(contacts)
    for before, after in zip(contacts, again, strict=True):
        for attr in ("formatted_name", "organization", "title", "note"):
            assert getattr(after, attr) == getattr(before, attr), attr
        assert [e.value for e in after.emails] == [e.value for e in before.emails]
        assert [p.value for p in after.phones] == [p.value for p in before.phones]


def check_linkedin(data: bytes) -> None:
    export = read_linkedin_connections(data)
    if export is not None:
        for conn in export.connections:
            assert conn.line >= 1


def check_qr(text: str) -> None:
    if parse_payload is None:
        return
    payload = parse_payload(text)
    assert payload.kind in ("vcard", "mecard", "url", "text")
    assert payload.contacts or payload.message


def check_sniff(data: bytes) -> None:
    assert sniff(data) in ("vcard", "linkedin_csv", "netzwerk_csv", "unknown")


def check_url_refused(text: str) -> None:
    """A URL that once got through: neither opener may accept it again."""
    from netzwerk_app.domain.links import profile_url_to_open
    from netzwerk_app.gui.widgets.safe_links import check_url

    assert not check_url(text.strip(" ")).ok
    own_site = m.Contact(formatted_name="X", urls=[m.Url(text)])
    assert profile_url_to_open(text, own_site) is None


CHECKS = {
    "vcard": check_vcard,
    "csv": check_csv,
    "linkedin": check_linkedin,
    "sniff": check_sniff,
}
