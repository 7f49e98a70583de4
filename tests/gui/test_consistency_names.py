"""The consistency panel on the contact page leaves out the person's own name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.views.contact_page import ContactPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
BREAKFAST = datetime(2026, 11, 24, 6, 45, tzinfo=ZoneInfo("Europe/Berlin"))


def test_the_persons_name_is_not_counted_as_a_shared_term(
    ctx: AppContext, show_screen: Callable[[type[ContactPage]], ContactPage], qtbot: QtBot
) -> None:
    page = show_screen(ContactPage)
    kaethe = ctx.contacts.create(
        m.Contact(formatted_name="Käthe Schön", given_name="Käthe", family_name="Schön")
    )
    event = ctx.events.create_event("Frühstück", BREAKFAST, BREAKFAST, "BNI Isartal")
    ctx.events.record_encounter(
        event.id or 0, kaethe.id or 0, pitch="Käthe Schön: steuerliche Beratung für Ärzte"
    )
    page.load(kaethe.id or 0)
    qtbot.waitUntil(lambda: page.details is not None, timeout=20000)
    panel = page.consistency
    panel.online_text.insertPlainText("Schön, dass Sie da sind! Käthe berät bei Steuern.")
    qtbot.waitUntil(lambda: "steuerliche" in panel.hint_shared.text(), timeout=3000)
    shown = " ".join(
        w.text() for w in (panel.hint_shared, panel.hint_only_pitch, panel.hint_only_online)
    ).casefold()
    assert "schön" not in shown and "käthe" not in shown
