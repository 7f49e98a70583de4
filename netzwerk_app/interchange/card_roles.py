"""Which line of a business card is what: title words, organisation words, slogans, domains.

Pure text rules used by ``card_parse`` to tell the name, the job title, the
organisation and the slogans apart.
"""

from __future__ import annotations

import re

from netzwerk_app.domain.card_reading import CardReading
from netzwerk_app.interchange import card_names as cn
from netzwerk_app.interchange import card_words as w

# Job-title word endings ("Schreinermeister", "Hochschullehrerin", "Personalreferentin").
_TITLE_ENDINGS = (
    "berater", "beraterin", "leiter", "leiterin", "manager", "managerin", "führer", "führerin",
    "inhaber", "inhaberin", "therapeut", "therapeutin", "referent", "referentin", "entwickler",
    "entwicklerin", "designer", "designerin", "ingenieur", "ingenieurin", "meister",
    "meisterin", "lehrer", "lehrerin", "chef", "chefin", "arzt", "ärztin", "fachmann",
    "fachfrau", "kaufmann", "kauffrau", "assistent", "assistentin", "planer", "planerin",
    "techniker", "technikerin", "makler", "maklerin", "anwalt", "anwältin", "prüfer",
    "prüferin", "koordinator", "koordinatorin", "spezialist", "spezialistin", "experte",
    "expertin", "direktor", "direktorin", "vertreter", "vertreterin", "betreuer",
    "betreuerin", "verkäufer", "verkäuferin", "pädagoge", "pädagogin", "wirt", "wirtin",
)


def has_title_word(text: str) -> bool:
    words = re.findall(r"[\wäöüÄÖÜß-]+", text.lower())
    if re.search(r"(?:&|\bund|\band)\s+partner", text, re.IGNORECASE):
        words = [x for x in words if x not in ("partner", "partnerin", "partners")]
    for word in words:
        for part in [word, *word.split("-"), word.split("/")[0]]:
            if part in w.TITLE_WORDS:
                return True
        if any(word.endswith(t) and len(word) > len(t) + 2 for t in _TITLE_ENDINGS):
            return True
    return False


def has_org_word(text: str) -> bool:
    lower = text.lower()
    return any(re.search(r"(?<![a-zäöü])" + re.escape(word) + r"(?![a-zäöü])" if len(word) < 6
                         else re.escape(word), lower) for word in w.ORG_WORDS)


def is_tagline(text: str) -> bool:
    """A slogan: a sentence addressed to the reader, not a name of anything."""
    text = text.strip()
    words = text.split()
    if text.endswith(("!", "…", "...", ".")) and not w.legal_form(text):
        return True
    if text.startswith(("„", "\"", "»", "«", "“", "-", "–")):
        return True
    lower = f" {text.lower()} "
    if any(f" {word} " in lower for word in w.TAGLINE_WORDS):
        return True
    lowercase = sum(1 for x in words if x[:1].islower())
    return len(words) >= 6 and lowercase >= 3 and not has_org_word(text)


def domains(reading: CardReading) -> list[list[str]]:
    """The words of the card's own web and e-mail domains ("mueller-soehne.de")."""
    hosts = [re.sub(r"^https?://", "", u).split("/")[0].lower() for u in reading.urls]
    hosts += [e.rpartition("@")[2].lower() for e in reading.emails]
    found = []
    for host in hosts:
        labels = [x for x in host.split(".")[:-1] if x not in ("www", "co", "com", "org")]
        if not labels or labels[-1] in w.MAIL_PROVIDERS or labels[-1] in ("linkedin", "xing"):
            continue
        words = [cn.fold(x) for x in labels[-1].split("-") if len(x) >= 3]
        if words and words not in found:
            found.append(words)
    return found


def matches_domain(text: str, domains: list[list[str]]) -> bool:
    """Whether the line spells the card's domain ("Blumen Groß" ~ blumen-gross.de)."""
    folded = cn.fold(w.LEGAL_FORM_RE.sub("", text))
    if len(folded) < 3:
        return False
    for words in domains:
        joined = "".join(words)
        if joined in folded or (len(folded) >= 5 and folded in joined):
            return True
        needed = len(words) if len(words) < 3 else len(words) - 1
        if sum(1 for x in words if x in folded) >= needed:
            return True
    return False


def email_names(reading: CardReading) -> list[str]:
    return [cn.fold(e.rpartition("@")[0]) for e in reading.emails]


def spelled_by_email(text: str, reading: CardReading) -> bool:
    """Whether an e-mail address holds a person's name printed on this line."""
    words = [cn.fold(x) for x in cn.name_words(text) if len(x) > 1]
    if not words:
        return False
    for email in reading.emails:
        local, _, domain = email.rpartition("@")
        local, domain = cn.fold(local), cn.fold(domain.rpartition(".")[0])
        in_local = sum(1 for x in words if x in local)
        if in_local >= min(2, len(words)) or (
                in_local and all(x in local or x in domain for x in words)):
            return True
    return False


# A line that goes on in the next one: "Müller &", "Hochschule für", "Physio im".
_CONNECTORS = ("&", "+", "-", "und", "and", "für", "fur", "im", "am", "an", "of", "der", "die",
               "das", "des", "zur", "zum", "vom", "von", "in", "the", "for", ",")


def ends_open(text: str) -> bool:
    words = text.strip().split()
    return bool(words) and (words[-1].lower() in _CONNECTORS or text.strip().endswith(("-", ",")))


def starts_as_continuation(text: str) -> bool:
    text = text.strip()
    if re.match(r"(?i)c\s*/\s*o\b", text):
        return False  # "c/o ..." opens an address
    return bool(text) and (text[0].islower() or text[0] in "(&+"
                           or w.LEGAL_FORM_RE.match(text) is not None)


def without_initials(text: str) -> str:
    """The organisation without a logo's initials read into its line ("WDL Wolf Dental ...")."""
    words = text.split()
    if len(words) < 3 or not re.fullmatch(r"[A-ZÄÖÜ]{2,4}", words[0]):
        return text
    initials = "".join(x[0] for x in words[1:] if x[:1].isupper())
    return " ".join(words[1:]) if initials.startswith(words[0]) else text


_CONFUSED = "il1j|"


def repair_email(email: str, given: str, family: str) -> str:
    """An e-mail address whose OCR slips the card's own name shows: "Izimmer" → "lzimmer"."""
    local, at, domain = email.partition("@")
    given_f, family_f = cn.fold(given.split(" ")[0]) if given else "", cn.fold(family.split(" ")[-1])
    if not at or not family_f or len(family_f) < 3:
        return email
    forms = {family_f}
    if given_f:
        forms |= {given_f[0] + family_f, given_f + family_f, given_f}
    local_f = cn.fold(local)
    if local_f in forms:
        return email
    # a label letter read into the address: "Ej.schmidt@" for "E j.schmidt@"
    if local[:1].lower() in "em" and local_f[1:] in forms:
        return f"{local[1:]}@{domain}"
    # "i"/"l"/"1" confused in the initial: the given name tells which
    if given_f and local_f[:1] in _CONFUSED and given_f[0] in _CONFUSED and \
            local_f[0] != given_f[0] and given_f[0] + local_f[1:] in forms:
        return f"{given_f[0]}{local[1:]}@{domain}"
    return email
