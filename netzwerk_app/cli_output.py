"""How the CLI prints things: plain tables for people, JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.domain.wallclock import aware_local

if TYPE_CHECKING:
    from netzwerk_app.domain.model import Contact


def contact_json(contact: Contact) -> dict[str, Any]:
    return {
        "id": contact.id,
        "formatted_name": contact.display_name,
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "organization": contact.organization,
        "title": contact.title,
        "emails": [e.value for e in contact.emails],
        "phones": [p.value for p in contact.phones],
        "urls": [u.value for u in contact.urls],
        "tags": list(contact.tags),
        "source": contact.source.value,
        "linkedin_state": contact.linkedin_state.value,
        "xing_state": contact.xing_state.value,
    }


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def table(rows: Sequence[Sequence[object]]) -> None:
    if not rows:
        return
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [str(c).ljust(w) for c, w in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())


def parse_when(text: str, zone: tzinfo) -> datetime:
    """ISO date/time; without a zone it is wall-clock time in ``zone`` (the user's)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(f"'{text}' is not a date and time like 2026-11-24T06:45.") from exc
    return aware_local(value, zone)


def event_json(ev: Any, network: str) -> dict[str, Any]:
    return {
        "id": ev.id,
        "title": ev.title,
        "network": network,
        "start": ev.start.isoformat(),
        "end": ev.end.isoformat(),
        "place": ev.place,
        "speaker": ev.speaker,
        "topic": ev.topic,
    }


def print_hits(hits: Sequence[Any], as_json: bool) -> None:
    if as_json:
        print_json(
            [
                {
                    "id": h.id,
                    "formatted_name": h.formatted_name,
                    "organization": h.organization,
                    "emails": h.emails,
                    "phones": h.phones,
                    "urls": h.urls,
                }
                for h in hits
            ]
        )
        return
    if not hits:
        print("No contact found.")
        return
    table([(h.id, h.formatted_name, h.organization, ", ".join(h.emails[:1])) for h in hits])
