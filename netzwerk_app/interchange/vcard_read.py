"""Read vCard 2.1, 3.0 and 4.0 files into ``Contact`` objects.

One broken card never costs the others: each card is read on its own and, if it
cannot be read, reported with its line number and whatever name it shows. How one
card's properties become a ``Contact`` is ``vcard_card.CardBuilder``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NetzwerkError
from netzwerk_app.domain.model import (
    Contact,
)
from netzwerk_app.interchange import prescan
from netzwerk_app.interchange.charsets import FileCharsets
from netzwerk_app.interchange.vcard_card import NETZWERK_PREFIX as NETZWERK_PREFIX
from netzwerk_app.interchange.vcard_card import CardBuilder, CardRefused
from netzwerk_app.interchange.vcard_card import ParsedCard as ParsedCard
from netzwerk_app.interchange.vcard_syntax import split_unescaped, unescape
from netzwerk_app.interchange.vcard_values import parse_birthday as parse_birthday

log = logging.getLogger(__name__)

_NAME_LINE = re.compile(r"^(?:[\w-]+\.)?(FN|N)[;:]", re.IGNORECASE | re.MULTILINE)
# Control characters no text file contains; more than 5 % of them means binary.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class NotAVCardError(NetzwerkError):
    """The whole file is not a vCard file; ``str()`` is one plain sentence."""


@dataclass(frozen=True)
class CardFailure:
    line: int
    name: str
    reason: str


@dataclass
class VCardReadResult:
    cards: list[ParsedCard] = field(default_factory=list)
    failures: list[CardFailure] = field(default_factory=list)
    fatal: str | None = None


def read_vcards(data: bytes, file_name: str = "") -> VCardReadResult:
    """Read every card of a vCard file; see ``iter_vcards`` to stream large files."""
    result = VCardReadResult()
    try:
        for item in iter_vcards(data, file_name):
            if isinstance(item, ParsedCard):
                result.cards.append(item)
            else:
                result.failures.append(item)
    except NotAVCardError as error:
        result.fatal = str(error)
    return result


def iter_vcards(
    data: bytes, file_name: str = "", new_contact: Callable[..., Contact] = Contact
) -> Iterator[ParsedCard | CardFailure]:
    """Yield cards one by one; raises ``NotAVCardError`` before the first when the
    file is no vCard at all. ``new_contact`` makes the empty contact of each card."""
    refusal = prescan.refuse_reason(data, file_name)
    if refusal:
        raise NotAVCardError(refusal[0], **refusal[1])
    decoded = prescan.decode(data)
    del data  # the caller may have handed its only reference: bytes and text are not held twice
    text = decoded.text
    sample = text[:4096]
    if len(_BINARY.findall(sample)) * 20 > len(sample):
        template, params = prescan.sentence(
            QT_TRANSLATE_NOOP("Errors", "“{name}” is a binary file, not a vCard file."),
            QT_TRANSLATE_NOOP("Errors", "The file is a binary file, not a vCard file."),
            file_name,
        )
        raise NotAVCardError(template, **params)
    if "\x00" in text:
        text = text.replace("\x00", "")
    has_raw_bytes = decoded.has_raw_bytes
    del decoded  # keep only one decoded copy alive
    charsets = FileCharsets(text)
    found = False
    for raw in prescan.split_cards(text):
        found = True
        yield _read_card(raw, has_raw_bytes, charsets, new_contact)
    if not found:
        template, params = prescan.sentence(
            QT_TRANSLATE_NOOP(
                "Errors", "“{name}” contains no vCard (no BEGIN:VCARD line was found)."
            ),
            QT_TRANSLATE_NOOP(
                "Errors", "The file contains no vCard (no BEGIN:VCARD line was found)."
            ),
            file_name,
        )
        raise NotAVCardError(template, **params)


def _read_card(
    raw: prescan.RawCard,
    has_raw_bytes: bool,
    charsets: FileCharsets | None = None,
    new_contact: Callable[..., Contact] = Contact,
) -> ParsedCard | CardFailure:
    try:
        return CardBuilder(raw, has_raw_bytes, charsets, new_contact).build()
    except CardRefused as refused:
        return CardFailure(raw.line, _scan_name(raw.text), str(refused))
    except Exception as error:  # bad input must cost one card, never the file
        log.warning("vCard at line %d could not be read", raw.line, exc_info=True)
        reason = f"The card could not be read ({type(error).__name__})."
        return CardFailure(raw.line, _scan_name(raw.text), reason)


def _scan_name(text: str) -> str:
    """Best-effort name of a card that could not be read, from its FN or N line."""
    found: dict[str, str] = {}
    for match in _NAME_LINE.finditer(text):
        end = text.find("\n", match.end())
        value = text[match.end() : end if end >= 0 else len(text)]
        found.setdefault(match.group(1).upper(), value)
    if "FN" in found:
        return unescape(found["FN"]).strip()[:200]
    if "N" in found:
        parts = [unescape(p).strip() for p in split_unescaped(found["N"], ";")]
        return " ".join(p for p in (parts[1:2] + parts[:1]) if p)[:200]
    return ""
