"""A person's name on a business card: prefix, given and family name, proper case.

"Prof. Dr. Anna von der Heide" → prefix "Prof. Dr.", given "Anna", family
"von der Heide"; "Müller, Anna" → given "Anna", family "Müller"; a line printed
all in capitals becomes proper case ("ANNA MÜLLER" → "Anna Müller").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from netzwerk_app.interchange import card_words as w

_NAME_TOKEN = re.compile(r"^[A-ZÄÖÜÀ-Ý][\w'’.-]*$|^[a-zäöü]{1,4}$|^d['’]\w+$")


@dataclass
class SplitName:
    prefix: str = ""
    given: str = ""
    family: str = ""

    @property
    def formatted(self) -> str:
        return " ".join(p for p in (self.prefix, self.given, self.family) if p)


def fold(text: str) -> str:
    """Lower case ASCII letters and digits only, umlauts spelled out: for comparing."""
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("è", "e"),
                 ("á", "a"), ("à", "a"), ("ó", "o"), ("ç", "c"), ("ñ", "n"), ("ø", "o")):
        text = text.replace(a, b)
    return re.sub(r"[^a-z0-9]", "", text)


def _cap_word(word: str) -> str:
    if word.lower() in w.PARTICLES:
        return word.lower()
    parts = re.split(r"([-'’])", word.lower())
    out = []
    for part in parts:
        if part[:2] == "mc" and len(part) > 3:
            out.append("Mc" + part[2].upper() + part[3:])
        else:
            out.append(part[:1].upper() + part[1:])
    return "".join(out)


def proper_case(text: str) -> str:
    """A line printed all in capitals in proper case; anything else as printed."""
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return text
    words = []
    for word in text.split():
        if word.lower() in w.PREFIX_SET or w.PREFIX_RE.match(word):
            words.append(_prefix_case(word))
        else:
            words.append(_cap_word(word))
    return " ".join(words)


def _prefix_case(word: str) -> str:
    for token in w.PREFIX_TOKENS:
        if token.lower() == word.lower():
            return token
    return word[:1].upper() + word[1:].lower()


def _is_prefix(token: str) -> bool:
    return token.lower() in w.PREFIX_SET or bool(w.PREFIX_RE.match(token))


def strip_suffix(text: str) -> str:
    """The name without degrees printed after it ("Anna Müller, MBA")."""
    head, sep, tail = text.partition(",")
    if sep and all(t.strip(" .") and any(t.strip() == s for s in w.SUFFIX_TOKENS)
                   for t in tail.split(",")):
        return head.strip()
    tokens = text.split()
    while tokens and tokens[-1] in w.SUFFIX_TOKENS:
        tokens.pop()
    return " ".join(tokens)


def split_name(text: str) -> SplitName:
    """Prefix, given and family name of a printed name line."""
    text = proper_case(re.sub(r"\s+", " ", text.strip()))
    text = strip_suffix(text)
    # "Dr.med." / "Prof.Dr." read without spaces; "Dr" whose dot the OCR lost
    text = re.sub(r"\b(Prof\.|Dr\.)(?=[A-Z])", r"\1 ", text)
    text = re.sub(r"^((?:(?:Prof|Dr)\.?\s+)*)(Prof|Dr)(?=\s)", r"\1\2.", text)
    text = re.sub(r"^(Prof)(?=\s)", r"\1.", text)
    if "," in text:
        family, _, given = text.partition(",")
        if given.strip() and not any(_is_prefix(t) for t in family.split()):
            inner = split_name(given.strip())
            given_names = " ".join(p for p in (inner.given, inner.family) if p)
            return SplitName(inner.prefix, given_names, family.strip())
    tokens = text.split()
    prefix: list[str] = []
    while tokens and _is_prefix(tokens[0]) and len(tokens) > 1:
        prefix.append(tokens.pop(0))
    if not tokens:
        return SplitName(" ".join(prefix))
    if len(tokens) == 1:
        return SplitName(" ".join(prefix), "", tokens[0])
    start = len(tokens) - 1
    for index, token in enumerate(tokens[1:], 1):
        lower = token.lower()
        if lower in w.NOBILITY or (lower in w.PARTICLES and token == lower):
            start = index
            break
    return SplitName(" ".join(prefix), " ".join(tokens[:start]), " ".join(tokens[start:]))


def name_words(text: str) -> list[str]:
    """The words of a line without prefixes and trailing degrees."""
    tokens = strip_suffix(proper_case(text)).replace(",", " ").split()
    return [t for t in tokens if not _is_prefix(t)]


def looks_like_name(text: str) -> bool:
    """Two to five capitalised words (particles allowed), no digits, no symbols."""
    if re.search(r"[\d@/:|&+®©™!?]", text):
        return False
    tokens = name_words(text)
    if not 2 <= len(tokens) <= 5:
        return False
    capital = [t for t in tokens if t[:1].isupper()]
    if len(capital) < 2:
        return False
    return all(_NAME_TOKEN.match(t) and (t[:1].isupper() or t.lower() in w.PARTICLES
                                         or t.lower() in w.NOBILITY) for t in tokens)


def has_prefix(text: str) -> bool:
    tokens = text.split()
    return bool(tokens) and _is_prefix(tokens[0])
