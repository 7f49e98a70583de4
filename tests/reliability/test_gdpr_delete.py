"""Check 12: after "Delete permanently" in the trash, the person's name, e-mail and
phone are nowhere in the database file, its WAL, or the search index; and the
confirmation says that backups keep them until they rotate out.

tests/unit/services/test_privacy.py checks the name after ``forget``; this goes
through the trash view as a user would, and adds the e-mail and the phone number
in every form the app stores (as typed, normalised, folded for search).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.infra.clock import FixedClock
from netzwerk_app.services.demo import load_demo

NAME = "Zacharias Quettelbrink-Ühlenfeld"
EMAIL = "z.quettelbrink@kanzlei-uehlenfeld.example"
PHONE = "+49 171 9876543"
NEEDLES = [
    "Quettelbrink",
    "quettelbrink",
    "QUETTELBRINK",
    "Ühlenfeld",
    "uhlenfeld",
    "uehlenfeld",
    "Zacharias",
    "zacharias",
    EMAIL,
    "kanzlei-uehlenfeld",
    PHONE,
    "+491719876543",
    "1719876543",
    "9876543",
]


def _person(ctx: AppContext) -> int:
    contact = ctx.contacts.create(
        m.Contact(
            formatted_name=NAME,
            given_name="Zacharias",
            family_name="Quettelbrink-Ühlenfeld",
            organization="Kanzlei Ühlenfeld",
            note=f"Ruft an unter {PHONE}",
            emails=[m.Email(EMAIL)],
            phones=[m.Phone(PHONE)],
        )
    )
    start = ctx.clock.now() - timedelta(days=1)
    event = ctx.events.create_event("Frühstück", start, start + timedelta(hours=2), "BNI Isartal")
    ctx.events.record_encounter(
        event.id or 0, contact.id or 0, pitch=f"Zacharias Quettelbrink, {EMAIL}", notes=PHONE
    )
    # Edits leave old versions of the pages in the WAL and in freed pages.
    for i in range(3):
        contact = ctx.contacts.get(contact.id or 0)
        contact.note += f" ({i}) Quettelbrink"
        ctx.contacts.update(contact)
    return contact.id or 0


def _stored_bytes(database: Path) -> bytes:
    data = database.read_bytes()
    for extra in ("-wal", "-journal"):
        journal = Path(f"{database}{extra}")
        if journal.exists():
            data += journal.read_bytes()
    return data


def _leftovers(data: bytes) -> list[str]:
    return [
        needle
        for needle in NEEDLES
        for codec in ("utf-8", "utf-16-le")
        if needle.encode(codec) in data
    ]


def test_delete_permanently_from_the_trash_leaves_no_trace(
    ctx: AppContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netzwerk_app.gui.main import create_application
    from netzwerk_app.gui.qt import QMessageBox
    from netzwerk_app.gui.tasks import TaskRunner
    from netzwerk_app.gui.views.trash_view import TrashView

    load_demo(ctx.db, ctx.clock.now())
    person = _person(ctx)
    assert len(_leftovers(_stored_bytes(ctx.paths.database))) > 5  # the scan does see them
    assert ctx.contacts.search("Quettelbrink")
    ctx.contacts.trash([person])

    create_application(ctx.paths, "en")
    tasks = TaskRunner()
    view = TrashView(ctx.contacts, ctx.privacy, tasks)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    qtbot.waitUntil(lambda: view.table.model().rowCount() == 1, timeout=20000)
    view.table.selectRow(0)
    asked: list[str] = []

    def answer_yes(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    view.erase_button.click()
    qtbot.waitUntil(lambda: view.table.model().rowCount() == 0, timeout=10000)
    tasks.wait()

    assert "Backups made before now still contain them" in asked[0]
    # While the app is still open (its connections alive) ...
    assert _leftovers(_stored_bytes(ctx.paths.database)) == []
    assert ctx.contacts.search("Quettelbrink") == []
    with closing(sqlite3.connect(ctx.paths.database)) as conn:
        rows = conn.execute(
            "SELECT count(*) FROM contact_search WHERE contact_search MATCH 'quettelbrink'"
        ).fetchone()
        assert rows == (0,)
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 60
    # ... and after it closed.
    ctx.close()
    assert _leftovers(_stored_bytes(ctx.paths.database)) == []


def test_the_30_day_purge_scrubs_as_well(ctx: AppContext, clock: FixedClock) -> None:
    person = _person(ctx)
    ctx.contacts.trash([person])
    clock.advance(timedelta(days=30, minutes=1))
    assert ctx.privacy.purge_trash() == 1
    assert _leftovers(_stored_bytes(ctx.paths.database)) == []
