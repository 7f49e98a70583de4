"""The import report's per-card sentences in the user's language.

The import services write their warnings and refusals as plain English sentences (the
CLI prints them as they are). The dialog recognises each known sentence here and shows
its translation; a sentence not known yet is shown as it came.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from netzwerk_app.gui.qt import QCoreApplication

Translate = Callable[..., str]

_WHERE_LINE = re.compile(
    r"(?P<file>.+?), line (?P<line>\d+)(?: \((?P<name>.*)\))?: (?P<text>.+)", re.S
)
_WHERE_FILE = re.compile(r"(?P<file>[^:\n]+): (?P<text>.+)", re.S)


def _sentences(translate: Translate) -> list[tuple[str, Callable[[dict[str, str]], str]]]:
    """(English pattern, its translation from the named parts) for every known sentence."""

    def fixed(text: str) -> Callable[[dict[str, str]], str]:
        return lambda _parts: text

    def counted(text: str) -> Callable[[dict[str, str]], str]:
        return lambda parts: translate("ImportReport", text, None, int(parts["n"])).format(**parts)

    def filled(text: str) -> Callable[[dict[str, str]], str]:
        return lambda parts: text.format(**parts)

    return [
        (
            r"It contained another card inside it \(BEGIN:VCARD within a card\); "
            r"that card was read separately\.",
            fixed(
                translate(
                    "ImportReport",
                    "It contained another card inside it (BEGIN:VCARD within a card); "
                    "that card was read separately.",
                )
            ),
        ),
        (
            r"Unknown character set “(?P<charset>.*)”; text was read as UTF-8 or Windows-1252\.",
            filled(
                translate(
                    "ImportReport",
                    "Unknown character set “{charset}”; text was read as UTF-8 or Windows-1252.",
                )
            ),
        ),
        (
            r"Its text encoding was guessed as (?P<encoding>.+); please check its names\.",
            filled(
                translate(
                    "ImportReport",
                    "Its text encoding was guessed as {encoding}; please check its names.",
                )
            ),
        ),
        (
            r"Its web address “(?P<value>.*)” is not a valid link; it was kept as text\.",
            filled(
                translate(
                    "ImportReport",
                    "Its web address “{value}” is not a valid link; it was kept as text.",
                )
            ),
        ),
        (
            r"Its photo is larger than (?P<size>\d+) MB and was left out\.",
            filled(
                translate("ImportReport", "Its photo is larger than {size} MB and was left out.")
            ),
        ),
        (
            r"Its photo is damaged \(invalid base64 data\) and was left out\.",
            fixed(
                translate(
                    "ImportReport", "Its photo is damaged (invalid base64 data) and was left out."
                )
            ),
        ),
        (
            r"The card has no name\.",
            fixed(translate("ImportReport", "The card has no name.")),
        ),
        (r"The card is empty\.", fixed(translate("ImportReport", "The card is empty."))),
        (
            r"The card has no name, organisation, e-mail or phone\.",
            fixed(
                translate("ImportReport", "The card has no name, organisation, e-mail or phone.")
            ),
        ),
        (
            r"Its (?P<property>[A-Z0-9-]+) entry is larger than 10 MB\.",
            filled(translate("ImportReport", "Its {property} entry is larger than 10 MB.")),
        ),
        (
            r"The XING card has no profile URL; its XING id was kept\.",
            fixed(
                translate("ImportReport", "The XING card has no profile URL; its XING id was kept.")
            ),
        ),
        (
            r"the connection date “(?P<date>.*)” could not be read; the date was left empty\.",
            filled(
                translate(
                    "ImportReport",
                    "the connection date “{date}” could not be read; the date was left empty.",
                )
            ),
        ),
        (
            r"the import was cancelled; nothing from this file was imported\.",
            fixed(
                translate(
                    "ImportReport", "the import was cancelled; nothing from this file was imported."
                )
            ),
        ),
        (
            r"(?P<n>\d+) connections? without a name \(members who left LinkedIn or hid their "
            r"data\) (?:was|were) left out\.",
            counted(
                "%n connection(s) without a name (members who left LinkedIn or hid their data) "
                "left out."
            ),
        ),
        (
            r"(?P<n>\d+) connections? match(?:es)? no contact and (?:was|were) not added\.",
            counted("%n connection(s) matching no contact not added."),
        ),
        (
            r"the event “(?P<title>.*)” \((?P<date>[\d-]+)\) was not in the database and was "
            r"added\.",
            filled(
                translate(
                    "ImportReport",
                    "the event “{title}” ({date}) was not in the database and was added.",
                )
            ),
        ),
        (
            r"(?P<rows>\d+) connections in this file are called (?P<name>.+), and so is contact "
            r"(?P<id>#\d+); the connection was marked on nobody and is not offered as a new "
            r"contact\. Mark it on the contact yourself\.",
            filled(
                translate(
                    "ImportReport",
                    "{rows} connections in this file are called {name}, and so is contact {id}; "
                    "the connection was marked on nobody and is not offered as a new contact. "
                    "Mark it on the contact yourself.",
                )
            ),
        ),
        (
            r"(?P<count>\d+) contacts are called (?P<name>.+) \((?P<ids>[#\d, ]+)\); the "
            r"connection was marked on none of them and is not offered as a new contact\. "
            r"Mark it on the right one yourself\.",
            filled(
                translate(
                    "ImportReport",
                    "{count} contacts are called {name} ({ids}); the connection was marked on "
                    "none of them and is not offered as a new contact. Mark it on the right one "
                    "yourself.",
                )
            ),
        ),
    ]


# lupdate reads the plural sources from these calls (the patterns above pass them on).
def _plural_sources() -> None:  # pragma: no cover - never called
    QCoreApplication.translate(
        "ImportReport",
        "%n connection(s) without a name (members who left LinkedIn or hid their data) left out.",
        None,
        1,
    )
    QCoreApplication.translate(
        "ImportReport", "%n connection(s) matching no contact not added.", None, 1
    )


def sentence(text: str, translate: Translate = QCoreApplication.translate) -> str:
    """One sentence of the import services in the user's language (as it came if unknown)."""
    for pattern, translated in _sentences(translate):
        match = re.fullmatch(pattern, text, re.S)
        if match:
            return translated(match.groupdict())
    return text


