"""First look at a vCard file's raw bytes: refuse what is no vCard, decode, split cards.

Runs before any property is parsed, so a hostile file (a 2 GB "contacts.vcf", a
photo renamed to .vcf, a card nested in a card) is turned away with one plain
sentence instead of costing memory or a crash.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PROPERTY_CHARS = 10 * 1024 * 1024
MAX_PHOTO_BYTES = 5 * 1024 * 1024
# 50 MB of three-line cards is 1.8 million cards: about 1.3 GB and many minutes to
# import. No real address book comes near; a file that does is refused up front.
MAX_CARDS = 200_000
_BEGIN_BYTES = re.compile(rb"BEGIN[ \t]*:[ \t]*VCARD", re.IGNORECASE)

# Whole sentences, with and without the file's name, so that each is translated whole.
_MAGIC = (
    (
        b"\x89PNG",
        QT_TRANSLATE_NOOP("Errors", "“{name}” is a PNG image, not a vCard file."),
        QT_TRANSLATE_NOOP("Errors", "The file is a PNG image, not a vCard file."),
    ),
    (
        b"\xff\xd8\xff",
        QT_TRANSLATE_NOOP("Errors", "“{name}” is a JPEG image, not a vCard file."),
        QT_TRANSLATE_NOOP("Errors", "The file is a JPEG image, not a vCard file."),
    ),
    (
        b"GIF8",
        QT_TRANSLATE_NOOP("Errors", "“{name}” is a GIF image, not a vCard file."),
        QT_TRANSLATE_NOOP("Errors", "The file is a GIF image, not a vCard file."),
    ),
    (
        b"%PDF",
        QT_TRANSLATE_NOOP("Errors", "“{name}” is a PDF document, not a vCard file."),
        QT_TRANSLATE_NOOP("Errors", "The file is a PDF document, not a vCard file."),
    ),
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP(
            "Errors",
            "“{name}” is a ZIP archive (perhaps a Word or Excel file), not a vCard file.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "The file is a ZIP archive (perhaps a Word or Excel file), not a vCard file."
        ),
    ),
    (
        b"RIFF",
        QT_TRANSLATE_NOOP("Errors", "“{name}” is a media file, not a vCard file."),
        QT_TRANSLATE_NOOP("Errors", "The file is a media file, not a vCard file."),
    ),
    (
        b"\x1f\x8b",
        QT_TRANSLATE_NOOP("Errors", "“{name}” is a compressed (gzip) file, not a vCard file."),
        QT_TRANSLATE_NOOP("Errors", "The file is a compressed (gzip) file, not a vCard file."),
    ),
    (
        b"BM",
        QT_TRANSLATE_NOOP("Errors", "“{name}” is a bitmap image, not a vCard file."),
        QT_TRANSLATE_NOOP("Errors", "The file is a bitmap image, not a vCard file."),
    ),
)

# Why a file is refused: an English template (see domain.errors) and its values.
Refusal = tuple[str, dict[str, object]]


def sentence(named: str, unnamed: str, file_name: str, **params: object) -> Refusal:
    """The template that names the file (when it has a name) and its values."""
    return (named, {"name": file_name, **params}) if file_name else (unnamed, params)


# BEGIN/END lines; ``AGENT:BEGIN:VCARD`` opens an embedded card the same way.
_BOUNDARY = re.compile(
    r"^[ \t]*(?:AGENT[^:\n]*:)?(BEGIN|END)[ \t]*:[ \t]*VCARD[ \t]*\r*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(slots=True)
class DecodedText:
    text: str
    # True when bytes were not valid UTF-8: they sit in the text as surrogate escapes
    # and are decoded per property (CHARSET parameter or Windows-1252).
    has_raw_bytes: bool


@dataclass(slots=True)
class RawCard:
    """The text of one card between BEGIN:VCARD and END:VCARD (exclusive)."""

    line: int
    text: str
    warnings: list[str] = field(default_factory=list)


def refuse_reason(data: bytes, file_name: str = "") -> Refusal | None:
    """Why ``data`` cannot be a vCard file (one plain sentence as template and values),
    or None."""
    if len(data) > MAX_FILE_BYTES:
        return sentence(
            QT_TRANSLATE_NOOP(
                "Errors", "“{name}” is {size} MB; vCard files over 50 MB are not imported."
            ),
            QT_TRANSLATE_NOOP(
                "Errors", "The file is {size} MB; vCard files over 50 MB are not imported."
            ),
            file_name,
            size=f"{len(data) / (1024 * 1024):.0f}",
        )
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        return sentence(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is empty."),
            QT_TRANSLATE_NOOP("Errors", "The file is empty."),
            file_name,
        )
    for magic, named, unnamed in _MAGIC:
        if data.startswith(magic):
            return sentence(named, unnamed, file_name)
    cards = sum(1 for _ in _BEGIN_BYTES.finditer(data))
    if cards > MAX_CARDS:
        return sentence(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” holds {cards} cards; files of more than {limit} cards are not "
                "imported. Please split it into smaller files.",
            ),
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file holds {cards} cards; files of more than {limit} cards are not "
                "imported. Please split it into smaller files.",
            ),
            file_name,
            cards=f"{cards:,}",
            limit=f"{MAX_CARDS:,}",
        )
    return None


def decode(data: bytes) -> DecodedText:
    """Bytes to text: BOMs, UTF-16/32, UTF-8 and, per property later, other charsets."""
    return _strip_bom(_decode(data))


def _decode(data: bytes) -> DecodedText:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return DecodedText(data.decode("utf-32", errors="replace"), False)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return DecodedText(data.decode("utf-16", errors="replace"), False)
    else:
        head = data[:400]
        # UTF-16 without BOM: every other byte of the ASCII "BEGIN:VCARD" is NUL.
        if len(head) >= 4 and head.count(b"\x00") * 3 > len(head):
            codec = "utf-16-le" if head[1] == 0 and head[0] != 0 else "utf-16-be"
            return DecodedText(data.decode(codec, errors="replace"), False)
    try:
        return DecodedText(data.decode("utf-8"), False)
    except UnicodeDecodeError:
        return DecodedText(data.decode("utf-8", errors="surrogateescape"), True)


def _strip_bom(decoded: DecodedText) -> DecodedText:
    # A BOM written twice (re-saved by an editor) would hide the first BEGIN:VCARD.
    if decoded.text.startswith("\ufeff"):
        decoded.text = decoded.text.lstrip("\ufeff")
    return decoded


def _normalize_newlines(text: str) -> str:
    # iOS writes CR CR LF; old Macs write CR alone; files mix them.
    if "\r" not in text:
        return text
    return text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")


def split_cards(text: str) -> Iterator[RawCard]:
    """Yield each card's text with the 1-based line of its BEGIN:VCARD.

    A card nested inside another (legal only for 2.1 AGENT, and a classic way to
    crash recursive parsers) is yielded as a card of its own after the outer one's
    remaining lines; nesting never recurses. A card without END:VCARD is yielded
    at the end of the file with a warning.
    """
    if "\n" not in text and "\r" in text:
        text = text.replace("\r", "\n")
    # (line, spans of its own text, nested-card count) for each open card.
    stack: list[tuple[int, list[tuple[int, int]], list[int]]] = []
    line = 1
    counted_to = 0
    span_start = 0
    for match in _BOUNDARY.finditer(text):
        start, end = match.span()
        if stack:
            stack[-1][1].append((span_start, start))
        if match.group(1).upper() == "BEGIN":
            line += text.count("\n", counted_to, start)
            counted_to = start
            if stack:
                stack[-1][2][0] += 1
            stack.append((line, [], [0]))
        elif stack:
            card_line, spans, nested = stack.pop()
            body = "".join(text[a:b] for a, b in spans)
            warnings = []
            if nested[0]:
                warnings.append(
                    "It contained another card inside it (BEGIN:VCARD within a card); "
                    "that card was read separately."
                )
            yield RawCard(card_line, _normalize_newlines(body), warnings)
        span_start = end
    while stack:
        card_line, spans, nested = stack.pop()
        spans.append((span_start, len(text)))
        body = "".join(text[a:b] for a, b in spans)
        span_start = len(text)
        yield RawCard(
            card_line,
            _normalize_newlines(body),
            ["The card has no END:VCARD line; it was read up to the end of the file."],
        )
