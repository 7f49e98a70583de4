"""The linter's findings and a draft's blockers in the user's language (issue 12:
"Nothing concrete…" was English in the German UI)."""

from __future__ import annotations

from datetime import date

from netzwerk_app.app import AppContext
from netzwerk_app.domain import drafts as d
from netzwerk_app.domain import model as m
from netzwerk_app.domain.lint import lint
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.widgets.findings import finding_texts
from netzwerk_app.services.templates import shipped_templates


def a_long_note() -> d.Draft:
    context = d.DraftContext(
        m.Language.DE,
        m.AddressForm.SIE,
        first_name="Anna",
        full_name="Anna Schmidt",
        event="Unternehmerfrühstück",
        met_on=date(2026, 11, 24),
        today=date(2026, 11, 25),
    )
    draft = d.write_draft(
        list(shipped_templates()),
        m.FollowUpKind.CONNECTION_REQUEST,
        m.Channel.LINKEDIN,
        context,
        d.ChannelLimits(),
    )
    assert draft is not None
    return draft.with_text(draft.body + " Unser ANGEBOT!!" + " Wirklich." * 20)


def test_findings_and_blockers_are_german_in_the_german_ui(ctx: AppContext) -> None:
    draft = a_long_note()
    findings = lint(draft.body, draft.kind, ["Unternehmerfrühstück"], untouched_without_hook=True)
    create_application(ctx.paths, "de")
    texts = finding_texts(draft, findings)
    assert texts[0] == f"Die Nachricht hat {draft.length} Zeichen; 200 passen."
    assert "„ANGEBOT“ klingt nach Verkaufen; eine erste Nachricht sollte nichts verkaufen." in texts
    assert "Ein Ausrufezeichen genügt." in texts
    assert any(t.startswith("Noch nichts Konkretes aus Ihrem Gespräch") for t in texts)
    assert not any("message" in t or "Nothing" in t for t in texts)
    create_application(ctx.paths, "en")
    english = finding_texts(draft, findings)
    assert english[0] == f"The message has {draft.length} characters; 200 fit."
    assert english == [p for p in draft.problems()] + [f.message for f in findings]
