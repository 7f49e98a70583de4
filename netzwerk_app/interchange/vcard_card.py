"""One vCard into a ``Contact``: names, reach, dates, photo, and our X-NETZWERK data.

``vcard_read`` splits a file into cards and reports the ones that fail; this module
reads the properties of one card. Unknown lines are kept, so nothing is lost.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from netzwerk_app.domain import fields
from netzwerk_app.domain.links import is_readable_url
from netzwerk_app.domain.model import (
    Birthday,
    Contact,
    Email,
    Phone,
    Platform,
    PostalAddress,
    RawProperty,
    Source,
    Url,
    derive_formatted_name,
)
from netzwerk_app.interchange import prescan
from netzwerk_app.interchange.charsets import FileCharsets
from netzwerk_app.interchange.vcard_decode import ValueDecoder, unfold
from netzwerk_app.interchange.vcard_syntax import Prop, parse_property, split_unescaped, unescape
from netzwerk_app.interchange.vcard_values import (
    apple_label,
    b64decode,
    components,
    link_group,
    param_types,
    parse_birthday,
    sniff_image,
)

NETZWERK_PREFIX = "X-NETZWERK-"
_LABELLED = frozenset({"TEL", "EMAIL", "URL", "ADR"})
_MIME_BY_TYPE = {"JPEG": "image/jpeg", "JPG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif"}


@dataclass
class ParsedCard:
    contact: Contact
    line: int  # 1-based line of the card's BEGIN:VCARD
    netzwerk: dict[str, Any] = field(default_factory=dict)  # our X-NETZWERK-DATA
    warnings: list[str] = field(default_factory=list)  # read, but something was left out


class CardRefused(Exception):
    """This card is refused as a whole; ``str()`` is the sentence for the report."""


class CardBuilder:
    """One card's lines into a ``ParsedCard`` (``build``); unknown lines are kept."""

    def __init__(
        self,
        raw: prescan.RawCard,
        has_raw_bytes: bool,
        charsets: FileCharsets | None,
        new_contact: Callable[..., Contact] = Contact,
    ) -> None:
        self.raw = raw
        self.decoder = ValueDecoder(has_raw_bytes, raw.text, charsets)
        self.contact = new_contact(source=Source.VCARD_FILE)
        self.netzwerk: dict[str, Any] = {}
        self.warnings = list(raw.warnings)
        self.labels: dict[str, str] = {}
        self.links: dict[str, str] = {}  # Apple group -> the labelled entry it belongs to
        self.producer = ""
        self.content = False  # anything besides VERSION/PRODID was found
        self.seen: set[str] = set()  # the simple fields read so far

    def build(self) -> ParsedCard:
        props: list[Prop] = []
        labelled_groups: set[str] = set()
        for line, oversize in unfold(self.raw.text):
            prop = parse_property(line)
            if prop is None:
                continue
            if oversize:
                if prop.name in ("PHOTO", "LOGO"):
                    self.warnings.append("Its photo is larger than 10 MB and was left out.")
                    continue
                raise CardRefused(f"Its {prop.name} entry is larger than 10 MB.")
            group = prop.group.lower()
            if prop.name == "X-ABLABEL" and group:
                self.labels[group] = apple_label(unescape(self.decoder.text(prop)))
            elif group and prop.name in _LABELLED:
                labelled_groups.add(group)
            props.append(prop)
        contact = self.contact
        for prop in props:
            if prop.name == "X-ABLABEL" and prop.group.lower() in labelled_groups:
                continue  # consumed as the label of its TEL/EMAIL/URL/ADR
            handler = _HANDLERS.get(prop.name)
            if prop.name not in ("VERSION", "PRODID"):
                self.content = True
            if handler is None and prop.name in fields.BY_PROPERTY:
                self.simple(prop, fields.BY_PROPERTY[prop.name])
            elif handler is None:
                if prop.name.startswith(NETZWERK_PREFIX):
                    self._netzwerk(prop)
                else:
                    self._keep(prop)
            else:
                handler(self, prop)
        if "XING" in self.producer.upper():
            self._xing()
        if not self.content:
            raise CardRefused("The card is empty.")
        if not contact.formatted_name:
            contact.formatted_name = derive_formatted_name(contact)
            if not contact.formatted_name:
                self.warnings.append("The card has no name.")
        self._relink_groups()
        self.warnings.extend(self.decoder.warnings)
        return ParsedCard(contact, self.raw.line, self.netzwerk, self.warnings)

    # --- helpers -------------------------------------------------------------------

    def _text(self, prop: Prop) -> str:
        value = unescape(self.decoder.text(prop))
        if "\r" in value:  # quoted-printable =0D=0A from Outlook
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return value

    def _keep(self, prop: Prop) -> None:
        """Keep a property the app does not model, in its escaped form, for export."""
        value = self.decoder.text(prop)
        params = prop.params
        encoding = params.get("ENCODING", [""])[0].upper()
        if encoding in ("QUOTED-PRINTABLE", "QP") or "CHARSET" in params:
            params = {k: v for k, v in params.items() if k != "CHARSET"}
            if encoding in ("QUOTED-PRINTABLE", "QP"):
                del params["ENCODING"]
                value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
        elif encoding in ("B", "BASE64"):
            value = "".join(value.split())
        kept = tuple((k, tuple(v)) for k, v in params.items())
        self.contact.extra_properties.append(RawProperty(prop.name, value, kept, prop.group))

    def _link(self, prop: Prop, kind: str, number: int) -> None:
        if prop.group:
            self.links.setdefault(prop.group.lower(), link_group(kind, number))

    def _relink_groups(self) -> None:
        """Apple's ``item2.X-ABADR:de`` belongs to ``item2.ADR``: the kept line is
        renamed to the group of that address (``ADR-1``) so that the writer puts both
        into one group again, whatever number it gives it."""
        if not self.links:
            return
        extras = self.contact.extra_properties
        for i, prop in enumerate(extras):
            target = self.links.get(prop.group.lower()) if prop.group else None
            if target:
                extras[i] = RawProperty(prop.name, prop.value, prop.params, target)

    def label_of(self, prop: Prop) -> str:
        return self.labels.get(prop.group.lower(), "") if prop.group else ""

    # --- property handlers ---------------------------------------------------------

    def fn(self, prop: Prop) -> None:
        value = self._text(prop).strip()
        if self.contact.formatted_name or not value:
            if value:
                self._keep(prop)
            return
        self.contact.formatted_name = value

    def n(self, prop: Prop) -> None:
        c = self.contact
        if c.family_name or c.given_name or c.additional_names or c.prefix or c.suffix:
            self._keep(prop)
            return
        parts = components(self.decoder.text(prop), 5)
        c.family_name, c.given_name, c.additional_names = parts[0], parts[1], parts[2]
        c.prefix, c.suffix = parts[3], parts[4]

    def org(self, prop: Prop) -> None:
        if self.contact.organization or self.contact.department:
            self._keep(prop)
            return
        parts = [unescape(p) for p in split_unescaped(self.decoder.text(prop), ";")]
        while len(parts) > 1 and not parts[-1].strip():
            parts.pop()
        self.contact.organization = parts[0].strip()
        # Units are joined by ";"; a ";" inside a unit stays escaped so that it is
        # written back inside its unit (ORG:Acme;R\; D;Lab has the units "R; D", "Lab").
        self.contact.department = ";".join(p.replace(";", "\\;") for p in parts[1:]).strip()

    def tel(self, prop: Prop) -> None:
        value = self._text(prop).strip()
        if value[:4].lower() == "tel:":
            value = value[4:]
        if value:
            self.contact.phones.append(Phone(value, param_types(prop.params), self.label_of(prop)))
            self._link(prop, "TEL", len(self.contact.phones))

    def email(self, prop: Prop) -> None:
        value = self._text(prop).strip()
        if value[:7].lower() == "mailto:":
            value = value[7:]
        if value:
            self.contact.emails.append(Email(value, param_types(prop.params), self.label_of(prop)))
            self._link(prop, "EMAIL", len(self.contact.emails))

    def url(self, prop: Prop) -> None:
        value = self._text(prop).strip()
        if value:
            if not is_readable_url(value):
                self.warnings.append(
                    f"Its web address “{value[:100]}” is not a valid link; it was kept as text."
                )
            self.contact.urls.append(Url(value, param_types(prop.params), self.label_of(prop)))
            self._link(prop, "URL", len(self.contact.urls))

    def adr(self, prop: Prop) -> None:
        p = components(self.decoder.text(prop), 7)
        address = PostalAddress(
            po_box=p[0],
            extended=p[1],
            street=p[2],
            locality=p[3],
            region=p[4],
            postal_code=p[5],
            country=p[6],
            types=param_types(prop.params),
            label=self.label_of(prop),
        )
        if not address.is_empty():
            self.contact.addresses.append(address)
            self._link(prop, "ADR", len(self.contact.addresses))

    def bday(self, prop: Prop) -> None:
        value_type = prop.params.get("VALUE", [""])[0].lower()
        birthday = None if value_type == "text" else parse_birthday(self._text(prop))
        omit = prop.params.get("X-APPLE-OMIT-YEAR", [""])[0].strip()
        if birthday is not None and birthday.year is not None and omit == str(birthday.year):
            birthday = Birthday(birthday.month, birthday.day)  # Apple: "year not known"
        if birthday is None or self.contact.birthday is not None:
            self._keep(prop)  # a text birthday ("around Easter") is kept as written
        else:
            self.contact.birthday = birthday

    def note(self, prop: Prop) -> None:
        value = self._text(prop)
        if value.strip():
            note = self.contact.note
            self.contact.note = f"{note}\n{value}" if note else value

    def categories(self, prop: Prop) -> None:
        tags = self.contact.tags
        for piece in split_unescaped(self.decoder.text(prop), ","):
            tag = unescape(piece).strip()
            if tag and tag not in tags:
                tags.append(tag)

    def uid(self, prop: Prop) -> None:
        if self.contact.uid:
            self._keep(prop)
        else:
            self.contact.uid = self._text(prop).strip()

    def version(self, prop: Prop) -> None:
        pass  # the writer picks the version; the reader accepts all three

    def prodid(self, prop: Prop) -> None:
        self.producer = self._text(prop)

    def photo(self, prop: Prop) -> None:
        c = self.contact
        if c.photo is not None or c.photo_uri:
            self._keep(prop)
            return
        value = self.decoder.text(prop).strip()
        if not value:
            return
        encoding = prop.params.get("ENCODING", [""])[0].upper()
        mime = ""
        if encoding in ("B", "BASE64") and value[:5].lower() != "data:":
            payload = value
            declared = prop.params.get("TYPE", [""])[0]
        elif value[:5].lower() == "data:":
            # also ENCODING=b with a data: URI inside, as some clients write it
            header, _, payload = value.partition(",")
            declared = header[5:].split(";")[0]
            if ";base64" not in header.lower() and encoding not in ("B", "BASE64"):
                c.photo = urllib.parse.unquote_to_bytes(payload)
                c.photo_mime = declared or sniff_image(c.photo)
                return
        else:
            c.photo_uri = unescape(value)
            return
        if len(payload) * 3 // 4 > prescan.MAX_PHOTO_BYTES:
            self.warnings.append("Its photo is larger than 5 MB and was left out.")
            return
        data = b64decode(payload)
        if data is None:
            self.warnings.append("Its photo is damaged (invalid base64 data) and was left out.")
            return
        if not data:
            return
        mime = sniff_image(data) or _MIME_BY_TYPE.get(declared.upper(), declared.lower())
        if "/" not in mime:
            mime = f"image/{mime}" if mime else ""
        c.photo, c.photo_mime = data, mime

    # --- our own data and special producers -------------------------------------------

    def _netzwerk(self, prop: Prop) -> None:
        """``X-NETZWERK-DATA`` (encounters, notes, follow-ups); other lines are kept."""
        if prop.name != f"{NETZWERK_PREFIX}DATA":
            self._keep(prop)
            return
        try:
            data = json.loads(self._text(prop).strip())
        except ValueError:
            self._keep(prop)  # edited by hand into something we cannot read: keep it
            return
        if isinstance(data, dict):
            self.netzwerk.update(data)

    def simple(self, prop: Prop, f: fields.Field) -> None:
        """A field of the table that is one property with one value (TITLE, X-NETZWERK-*)."""
        text = self._text(prop).strip()
        try:
            value = fields.from_text(f, text)
        except ValueError:
            self._keep(prop)  # edited by hand into something we cannot read: keep it
            return
        if f.name in self.seen:
            self._keep(prop)  # a second TITLE: kept, written back as a second line
        elif text:
            self.seen.add(f.name)
            setattr(self.contact, f.name, value)

    def _xing(self) -> None:
        # XING's UID is its member id, not a vCard UID of ours; keep it for matching.
        c = self.contact
        if c.uid:
            c.extra_properties.append(RawProperty("X-XING-ID", c.uid))
            c.uid = ""
        if c.profile_url(Platform.XING) is None:
            self.warnings.append("The XING card has no profile URL; its XING id was kept.")


_HANDLERS: dict[str, Callable[[CardBuilder, Prop], None]] = {
    "FN": CardBuilder.fn,
    "N": CardBuilder.n,
    "ORG": CardBuilder.org,
    "TEL": CardBuilder.tel,
    "EMAIL": CardBuilder.email,
    "URL": CardBuilder.url,
    "ADR": CardBuilder.adr,
    "BDAY": CardBuilder.bday,
    "NOTE": CardBuilder.note,
    "CATEGORIES": CardBuilder.categories,
    "UID": CardBuilder.uid,
    "VERSION": CardBuilder.version,
    "PRODID": CardBuilder.prodid,
    "PHOTO": CardBuilder.photo,
}
