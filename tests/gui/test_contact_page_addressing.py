"""The contact page's salutation, Sie/Du and language: chosen, saved, shown again."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from factories import make_contact
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.views.contact_page import ContactPage

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def page(show_screen: Callable[[type[ContactPage]], ContactPage]) -> ContactPage:
    return show_screen(ContactPage)


def open_contact(qtbot: QtBot, page: ContactPage, contact_id: int) -> None:
    page.load(contact_id)
    qtbot.waitUntil(
        lambda: page.details is not None and page.details.contact.id == contact_id, timeout=20000
    )


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
    assert [page.choices[f].currentData() for f in ("salutation", "address_form", "language")] == [
        "none",
        "",
        "",
    ]

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
    assert [page.choices[f].currentData() for f in ("salutation", "address_form", "language")] == [
        "frau",
        "sie",
        "en",
    ]
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
