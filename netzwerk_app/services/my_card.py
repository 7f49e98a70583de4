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

    def update(
        self,
        name: str | None = None,
        organization: str | None = None,
        title: str | None = None,
        pitch: str | None = None,
        email: str | None = None,
        linkedin_url: str | None = None,
        xing_url: str | None = None,
    ) -> m.MyCard:
        """Change the given fields of the card (None: left as it is) and store it.

        A name is split at its last word into first and family name ("Martina
        Schreiber"); an e-mail address replaces the first one on the card.
        """
        card = self.get()
        if name is not None:
            words = name.split()
            if not words:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Your name cannot be empty."))
            card.formatted_name = " ".join(words)
            card.given_name = " ".join(words[:-1]) if len(words) > 1 else words[0]
            card.family_name = words[-1] if len(words) > 1 else ""
        if organization is not None:
            card.organization = organization.strip()
        if title is not None:
            card.title = title.strip()
        if pitch is not None:
            card.one_line_pitch = " ".join(pitch.split())
        if email is not None:
            value = email.strip()
            if value and ("@" not in value or " " in value):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "“{email}” is not an e-mail address."),
                    email=value,
                )
            rest = card.emails[1:]
            card.emails = [m.Email(value), *rest] if value else rest
        if linkedin_url is not None:
            card.linkedin_url = linkedin_url
        if xing_url is not None:
            card.xing_url = xing_url
        return self.save(card)

    def has_name(self) -> bool:
        """Whether the user has told the app their name (drafts are signed with it)."""
        card = self.get()
        return bool((card.formatted_name or card.given_name or card.family_name).strip())