def warning(text: str, translate: Translate = QCoreApplication.translate) -> str:
    """ "file, line N (name): sentence" or "file: sentence" with the parts translated."""
    match = _WHERE_LINE.fullmatch(text)
    if match:
        parts = match.groupdict()
        where = (
            parts["file"]
            + ", "
            + translate("ImportDialog", "line {line}").format(line=parts["line"])
        )
        if parts["name"]:
            where += f" ({parts['name']})"
        return f"{where}: {sentence(parts['text'], translate)}"
    match = _WHERE_FILE.fullmatch(text)
    if match:
        return f"{match['file']}: {sentence(match['text'], translate)}"
    return sentence(text, translate)


def skipped_reason(reason: str, existing_id: int, existing_name: str) -> str:
    """Why a card was skipped ("Already there as #7 Anna (the same e-mail address …).")
    as the part in brackets of the report line, in the user's language."""
    from netzwerk_app.gui.models.duplicates_model import DuplicatePairModel

    head = f"Already there as #{existing_id} {existing_name} ("
    nothing_new = "; the card brings nothing new"
    if not (reason.startswith(head) and reason.endswith(".")):
        return reason
    inner = reason[len(head) : -1]
    extra = ""
    if inner.endswith(nothing_new):
        inner = inner[: -len(nothing_new)]
        extra = QCoreApplication.translate("ImportReport", "; the card brings nothing new")
    if not inner.endswith(")"):
        return reason
    return DuplicatePairModel().reason_text(inner[:-1]) + extra
