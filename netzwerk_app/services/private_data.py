"""What the user knows about a person, as the JSON of ``X-NETZWERK-DATA``.

Only a full export (``include_private``) carries it: the encounters with their
events, the consistency notes and the follow-ups. Our own import reads it back;
reading is total — an item it cannot use is left out, never an error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from netzwerk_app.domain import model as m


def event_item(ev: m.Event, networks: dict[int, str]) -> dict[str, Any]:
    """The event as our import finds (or creates) it again: by title and start."""
    return {
        "event_title": ev.title,
        "event_start": ev.start.isoformat(),
        "event_end": ev.end.isoformat(),
        "network": networks.get(ev.network_id or 0, ""),
        "place": ev.place,
        "speaker": ev.speaker,
        "topic": ev.topic,
        "event_kind": ev.kind,
    }


def encounter_texts(enc: m.Encounter) -> dict[str, Any]:
    """What was said and noted at one meeting (the JSON of ``show`` and of the export)."""
    return {
        "pitch": enc.pitch,
        "offering": enc.offering,
        "customers": enc.customers,
        "cooperation_idea": enc.cooperation_idea,
        "talked_business": enc.talked_business,
        "notes": enc.notes,
    }


def private_data(
    pairs: Sequence[tuple[m.Encounter, m.Event]],
    notes: Sequence[m.ConsistencyNote],
    followups: Sequence[m.FollowUp],
    events: dict[int, m.Event],
    networks: dict[int, str],
) -> dict[str, Any]:
    """The ``X-NETZWERK-DATA`` of one contact; empty parts are left out."""
    data: dict[str, Any] = {}
    if pairs:
        data["encounters"] = [
            {**event_item(ev, networks), **encounter_texts(enc)} for enc, ev in pairs
        ]
    if notes:
        data["consistency_notes"] = [
            {
                "verdict": n.verdict.value,
                "sources_checked": list(n.sources_checked),
                "online_text": n.online_text,
                "details": n.details,
                "checked_on": n.checked_on.isoformat() if n.checked_on else None,
            }
            for n in notes
        ]
    if followups:
        data["followups"] = [_followup_item(f, events, networks) for f in followups]
    return data


def _followup_item(
    f: m.FollowUp, events: dict[int, m.Event], networks: dict[int, str]
) -> dict[str, Any]:
    ev = events.get(f.event_id) if f.event_id is not None else None
    return {
        **(event_item(ev, networks) if ev is not None else {}),
        "kind": f.kind.value,
        "channel": f.channel.value,
        "due_at": f.due_at.isoformat(),
        "status": f.status.value,
        "drafted_message": f.drafted_message,
        "snoozed_until": f.snoozed_until.isoformat() if f.snoozed_until else None,
        "done_at": f.done_at.isoformat() if f.done_at else None,
        "skip_reason": f.skip_reason,
        "created_at": f.created_at.isoformat() if f.created_at else None,
    }


def _items(data: Any, key: str) -> list[dict[str, Any]]:
    items = data.get(key) if isinstance(data, dict) else None
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []


def _aware(text: Any) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(str(text))
    if value.tzinfo is None:
        raise ValueError("a time without zone")
    return value


def consistency_notes_from(data: Any, contact_id: int) -> list[m.ConsistencyNote]:
    notes = []
    for item in _items(data, "consistency_notes"):
        try:
            checked = item.get("checked_on")
            notes.append(
                m.ConsistencyNote(
                    contact_id=contact_id,
                    verdict=m.Verdict(item.get("verdict", "unchecked")),
                    sources_checked=[str(s) for s in item.get("sources_checked") or []],
                    online_text=str(item.get("online_text") or ""),
                    details=str(item.get("details") or ""),
                    checked_on=date.fromisoformat(str(checked)) if checked else None,
                )
            )
        except (ValueError, TypeError):
            continue
    return notes


def followups_from(
    data: Any, contact_id: int, event_for: Callable[[dict[str, Any]], int | None]
) -> list[m.FollowUp]:
    """The follow-ups carried in ``data``; ``event_for`` finds or makes their event."""
    made = []
    for item in _items(data, "followups"):
        try:
            due = _aware(item.get("due_at"))
            if due is None:
                continue
            made.append(
                m.FollowUp(
                    contact_id=contact_id,
                    kind=m.FollowUpKind(str(item.get("kind"))),
                    channel=m.Channel(str(item.get("channel"))),
                    due_at=due,
                    status=m.FollowUpStatus(item.get("status", "pending")),
                    event_id=event_for(item) if item.get("event_title") else None,
                    drafted_message=str(item.get("drafted_message") or ""),
                    snoozed_until=_aware(item.get("snoozed_until")),
                    done_at=_aware(item.get("done_at")),
                    skip_reason=str(item.get("skip_reason") or ""),
                    created_at=_aware(item.get("created_at")),
                )
            )
        except (ValueError, TypeError):
            continue
    return made


def private_records(
    data: Any, contact_id: int, event_for: Callable[[dict[str, Any]], int | None]
) -> list[m.ConsistencyNote | m.FollowUp]:
    """The consistency notes and follow-ups of ``data`` for a newly imported contact."""
    if not data:
        return []
    return [
        *consistency_notes_from(data, contact_id),
        *followups_from(data, contact_id, event_for),
    ]
