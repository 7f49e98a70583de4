"""From a card's text to decoded properties: unfolding, quoted-printable, charsets.

Everything here deals with how exporters actually write files (vCard 2.1 phones,
Outlook, iOS), not with what RFC 6350 says they should write.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterator

from netzwerk_app.interchange.charsets import (
    FileCharsets,
    declared_charset,
    guess_charset,
    shown_name,
)
from netzwerk_app.interchange.prescan import MAX_PROPERTY_CHARS
from netzwerk_app.interchange.vcard_syntax import Prop

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_B64_LINE = re.compile(r"[A-Za-z0-9+/=]+\Z")
_UTF8_NAMES = frozenset({"utf-8", "utf8", "us-ascii", "ascii", "utf-8n"})
_WESTERN = frozenset({"iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "iso-8859-15"})


def unfold(body: str) -> Iterator[tuple[str, bool]]:
    """Yield each logical line of a card and whether it exceeded the size limit.

    Handles RFC folding (leading space or tab), quoted-printable soft line breaks,
    2.1 base64 data continued on unindented lines up to a blank line, lines
    continued with a trailing backslash, ``#`` comment lines and blank lines.
    """
    parts: list[str] = []
    size = 0
    oversize = False
    # 0: plain; 1: a quoted-printable soft line break is pending; 2: 2.1 base64 data
    mode = 0
    for raw in body.split("\n"):
        if not raw:
            mode = 0  # a blank line ends QP runs and 2.1 base64 data
            continue
        first = raw[0]
        if mode == 1 and parts:
            piece = raw
            parts[-1] = parts[-1][:-1]  # drop the soft break's "="
            mode = 1 if raw.endswith("=") else 0
        elif (first == " " or first == "\t") and parts:
            piece = raw[1:]
        elif mode == 2 and _B64_LINE.match(raw):
            piece = raw
        elif parts and ":" not in raw and _ends_with_escape(parts[-1]):
            piece = "n" + raw  # "\" + line break written literally: an escaped newline
        else:
            if parts:
                yield "".join(parts), oversize
                parts = []
            if first == "#":  # comment lines (seen in the wild, tolerated by phones)
                mode = 0
                continue
            parts.append(raw)
            size, oversize, mode = len(raw), False, 0
            colon = raw.find(":")
            head = raw[:colon].upper() if colon > 0 else ""
            if raw.endswith("=") and "QUOTED-PRINTABLE" in head:
                mode = 1
            elif "BASE64" in head or "ENCODING=B" in head:
                mode = 2
            continue
        if oversize:
            continue
        size += len(piece)
        if size > MAX_PROPERTY_CHARS:
            oversize = True
            del parts[1:]  # keep the head for the message; free the rest now
            continue
        parts.append(piece)
    if parts:
        yield "".join(parts), oversize


def _ends_with_escape(text: str) -> bool:
    stripped = text.rstrip("\\")
    return (len(text) - len(stripped)) % 2 == 1


class ValueDecoder:
    """Turns a property's raw value into text, noting charset problems once per card."""

    def __init__(
        self, has_raw_bytes: bool, card_text: str = "", file: FileCharsets | None = None
    ) -> None:
        self.has_raw_bytes = has_raw_bytes
        self.warnings: list[str] = []
        self._card_text = card_text
        self._file = file
        self._fallback: str | None = None  # the charset for undeclared non-UTF-8 text

    def text(self, prop: Prop) -> str:
        """The value as text: charset and quoted-printable undone, still vCard-escaped."""
        value = self._decode(prop)
        # Control characters (form feeds from Outlook, NULs) are never wanted text and
        # could not be written back.
        return _CONTROL.sub("", value) if _CONTROL.search(value) else value

    def _decode(self, prop: Prop) -> str:
        value = prop.value
        encoding = prop.params.get("ENCODING")
        charset = prop.params.get("CHARSET")
        if encoding and encoding[0].upper() in ("QUOTED-PRINTABLE", "QP"):
            data = binascii.a2b_qp(value.encode("utf-8", "surrogateescape"))
            return self._bytes(data, charset[0] if charset else "")
        if value.isascii():
            return value
        if charset and charset[0].strip().lower() not in _UTF8_NAMES:
            return self._bytes(value.encode("utf-8", "surrogateescape"), charset[0])
        if self.has_raw_bytes:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return self._bytes(value.encode("utf-8", "surrogateescape"), "")
        return value

    def _bytes(self, data: bytes, charset: str) -> str:
        name = charset.strip().lower()
        if not name:
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                return data.decode(self._undeclared_charset(data), errors="replace")
        if name in _UTF8_NAMES:
            # Declared UTF-8 with a stray byte (Android soft breaks cut mid-character):
            # keep the rest readable instead of reading all of it as Windows-1252.
            return data.decode("utf-8", errors="replace")
        if name in _WESTERN:
            # Mislabelled UTF-8 is more common than Latin-1 text that happens to be
            # valid UTF-8, so valid UTF-8 wins.
            return _utf8_or_windows(data)
        try:
            return data.decode(name)
        except LookupError:
            self.warnings.append(
                f"Unknown character set “{charset}”; text was read as UTF-8 or Windows-1252."
            )
            return _utf8_or_windows(data)
        except UnicodeDecodeError:
            return data.decode(name, errors="replace")

    def _undeclared_charset(self, data: bytes) -> str:
        """For 8-bit text without CHARSET: one declared elsewhere in the card, then
        elsewhere in the file, else a guess from the bytes, which the card reports."""
        if self._fallback is None:
            fallback = declared_charset(self._card_text)
            if not fallback and self._file is not None:
                fallback = self._file.declared()
            if not fallback:
                fallback = self._file.guess(data) if self._file else guess_charset(data)
                self.warnings.append(
                    f"Its text encoding was guessed as {shown_name(fallback)}; "
                    "please check its names."
                )
            self._fallback = fallback
        return self._fallback


def _utf8_or_windows(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # Five bytes are undefined in Windows-1252; Latin-1 maps every byte.
        return data.decode("latin-1")
