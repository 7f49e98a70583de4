"""The parts of a message that depend on the person and the event, in German and English.

- ``greeting``: "Guten Tag Frau Dr. Öztürk", "Hallo Lena", "Hi Sarah" — from the
  salutation the user set (never guessed from a name), the address form and language.
- ``event_phrase``: the event with the right preposition and article for its kind
  ("beim Unternehmerfrühstück", "auf der Messe Bau 2026", "at the Python meetup").
- ``hook_sentences``: what was captured (the cooperation idea, what they said, what
  they offer, their customers, the event's topic or speaker), each inside a sentence
  frame that reads naturally around free text — after a colon or between dashes, never
  in quotation marks. Three frames per hook kind, language and address form, rotated
  by a seed (the contact's id) so that a morning's drafts are not copies.

Pure: no Qt, no I/O.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from netzwerk_app.domain import model as m
from netzwerk_app.domain.draft_frames import HookKind as HookKind
from netzwerk_app.domain.draft_frames import frames

# --- greeting -----------------------------------------------------------------------------


def greeting(
    language: m.Language,
    form: m.AddressForm,
    salutation: str,
    first_name: str,
    family_name: str,
    prefix: str = "",
    full_name: str = "",
    formal: bool = False,
) -> str:
    """The opening words before the comma.

    German Sie: "Guten Tag Frau Schön" (``formal``, for a first e-mail: "Sehr geehrte
    Frau Schön"); with an academic title "Guten Tag Frau Dr. Öztürk"; without a
    salutation "Guten Tag Käthe Schön". Du: "Hallo Lena". English: "Hi Sarah".
    """
    first, family, prefix = first_name.strip(), family_name.strip(), prefix.strip()
    full = full_name.strip() or " ".join(p for p in (prefix, first, family) if p)
    if language is m.Language.EN:
        return f"Hi {first}" if first else f"Hello {full}".strip()
    if form is m.AddressForm.DU:
        return f"Hallo {first or full}".strip()
    if salutation in ("frau", "herr") and family:
        title = f"{prefix} " if prefix else ""
        if formal:
            opener = "Sehr geehrte Frau" if salutation == "frau" else "Sehr geehrter Herr"
        else:
            opener = "Guten Tag Frau" if salutation == "frau" else "Guten Tag Herr"
        return f"{opener} {title}{family}"
    return f"Guten Tag {full}".strip()


# --- the event with its preposition -------------------------------------------------------


class _Case(enum.Enum):
    BEIM = "beim"  # masculine / neuter: beim Frühstück
    BEI_DER = "bei der"  # feminine: bei der Runde
    AUF_DER = "auf der"  # fairs and conferences: auf der Messe
    AUF_DEM = "auf dem"  # auf dem Kongress
    IM = "im"  # im Webinar


# German head nouns, matched at the end of a title word ("Unternehmerfrühstück"),
# with their preposition and the kind of event they name.
_NOUNS: tuple[tuple[str, _Case, str], ...] = (
    ("frühstück", _Case.BEIM, "breakfast"),
    ("stammtisch", _Case.BEIM, "stammtisch"),
    ("lunch", _Case.BEIM, "lunch"),
    ("mittagessen", _Case.BEIM, "lunch"),
    ("barcamp", _Case.BEIM, "barcamp"),
    ("workshop", _Case.BEIM, "workshop"),
    ("messe", _Case.AUF_DER, "fair"),
    ("konferenz", _Case.AUF_DER, "conference"),
    ("tagung", _Case.AUF_DER, "conference"),
    ("kongress", _Case.AUF_DEM, "conference"),
    ("webinar", _Case.IM, "webinar"),
    ("seminar", _Case.IM, "workshop"),
    ("meetup", _Case.BEIM, "meetup"),
    ("treffen", _Case.BEIM, "meetup"),
    ("netzwerkabend", _Case.BEIM, "meetup"),
    ("abend", _Case.BEIM, ""),
    ("empfang", _Case.BEIM, ""),
    ("fest", _Case.BEIM, ""),
    ("forum", _Case.BEIM, ""),
    ("gründertag", _Case.BEIM, "conference"),
    ("tag", _Case.BEIM, ""),  # Digitaltag (weekdays are skipped)
    ("runde", _Case.BEI_DER, ""),
)
_ENGLISH_WORDS: tuple[tuple[str, str], ...] = (
    ("breakfast", "breakfast"),
    ("meetup", "meetup"),
    ("meet-up", "meetup"),
    ("fair", "fair"),
    ("expo", "fair"),
    ("conference", "conference"),
    ("summit", "conference"),
    ("webinar", "webinar"),
    ("workshop", "workshop"),
    ("barcamp", "barcamp"),
    ("lunch", "lunch"),
)
# The kind's own noun when the title names none: "beim Frühstück BNI Isartal".
_KIND_NOUN_DE: dict[str, tuple[_Case, str]] = {
    "breakfast": (_Case.BEIM, "Frühstück"),
    "stammtisch": (_Case.BEIM, "Stammtisch"),
    "lunch": (_Case.BEIM, "Business Lunch"),
    "barcamp": (_Case.BEIM, "Barcamp"),
    "workshop": (_Case.BEIM, "Workshop"),
    "fair": (_Case.AUF_DER, "Messe"),
    "conference": (_Case.AUF_DER, "Konferenz"),
    "webinar": (_Case.IM, "Webinar"),
    "meetup": (_Case.BEIM, "Treffen"),
    "other": (_Case.BEI_DER, "Veranstaltung"),
}
_KIND_NOUN_EN = {
    "breakfast": "breakfast",
    "stammtisch": "get-together",
    "lunch": "business lunch",
    "barcamp": "barcamp",
    "workshop": "workshop",
    "fair": "fair",
    "conference": "conference",
    "webinar": "webinar",
    "meetup": "meetup",
    "other": "event",
}
_WEEKDAY_WORDS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_WORD = re.compile(r"[\wÄÖÜäöüß-]+")


def _german_head(title: str) -> tuple[_Case, str] | None:
    """The preposition and kind of the first title word that ends in a known noun."""
    for word in _WORD.findall(title):
        low = word.casefold().rsplit("-", 1)[-1]
        if low in _WEEKDAY_WORDS:
            continue
        for noun, case, kind in _NOUNS:
            if low.endswith(noun):
                return case, kind
    return None


def _english_kind(title: str) -> str:
    words = [w.casefold() for w in _WORD.findall(title)]
    for word, kind in _ENGLISH_WORDS:
        if word in words:
            return kind
    return ""


def kind_from_title(title: str) -> str:
    """The kind of event a title names ("Unternehmerfrühstück" → breakfast), or ""."""
    head = _german_head(title)
    if head is not None and head[1]:
        return head[1]
    return _english_kind(title)


def event_phrase(title: str, kind: str, language: m.Language) -> str:
    """Where we met, ready to follow "kennengelernt …" / "meet you …"; "" without a title.

    The title is named as it is, never in quotation marks: "beim Unternehmerfrühstück",
    "auf der Fachmesse Bau", "beim Frühstück BNI Isartal" (kind chosen, title without
    its noun), "bei der Veranstaltung Digitaltag" (nothing known); "at the Munich
    Python Meetup", "at the PyCon conference", "at Digitaltag".
    """
    title = " ".join(title.split())
    if not title:
        return ""
    first, _, rest = title.partition(" ")
    if rest and first in ("Der", "Die", "Das", "The"):  # "Der Gründertag": the article is ours
        title = rest
    kind = kind or kind_from_title(title)
    if language is m.Language.EN:
        if _english_kind(title) or _german_head(title) is not None:
            return f"at the {title}"
        noun = _KIND_NOUN_EN.get(kind)
        return f"at the {title} {noun}" if noun else f"at {title}"
    head = _german_head(title)
    if head is not None:
        return f"{head[0].value} {title}"
    if kind in _KIND_NOUN_DE:
        case, noun = _KIND_NOUN_DE[kind]
        return f"{case.value} {noun} {title}"
    english = _english_kind(title)
    if english in _KIND_NOUN_DE:
        return f"{_KIND_NOUN_DE[english][0].value} {title}"
    return f"bei der Veranstaltung {title}"


# --- hooks and their frames ---------------------------------------------------------------


@dataclass(frozen=True)
class Hook:
    kind: HookKind
    text: str


_FIRST_PERSON = re.compile(r"(?i)^(ich|wir|mein|meine|unser|unsere|i|i'm|we|my|our)\b")


def clean_hook(text: str) -> str:
    """The captured words as they can stand in a frame: one line, no quotation marks
    around them, no full stop of their own ("Lohnbuchhaltung." → "Lohnbuchhaltung")."""
    text = " ".join(text.split())
    text = text.strip("\"'„“”‚‘’«»")
    return text.rstrip(" .;,:!–-").strip()


# A German phrase inside a sentence starts in lower case unless it starts with a noun:
# "Ihre Idee – gemeinsam einen Messestand teilen – …". Nouns cannot be told apart
# reliably, so only words that are surely none are lowered: articles, prepositions,
# common adverbs, and adjectives by their endings (gemeinsamer, regelmäßige, digitale).
_SMALL = """ein eine einen einem einer eines der die das den dem des zusammen gegenseitig
gemeinsam vielleicht eventuell gern gerne regelmäßig einmal mal auch mehr für mit
über von zu bei nach vor ab an auf aus durch um statt ohne sich"""
_GERMAN_SMALL_WORDS = frozenset(_SMALL.split())
_GERMAN_ADJECTIVE = re.compile(
    r"((ig|lich|isch|sam|bar|los)(e|er|es|en|em)?|(al|iv|ell)(e|er|es|en|em))$"
)
# Nouns and names with those endings: "Stammtisch", "Leipziger Messe", "Honig".
_NOT_ADJECTIVE = ("tisch", "fisch", "könig", "honig", "essig", "käfig", "zig", "zige", "ziger")


def _lower_first(text: str, language: m.Language) -> str:
    if language is not m.Language.DE or not text[:1].isupper():
        return text
    first = text.split(" ", 1)[0]
    low = first.casefold()
    if (
        len(first) > 1
        and first[1:].islower()
        and (
            low in _GERMAN_SMALL_WORDS
            or (
                " " in text
                and _GERMAN_ADJECTIVE.search(low) is not None
                and not low.endswith(_NOT_ADJECTIVE)
            )
        )
    ):
        return first[0].lower() + text[1:]
    return text


def _is_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?;]\s", text))


def hook_sentences(hook: Hook, language: m.Language, form: m.AddressForm, seed: int) -> list[str]:
    """The hook in each of its kind's frames, the rotated one first, then shortest first.

    A sentence-like text ("Ich helfe …") only goes after a colon; between dashes it
    would not read. Mid-sentence frames lower-case nothing and cut nothing.
    """
    text = clean_hook(hook.text)
    if not text or _FIRST_PERSON.match(text):
        return []
    options = frames(language, form)[hook.kind]
    kinds = list(HookKind)
    start = (seed + kinds.index(hook.kind)) % len(options)
    order = [options[start], *sorted((f for f in options if f != options[start]), key=len)]
    sentence_like = _is_sentence(text)
    if not sentence_like:
        text = _lower_first(text, language)
    result = []
    for frame in order:
        if sentence_like and (" – {x} – " in frame or frame.startswith("~")):
            continue
        filled = frame.removeprefix("~").replace("{x}", text)
        if text.endswith("?") and filled.endswith("?."):
            filled = filled[:-1]
        result.append(filled)
    return result
