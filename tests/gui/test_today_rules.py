"""The Today page's rules, each as the user meets it: buttons that keep their places,
Tab out of the message box, later / done / skip said with an undo, optional skip
reasons, a pasted profile, the search for someone without one, a request without a
note, twelve items at 1920 × 1080, and the shortcuts named in tooltips and Help."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from browser_double import Browser

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QApplication, QPoint, Qt, QTimer
from netzwerk_app.services.contacts import new_contact

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
CTRL_ALT = CTRL | Qt.KeyboardModifier.AltModifier
REQUEST = m.FollowUpKind.CONNECTION_REQUEST


def people(ctx: AppContext, extra: int = 0) -> dict[str, int]:
    """Met at Friday's breakfast: LinkedIn, e-mail only, name and pitch only, XING."""
    friday = ctx.clock.now() - timedelta(days=1)  # the suite's Saturday 10:00
    start = friday.replace(hour=6, minute=45)
    event = ctx.events.create_event(
        "Unternehmerfrühstück", start, start + timedelta(hours=2), "BNI Isartal"
    )
    assert event.id
    ids = {}
    rows = [
        ("Anna Schmidt", ["https://www.linkedin.com/in/anna"], []),
        ("Jörg Weiß", [], ["joerg@weiss.de"]),
        ("Käthe Schön", [], []),
        ("Bernd Maier", ["https://www.xing.com/profile/B_Maier"], []),
    ]
    rows += [(f"Person {n:02d}", [f"https://www.linkedin.com/in/p{n}"], []) for n in range(extra)]
    for name, urls, emails in rows:
        contact = ctx.contacts.create(new_contact(name, urls=urls, emails=emails))
        assert contact.id
        ctx.events.record_encounter(event.id, contact.id, pitch=f"{name} über Steuern")
        ids[name] = contact.id
    ctx.clock.set(ctx.clock.now() + timedelta(days=2, hours=-1, minutes=-29))  # Mon 08:31
    return ids


def today_at(open_window: Any, qtbot: Any, size: tuple[int, int] = (1920, 1080)) -> Any:
    window: MainWindow = open_window(size=size)
    window.activateWindow()
    qtbot.waitExposed(window)
    window.sidebar.setCurrentRow(window.PAGE_TODAY)
    today = window.today_view
    today.refresh()
    qtbot.waitUntil(lambda: len(today.items) >= 4 and today.queue_list.hasFocus(), timeout=30000)
    return today


