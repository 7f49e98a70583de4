"""Edits are never lost: they save themselves when a field is left, when another person
or page is shown and when the window closes (real widgets, real SQLite, offscreen)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext, open_app
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QLineEdit, QPlainTextEdit, Qt
from netzwerk_app.gui.views.contact_page import ContactPage
from netzwerk_app.gui.widgets.autosave import NOTHING
from netzwerk_app.gui.widgets.encounter_editor import EncounterEditor
from netzwerk_app.infra.clock import FixedClock
from netzwerk_app.infra.paths import AppPaths
from tests.conftest import SATURDAY_MORNING

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

TYPED = {
    "offering": "Steuerberatung für Handwerksbetriebe",
    "customers": "Bäckereien und Metzgereien im Landkreis",
    "cooperation_idea": "Gegenseitige Empfehlungen an Gründer",
    "notes": "Hat zwei Kinder, spielt Tennis im TC Grün-Weiß.",
}
URL = "https://www.linkedin.com/in/anna-schmidt"


@pytest.fixture
def two_people(ctx: AppContext) -> tuple[int, int]:
    """Anna, met at a breakfast (so her page has encounter fields), and Bernd."""
    anna = ctx.contacts.create(m.Contact(given_name="Anna", family_name="Schmidt"))
    bernd = ctx.contacts.create(m.Contact(given_name="Bernd", family_name="Weiß"))
    event = ctx.events.create_event(
        "BNI Frühstück", SATURDAY_MORNING, SATURDAY_MORNING + timedelta(hours=2), "BNI Isar"
    )
    assert anna.id and bernd.id and event.id
    ctx.events.record_encounter(event.id, anna.id)
    return anna.id, bernd.id


@contextmanager
def reopened(paths: AppPaths) -> Iterator[AppContext]:
    """The app started anew on the same data folder (what was saved is all there is)."""
    again = open_app(paths, clock=FixedClock(SATURDAY_MORNING))
    try:
        yield again
    finally:
        again.close()


def select(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    """Show the contacts, click the person in the list and wait for their card."""
    window.sidebar.setCurrentRow(window.PAGE_CONTACTS)
    view = window.contacts_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=20000)
    row = next(r for r in range(view.model.rowCount()) if view.model.contact_id(r) == contact_id)
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = view.page
    qtbot.waitUntil(
        lambda: page.details is not None and page.details.contact.id == contact_id, timeout=20000
    )


def type_into(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        widget.insert(text)  # like typing (textEdited), umlauts included
        widget.textEdited.emit(widget.text())
    else:
        widget.selectAll()
        widget.insertPlainText(text)


def shown_page(window: MainWindow) -> tuple[ContactPage, EncounterEditor]:
    """The contact page shown and its one encounter's editor."""
    page = window.contacts_view.page
    (editor,) = page.encounter_editors
    return page, editor


def fill_anna(qtbot: QtBot, window: MainWindow) -> None:
    page, editor = shown_page(window)
    for name, text in TYPED.items():
        type_into(qtbot, editor.fields[name], text)
    page.urls.add_row()
    type_into(qtbot, page.urls.rows[-1][2], URL)


def assert_anna_stored(ctx: AppContext, anna: int) -> None:
    details = ctx.contacts.details(anna)
    ((encounter, _event),) = details.encounters
    for name, text in TYPED.items():
        assert getattr(encounter, name) == text
    assert [u.value for u in details.contact.urls] == [URL]


def test_typed_fields_survive_clicking_another_contact(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, two_people: tuple[int, int]
) -> None:
    anna, bernd = two_people
    select(qtbot, window, anna)
    fill_anna(qtbot, window)

    select(qtbot, window, bernd)  # no Save button pressed
    select(qtbot, window, anna)

    page, editor = shown_page(window)
    assert {name: editor.value(name) for name in TYPED} == TYPED
    assert [u.value for u in page.urls.values()] == [URL]
    window.tasks.wait()
    assert_anna_stored(ctx, anna)


