"""Marking a draft ready is refused in the user's language: the German GUI says why in
German (issue 12: "The message is empty." leaked into the German UI); the CLI keeps
the English sentence."""

from __future__ import annotations

import pytest
from breakfast_scene import WEDNESDAY_MORNING, met_at_tuesday_breakfast

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.main import create_application
from netzwerk_app.infra.clock import FixedClock
from netzwerk_app.services.contacts import new_contact


def refusals(ctx: AppContext, clock: FixedClock) -> list[ValidationError]:
    met_at_tuesday_breakfast(
        ctx,
        clock,
        new_contact("Anna Schmidt", urls=["https://www.linkedin.com/in/anna-schmidt"]),
        "Steuerberatung",
    )
    (item,) = [
        i
        for i in ctx.followups.queue(WEDNESDAY_MORNING).items
        if i.followup.kind is m.FollowUpKind.CONNECTION_REQUEST
    ]
    found = []
    for body in ("   ", "Hallo {first_name}, " + "schön war es. " * 20):
        with pytest.raises(ValidationError) as refused:
            ctx.followups.mark_ready(item.followup.id or 0, body, now=WEDNESDAY_MORNING)
        found.append(refused.value)
    return found


def test_the_refusal_is_german_in_the_german_gui(ctx: AppContext, clock: FixedClock) -> None:
    empty, long_with_hole = refusals(ctx, clock)
    assert str(empty) == "The message is empty."  # the CLI's sentence
    create_application(ctx.paths, "de")
    assert error_text(empty) == "Die Nachricht ist leer."
    german = error_text(long_with_hole)
    assert "Zeichen; 200 passen." in german and "{first_name}" in german
    assert "message" not in german and "Fill in" not in german
    create_application(ctx.paths, "en")
    assert error_text(long_with_hole) == str(long_with_hole)
