"""What a contact is found by, and how a typed query becomes a full-text query."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from netzwerk_app.domain.model import Contact, Encounter
from netzwerk_app.domain.text import fold, words


@dataclass(frozen=True)
class SearchDocument:
    """The folded text of one contact, one field per index column."""

    contact_id: int
    name: str
    organization: str
    contact_points: str
    notes: str
    pitches: str


def search_document(contact: Contact, encounters: Iterable[Encounter]) -> SearchDocument:
    assert contact.id is not None
    name_parts = [contact.display_name, contact.given_name, contact.family_name]
    name_parts += [contact.nickname, contact.additional_names]
    points = [e.value for e in contact.emails]
    # Phones twice: as written and as bare digits, so "089 123" and "089123" both hit.
    for phone in contact.phones:
        points += [phone.value, "".join(ch for ch in phone.value if ch.isdigit())]
    points += [u.value for u in contact.urls]
    pitch_parts: list[str] = []
    note_parts = [contact.note, " ".join(contact.tags)]
    for enc in encounters:
        pitch_parts += [enc.pitch, enc.offering, enc.customers, enc.cooperation_idea]
        note_parts.append(enc.notes)
    return SearchDocument(
        contact_id=contact.id,
        name=fold(" ".join(name_parts)),
        organization=fold(f"{contact.organization} {contact.department} {contact.title}"),
        contact_points=fold(" ".join(points)),
        notes=fold(" ".join(note_parts)),
        pitches=fold(" ".join(pitch_parts)),
    )


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression: every typed word must match as a prefix."""
    terms = words(text)
    if not terms:
        return None
    # Words are \w+ only, so quoting cannot be broken out of.
    return " ".join(f'"{term}"*' for term in terms)


def matches_all_words(query: str, *texts: str) -> bool:
    """Every typed word is the start of a word in one of ``texts`` (folded, like FTS)."""
    wanted = words(query)
    if not wanted:
        return False
    have = words(" ".join(texts))
    return all(any(h.startswith(w) for h in have) for w in wanted)
