"""Consistency notes: does a contact's (or the user's) pitch match their online presence?

``contact_id`` None stands for the user (My card) throughout, like in the table.
"""

from __future__ import annotations

from collections.abc import Callable

from netzwerk_app.domain import model as m
from netzwerk_app.domain.consistency import SOURCES, ConsistencyHint, consistency_hint
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.infra.clock import local_today
from netzwerk_app.services.dated import DatedService
from netzwerk_app.storage.repository import Repository


def said_texts(encounters: list[m.Encounter]) -> list[str]:
    """What someone said at events: pitches first, then what they offer."""
    pitches = [e.pitch for e in encounters if e.pitch.strip()]
    offerings = [e.offering for e in encounters if e.offering.strip()]
    return pitches + offerings


class ConsistencyService(DatedService):
    def latest(self, contact_id: int | None) -> m.ConsistencyNote | None:
        """The most recently written note for a contact, or for the user (None)."""
        with self.db.read() as session:
            repo = Repository(session)
            if contact_id is not None:
                repo.contact(contact_id)
            notes = repo.consistency_notes_of(contact_id)
        return notes[-1] if notes else None

    def notes(self, contact_id: int | None) -> list[m.ConsistencyNote]:
        """All notes, oldest first (the history of checks)."""
        with self.db.read() as session:
            return Repository(session).consistency_notes_of(contact_id)

    def save(self, note: m.ConsistencyNote) -> m.ConsistencyNote:
        """Store a new note, or update the one with ``note.id``.

        A verdict other than "unchecked" gets today's date when none is given.
        """
        unknown = [s for s in note.sources_checked if s not in SOURCES]
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown source checked: {sources}."),
                sources=", ".join(unknown),
            )
        note.verdict = m.Verdict(note.verdict)
        note.sources_checked = [s for s in SOURCES if s in note.sources_checked]
        if note.verdict is not m.Verdict.UNCHECKED and note.checked_on is None:
            note.checked_on = local_today(self.clock, self.zone)
        with self.db.write() as session:
            repo = Repository(session)
            if note.contact_id is not None:
                repo.contact(note.contact_id)
            if note.id is None:
                return repo.add(note)
            existing = repo.get(m.ConsistencyNote, note.id, "consistency note")
            if existing.contact_id != note.contact_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "This consistency note belongs to someone else.")
                )
            return session.merge(note)

    def said(self, contact_id: int | None) -> list[str]:
        """The pitches to compare: from encounters, or the user's own pitches."""

        def theirs(repo: Repository, contact_id: int) -> list[str]:
            repo.contact(contact_id)
            return said_texts([enc for enc, _event in repo.encounters_of(contact_id)])

        return self._texts(
            contact_id,
            lambda card: [t for t in (card.elevator_pitch, card.one_line_pitch) if t.strip()],
            theirs,
        )

    def names(self, contact_id: int | None) -> list[str]:
        """The person's own names (or the user's), which the hint leaves out."""

        def theirs(repo: Repository, contact_id: int) -> list[str]:
            c = repo.contact(contact_id)
            return [c.formatted_name, c.given_name, c.family_name, c.nickname, c.additional_names]

        return self._texts(
            contact_id,
            lambda card: [card.formatted_name, card.given_name, card.family_name],
            theirs,
        )

    def _texts(
        self,
        contact_id: int | None,
        mine: Callable[[m.MyCard], list[str]],
        theirs: Callable[[Repository, int], list[str]],
    ) -> list[str]:
        """``mine`` of the user's card (none yet: nothing), or ``theirs`` of a contact."""
        with self.db.read() as session:
            repo = Repository(session)
            if contact_id is None:
                card = repo.my_card()
                return [] if card is None else mine(card)
            return theirs(repo, contact_id)

    def hint(self, contact_id: int | None, online_text: str | None = None) -> ConsistencyHint:
        """The computed hint; without ``online_text`` the latest note's text is used."""
        if online_text is None:
            note = self.latest(contact_id)
            online_text = note.online_text if note else ""
        return consistency_hint(self.said(contact_id), online_text, self.names(contact_id))
