"""Which charset a vCard's undeclared 8-bit text is in, when it is not UTF-8.

Old phones and Outlook write vCard 2.1 in the Windows code page of their country,
often without a CHARSET parameter. Read as Windows-1252, a Ukrainian "Віталій" in
Windows-1251 becomes "Â³òàë³é" — so the reader first looks for a CHARSET declared
elsewhere in the card, then elsewhere in the file, and only then guesses from the
bytes (charset-normalizer), saying so in a warning.
"""

from __future__ import annotations

import binascii
import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

_DECLARED = re.compile(r";[ \t]*CHARSET[ \t]*=[ \t]*\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_UTF8_NAMES = frozenset({"utf-8", "utf8", "us-ascii", "ascii", "utf-8n"})
# Code pages that exporters of contacts actually wrote; guessing among fewer
# candidates keeps short names from being read as something exotic.
_CANDIDATES = [
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "koi8_r",
    "cp866",
    "iso8859_5",
    "mac_roman",
    "shift_jis",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
    "cp1255",
    "cp1256",
]
_SHOWN = {
    "cp1250": "windows-1250",
    "cp1251": "windows-1251",
    "cp1252": "windows-1252",
    "cp1253": "windows-1253",
    "cp1254": "windows-1254",
    "cp1255": "windows-1255",
    "cp1256": "windows-1256",
    "cp1257": "windows-1257",
    "koi8_r": "KOI8-R",
    "cp866": "cp866",
    "iso8859_5": "ISO-8859-5",
    "mac_roman": "Mac Roman",
    "shift_jis": "Shift_JIS",
    "euc_jp": "EUC-JP",
    "gb18030": "GB18030",
    "big5": "Big5",
    "euc_kr": "EUC-KR",
}
_SAMPLE_BYTES = 64 * 1024
_SURROGATE = re.compile(r"[\udc80-\udcff]")


def declared_charset(text: str) -> str:
    """The first CHARSET parameter in ``text`` that names a known non-UTF-8 codec."""
    for match in _DECLARED.finditer(text):
        name = match.group(1).strip().lower()
        if name in _UTF8_NAMES:
            continue
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        return name
    return ""


def shown_name(codec: str) -> str:
    """The name a user knows the codec by ("windows-1251")."""
    return _SHOWN.get(codecs.lookup(codec).name.replace("-", "_"), codec)


def guess_charset(data: bytes) -> str:
    """The codec the non-UTF-8 ``data`` is most likely in; Windows-1252 when in doubt.

    charset-normalizer proposes codecs; as it is unsure on the few short words of a
    phone book ("Сергей" alone looks like Big5 to it), each proposal and each common
    contact code page is then scored on whether the decoded words look like words:
    one script per word, a plausible case pattern, no stray symbols. Ties go to the
    code page earlier in the list, Windows-1252 first (German, French and Italian
    text decodes alike in several Latin code pages).
    """
    sample = data[:_SAMPLE_BYTES]
    proposed = [str(m.encoding) for m in from_bytes(sample, cp_isolation=_CANDIDATES)]
    best, best_score = "cp1252", None
    # Ties go to the earlier: the single-byte code pages in the order of _CANDIDATES,
    # then the multi-byte ones in charset-normalizer's order.
    ordered = [c for c in _CANDIDATES if c in _SINGLE_BYTE]
    ordered += [c for c in proposed if c not in _SINGLE_BYTE]
    for codec in ordered:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best_score is None or score > best_score:
            best, best_score = codec, score
    return best


_SINGLE_BYTE = frozenset(
    {"cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "koi8_r", "cp866", "iso8859_5"}
)
_WORD = re.compile(r"[^\W\d_]+")
_PUNCTUATION = frozenset("–—„“”‚‘’«»·•…€£§°²³µ×÷±©®™¡¿ \u00a0")
_IDEOGRAPHIC = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    head = name.split(" ", 1)[0]
    return "CJK" if head in _IDEOGRAPHIC else head


def _plausibility(text: str) -> int:
    """Letters in words that look like words, minus letters in words that do not, minus
    stray symbols; counted in letters so that splitting text into more words (as the
    wrong code page's symbols do) earns nothing."""
    score = 0
    for ch in text:
        if ord(ch) > 0x7F and not ch.isalpha() and ch not in _PUNCTUATION:
            score -= 3  # "‚ „ † ‰ ¤ ¦ №": typical of text read in the wrong code page
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        foreign = sum(1 for ch in word if ord(ch) > 0x7F)
        scripts = {_script(ch) for ch in word}
        if len(scripts) > 1:
            score -= foreign
            continue
        script = scripts.pop()
        if script == "CJK":
            score += foreign
            continue
        case_ok = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
        if script == "LATIN" and len(word) >= 5 and foreign * 2 > len(word):
            case_ok = False  # "Âłňŕëłé": Latin words are mostly plain letters
        score += foreign if case_ok else -foreign
    return score


class FileCharsets:
    """The charset hints of one file, worked out once and only when needed."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._declared: str | None = None
        self._guess: str | None = None

    def declared(self) -> str:
        if self._declared is None:
            self._declared = declared_charset(self._text)
        return self._declared

    def guess(self, data: bytes) -> str:
        """A guess from every undecodable line of the file (more text guesses better),
        or else from its quoted-printable values that are not UTF-8; from ``data``
        alone when there is neither. Worked out once per file."""
        if self._guess is None:
            sample = _raw_lines(self._text) or _quoted_printable_values(self._text) or data
            self._guess = guess_charset(sample)
        return self._guess


def _raw_lines(text: str) -> bytes:
    """The lines holding bytes that were not UTF-8, as bytes again (up to 64 KB)."""
    out: list[bytes] = []
    size, line_end = 0, -1
    for match in _SURROGATE.finditer(text):
        if match.start() < line_end:
            continue  # this line is taken already
        start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        line = text[start:line_end].encode("utf-8", "surrogateescape")
        out.append(line)
        size += len(line)
        if size >= _SAMPLE_BYTES:
            break
    return b"\n".join(out)


_QP_LINE = re.compile(r"^[^:\n]*QUOTED-PRINTABLE[^:\n]*:((?:[^\n]*=\r?\n)*[^\n]*)", re.I | re.M)


def _quoted_printable_values(text: str) -> bytes:
    """The decoded quoted-printable values that are not UTF-8 (up to 64 KB)."""
    out: list[bytes] = []
    size = 0
    for match in _QP_LINE.finditer(text):
        data = binascii.a2b_qp(match.group(1).encode("utf-8", "surrogateescape"))
        try:
            data.decode("utf-8")
            continue
        except UnicodeDecodeError:
            out.append(data)
        size += len(data)
        if size >= _SAMPLE_BYTES:
            break
    return b"\n".join(out)
