"""Dates the contact card's widgets fill in come from the app's clock, on the user's wall
clock; a one-to-one at a time the clocks skip is refused with a sentence."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.qt import QDate, QDateTime, QTime, QTimeZone
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.widgets.consistency_panel import ConsistencyPanel
from netzwerk_app.gui.widgets.relationship_section import RelationshipSection


def test_a_verdict_chosen_in_the_panel_is_dated_on_the_clocks_day(
    ctx: AppContext, qtbot: QtBot, tasks: TaskRunner, moment: datetime
) -> None:
    create_application(ctx.paths, "en")
    panel = ConsistencyPanel(ctx.consistency, tasks)
    qtbot.addWidget(panel)
    contact = ctx.contacts.create(m.Contact(formatted_name="Anna Schmidt"))
    panel.show_for(contact.id, ["Websites für Handwerker"], None, {})
    panel.verdict.setCurrentIndex(panel.verdict.findData(m.Verdict.MISMATCH.value))
    assert panel.current_note().checked_on == moment.date()


def test_referral_and_one_to_one_forms_start_at_the_clocks_day(
    ctx: AppContext, qtbot: QtBot, tasks: TaskRunner, moment: datetime
) -> None:
    create_application(ctx.paths, "en")
    section = RelationshipSection(ctx.relationship, tasks)
    qtbot.addWidget(section)
    assert section.ref_date.date().toString("yyyy-MM-dd") == moment.date().isoformat()
    shown = section.meet_when.dateTime().toString("yyyy-MM-dd HH:mm")
    assert shown == moment.strftime("%Y-%m-%d %H:00")


def test_a_one_to_one_at_a_time_the_clocks_skip_is_refused(
    ctx: AppContext, qtbot: QtBot, tasks: TaskRunner
) -> None:
    create_application(ctx.paths, "en")
    section = RelationshipSection(ctx.relationship, tasks)
    qtbot.addWidget(section)
    contact = ctx.contacts.create(m.Contact(formatted_name="Anna Schmidt"))
    section.show_for(contact.id, [], [])
    section.meet_when.setDateTime(QDateTime(QDate(2026, 3, 29), QTime(2, 30), QTimeZone.utc()))
    section.add_one_to_one()
    tasks.wait()
    assert section.status.text() == (
        "2026-03-29 02:30 does not exist in Europe/Berlin (clocks go forward); choose another time."
    )
    assert ctx.relationship.one_to_ones(contact.id or 0) == []
    section.meet_when.setDateTime(QDateTime(QDate(2026, 3, 29), QTime(10, 0), QTimeZone.utc()))
    section.add_one_to_one()
    qtbot.waitUntil(lambda: len(ctx.relationship.one_to_ones(contact.id or 0)) == 1, timeout=20000)
    (meeting,) = ctx.relationship.one_to_ones(contact.id or 0)
    assert meeting.scheduled_at.isoformat().startswith("2026-03-29T08:00")  # 10:00 summer time
