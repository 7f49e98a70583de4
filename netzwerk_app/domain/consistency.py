"""Does the spoken pitch tell the same story as the website and the profiles?

A hint, not a judgement: the key terms of what someone said at events are compared
with the text the user pasted from their website / LinkedIn / XING. Stop words of
German and English are ignored, and so is the person's own name (a pitch that
says "Schön Design" twice is not confirmed by a website full of "Schön"). Words
are compared by their stems from the Snowball German stemmer (snowballstemmer, a
pure-Python port of the maintained Snowball algorithms), folded afterwards
(``text.fold``), so that "Steuerberatung" meets "Steuerberater", "steuerliche"
meets "Steuern", "Seminare" meets "Seminar" and "Beraterinnen" meets "Berater".
The user decides the verdict; this only suggests.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from netzwerk_app.domain.model import Verdict
from netzwerk_app.domain.text import fold, words

# Compact lists of function words and networking filler; folded like the text
# ("für" -> "fur"), so they must be written folded here.
_GERMAN = """
aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei
beim bin bis bist da damit dann das dass dem den denen der des dessen die dies diese
diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es
etwa etwas euch euer fur gegen hab habe haben hat hatte hier hin hinter ich ihm ihn
ihnen ihr ihre ihrem ihren ihrer im in ins ist ja jede jedem jeden jeder jedes jetzt
kann kein keine konnen mache machen macht man mehr mein meine meinem meinen meiner mich
mir mit muss nach nicht nichts noch nur ob oder ohne sehr sein seine seinem seinen sich
sie sind so solche sollen sondern sowie uber um und uns unser unsere unter viel vom von
vor war waren was weil welche wenn wer werde werden wie wir wird wo zu zum zur zwischen
gerne gern ganz immer einfach wirklich heute bzw ca usw z b dabei daher denn deren
wollen will mochte mochten soll wurde wurden
hallo name heisse heiße bringe biete bieten helfe helfen arbeite arbeiten suche suchen
firma unternehmen kunden kunde kundinnen
"""
_ENGLISH = """
a about after all also am an and any are as at be because been being but by can could
did do does for from had has have he her here him his how i if in into is it its just
me more most my no not of on one only or our out over she so some such than that the
their them then there these they this those through to too up us very was we were what
when where which while who will with would you your yours
hello name help helping offer offers work working company customers customer client clients
"""
STOP_WORDS: frozenset[str] = frozenset(fold(w) for w in (_GERMAN + _ENGLISH).split())

_MIN_WORD = 3


@lru_cache(maxsize=1)
def _german() -> Any:
    """The Snowball German stemmer; imported on first use (not at start-up)."""
    import snowballstemmer

    return snowballstemmer.stemmer("german")


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """The match key of one word: its Snowball German stem, folded.

    Stemming sees the word with its umlauts (the German rules need them);
    folding afterwards makes "Müller" and "Mueller" one key, as in search.
    """
    return fold(str(_german().stemWord(word.casefold())))


_RAW_WORD = re.compile(r"\w+", re.UNICODE)


def name_words(*names: str) -> frozenset[str]:
    """The folded words of a person's names, to leave out of the comparison."""
    return frozenset(w for name in names for w in words(name))


def key_terms(text: str, ignore: frozenset[str] = frozenset()) -> dict[str, str]:
    """Stem of the word -> the word as first written (lower case), for display.

    Only words that carry meaning: no stop words, numbers, very short words or
    words of ``ignore`` (folded, e.g. the person's own name from ``name_words``).
    """
    terms: dict[str, str] = {}
    for raw in _RAW_WORD.findall(text):
        folded = words(raw)  # folding may split a word ("Ø" etc.); keep it simple
        if any(w in ignore for w in folded):
            continue
        for word in folded:
            if len(word) < _MIN_WORD or word.isdigit() or word in STOP_WORDS:
                continue
            terms.setdefault(stem(raw if len(folded) == 1 else word), raw.casefold())
    return terms


class HintReason(enum.StrEnum):
    """Why the verdict was suggested; the GUI words it in the user's language."""

    NOTHING = "nothing"
    NO_PITCH = "no_pitch"
    NO_ONLINE_TEXT = "no_online_text"
    MOST_SHARED = "most_shared"
    SOME_SHARED = "some_shared"
    FEW_SHARED = "few_shared"


@dataclass(frozen=True)
class ConsistencyHint:
    """What the pitch and the online text share, and what only one side says."""

    shared: tuple[str, ...]
    only_in_pitch: tuple[str, ...]
    only_online: tuple[str, ...]
    suggested: Verdict
    reason: HintReason
    explanation: str

    @property
    def overlap(self) -> float:
        """Share of the pitch's key terms found online (0.0 - 1.0)."""
        pitch_terms = len(self.shared) + len(self.only_in_pitch)
        return len(self.shared) / pitch_terms if pitch_terms else 0.0


# Below this share of the pitch's terms found online, suggest a mismatch.
MISMATCH_BELOW = 0.25
CONSISTENT_FROM = 0.5


def consistency_hint(
    pitches: Iterable[str], online_text: str, names: Iterable[str] = ()
) -> ConsistencyHint:
    """Compare what was said (``pitches``) with what the web says (``online_text``).

    ``names`` are the person's own names (given, family, organisation...): their
    words are no evidence either way and are left out on both sides.
    """
    ignore = name_words(*names)
    pitch_terms = key_terms("\n".join(pitches), ignore)
    online_terms = key_terms(online_text, ignore)
    shared = sorted((pitch_terms[k] for k in pitch_terms if k in online_terms), key=fold)
    only_pitch = sorted((pitch_terms[k] for k in pitch_terms if k not in online_terms), key=fold)
    only_online = sorted((online_terms[k] for k in online_terms if k not in pitch_terms), key=fold)
    counts = f"{len(shared)} of {len(pitch_terms)}"
    overlap = len(shared) / len(pitch_terms) if pitch_terms else 0.0
    verdict = Verdict.UNCHECKED
    if not pitch_terms and not online_terms:
        reason, explanation = HintReason.NOTHING, "Nothing to compare yet."
    elif not pitch_terms:
        reason, explanation = HintReason.NO_PITCH, "No pitch recorded yet."
    elif not online_terms:
        reason = HintReason.NO_ONLINE_TEXT
        explanation = "Paste text from the website or a profile to compare."
    elif overlap >= CONSISTENT_FROM:
        verdict, reason = Verdict.CONSISTENT, HintReason.MOST_SHARED
        explanation = f"Most key terms of the pitch appear online ({counts})."
    elif overlap < MISMATCH_BELOW:
        verdict, reason = Verdict.MISMATCH, HintReason.FEW_SHARED
        explanation = f"Few key terms of the pitch appear online ({counts})."
    else:
        reason = HintReason.SOME_SHARED
        explanation = f"Some key terms of the pitch appear online ({counts}); have a closer look."
    return ConsistencyHint(
        tuple(shared), tuple(only_pitch), tuple(only_online), verdict, reason, explanation
    )


# Where the user looked; stored in ConsistencyNote.sources_checked.
SOURCES: tuple[str, ...] = ("website", "linkedin", "xing")
