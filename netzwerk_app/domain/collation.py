"""German alphabetical order (DIN 5007-1, the dictionary order), as a sort key.

Ä, Ö and Ü sort as A, O and U ("Bärbel" next to "Barbara", "Öztürk" among the
"Oz..."), ß as "ss"; accents, then case only break ties. The key is a plain string
compared by code points, so Python's ``sorted``, Qt's proxies and SQLite
(``de_key()`` and the ``de`` collation, registered in storage.db) agree.
"""

from __future__ import annotations

import unicodedata

_SPECIAL = str.maketrans({"ß": "ss", "ẞ": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l"})
_SEPARATOR = "\x01"  # below every letter: "Ab" before "Abc", whatever follows
_LAST = "\U0010ffff"  # after every name: nameless cards end the list


class _CombiningTable(dict[int, int | None]):
    """``str.translate`` table dropping combining marks, filled as characters are seen."""

    def __missing__(self, codepoint: int) -> int | None:
        value = None if unicodedata.combining(chr(codepoint)) else codepoint
        self[codepoint] = value
        return value


_STRIP_COMBINING = _CombiningTable()


def german_key(text: str | None) -> str:
    """The DIN 5007-1 sort key of ``text``: letters first, then accents, then case.

    Empty and blank text sorts after every name.
    """
    stripped = (text or "").strip()
    if not stripped:
        return _LAST
    if stripped.isascii():  # most names: no table look-ups needed
        lower = stripped.lower()
        return _SEPARATOR.join((lower, lower, stripped.swapcase(), stripped))
    folded = stripped.casefold()
    # "Muller" before "Müller" (unaccented first), then lower case first.
    accents = unicodedata.normalize("NFKD", folded)
    base = unicodedata.normalize("NFKD", folded.translate(_SPECIAL)).translate(_STRIP_COMBINING)
    return _SEPARATOR.join((base, accents, stripped.swapcase(), stripped))


def german_compare(left: str | None, right: str | None) -> int:
    """-1, 0 or 1 by ``german_key``: the comparison of SQLite's ``de`` collation."""
    a, b = german_key(left), german_key(right)
    return (a > b) - (a < b)


def surname_key(family_name: str | None, given_name: str | None, name: str | None) -> str:
    """Sort key by surname, then first name; cards without a surname by their name."""
    if not (family_name or "").strip():
        return german_key(name)
    return german_key(family_name) + "\x00" + german_key(given_name or name)
