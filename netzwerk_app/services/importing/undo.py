"""Undoing an import merge: the contact as it was, the merged card as its own contact."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from netzwerk_app.domain import model as m
from netzwerk_app.domain.duplicates import PairStatus
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.services.contacts import prepare_new
from netzwerk_app.services.importing.merging import from_snapshot, restore
from netzwerk_app.services.importing.results import UndoResult
from netzwerk_app.storage.duplicate_queries import CHILD_TABLES, DuplicateQueries
from netzwerk_app.storage.repository import Repository


def undo_merge_in(repo: Repository, merge_id: int, now: datetime) -> UndoResult:
    """Put the contact back as it was before the merge and give the merged card
    back as a contact of its own (with the encounters the merge recorded).

    Runs inside the caller's write transaction.
    """
    record = repo.merge_record(merge_id)
    if record.undone_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Merge {number} was already undone."), number=merge_id
        )
    later = [
        r.id
        for r in repo.merges_of(record.contact_id)
        if r.id is not None and r.id > merge_id and r.undone_at is None
    ]
    if later:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Undo the later merge {number} into the same contact first."
            ),
            number=later[-1],
        )
    contact = repo.contact(record.contact_id, with_photo=True)
    if contact.updated_at is not None and contact.updated_at > record.created_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} was changed after the merge; undoing it would lose those changes.",
            ),
            name=contact.display_name,
        )
    incoming = json.loads(record.incoming_json)
    trashed = contact.deleted_at
    restore(contact, json.loads(record.before_json))
    contact.deleted_at = trashed  # the trash is not part of the merge
    split = from_snapshot(incoming["contact"])
    if split.uid == contact.uid:
        split.uid = ""  # two contacts never share a UID
    split.deleted_at = None
    former = incoming.get("former_id")  # a merge of two stored contacts: the old number
    if isinstance(former, int) and repo.session.get(m.Contact, former) is None:
        split.id = former
    repo.add(prepare_new(split, now))
    assert split.id is not None and contact.id is not None
    for encounter_id in incoming.get("encounter_ids", []):
        encounter = repo.session.get(m.Encounter, encounter_id)
        if encounter is not None and encounter.contact_id == contact.id:
            encounter.contact_id = split.id
    _give_back(repo, incoming, contact.id, split.id, now)
    record.undone_at = now
    repo.reindex([contact.id, split.id])
    return UndoResult(contact.id, contact.display_name, split.id, split.display_name)


def _give_back(
    repo: Repository, incoming: dict[str, Any], contact_id: int, split_id: int, now: datetime
) -> None:
    """What a merge of two stored contacts moved over goes back to the split contact,
    and an encounter it joined is as before; the two are remembered as kept apart."""
    if "former_id" not in incoming:
        return  # an import merge: only encounters, handled above
    queries = DuplicateQueries(repo.session)
    repo.flush()
    queries.move_children(
        {name: incoming.get(name, []) for name in CHILD_TABLES}, split_id, from_contact=contact_id
    )
    for joined in incoming.get("encounters_joined", []):
        mine = repo.session.get(m.Encounter, joined["encounter_id"])
        if mine is not None:
            for name, value in joined["before"].items():
                setattr(mine, name, value)
        other = dict(joined["other"])
        repo.add(
            m.Encounter(contact_id=split_id, created_at=mine.created_at if mine else None, **other)
        )
    queries.decide(contact_id, split_id, PairStatus.KEPT_APART, "merge undone", now)
