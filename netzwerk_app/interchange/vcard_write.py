"""Write contacts as vCard 3.0 (default) or 4.0 text, and save it atomically.

Built by hand rather than with vobject's ``serialize()``, which raises on several
real-world cards (no FN, ``ENCODING=BASE64`` photos) and folds by characters.
"""

from __future__ import annotations

import base64
import json
import os
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from netzwerk_app.domain import fields
from netzwerk_app.domain.model import Contact, RawProperty
from netzwerk_app.infra.atomic import write_atomic
from netzwerk_app.interchange.vcard_read import NETZWERK_PREFIX
from netzwerk_app.interchange.vcard_syntax import (
    escape_text,
    fold,
    neutralize_newlines,
    param_value,
    safe_name,
)

Version = Literal["3.0", "4.0"]
PRODID = "-//Netzwerk//Netzwerk contact manager//EN"

# Apple's built-in labels are written wrapped as ``_$!<HomePage>!$_`` so that
# Contacts.app shows them translated; anything else is a custom label.
_APPLE_LABELS = frozenset(
    {
        "HomePage",
        "Other",
        "Home",
        "Work",
        "Main",
        "Mobile",
        "AssistantPhone",
        "HomeFAX",
        "WorkFAX",
        "OtherFAX",
        "Pager",
        "iPhone",
        "School",
        "Anniversary",
    }
)
_GROUP_NUMBER = re.compile(r"^item(\d+)$", re.IGNORECASE)
# TYPE values are written unquoted; drop what could end or split the parameter.
_TYPE_CHARS = re.compile(r"[^A-Za-z0-9_\-/.+ \u0080-\U0010ffff]")
_NO_PHOTO = frozenset({"PHOTO", "LOGO"})
# Properties a card holds at most once (RFC 6350 cardinality *1); a kept copy of one
# the writer already wrote (a second BDAY, a text BDAY beside the date) is left out.
_ONCE = frozenset({"N", "BDAY", "ANNIVERSARY", "GENDER", "KIND", "UID", "PRODID", "REV"})
# A kept "BEGIN:" would open a component in other readers; PROFILE:VCARD says nothing
# and makes vobject refuse the card; the writer writes VERSION itself.
_NEVER_KEPT = frozenset({"BEGIN", "END", "VERSION", "PROFILE"})
_LINKED_GROUP = re.compile(r"^(TEL|EMAIL|URL|ADR)-(\d+)$")
_MIME = re.compile(r"^image/[A-Za-z0-9.+-]{1,40}$")
_IMAGE_TYPES = {
    "JPEG": "image/jpeg",
    "JPG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "BMP": "image/bmp",
    "TIFF": "image/tiff",
    "WEBP": "image/webp",
    "HEIC": "image/heic",
}
# Apple marks a birthday without year with the year 1604 (a leap year, so that
# 29 February fits) and this parameter; Contacts and khard both read it as a date.
APPLE_NO_YEAR = 1604


def write_vcards(
    contacts: Iterable[Contact],
    version: Version = "3.0",
    include_photo: bool = True,
    netzwerk_data: Mapping[int, dict[str, Any]] | None = None,
) -> str:
    """All contacts as one vCard text with CRLF line endings."""
    return "".join(
        write_vcard(
            c,
            version,
            include_photo,
            netzwerk_data.get(c.id) if netzwerk_data and c.id is not None else None,
        )
        for c in contacts
    )


def write_vcard(
    contact: Contact,
    version: Version = "3.0",
    include_photo: bool = True,
    netzwerk: Mapping[str, Any] | None = None,
    compact: bool = False,
    private: bool = True,
) -> str:
    """One contact as a vCard; ``netzwerk`` (events met at, encounters, ...) is
    written as JSON into ``X-NETZWERK-DATA`` so our own import reads it back.

    ``compact`` (for QR codes, where every byte makes the code denser) leaves out
    PRODID and our own ``X-NETZWERK-*`` lines. ``private=False`` (a card for others)
    leaves out every ``X-NETZWERK-*`` line but keeps PRODID.
    """
    return _CardWriter(contact, version, include_photo, compact, private).write(netzwerk)


def write_vcard_file(path: str | os.PathLike[str], text: str) -> None:
    """Save ``text`` so that the file is either the old or the complete new one."""
    write_atomic(path, text)


def department_units(department: str) -> list[str]:
    """The ORG units after the organisation: split at ";", but not at an escaped "\\;"."""
    if not department:
        return []
    if "\\;" not in department:
        return department.split(";")
    return [u.replace("\\;", ";") for u in re.split(r"(?<!\\);", department)]


def _types_param(types: tuple[str, ...], version: Version) -> str:
    words = [w for w in (_TYPE_CHARS.sub("", t).strip() for t in types) if w]
    pref = any(w.lower() == "pref" for w in words)
    words = [w for w in words if w.lower() != "pref"]
    if version == "4.0":
        return (";TYPE=" + ",".join(words) if words else "") + (";PREF=1" if pref else "")
    if pref:
        words.append("pref")
    return ";TYPE=" + ",".join(words) if words else ""