def test_leaving_a_field_saves_it_without_navigation(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, two_people: tuple[int, int]
) -> None:
    anna, _bernd = two_people
    select(qtbot, window, anna)
    page, editor = shown_page(window)
    type_into(qtbot, editor.fields["offering"], TYPED["offering"])
    editor.fields["customers"].setFocus()  # Tab to the next field

    def stored() -> str:
        ((encounter, _event),) = ctx.contacts.details(anna).encounters
        return encounter.offering

    qtbot.waitUntil(lambda: page.status.text() == "Saved.", timeout=20000)
    assert stored() == TYPED["offering"]


def test_closing_the_window_saves_pending_edits(
    ctx: AppContext,
    app_paths: AppPaths,
    window: MainWindow,
    qtbot: QtBot,
    two_people: tuple[int, int],
) -> None:
    anna, _bernd = two_people
    select(qtbot, window, anna)
    fill_anna(qtbot, window)
    page = window.contacts_view.page
    assert page.autosave.pending()  # still typing: nothing saved yet

    window.close()

    with reopened(app_paths) as again:  # the app started anew
        assert_anna_stored(again, anna)


def test_a_failed_save_keeps_the_text_and_says_why(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, two_people: tuple[int, int]
) -> None:
    anna, _bernd = two_people
    select(qtbot, window, anna)
    page, editor = shown_page(window)
    ctx.privacy.forget(anna)  # erased meanwhile, e.g. from the command line

    type_into(qtbot, editor.fields["offering"], TYPED["offering"])
    editor.fields["customers"].setFocus()

    qtbot.waitUntil(lambda: bool(window.message_bar.text()), timeout=20000)
    assert window.message_bar.text() == f"There is no contact with the number {anna}."
    assert editor.value("offering") == TYPED["offering"]
    assert page.autosave.pending()


def test_my_card_edits_survive_another_page_and_a_restart(
    ctx: AppContext, app_paths: AppPaths, window: MainWindow, qtbot: QtBot
) -> None:
    window.sidebar.setCurrentRow(window.PAGE_MY_CARD)
    view = window.my_card_view
    qtbot.waitUntil(lambda: view.autosave.baseline is not NOTHING, timeout=20000)
    type_into(qtbot, view.edits["given_name"], "Martina")
    type_into(qtbot, view.one_line_pitch, "Texte für Handwerksbetriebe")
    view.elevator_pitch.setFocus()
    view.elevator_pitch.insertPlainText("Ich schreibe Websites, die Kunden bringen.")

    window.sidebar.setCurrentRow(window.PAGE_CONTACTS)  # away, no Save pressed
    window.sidebar.setCurrentRow(window.PAGE_MY_CARD)  # and back: the page reloads
    qtbot.waitUntil(lambda: view.edits["given_name"].text() == "Martina", timeout=20000)
    window.tasks.wait()
    qtbot.waitUntil(lambda: not view.autosave.pending(), timeout=20000)
    assert view.one_line_pitch.text() == "Texte für Handwerksbetriebe"

    type_into(qtbot, view.edits["title"], "Texterin")  # still typing when the window closes
    window.close()
    with reopened(app_paths) as again:
        card = again.my_card.get()
        assert (card.given_name, card.title) == ("Martina", "Texterin")
        assert card.one_line_pitch == "Texte für Handwerksbetriebe"
        assert card.elevator_pitch == "Ich schreibe Websites, die Kunden bringen."


def test_a_person_typed_into_the_roster_is_kept_when_another_event_is_opened(
    ctx: AppContext, app_paths: AppPaths, window: MainWindow, qtbot: QtBot
) -> None:
    start = SATURDAY_MORNING
    breakfast = ctx.events.create_event("BNI Frühstück", start, start + timedelta(hours=2))
    meetup = ctx.events.create_event(
        "Webgrrls Stammtisch", start + timedelta(days=3), start + timedelta(days=3, hours=3)
    )
    assert breakfast.id and meetup.id
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)
    events = window.events_view
    qtbot.waitUntil(lambda: events.model.rowCount() == 2, timeout=20000)

    def open_event(event_id: int) -> None:
        row = next(
            r
            for r in range(events.model.rowCount())
            if events.model.data(events.model.index(r, 0), Qt.ItemDataRole.UserRole) == event_id
        )
        rect = events.table.visualRect(events.model.index(row, 0))
        qtbot.mouseClick(events.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: events.roster.event_id == event_id, timeout=20000)

    open_event(breakfast.id)
    type_into(qtbot, events.roster.name, "Özlem Kaya")
    type_into(qtbot, events.roster.pitch, "Webdesign für Praxen")
    open_event(meetup.id)  # no Return pressed, no Add clicked
    window.tasks.wait()
    ((encounter, person),) = ctx.events.event(breakfast.id).encounters
    assert person.display_name == "Özlem Kaya" and encounter.pitch == "Webdesign für Praxen"
    assert ctx.events.event(meetup.id).encounters == []

    type_into(qtbot, events.roster.name, "Jürgen Groß")  # typed, then the window closes
    window.close()
    with reopened(app_paths) as again:
        ((_encounter, person),) = again.events.event(meetup.id).encounters
        assert person.display_name == "Jürgen Groß"


