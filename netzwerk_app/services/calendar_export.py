"""Export the follow-up queue to an .ics file so the user's calendar reminds them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from netzwerk_app.infra.atomic import write_atomic
from netzwerk_app.interchange.ics import CalendarEntry, follow_up_calendar
from netzwerk_app.services.followup_data import QueueItem
from netzwerk_app.services.followups import FollowUpService

KIND_LABELS = {
    "de": {
        m.FollowUpKind.CONNECTION_REQUEST: "Kontaktanfrage",
        m.FollowUpKind.FOLLOW_INSTEAD: "Folgen statt vernetzen",
        m.FollowUpKind.WELCOME_AND_OFFER_HELP: "Begrüßen und Hilfe anbieten",
        m.FollowUpKind.BIRTHDAY_GREETING: "Geburtstagsgruß",
        m.FollowUpKind.COFFEE: "Auf einen Kaffee treffen",
        m.FollowUpKind.REVIEW_WEBSITE: "Website und Profile ansehen",
        m.FollowUpKind.ANSWER_REQUEST: "Auf Kontaktanfrage antworten",
    },
    "en": {
        m.FollowUpKind.CONNECTION_REQUEST: "Connection request",
        m.FollowUpKind.FOLLOW_INSTEAD: "Follow instead of connecting",
        m.FollowUpKind.WELCOME_AND_OFFER_HELP: "Welcome and offer help",
        m.FollowUpKind.BIRTHDAY_GREETING: "Birthday greeting",
        m.FollowUpKind.COFFEE: "Meet for coffee",
        m.FollowUpKind.REVIEW_WEBSITE: "Look at their website and profiles",
        m.FollowUpKind.ANSWER_REQUEST: "Answer a connection request",
    },
}


def calendar_entry(item: QueueItem, language: str) -> CalendarEntry:
    labels = KIND_LABELS.get(language, KIND_LABELS["en"])
    f = item.followup
    channel = {"linkedin": "LinkedIn", "xing": "XING", "email": "E-Mail", "phone": "☎"}[
        f.channel.value
    ]
    lines = [item.event_title, item.network]
    if item.draft.draft is not None:
        lines.append(item.draft.draft.body)
    if item.profile_url:
        lines.append(item.profile_url)
    return CalendarEntry(
        uid=f"followup-{f.id}@netzwerk",
        summary=f"{labels[f.kind]}: {item.contact_name} ({channel})",
        description="\n\n".join(x for x in lines if x),
        start=item.due,
    )


class CalendarExportService:
    def __init__(self, followups: FollowUpService) -> None:
        self.followups = followups

    def export(self, path: Path, now: datetime | None = None, include_all: bool = True) -> int:
        """Write the open follow-ups (due and upcoming) to ``path``; returns how many."""
        queue = self.followups.queue(now, include_all=include_all)
        if not queue.items:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There are no open follow-ups to put in a calendar.")
            )
        language = self.followups.settings.default_language
        entries = [calendar_entry(item, language) for item in queue.items]
        write_atomic(path, follow_up_calendar(entries, queue.at))
        return len(entries)