class _CardWriter:
    def __init__(
        self,
        contact: Contact,
        version: Version,
        include_photo: bool,
        compact: bool = False,
        private: bool = True,
    ) -> None:
        self.contact = contact
        self.compact = compact
        # Our own lines carry what the user knows about the person: private fields.
        self.private = private and not compact
        self.version = version
        self.include_photo = include_photo
        self.lines: list[str] = []
        self.written: set[str] = set()  # names of the _ONCE properties written
        self.linked: dict[str, list[RawProperty]] = {}  # "ADR-1" -> its Apple lines
        used = set()
        for prop in contact.extra_properties:
            match = _GROUP_NUMBER.match(prop.group)
            if match:
                used.add(int(match.group(1)))
            elif _LINKED_GROUP.match(prop.group):
                self.linked.setdefault(prop.group, []).append(prop)
        # Our item groups start above any kept group so labels never get mixed up.
        self.next_group = max(used, default=0) + 1

    def add(self, line: str) -> None:
        self.lines.append(fold(line))

    def labelled(
        self, name: str, types: tuple[str, ...], value: str, label: str, number: int
    ) -> None:
        params = _types_param(types, self.version)
        linked = self.linked.get(f"{name}-{number}", [])
        if not label and not linked:
            self.add(f"{name}{params}:{value}")
            return
        group = f"item{self.next_group}"
        self.next_group += 1
        self.add(f"{group}.{name}{params}:{value}")
        if label:
            shown = f"_$!<{label}>!$_" if label in _APPLE_LABELS else escape_text(label)
            self.add(f"{group}.X-ABLabel:{shown}")
        for prop in linked:  # Apple's X-ABADR and the like stay in their entry's group
            self._raw(RawProperty(prop.name, prop.value, prop.params, group))

    def write(self, netzwerk: Mapping[str, Any] | None) -> str:
        c, v4 = self.contact, self.version == "4.0"
        self.lines.append(f"BEGIN:VCARD\r\nVERSION:{self.version}\r\n")
        if not self.compact:
            self.add(f"PRODID:{PRODID}")
        if c.uid:
            self.add(f"UID:{escape_text(c.uid)}")
        self.add(f"FN:{escape_text(c.formatted_name or c.display_name)}")
        parts = (c.family_name, c.given_name, c.additional_names, c.prefix, c.suffix)
        self.add("N:" + ";".join(escape_text(p) for p in parts))
        if c.organization or c.department:
            units = [escape_text(u) for u in department_units(c.department)]
            self.add("ORG:" + ";".join([escape_text(c.organization), *units]))
        self._simple(private=False)  # NICKNAME, TITLE
        for n, phone in enumerate(c.phones, 1):
            self.labelled("TEL", phone.types, escape_text(phone.value), phone.label, n)
        for n, email in enumerate(c.emails, 1):
            self.labelled("EMAIL", email.types, escape_text(email.value), email.label, n)
        for n, a in enumerate(c.addresses, 1):
            fields = (
                a.po_box,
                a.extended,
                a.street,
                a.locality,
                a.region,
                a.postal_code,
                a.country,
            )
            self.labelled("ADR", a.types, ";".join(escape_text(f) for f in fields), a.label, n)
        for n, url in enumerate(c.urls, 1):
            # A URI value: only backslashes and line breaks need protecting.
            value = neutralize_newlines(url.value.replace("\\", "\\\\"))
            self.labelled("URL", url.types, value, url.label, n)
        self.written |= {"N", "PRODID"} | ({"UID"} if c.uid else set())
        if c.birthday is not None:
            b = c.birthday
            self.written.add("BDAY")
            if b.year is None and v4:
                self.add(f"BDAY:--{b.month:02d}{b.day:02d}")
            elif b.year is None:
                y = APPLE_NO_YEAR
                self.add(f"BDAY;X-APPLE-OMIT-YEAR={y}:{y}-{b.month:02d}-{b.day:02d}")
            elif v4:
                self.add(f"BDAY:{b.year:04d}{b.month:02d}{b.day:02d}")
            else:
                self.add(f"BDAY:{b.year:04d}-{b.month:02d}-{b.day:02d}")
        if c.note:
            self.add(f"NOTE:{escape_text(c.note)}")
        if c.tags:
            self.add("CATEGORIES:" + ",".join(escape_text(t) for t in c.tags))
        self._photo()
        if self.private:
            self._netzwerk(netzwerk)
        for prop in c.extra_properties:
            if prop.name.upper() in _NO_PHOTO and not self.include_photo:
                continue
            if not self.private and prop.name.upper().startswith(NETZWERK_PREFIX):
                continue
            self._kept(prop)
        self.lines.append("END:VCARD\r\n")
        return "".join(self.lines)

    def _photo(self) -> None:
        c = self.contact
        if c.photo and self.include_photo:
            data = base64.b64encode(c.photo).decode("ascii")
            mime = c.photo_mime.strip().lower()
            if not _MIME.match(mime):
                mime = "image/jpeg"  # a stored type that is no image type cannot go out
            if self.version == "4.0":
                self.add(f"PHOTO:data:{param_value(mime)};base64,{data}")
            else:
                subtype = mime.split("/")[-1].upper()
                self.add(f"PHOTO;ENCODING=b;TYPE={param_value(subtype)}:{data}")
        elif c.photo_uri:
            value = neutralize_newlines(c.photo_uri.replace("\\", "\\\\"))
            self.add(f"PHOTO{'' if self.version == '4.0' else ';VALUE=uri'}:{value}")

    def _simple(self, private: bool) -> None:
        """The field table's one-value properties, public or private (``X-NETZWERK-*``)."""
        v4 = self.version == "4.0"
        for f in fields.FIELDS:
            if not f.simple or f.private != private:
                continue
            value = getattr(self.contact, f.name)
            text = "" if fields.is_empty(f, value) else fields.to_text(f, value)
            if text:
                self.add(f"{f.vcard4 if v4 else f.vcard3}:{escape_text(text)}")

    def _netzwerk(self, netzwerk: Mapping[str, Any] | None) -> None:
        self._simple(private=True)
        if netzwerk:
            text = json.dumps(netzwerk, ensure_ascii=False, sort_keys=True, default=str)
            self.add(f"{NETZWERK_PREFIX}DATA:{escape_text(text)}")

    def _kept(self, prop: RawProperty) -> None:
        """A kept line of the card, unless it would repeat a once-only property or
        belongs to an entry that was written with it (or no longer exists)."""
        upper = prop.name.upper()
        if _LINKED_GROUP.match(prop.group) or upper in _NEVER_KEPT:
            return
        if _is_base64(prop):
            data = _padded_base64(prop.value)
            if data is None:
                return  # no picture or file at all; other readers fail on the whole card
            prop = RawProperty(prop.name, data, prop.params, prop.group)
        if upper in _ONCE:
            if upper in self.written:
                return
            self.written.add(upper)
        if upper in _NO_PHOTO and self.version == "4.0" and self._data_uri_photo(prop):
            return
        self._raw(prop)

    def _data_uri_photo(self, prop: RawProperty) -> bool:
        """A kept ``ENCODING=b`` picture written as 4.0 wants it: a data: URI."""
        if not _is_base64(prop):
            return False
        value = "".join(prop.value.split())
        mime, params = "", []
        for key, values in prop.params:
            if key.upper() == "ENCODING":
                continue
            if key.upper() == "TYPE" and not mime:
                image = [v for v in values if v.upper() in _IMAGE_TYPES or "/" in v]
                if image:
                    mime = image[0].lower()
                    values = tuple(v for v in values if v not in image)
                    if not values:
                        continue
            params.append((key, values))
        mime = mime if "/" in mime else _IMAGE_TYPES.get(mime.upper(), "")
        if not _MIME.match(mime):
            mime = _sniff_base64(value) or "image/jpeg"
        self._raw(RawProperty(prop.name, f"data:{mime};base64,{value}", tuple(params), prop.group))
        return True

    def _raw(self, prop: RawProperty) -> None:
        # A name that is not valid as it stands is dropped, never trimmed: "!N" trimmed
        # to "N" would turn an unknown line into the contact's name on the next read.
        name = safe_name(prop.name)
        group = safe_name(prop.group)
        if not name or name != prop.name or group != prop.group:
            return
        head = f"{group}.{name}" if group else name
        for key, values in prop.params:
            if key and safe_name(key) == key:
                head += f";{key}=" + ",".join(param_value(v) for v in values)
        self.add(f"{head}:{neutralize_newlines(prop.value)}")


def _sniff_base64(value: str) -> str:
    """The image type of base64 data, from its first bytes; "" when unknown."""
    head = value[:16]
    try:
        data = base64.b64decode(head + "=" * (-len(head) % 4))
    except ValueError:
        return ""
    for magic, mime in (
        (b"\xff\xd8", "image/jpeg"),
        (b"\x89PNG", "image/png"),
        (b"GIF8", "image/gif"),
    ):
        if data.startswith(magic):
            return mime
    return ""


def _is_base64(prop: RawProperty) -> bool:
    return any(
        k.upper() == "ENCODING" and v and v[0].upper() in ("B", "BASE64") for k, v in prop.params
    )


def _padded_base64(value: str) -> str | None:
    """Base64 data with its padding (some exporters leave it off), or None if invalid."""
    data = "".join(value.split()).rstrip("=")
    if not data or len(data) % 4 == 1:
        return None
    data += "=" * (-len(data) % 4)
    try:
        base64.b64decode(data, validate=True)
    except ValueError:
        return None
    return data
