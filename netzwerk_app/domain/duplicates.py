"""When two cards are the same person: the rules, without storage or Qt.

A card is the same person as another only on identifying evidence that nothing
contradicts; a similar name alone never makes two people one.

- The same UID is the same card (our own export read back, an address book synced
  twice): always the same person.
- Contradictions: both cards have e-mail addresses and share none, or both have
  LinkedIn/XING profile URLs and share none. Such cards are different people,
  whatever their names.
- The same e-mail address or profile URL identifies, unless a contradiction says
  otherwise; then the pair is only a *possible* duplicate for the user to decide
  (a shared team mailbox, or one person with a new address).
- A shared phone number identifies only together with a similar name (at any
  organisation: people keep their mobile when they change jobs); colleagues share
  switchboard numbers.
- A similar name at the same organisation (or the very same name, both without an
  organisation) with nothing contradicting it — different phones count here too —
  is a possible duplicate: kept as two contacts and listed for the user.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime

from rapidfuzz import fuzz

from netzwerk_app.domain.text import words

NAME_SCORE = 90  # rapidfuzz token_sort_ratio on folded names: "similar"
_INITIAL = re.compile(r"(?:^| )\w(?: |$)")  # a one-letter word in a folded name


class Kinship(enum.StrEnum):
    SAME = "same"
    POSSIBLE = "possible"
    DIFFERENT = "different"


@dataclass(frozen=True, slots=True)
class Verdict:
    kinship: Kinship
    reason: str  # plain English: "the same e-mail address max@example.de"


# A key as compared, and as the user wrote it (for the reason).
Key = tuple[str, str]


@dataclass(frozen=True, slots=True)
class CardKeys:
    """The matching keys of one card, normalised once (phone parsing is the costly part).

    ``name`` and ``organization`` are folded (see ``name_key``); ``organization_shown``
    is the organisation as written.
    """

    uid: str
    profiles: tuple[Key, ...]
    emails: tuple[Key, ...]
    phones: tuple[Key, ...]
    name: str
    organization: str
    organization_shown: str = ""

    @property
    def identifier_kinds(self) -> int:
        """Which identifiers the card has, as bits: 1 e-mail, 2 phone, 4 profile."""
        return (1 if self.emails else 0) | (2 if self.phones else 0) | (4 if self.profiles else 0)


EMAIL, PHONE, PROFILE = 1, 2, 4


def name_key(text: str) -> str:
    """A name or organisation folded for comparing: case, accents, "ue" spellings,
    punctuation and spacing do not matter."""
    return " ".join(words(text))


def organisations_agree(contact_org: str, company: str) -> bool:
    """False only when both are given and neither is a part of the other
    ("Köhler IT" and "Köhler IT GmbH" agree; "Deutsche Bank" and "Commerzbank" not)."""
    mine, theirs = set(words(contact_org)), set(words(company))
    return not mine or not theirs or mine <= theirs or theirs <= mine


def _initials_expanded(name: str, other: str) -> str:
    """``name`` with each initial ("j") written out as the word of ``other`` it
    stands for ("jurgen"), so that "J. Müller" is alike "Jürgen Müller"."""
    theirs = [w for w in other.split() if len(w) > 1]
    out = []
    for word in name.split():
        if len(word) == 1:
            word = next((w for w in theirs if w[0] == word), word)
        out.append(word)
    return " ".join(out)


def similar_names(a: str, b: str) -> bool:
    """Folded names alike enough to be one person's (word order does not matter,
    an initial stands for its word)."""
    if not a or not b:
        return False
    if a == b or fuzz.token_sort_ratio(a, b, score_cutoff=NAME_SCORE):
        return True
    if not (_INITIAL.search(a) or _INITIAL.search(b)):
        return False
    a, b = _initials_expanded(a, b), _initials_expanded(b, a)
    return fuzz.token_sort_ratio(a, b, score_cutoff=NAME_SCORE) >= NAME_SCORE


def same_place(a: CardKeys, b: CardKeys) -> bool:
    """Where a name comparison makes sense: the same organisation, or both without."""
    return a.organization == b.organization


def names_alike(a: CardKeys, b: CardKeys) -> bool:
    """Similar names at the same organisation; without one, only the very same name
    counts (too many people share a similar name in the wide world)."""
    if not same_place(a, b):
        return False
    if not a.organization:
        return bool(a.name) and a.name == b.name
    return similar_names(a.name, b.name)


def _shared(mine: tuple[Key, ...], theirs: tuple[Key, ...]) -> str | None:
    keys = {key for key, _ in theirs}
    for key, shown in mine:
        if key in keys:
            return shown
    return None


def _disjoint(mine: tuple[Key, ...], theirs: tuple[Key, ...]) -> bool:
    return bool(mine) and bool(theirs) and _shared(mine, theirs) is None


def _own(mine: tuple[Key, ...], theirs: tuple[Key, ...]) -> bool:
    """``mine`` has an entry that ``theirs`` lacks."""
    keys = {key for key, _ in theirs}
    return any(key not in keys for key, _ in mine)


def compare(card: CardKeys, other: CardKeys) -> Verdict:
    """Whether ``card`` and ``other`` are the same person, possibly, or not; with the
    reason in plain English (see the module docstring for the rules)."""
    if card.uid and card.uid == other.uid:
        return Verdict(Kinship.SAME, "the same UID")
    contradictions = []
    if _disjoint(card.emails, other.emails):
        contradictions.append("different e-mail addresses")
    if _disjoint(card.profiles, other.profiles):
        contradictions.append("different profiles")
    evidence = None
    if (shown := _shared(card.profiles, other.profiles)) is not None:
        evidence = f"the same profile {shown}"
    elif (shown := _shared(card.emails, other.emails)) is not None:
        evidence = f"the same e-mail address {shown}"
    if evidence is not None:
        if (
            not contradictions
            and not similar_names(card.name, other.name)
            and _own(card.emails, other.emails)
            and _own(other.emails, card.emails)
        ):
            # info@firma.de on two colleagues' cards, each with an address of their own
            contradictions.append("different names and other addresses")
        if contradictions:
            return Verdict(Kinship.POSSIBLE, f"{evidence}, but {' and '.join(contradictions)}")
        return Verdict(Kinship.SAME, evidence)
    if contradictions:
        return Verdict(Kinship.DIFFERENT, " and ".join(contradictions))
    alike = "the same name" if card.name == other.name else "a similar name"
    phone = _shared(card.phones, other.phones)
    if phone is not None and similar_names(card.name, other.name):
        return Verdict(Kinship.SAME, f"the same phone number {phone} and {alike}")
    if not names_alike(card, other):
        return Verdict(Kinship.DIFFERENT, "different names")
    where = f" at {card.organization_shown.strip()}" if card.organization else ""
    if _disjoint(card.phones, other.phones):
        return Verdict(Kinship.DIFFERENT, "different phone numbers")
    return Verdict(Kinship.POSSIBLE, f"{alike}{where}, nothing else to tell")


class PairStatus(enum.StrEnum):
    OPEN = "open"  # listed for the user
    KEPT_APART = "kept_apart"  # the user said: two people; never listed again


@dataclass
class DuplicatePair:
    """Two stored contacts that may be one person (``contact_id`` < ``other_id``)."""

    contact_id: int
    other_id: int
    reason: str = ""
    status: PairStatus = PairStatus.OPEN
    found_at: datetime | None = None
    decided_at: datetime | None = None
    id: int | None = None
