"""The user's own card (a single row): name, reach, profile URLs and pitches."""

from __future__ import annotations

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository

_NOT_WEB = {
    "website": QT_TRANSLATE_NOOP(
        "Errors", "The website address must start with https:// or http://."
    ),
    "LinkedIn": QT_TRANSLATE_NOOP(
        "Errors", "The LinkedIn address must start with https:// or http://."
    ),
    "XING": QT_TRANSLATE_NOOP("Errors", "The XING address must start with https:// or http://."),
}


def _check_web_url(label: str, url: str) -> str:
    url = url.strip()
    if url and not url.lower().startswith(("http://", "https://")):
        raise ValidationError(_NOT_WEB[label])
    return url


class MyCardService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> m.MyCard:
        """The stored card, or an empty unsaved one before the first save."""
        with self.db.read() as session:
            return Repository(session).my_card() or m.MyCard()

    def save(self, card: m.MyCard) -> m.MyCard:
        """Store the card; there is only ever one row."""
        card.website = _check_web_url("website", card.website)
        card.linkedin_url = _check_web_url("LinkedIn", card.linkedin_url)
        card.xing_url = _check_web_url("XING", card.xing_url)
        card.phones = [p for p in card.phones if p.value.strip()]
        card.emails = [e for e in card.emails if e.value.strip()]
        if not card.formatted_name.strip():
            card.formatted_name = " ".join(
                p for p in (card.given_name.strip(), card.family_name.strip()) if p
            )
        with self.db.write() as session:
            repo = Repository(session)
            stored = repo.my_card()
            if stored is not None:
                card.id = stored.id
                return session.merge(card)
            card.id = None
            return repo.add(card)