def test_a_referral_typed_but_not_added_is_kept(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, two_people: tuple[int, int]
) -> None:
    anna, bernd = two_people
    select(qtbot, window, anna)
    section = window.contacts_view.page.relationship
    type_into(qtbot, section.ref_description, "Sucht eine Steuerberaterin in Pasing")
    select(qtbot, window, bernd)
    window.tasks.wait()
    (referral,) = ctx.contacts.details(anna).referrals
    assert referral.description == "Sucht eine Steuerberaterin in Pasing"
    assert ctx.contacts.details(bernd).referrals == []
    assert section.ref_description.text() == ""


def test_a_consistency_note_is_saved_when_another_contact_is_opened(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, two_people: tuple[int, int]
) -> None:
    anna, bernd = two_people
    select(qtbot, window, anna)
    panel = window.contacts_view.page.consistency
    panel.online_text.setFocus()
    panel.online_text.insertPlainText("Steuerberatung für Handwerk und Gastronomie")
    select(qtbot, window, bernd)
    window.tasks.wait()
    note = ctx.consistency.latest(anna)
    assert note is not None and note.online_text == "Steuerberatung für Handwerk und Gastronomie"
    assert ctx.consistency.latest(bernd) is None


def test_a_chosen_photo_is_saved_without_pressing_save(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, two_people: tuple[int, int]
) -> None:
    from netzwerk_app.gui.qt import QBuffer, QByteArray, QImage, QIODevice

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(0x2F5BD3)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    png = bytes(data.data())

    anna, _bernd = two_people
    select(qtbot, window, anna)
    window.contacts_view.page.set_photo(png)  # what "Choose photo …" does with the file

    qtbot.waitUntil(lambda: ctx.contacts.get(anna, with_photo=True).photo == png, timeout=20000)


def test_the_open_event_stays_open_when_the_events_page_is_shown_again(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    """Any reload of the event list (another page and back, a person added, two quick
    reloads) keeps the event page that is open instead of closing it."""
    start = SATURDAY_MORNING
    breakfast = ctx.events.create_event("BNI Frühstück", start, start + timedelta(hours=2))
    assert breakfast.id
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)
    events = window.events_view
    events.select_event(breakfast.id)
    qtbot.waitUntil(lambda: events.roster.event_id == breakfast.id, timeout=20000)

    window.sidebar.setCurrentRow(window.PAGE_CONTACTS)
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)  # the list reloads
    window.tasks.wait()
    qtbot.wait(100)  # the queued results

    window.tasks.wait()
    qtbot.waitUntil(lambda: events.details is not None, timeout=20000)
    assert events.roster.event_id == breakfast.id
    assert events.title.text() == "BNI Frühstück"


def test_a_chosen_photo_over_5_mb_is_refused_in_german_and_the_old_one_kept(
    ctx: AppContext,
    open_window: Callable[..., MainWindow],
    qtbot: QtBot,
    two_people: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from netzwerk_app.gui.qt import QFileDialog

    window = open_window("de")
    big = tmp_path / "Portrait.jpg"
    big.write_bytes(b"\xff\xd8" + bytes(5 * 1024 * 1024))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(big), ""))
    anna, _bernd = two_people
    select(qtbot, window, anna)
    page = window.contacts_view.page

    qtbot.mouseClick(page.photo_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.error.text() != "", timeout=20000)
    assert page.error.text() == "Das Bild ist größer als 5 MB; bitte wählen Sie ein kleineres."
    window.tasks.wait()
    assert ctx.contacts.get(anna, with_photo=True).photo is None
