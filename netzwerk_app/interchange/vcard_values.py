"""Typed values of vCard properties: TYPE lists, Apple's labels, birthdays, structured
components (N, ADR), and base64 photos. Pure functions, used by ``vcard_card``.
"""

from __future__ import annotations

import base64
import binascii
import re

from netzwerk_app.domain.model import Birthday
from netzwerk_app.interchange.vcard_syntax import split_unescaped, unescape

_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_BDAY = re.compile(r"^(?:(\d{4})-?|--)(\d{2})-?(\d{2})(?:T.*)?$")


def param_types(params: dict[str, list[str]]) -> tuple[str, ...]:
    """TYPE values in every style, lower-case, de-duplicated, "pref" last."""
    out: list[str] = []
    for value in params.get("TYPE", ()):
        for piece in value.split(","):
            low = piece.strip().lower()
            if low and low not in out:
                out.append(low)
    pref = "pref" in out or params.get("PREF", [""])[0].strip() == "1"
    if pref:
        if "pref" in out:
            out.remove("pref")
        out.append("pref")
    return tuple(out)


def link_group(kind: str, number: int) -> str:
    """The group of a kept line that belongs to the ``number``-th TEL/EMAIL/URL/ADR."""
    return f"{kind}-{number}"


def apple_label(text: str) -> str:
    match = _APPLE_LABEL.match(text)
    return match.group(1) if match else text


def parse_birthday(value: str) -> Birthday | None:
    """``--0415``, ``--04-16``, ``19800322``, ``1980-03-22T..``; Apple's year 1604 means none."""
    match = _BDAY.match(value.strip())
    if not match:
        return None
    year = int(match.group(1)) if match.group(1) else None
    if year is not None and (year == 1604 or year == 0):
        year = None
    try:
        return Birthday(int(match.group(2)), int(match.group(3)), year)
    except ValueError:
        return None


def components(value: str, count: int) -> list[str]:
    parts = [unescape(p) for p in split_unescaped(value, ";")]
    if len(parts) < count:
        parts.extend([""] * (count - len(parts)))
    return parts


def b64decode(payload: str) -> bytes | None:
    data = "".join(payload.split()).rstrip("=")
    if len(data) % 4 == 1:
        # One stray character (a truncated export): decode what is whole, the way
        # phones do, rather than lose the picture.
        data = data[:-1]
    try:
        return base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def sniff_image(data: bytes) -> str:
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"GIF8"):
        return "image/gif"
    if data[8:12] == b"WEBP":
        return "image/webp"
    return ""
