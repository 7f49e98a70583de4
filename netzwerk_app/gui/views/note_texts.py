"""Notes the services write in plain English (where a contact came from), shown in the
user's language with the date as the window shows dates (29.11.2026)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from netzwerk_app.gui.qt import QApplication

_ISO = r"(?P<date>\d{4}-\d{2}-\d{2})"


def _patterns() -> list[tuple[str, str]]:
    translate = QApplication.translate
    return [
        (r"Met at “(?P<title>.*)” on " + _ISO, translate("Notes", "Met at “{title}” on {date}")),
        (
            r"Imported from (?P<file>.+) on " + _ISO,
            translate("Notes", "Imported from {file} on {date}"),
        ),
        (
            r"Read from a QR code \((?P<source>.*)\) on " + _ISO,
            translate("Notes", "Read from a QR code ({source}) on {date}"),
        ),
        (
            r"From the LinkedIn export (?P<file>.+) on " + _ISO,
            translate("Notes", "From the LinkedIn export {file} on {date}"),
        ),
        (
            r"Connection request on (?P<platform>\w+) on " + _ISO + "; not met in person",
            translate("Notes", "Connection request on {platform} on {date}; not met in person"),
        ),
    ]


def shown_date(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d.%m.%Y")


def source_note(note: str, names: Callable[[str], str] = lambda platform: platform) -> str:
    """A stored source note in the user's language; a note the user wrote stays as it is."""
    for pattern, template in _patterns():
        match = re.fullmatch(pattern, note, re.S)
        if match:
            parts = match.groupdict()
            parts["date"] = shown_date(parts["date"])
            if "platform" in parts:
                parts["platform"] = {"linkedin": "LinkedIn", "xing": "XING"}.get(
                    parts["platform"], parts["platform"]
                )
            return template.format(**parts)
    return note


class SourceNote:
    """The note of one contact: ``show`` gives its text in the user's language; ``stored``
    gives back what to save - the stored note itself unless the user changed the text."""

    def __init__(self) -> None:
        self._shown, self._stored = "", ""

    def show(self, stored: str) -> str:
        self._shown, self._stored = source_note(stored), stored
        return self._shown

    def stored(self, text: str) -> str:
        return self._stored if text == self._shown.strip() else text
