"""Message templates: the shipped file, and the user's edited versions in the database.

The shipped texts live in ``resources/templates/messages.json``; a user's edit is
stored in the ``templates`` table (``builtin`` false) and wins over the shipped
text with the same kind, language, address form, channel and variant.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from netzwerk_app.domain import model as m
from netzwerk_app.domain.drafts import PLACEHOLDERS, unfilled
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.infra.resources import resource_path
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.followup_queries import FollowUpQueries
from netzwerk_app.storage.repository import Repository

SHIPPED_FILE = ("templates", "messages.json")


def _template(entry: dict[str, Any]) -> m.Template:
    channel = entry.get("channel")
    return m.Template(
        kind=m.FollowUpKind(entry["kind"]),
        language=m.Language(entry["language"]),
        address_form=m.AddressForm(entry["form"]),
        body=str(entry["body"]),
        channel=m.Channel(channel) if channel else None,
        subject=str(entry.get("subject", "")),
        name=str(entry.get("name", "")),
        builtin=True,
    )


@lru_cache(maxsize=1)
def shipped_templates() -> tuple[m.Template, ...]:
    """The templates that come with the app (read once per process)."""
    raw = json.loads(resource_path(*SHIPPED_FILE).read_text(encoding="utf-8"))
    return tuple(_template(entry) for entry in raw["templates"])


def _same_slot(a: m.Template, b: m.Template) -> bool:
    return (a.kind, a.language, a.address_form, a.channel, a.name) == (
        b.kind,
        b.language,
        b.address_form,
        b.channel,
        b.name,
    )


class TemplateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[m.Template]:
        """Shipped and user templates; ``pick_template`` prefers the user's."""
        with self.db.read() as session:
            own = FollowUpQueries(session).user_templates()
        return [*shipped_templates(), *own]

    def effective(self) -> list[m.Template]:
        """One template per slot, the user's where edited (what the editor shows)."""
        own = [t for t in self.all() if not t.builtin]
        result = [t for t in shipped_templates() if not any(_same_slot(t, o) for o in own)]
        return result + own

    def save(self, template: m.Template) -> m.Template:
        """Store the user's version of a template (replacing an earlier edit of the slot)."""
        unknown = [p for p in unfilled(template.body + template.subject) if p not in PLACEHOLDERS]
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown placeholder: {placeholders}."),
                placeholders=", ".join("{" + p + "}" for p in unknown),
            )
        if not template.body.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A template needs a text."))
        with self.db.write() as session:
            repo = Repository(session)
            for old in FollowUpQueries(session).user_templates():
                if _same_slot(old, template):
                    repo.delete(old)
            stored = m.Template(
                kind=template.kind,
                language=template.language,
                address_form=template.address_form,
                body=template.body,
                channel=template.channel,
                subject=template.subject,
                name=template.name,
                builtin=False,
            )
            return repo.add(stored)

    def reset(self, template: m.Template) -> None:
        """Back to the shipped text for this slot."""
        with self.db.write() as session:
            repo = Repository(session)
            for old in FollowUpQueries(session).user_templates():
                if _same_slot(old, template):
                    repo.delete(old)
