"""The native speaker's review of the German catalogue, as the German window says it:
statuses are adjectives, counts have plural forms, one term per thing, no doubled words."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.qt import QCoreApplication
from netzwerk_app.gui.views.followup_labels import number_text, status_label
from netzwerk_app.gui.views.note_texts import source_note
from netzwerk_app.gui.widgets.value_list_editor import type_combo


@pytest.fixture
def german(ctx: AppContext) -> Iterator[None]:
    create_application(ctx.paths, "de")
    yield
    create_application(ctx.paths, "en")


def de(context: str, source: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, None, n)


@pytest.mark.parametrize(
    ("context", "source", "german_text"),
    [
        ("RelationshipSection", "Open", "Offen"),  # a referral's status, not "Öffnen"
        ("RelationshipState", "Following", "Gefolgt"),
        ("ImportDialog", "Duplicates", "Dubletten"),
        ("DuplicatesDialog", "Possible duplicates", "Mögliche Dubletten"),
        ("ConsistencyPanel", "Verdict:", "Ergebnis:"),
        ("ConsistencyPanel", "Mismatch", "Unstimmig"),
        ("MyCardView", "Elevator pitch", "Elevator-Pitch"),
        ("EventDialog", "Speaker", "Referent/in"),
        ("EventsView", "Speaker: {name}", "Referent/\u2060in: {name}"),  # no break at the /
        ("EventTableModel", "People met", "Personen"),
        ("SettingsDialog", "Sie (formal)", "Sie (formell)"),
        ("SettingsDialog", "Address people as", "Anredeform"),
        ("SettingsDialog", "System language", "Systemsprache"),
        ("SettingsDialog", "Phone region", "Land für Telefonnummern"),
        ("ValueTypes", "work", "Geschäftlich"),
        ("ValueTypes", "other", "Sonstige"),
        ("EncounterEditor", "Who their customers are", "Wer ihre Kunden sind"),
        ("ContactPage", "Saving …", "Wird gespeichert …"),
        ("MyCardView", "Loading …", "Wird geladen …"),
        ("WindowCommands", "Exporting …", "Wird exportiert …"),
        ("QrReadDialog", "Adding …", "Wird hinzugefügt …"),
        ("MainWindow", "&Export all contacts …", "Alle Kontakte e&xportieren …"),
        ("TodayView", "Add to my calendar …", "In meinen Kalender eintragen …"),
    ],
)
def test_the_reviewed_wording(german: None, context: str, source: str, german_text: str) -> None:
    assert de(context, source) == german_text


def test_counts_agree_with_their_noun(german: None) -> None:
    assert de("ImportDialog", "Added %n contact(s).", 1) == "1 Kontakt hinzugefügt."
    assert de("ImportDialog", "Added %n contact(s).", 3) == "3 Kontakte hinzugefügt."
    moved = "Moved %n people to the trash. Restore them from the trash."
    assert de("ContactsView", moved, 1) == (
        "1 Kontakt in den Papierkorb verschoben. Dort können Sie ihn wiederherstellen."
    )
    assert "Sie sie wiederherstellen" in de("ContactsView", moved, 2)


def test_no_german_text_calls_a_contact_a_person_where_the_ui_means_the_contact(
    german: None,
) -> None:
    assert (
        de("ContactPage", "No follow-ups for this person.")
        == "Keine Follow-ups für diesen Kontakt."
    )
    assert "Kontakt" in de("DuplicatePairModel", "Possibly the same as")
    erase = "Erase %n person(s) with all notes, encounters and follow-ups? This cannot be undone."
    assert de("TrashView", erase, 2).startswith("2 Kontakte mit allen Notizen")


def test_raw_vcard_types_are_shown_as_words(german: None, qtbot: object) -> None:
    assert type_combo(("work", "cell"), ("voice", "pref")).currentText() == "Telefon, bevorzugt"
    assert type_combo(("work",), ("linkedin",)).currentText() == "LinkedIn"
    assert type_combo(("work",), ("x-skype",)).currentText() == "X-skype"  # unknown: as it came


def test_statuses_numbers_and_source_notes_in_german(german: None) -> None:
    assert status_label(m.FollowUpStatus.PENDING) == "offen"
    assert number_text(1000) == "1.000"
    assert source_note("Met at “BNI Isartal” on 2026-11-29") == (
        "Getroffen bei „BNI Isartal“ am 29.11.2026"
    )
    assert source_note("Imported from karten.vcf on 2026-11-02") == (
        "Importiert aus karten.vcf am 02.11.2026"
    )
    assert source_note("my own words") == "my own words"


def test_english_counts_have_their_plural_forms_too(ctx: AppContext) -> None:
    create_application(ctx.paths, "en")
    assert de("ImportDialog", "Added %n contact(s).", 1) == "Added 1 contact."
    assert de("ImportDialog", "Added %n contact(s).", 2) == "Added 2 contacts."
    matching = "%n connection(s) matching no contact not added."
    assert de("ImportReport", matching, 3) == "3 connections match no contact and were not added."
