"""Roster capture: a known person keeps the rhythm of a new one; salutation and Sie/Du."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.qt import Qt
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.roster_capture import RosterCapture
from netzwerk_app.storage.repository import Repository

BERLIN = ZoneInfo("Europe/Berlin")
WEBGRRLS_EVENING = datetime(2026, 11, 26, 19, 0, tzinfo=BERLIN)


@pytest.fixture
def roster(ctx: AppContext, qtbot: QtBot, tasks: TaskRunner) -> RosterCapture:
    event = ctx.events.create_event(
        "Stammtisch", WEBGRRLS_EVENING, WEBGRRLS_EVENING, "Webgrrls München"
    )
    with ctx.db.write() as session:  # the user set "Du" for this network
        network = Repository(session).network_by_name("Webgrrls München")
        assert network is not None
        network.default_address_form = m.AddressForm.DU
    widget = RosterCapture(ctx.events, ctx.contacts, tasks)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    assert event.id is not None
    widget.set_event(event.id, [], m.AddressForm.DU)
    widget.name.setFocus()
    return widget


def test_a_known_person_is_picked_with_enter_like_a_new_one_is_typed(
    ctx: AppContext, roster: RosterCapture, qtbot: QtBot
) -> None:
    known = ctx.contacts.create(m.Contact(formatted_name="Katharina Kohler", organization="KIT"))
    roster.set_event(roster.event_id, [], m.AddressForm.DU)  # suggestions load on opening
    qtbot.waitUntil(lambda: "Katharina Kohler – KIT" in roster._known, timeout=20000)
    qtbot.keyClicks(roster.name, "kath")
    qtbot.keyClick(roster.name, Qt.Key.Key_Down)  # highlight; the cursor stays in the name
    assert roster.name.hasFocus()
    qtbot.keyClick(roster.name, Qt.Key.Key_Return)  # Enter picks ...
    assert roster.pitch.hasFocus()  # ... and goes to the pitch, as for a new person
    assert roster.name.text() == "Katharina Kohler – KIT"
    qtbot.keyClicks(roster.pitch, "IT for practices")
    qtbot.keyClick(roster.pitch, Qt.Key.Key_Return)  # Enter adds
    assert roster.name.hasFocus()
    qtbot.waitUntil(lambda: roster.model.rowCount() == 1, timeout=20000)
    assert roster.model.rows[0][1].id == known.id
    assert ctx.contacts.count() == 1

    # Enter without a highlighted suggestion keeps the typed name: a new person.
    qtbot.keyClicks(roster.name, "Katharina")
    assert roster.matches.isVisibleTo(roster)
    qtbot.keyClick(roster.name, Qt.Key.Key_Return)
    assert roster.pitch.hasFocus() and roster.name.text() == "Katharina"
    qtbot.keyClick(roster.pitch, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: roster.model.rowCount() == 2, timeout=20000)
    assert ctx.contacts.count() == 2


def test_salutation_and_form_are_set_in_the_row_defaulting_to_the_network(
    ctx: AppContext, roster: RosterCapture, qtbot: QtBot
) -> None:
    assert roster.address_form.currentData() == m.AddressForm.DU  # the network's default
    qtbot.keyClicks(roster.name, "Lena Berg")
    roster.salutation.setCurrentIndex(roster.salutation.findData(m.Salutation.FRAU))
    qtbot.keyClick(roster.salutation, Qt.Key.Key_Return)  # Enter adds from the row
    qtbot.waitUntil(lambda: roster.model.rowCount() == 1, timeout=20000)
    lena = ctx.contacts.get(roster.model.rows[0][1].id or 0)
    assert lena.salutation is m.Salutation.FRAU and lena.address_form is m.AddressForm.DU
    # The row starts over for the next person.
    assert roster.salutation.currentData() == m.Salutation.NONE
    assert roster.address_form.currentData() == m.AddressForm.DU

    qtbot.keyClicks(roster.name, "Peter Kurz")
    roster.salutation.setCurrentIndex(roster.salutation.findData(m.Salutation.HERR))
    roster.address_form.setCurrentIndex(roster.address_form.findData(m.AddressForm.SIE))
    qtbot.mouseClick(roster.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: roster.model.rowCount() == 2, timeout=20000)
    peter = ctx.contacts.get(roster.model.rows[1][1].id or 0)
    assert peter.salutation is m.Salutation.HERR and peter.address_form is m.AddressForm.SIE
