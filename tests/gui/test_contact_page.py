"""The contact page driven like a user would: real widgets, real database, offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from factories import make_contact
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.qt import Qt
from netzwerk_app.gui.views.contact_page import ContactPage
from netzwerk_app.gui.widgets.safe_links import check_url
from netzwerk_app.services.demo import load_demo

# The offscreen platform warns when a top-level window's size hints change; in the
# app the page is never a top-level window, only here in the tests.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

HOSTILE = '<b>x</b><img src=x><a href="file:///etc/passwd">y</a>'


@pytest.fixture
def page(show_screen: Callable[[type[ContactPage]], ContactPage]) -> ContactPage:
    return show_screen(ContactPage)


def open_contact(qtbot: QtBot, page: ContactPage, contact_id: int) -> None:
    page.load(contact_id)
    qtbot.waitUntil(
        lambda: page.details is not None and page.details.contact.id == contact_id, timeout=20000
    )


def met_contact(ctx: AppContext) -> int:
    """A demo contact who was met at an event."""
    for summary in ctx.contacts.summaries():
        assert summary.contact.id is not None
        if ctx.contacts.details(summary.contact.id).encounters:
            return summary.contact.id
    raise AssertionError("demo data without encounters")


def test_edit_encounter_phone_and_birthday_then_reload(
    ctx: AppContext, page: ContactPage, qtbot: QtBot
) -> None:
    load_demo(ctx.db, ctx.clock.now())
    contact_id = met_contact(ctx)
    open_contact(qtbot, page, contact_id)
    assert page.stack.currentWidget() is page.scroller

    editor = page.encounter_editors[0]
    for name, text in (
        ("offering", "Hochzeitsfotografie"),
        ("customers", "Brautpaare im Allgaeu"),
        ("cooperation_idea", "Gemeinsames Paket mit meiner Location"),
    ):
        field = editor.fields[name]
        field.clear()  # type: ignore[union-attr]
        qtbot.keyClicks(field, text)
    phones_before = len(page.phones.rows)
    qtbot.mouseClick(page.phones.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.phones.rows[-1][2], "+49 171 5550123")
    page.birthday.set_values(29, 2, None)
    signals = []
    page.contact_saved.connect(signals.append)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    # Leaving the fields saved some edits already; wait until the last is stored.
    qtbot.waitUntil(lambda: contact_id in signals and not page.autosave.pending(), timeout=20000)
    page.tasks.wait()
    assert not page.error.isVisible()

    details = ctx.contacts.details(contact_id)
    encounter = details.encounters[0][0]
    assert encounter.offering == "Hochzeitsfotografie"
    assert encounter.customers == "Brautpaare im Allgaeu"
    assert encounter.cooperation_idea == "Gemeinsames Paket mit meiner Location"
    assert details.contact.phones[-1].value == "+49 171 5550123"
    assert len(details.contact.phones) == phones_before + 1
    assert details.contact.birthday == m.Birthday(2, 29)

    page.clear()
    open_contact(qtbot, page, contact_id)
    assert page.encounter_editors[0].value("customers") == "Brautpaare im Allgaeu"
    assert page.birthday.birthday() == m.Birthday(2, 29)
    assert page.phones.values()[-1].value == "+49 171 5550123"


def test_a_birthday_that_does_not_exist_is_explained(
    ctx: AppContext, page: ContactPage, qtbot: QtBot
) -> None:
    contact = make_contact(ctx, "Eva Ohnejahr")
    open_contact(qtbot, page, contact.id)
    page.birthday.set_values(31, 2, 2001)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisible()
    assert "31.2" in page.error.text()
    assert ctx.contacts.get(contact.id).birthday is None


def test_write_a_consistency_note_and_see_the_hint(
    ctx: AppContext, page: ContactPage, qtbot: QtBot
) -> None:
    contact = make_contact(ctx, "Nina Brandt")
    start = datetime(2026, 3, 3, 7, tzinfo=UTC)
    event = ctx.events.create_event("Frühstück", start, start)
    assert event.id is not None
    ctx.events.record_encounter(event.id, contact.id, pitch="Business-Coaching für Gründerinnen")
    open_contact(qtbot, page, contact.id)
    panel = page.consistency
    assert "Business-Coaching für Gründerinnen" in panel.said_label.text()

    # QTest types ASCII only; pasting is what users do here anyway.
    panel.online_text.insertPlainText("Seminare für Konzerne und Coaching")
    qtbot.waitUntil(lambda: "coaching" in panel.hint_shared.text(), timeout=3000)
    assert "gründerinnen" in panel.hint_only_pitch.text()
    assert "konzerne" in panel.hint_only_online.text()
    panel.source_boxes["website"].setChecked(True)
    panel.verdict.setCurrentIndex(panel.verdict.findData(m.Verdict.MISMATCH.value))
    panel.details.setPlainText("Website sells seminars to corporations.")
    saved: list[m.ConsistencyNote] = []
    panel.note_saved.connect(saved.append)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=20000)

    note = ctx.consistency.latest(contact.id)
    assert note is not None and note.verdict is m.Verdict.MISMATCH
    assert note.sources_checked == ["website"]
    assert note.online_text == "Seminare für Konzerne und Coaching"
    page.clear()
    open_contact(qtbot, page, contact.id)
    assert page.consistency.details.toPlainText() == "Website sells seminars to corporations."


def test_hostile_text_is_shown_literally(ctx: AppContext, page: ContactPage, qtbot: QtBot) -> None:
    contact = ctx.contacts.create(
        m.Contact(formatted_name=HOSTILE, organization=HOSTILE, urls=[m.Url("file:///etc/passwd")])
    )
    assert contact.id is not None
    open_contact(qtbot, page, contact.id)
    assert page.heading.text() == HOSTILE
    assert page.heading.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in page.subheading.text()
    assert page.subheading.textFormat() == Qt.TextFormat.PlainText
    assert page.edits["formatted_name"].text() == HOSTILE
    # The consistency panel's website button is there, but the opener refuses file: links.
    assert not check_url(page.urls.values()[0].value).ok


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "https://linkedin.com@evil.example",
        "https://linkedin.com:pw@evil.example/in/x",
        "https://www.linkedin.com/in/x\n",
        "https://www.linkedin.com/in/x ",
        "https://exa\u202emple.com",
        "\\\\host\\share",
        "C:\\x",
        "smb://host/share",
        "ms-msdt:/id PCWDiagnostic",
        "ms-msdt:/id",
        "data:text/html,<b>x</b>",
        "mailto:a@b.de?attach=/etc/passwd",
        "tel:+49 89",
        "https://localhost/",
        "http:/evil.example",
        "",
    ],
)
def test_safe_links_refuse(url: str) -> None:
    assert not check_url(url).ok


@pytest.mark.parametrize(
    ("url", "target"),
    [
        ("https://www.linkedin.com/in/anna", "www.linkedin.com"),
        ("http://xing.com/profile/A_B", "xing.com"),
        ("www.firma.de", "www.firma.de"),
        ("mailto:anna@firma.de", "anna@firma.de"),
        ("tel:+49-89-123456", "+49-89-123456"),
        ("https://münchen.de/", "münchen.de (xn--mnchen-3ya.de)"),
    ],
)
def test_safe_links_allow_and_show_the_host(url: str, target: str) -> None:
    checked = check_url(url)
    assert checked.ok and checked.target == target


# --- salutation, Sie/Du and language: chosen, saved, shown again ---------------------


def shown_choices(page: ContactPage) -> list[str]:
    return [page.choices[f].currentData() for f in ("salutation", "address_form", "language")]


def choose(page: ContactPage, field: str, value: str) -> None:
    combo = page.choices[field]
    combo.setCurrentIndex(combo.findData(value))


def test_choosing_salutation_form_and_language_is_saved_and_shown_again(
    ctx: AppContext, page: ContactPage, qtbot: QtBot
) -> None:
    kaethe = make_contact(ctx, "Käthe Schön")
    lena = make_contact(ctx, "Lena Vogel", address_form=m.AddressForm.DU)
    assert kaethe.id is not None and lena.id is not None
    open_contact(qtbot, page, kaethe.id)
    # a new person: no salutation, the network's default form, the default language
    assert shown_choices(page) == ["none", "", ""]

    choose(page, "salutation", "frau")
    choose(page, "address_form", "sie")
    choose(page, "language", "en")
    saved: list[int] = []
    page.contact_saved.connect(saved.append)
    page.save()
    qtbot.waitUntil(lambda: kaethe.id in saved and not page.autosave.pending(), timeout=20000)
    page.tasks.wait()

    stored = ctx.contacts.get(kaethe.id)
    assert (stored.salutation, stored.address_form, stored.language) == (
        m.Salutation.FRAU,
        m.AddressForm.SIE,
        m.Language.EN,
    )
    open_contact(qtbot, page, lena.id)  # another person shows their own choices
    assert page.choices["address_form"].currentData() == "du"
    assert page.choices["salutation"].currentData() == "none"
    open_contact(qtbot, page, kaethe.id)
    assert shown_choices(page) == ["frau", "sie", "en"]
    # back to the network's default: stored as "not set"
    choose(page, "address_form", "")
    page.save()
    qtbot.waitUntil(lambda: not page.autosave.pending(), timeout=20000)
    page.tasks.wait()
    assert ctx.contacts.get(kaethe.id).address_form is None


@pytest.fixture
def german(ctx: AppContext) -> Iterator[None]:
    create_application(ctx.paths, "de")
    yield
    create_application(ctx.paths, "en")  # the other tests expect English


def test_the_combos_speak_german(
    german: None, ctx: AppContext, page: ContactPage, qtbot: QtBot
) -> None:
    person = make_contact(ctx, "Käthe Schön")
    assert person.id is not None
    open_contact(qtbot, page, person.id)
    texts = {
        f: [combo.itemText(i) for i in range(combo.count())] for f, combo in page.choices.items()
    }
    assert texts == {
        "salutation": ["Frau", "Herr", "keine"],
        "address_form": ["Standard des Netzwerks", "Sie", "Du"],
        "language": ["Standard", "Deutsch", "Englisch"],
    }
