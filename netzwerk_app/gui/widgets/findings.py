"""What the message linter found (sales words, links, shouting), underlined in the text."""

from __future__ import annotations

from collections.abc import Sequence

from netzwerk_app.domain.lint import Finding
from netzwerk_app.gui.qt import QColor, QPlainTextEdit, QTextCharFormat, QTextCursor, QTextEdit


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
