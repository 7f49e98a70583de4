"""Undoing an import merge: the contact as it was, the merged card as its own contact."""

from __future__ import annotations

import json
from datetime import datetime

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.services.contacts import prepare_new
from netzwerk_app.services.import_results import UndoResult
from netzwerk_app.services.merging import from_snapshot, restore
from netzwerk_app.storage.repository import Repository


def undo_merge_in(repo: Repository, merge_id: int, now: datetime) -> UndoResult:
    """Put the contact back as it was before the merge and give the merged card
    back as a contact of its own (with the encounters the merge recorded).

    Runs inside the caller's write transaction.
    """
    record = repo.merge_record(merge_id)
    if record.undone_at is not None:
        raise ValidationError(f"Merge {merge_id} was already undone.")
    later = [
        r.id
        for r in repo.merges_of(record.contact_id)
        if r.id is not None and r.id > merge_id and r.undone_at is None
    ]
    if later:
        raise ValidationError(f"Undo the later merge {later[-1]} into the same contact first.")
    contact = repo.contact(record.contact_id, with_photo=True)
    if contact.updated_at is not None and contact.updated_at > record.created_at:
        raise ValidationError(
            f"{contact.display_name} was changed after the merge; undoing it would "
            "lose those changes."
        )
    incoming = json.loads(record.incoming_json)
    trashed = contact.deleted_at
    restore(contact, json.loads(record.before_json))
    contact.deleted_at = trashed  # the trash is not part of the merge
    split = from_snapshot(incoming["contact"])
    if split.uid == contact.uid:
        split.uid = ""  # two contacts never share a UID
    split.deleted_at = None
    repo.add(prepare_new(split, now))
    assert split.id is not None and contact.id is not None
    for encounter_id in incoming.get("encounter_ids", []):
        encounter = repo.session.get(m.Encounter, encounter_id)
        if encounter is not None and encounter.contact_id == contact.id:
            encounter.contact_id = split.id
    record.undone_at = now
    repo.reindex([contact.id, split.id])
    return UndoResult(contact.id, contact.display_name, split.id, split.display_name)