def press(
    qtbot: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def go_to(qtbot: Any, today: Any, name: str, kind: m.FollowUpKind = REQUEST) -> Any:
    """Down the queue with the arrow keys to ``name``'s item of ``kind``."""
    target = next(
        n for n, i in enumerate(today.items) if i.contact_name == name and i.followup.kind is kind
    )
    today.queue_list.setFocus()
    for _ in range(len(today.items)):
        if today.queue_list.currentRow() == target:
            break
        press(qtbot, Qt.Key.Key_Down if today.queue_list.currentRow() < target else Qt.Key.Key_Up)
    assert today.current.contact_name == name
    return today.current


def test_buttons_keep_their_places_and_what_does_not_apply_is_disabled(
    ctx: AppContext, open_window: Any, qtbot: Any
) -> None:
    people(ctx)
    today = today_at(open_window, qtbot)
    buttons = [
        today.copy_button,
        today.profile_button,
        today.mail_button,
        today.skip_button,
        today.snooze_button,
        today.done_button,
        today.save_profile_button,
        today.xing_search_button,
    ]
    places = None
    seen: dict[str, dict[str, bool]] = {}
    for name, kind in (
        ("Anna Schmidt", REQUEST),
        ("Jörg Weiß", REQUEST),
        ("Käthe Schön", REQUEST),
        ("Bernd Maier", REQUEST),
        ("Anna Schmidt", m.FollowUpKind.REVIEW_WEBSITE),
    ):
        go_to(qtbot, today, name, kind)
        now = [(b.isVisible(), b.mapTo(today, QPoint(0, 0)), b.size()) for b in buttons]
        assert all(visible for visible, _, _ in now)
        places = places or now
        assert now == places, name  # nothing moved
        seen[f"{name} {kind.value}"] = {
            "profile": today.profile_button.isEnabled(),
            "mail": today.mail_button.isEnabled(),
            "paste": today.profile_field.isEnabled(),
            "xing": today.xing_search_button.isEnabled(),
            "copy": today.copy_button.isEnabled(),
        }
    assert seen["Anna Schmidt connection_request"] == {
        "profile": True,
        "mail": False,
        "paste": False,
        "xing": False,
        "copy": True,
    }
    assert seen["Jörg Weiß connection_request"] == {
        "profile": True,
        "mail": True,
        "paste": True,
        "xing": True,
        "copy": True,
    }
    # Name and pitch only: the people searches and the field for the profile found.
    assert seen["Käthe Schön connection_request"] == {
        "profile": True,
        "mail": False,
        "paste": True,
        "xing": True,
        "copy": True,
    }
    assert seen["Anna Schmidt review_website"]["copy"] is False  # nothing to send


def test_the_search_opens_the_network_and_a_pasted_profile_makes_it_a_request(
    ctx: AppContext, open_window: Any, qtbot: Any, browser: Browser
) -> None:
    ids = people(ctx)
    ctx.settings.confirmed_link_hosts = "www.linkedin.com,www.xing.com"
    today = today_at(open_window, qtbot)
    item = go_to(qtbot, today, "Käthe Schön")
    assert item.profile_url is None and "profile to find" in today.what.text()
    assert today.profile_button.text() == "Search on LinkedIn"
    press(qtbot, Qt.Key.Key_O, CTRL_SHIFT)
    qtbot.waitUntil(lambda: len(browser.opened) == 1, timeout=5000)
    assert browser.opened[0].startswith("https://www.linkedin.com/search/results/people/")
    press(qtbot, Qt.Key.Key_X, CTRL_SHIFT)
    qtbot.waitUntil(lambda: len(browser.opened) == 2, timeout=5000)
    assert browser.opened[1].startswith("https://www.xing.com/search/members?keywords=")

    QApplication.clipboard().setText("https://www.linkedin.com/in/kaethe-schoen")  # copied there
    press(qtbot, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: (
            today.current is not None
            and today.current.contact_name == "Käthe Schön"
            and today.current.profile_url == "https://www.linkedin.com/in/kaethe-schoen"
        ),
        timeout=20000,
    )
    assert today.profile_button.text() == "Open profile"
    assert not today.profile_field.isEnabled()
    assert today.status.label.text() == "Profile saved."
    urls = [u.value for u in ctx.contacts.get(ids["Käthe Schön"]).urls]
    assert urls == ["https://www.linkedin.com/in/kaethe-schoen"]


def test_tab_leaves_the_message_box_and_keeps_the_text(
    ctx: AppContext, open_window: Any, qtbot: Any
) -> None:
    people(ctx)
    today = today_at(open_window, qtbot)
    go_to(qtbot, today, "Anna Schmidt")
    text = today.body.toPlainText()
    press(qtbot, Qt.Key.Key_Tab)  # list -> ... until the message box
    for _ in range(20):
        if today.body.hasFocus():
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert today.body.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert not today.body.hasFocus() and today.body.toPlainText() == text


def test_later_done_and_skip_say_what_happened_and_undo_takes_it_back(
    ctx: AppContext, open_window: Any, qtbot: Any
) -> None:
    ids = people(ctx)
    today = today_at(open_window, qtbot)
    requests = sum(i.followup.kind is REQUEST for i in today.items)

    def left() -> int:
        return sum(i.followup.kind is REQUEST for i in today.items)

    go_to(qtbot, today, "Anna Schmidt")
    press(qtbot, Qt.Key.Key_L, CTRL_SHIFT)  # later: tomorrow morning
    qtbot.waitUntil(lambda: left() == requests - 1, timeout=20000)
    assert today.status.label.text() == "Later: Anna Schmidt comes back tomorrow morning."
    assert today.status.undo_button.isEnabled()
    press(qtbot, Qt.Key.Key_Z, CTRL_ALT)  # undo
    qtbot.waitUntil(lambda: left() == requests, timeout=20000)
    assert today.status.label.text() == "Undone: it is back in the queue."

    go_to(qtbot, today, "Anna Schmidt")
    press(qtbot, Qt.Key.Key_Return, CTRL)  # done
    qtbot.waitUntil(lambda: left() == requests - 1, timeout=20000)
    assert today.status.label.text() == "Done: Anna Schmidt."
    assert ctx.contacts.get(ids["Anna Schmidt"]).linkedin_state is m.RelationshipState.SENT
    press(qtbot, Qt.Key.Key_Z, CTRL_ALT)
    qtbot.waitUntil(lambda: left() == requests, timeout=20000)
    assert ctx.contacts.get(ids["Anna Schmidt"]).linkedin_state is m.RelationshipState.NONE

    # Skip: Enter takes "No reason" - the reason is optional.
    go_to(qtbot, today, "Jörg Weiß")

    def enter_on_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, enter_on_dialog)
            return
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    QTimer.singleShot(20, enter_on_dialog)
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: left() == requests - 1, timeout=20000)
    assert today.status.label.text() == "Skipped: Jörg Weiß."
    (skipped,) = [f for f in ctx.contacts.details(ids["Jörg Weiß"]).followups if f.kind is REQUEST]
    assert skipped.status is m.FollowUpStatus.SKIPPED and skipped.skip_reason == ""


def test_a_request_without_a_note_says_so(ctx: AppContext, open_window: Any, qtbot: Any) -> None:
    people(ctx)  # Bernd is on XING; the user is a Basic member
    today = today_at(open_window, qtbot)
    go_to(qtbot, today, "Bernd Maier")
    assert "Connect without a note" in today.queue_list.currentItem().text()
    assert today.count.text().startswith("Connect without a note now; this text is the thank-you")
    assert "Vernetzen" in today.body.toPlainText()


def test_twelve_items_show_at_1920_by_1080_and_the_keys_are_named(
    ctx: AppContext, open_window: Any, qtbot: Any
) -> None:
    people(ctx, extra=16)
    today = today_at(open_window, qtbot)
    qtbot.waitUntil(lambda: len(today.items) >= 20, timeout=20000)
    rows = today.queue_list.viewport().height() // today.queue_list.sizeHintForRow(0)
    assert rows >= 12, rows
    assert today.done_button.toolTip() == "Done (Ctrl+Return)"
    assert today.copy_button.toolTip() == "Copy text (Ctrl+Shift+C)"
    assert today.skip_button.toolTip() == "Skip (Ctrl+Shift+S)"
    window = today.window()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert "&Keyboard shortcuts" in [a.text() for a in help_menu.actions()]
