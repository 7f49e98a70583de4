"""What a decoded QR code says: vCard, MECARD, a profile URL, or just text.

The text of a stranger's code is untrusted input: vCards go through the same reader
(and limits) as a vCard file; nothing found here is ever opened, only shown.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import unquote, urlsplit

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP
from netzwerk_app.interchange.vcard import CardFailure, NotAVCardError, iter_vcards

PayloadKind = Literal["vcard", "mecard", "url", "text"]
NO_CONTACT = QT_TRANSLATE_NOOP("Errors", "No contact found in this code.")
_VCARD = re.compile(r"^\s*BEGIN\s*:\s*VCARD", re.IGNORECASE)
_MECARD = re.compile(r"^\s*MECARD\s*:", re.IGNORECASE)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# Trailing LinkedIn slug parts such as "4b2a19a" or "123456" are ids, not names.
_ID_PART = re.compile(r"^(?=.*\d)[0-9a-f]{5,}$|^\d+$", re.IGNORECASE)


@dataclass
class Payload:
    """The contacts a code holds (possibly none), its text, and problems found."""

    text: str
    kind: PayloadKind
    contacts: list[m.Contact] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        """A plain sentence for the preview."""
        if self.contacts:
            return ""
        return self.problems[0] if self.problems else NO_CONTACT


def parse_payload(text: str) -> Payload:
    """The contacts in a code's text; anything unknown is kept as text."""
    if _VCARD.match(text):
        return _vcards(text)
    if _MECARD.match(text):
        contact = parse_mecard(text)
        if contact is None:
            return Payload(text, "mecard", problems=["The MECARD in this code has no name."])
        return Payload(text, "mecard", [contact])
    stripped = text.strip()
    if _URL.match(stripped):
        try:
            return Payload(text, "url", [contact_from_url(stripped)])
        except ValueError:  # looks like a URL but is none ("www.[": a broken IPv6 host)
            return Payload(text, "text")
    return Payload(text, "text")


def _vcards(text: str) -> Payload:
    payload = Payload(text, "vcard")
    try:
        for item in iter_vcards(text.encode("utf-8"), "QR code"):
            if isinstance(item, CardFailure):
                payload.problems.append(item.reason)
            else:
                # Our own X-NETZWERK-DATA (events, encounters, relationship states) is
                # trusted only from files the user exported, never from someone's code.
                contact = item.contact
                contact.source = m.Source.QR_CODE
                contact.gdpr_note = ""
                contact.personally_known = False
                contact.linkedin_state = contact.xing_state = m.RelationshipState.NONE
                contact.linkedin_connected_on = None
                contact.keep_in_touch_days = None
                payload.contacts.append(contact)
    except NotAVCardError as error:
        payload.problems.append(str(error))
    return payload


def _mecard_fields(body: str) -> list[tuple[str, str]]:
    """Split ``KEY:value;KEY:value;;``; a backslash escapes ``; : , \\`` in values."""
    fields: list[tuple[str, str]] = []
    key: str | None = None
    current: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and key is not None and i + 1 < len(body):
            current.append(body[i + 1])
            i += 2
            continue
        if ch == ":" and key is None:
            key, current = "".join(current).strip().upper(), []
        elif ch == ";":
            if key is not None:
                fields.append((key, "".join(current).strip()))
            key, current = None, []
        else:
            current.append(ch)
        i += 1
    if key is not None:
        fields.append((key, "".join(current).strip()))
    return fields


def parse_mecard(text: str) -> m.Contact | None:
    """A contact from ``MECARD:N:Müller,Jürgen;TEL:...;EMAIL:...;;`` (None without a name)."""
    body = _MECARD.sub("", text, count=1)
    contact = m.Contact(source=m.Source.QR_CODE)
    for key, value in _mecard_fields(body):
        if not value:
            continue
        if key == "N":
            family, _, given = value.partition(",")
            contact.family_name, contact.given_name = family.strip(), given.strip()
        elif key == "NICKNAME":
            contact.nickname = contact.nickname or value
        elif key in ("TEL", "TEL-AV"):
            contact.phones.append(m.Phone(value))
        elif key == "EMAIL":
            contact.emails.append(m.Email(value))
        elif key == "URL":
            contact.urls.append(m.Url(value))
        elif key == "ORG":
            contact.organization = value
        elif key == "TITLE":
            contact.title = value
        elif key == "NOTE":
            contact.note = value
        elif key == "ADR":
            contact.addresses.append(m.PostalAddress(street=value))
        elif key == "BDAY" and re.fullmatch(r"\d{8}", value):
            with contextlib.suppress(ValueError):  # 20261340 is no date: leave it out
                contact.birthday = m.Birthday(int(value[4:6]), int(value[6:]), int(value[:4]))
    if contact.given_name or contact.family_name:
        contact.formatted_name = " ".join(p for p in (contact.given_name, contact.family_name) if p)
    return contact if contact.display_name else None


def contact_from_url(url: str) -> m.Contact:
    """A new contact that holds only the URL, named after the profile (or the site)."""
    if url.lower().startswith("www."):
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().removeprefix("www.")
        segments = [unquote(s) for s in parts.path.split("/") if s]
    except ValueError:  # "www.[": a broken IPv6 host; the text is kept as it is
        host, segments = "", []
    contact = m.Contact(source=m.Source.QR_CODE)
    label = ""
    if host.endswith("linkedin.com") and len(segments) >= 2 and segments[0] == "in":
        label, name = "LinkedIn", _name_from_slug(segments[1])
    elif host.endswith("xing.com") and len(segments) >= 2 and segments[0] == "profile":
        label, name = "XING", _name_from_slug(segments[1])
    else:
        name = ""
        contact.organization = host or url
    if name:
        contact.formatted_name = name
        given, _, family = name.rpartition(" ")
        contact.given_name, contact.family_name = given, family
    contact.urls.append(m.Url(url, (), label))
    return contact


def _name_from_slug(slug: str) -> str:
    # LinkedIn joins words with "-", XING with "_"; both appear in the wild on both.
    words = [w for w in re.split(r"[-_]", slug) if w and not _ID_PART.match(w)]
    return " ".join(w[:1].upper() + w[1:] for w in words)
