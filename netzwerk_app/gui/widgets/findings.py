"""What the message linter found (sales words, links, shouting), underlined in the text,
and said in the user's language."""

from __future__ import annotations

from collections.abc import Sequence

from netzwerk_app.domain.drafts import Draft
from netzwerk_app.domain.lint import LINT, Finding
from netzwerk_app.gui.qt import (
    QColor,
    QCoreApplication,
    QPlainTextEdit,
    QTextCharFormat,
    QTextCursor,
    QTextEdit,
)


def finding_text(finding: Finding) -> str:
    """The finding's sentence in the user's language, with its values filled in."""
    template = QCoreApplication.translate(LINT, finding.template)
    try:
        return template.format(**dict(finding.params))
    except (KeyError, IndexError, ValueError):  # a broken translation: the English one
        return finding.message


def finding_texts(draft: Draft | None, findings: Sequence[Finding]) -> list[str]:
    """Why the draft cannot be sent yet, then the linter's warnings, translated."""
    blocked = draft.problem_notes() if draft is not None else []
    return [finding_text(f) for f in (*blocked, *findings)]


def underline_findings(editor: QPlainTextEdit, findings: Sequence[Finding]) -> None:
    """A wavy red underline under each finding; none when there are none."""
    marks = []
    length = len(editor.toPlainText())
    for finding in findings:
        if finding.end <= finding.start:
            continue
        selection = QTextEdit.ExtraSelection()
        selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        selection.format.setUnderlineColor(QColor("#b3261e"))
        cursor = QTextCursor(editor.document())
        cursor.setPosition(min(finding.start, length))
        cursor.setPosition(min(finding.end, length), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        marks.append(selection)
    editor.setExtraSelections(marks)
