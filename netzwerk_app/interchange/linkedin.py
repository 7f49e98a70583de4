"""LinkedIn's ``Connections.csv`` (from "Get a copy of your data").

It tells which connection requests were accepted and when. The file starts with
a few lines of notes; the header is the first row whose first cell is
``First Name`` (``Vorname`` in a German export). Older exports have no URL column.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from netzwerk_app.interchange.keys import normalize_profile_url

__all__ = [
    "LinkedInConnection",
    "LinkedInExport",
    "is_header",
    "normalize_profile_url",
    "parse_connected_on",
    "read_linkedin_connections",
]

# Month names as LinkedIn writes them in its English and German exports, and as a
# spreadsheet that re-saved the file may spell them: lower-case, without the dot.
_MONTH_NAMES = (
    ("jan", "januar", "january", "jän", "jänner", "jaen", "jaenner"),
    ("feb", "februar", "february", "feber"),
    ("mar", "mär", "mrz", "märz", "maer", "maerz", "march"),
    ("apr", "april"),
    ("may", "mai"),
    ("jun", "juni", "june"),
    ("jul", "juli", "july"),
    ("aug", "august"),
    ("sep", "sept", "september"),
    ("oct", "okt", "oktober", "october"),
    ("nov", "november"),
    ("dec", "dez", "dezember", "december"),
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names}
_MONTH = r"([^\W\d_]+)\.?"
# "15 Jun 2026", "3. Mär. 2025", "3. März 2025", "12-Dec-26"
_DAY_MONTH_YEAR = re.compile(rf"^(\d{{1,2}})\.?[ /-]*{_MONTH}[ /,-]*(\d{{4}}|\d{{2}})$")
# "Jun 15, 2026"
_MONTH_DAY_YEAR = re.compile(rf"^{_MONTH} ?(\d{{1,2}}),? (\d{{4}})$")
# "15.06.2026", as a German spreadsheet saves a date it recognised
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$")

# Header cells of the English and the German export, and the field each fills.
_COLUMNS = {
    "first name": "first_name",
    "vorname": "first_name",
    "last name": "last_name",
    "nachname": "last_name",
    "url": "url",
    "email address": "email",
    "e-mail-adresse": "email",
    "e-mail address": "email",
    "company": "company",
    "unternehmen": "company",
    "position": "position",
    "connected on": "connected_on",
    "verbunden am": "connected_on",
}
_FIRST_CELLS = frozenset(k for k, v in _COLUMNS.items() if v == "first_name")
_LAST_CELLS = frozenset(k for k, v in _COLUMNS.items() if v == "last_name")


def _header_cell(cell: str) -> str:
    return " ".join(cell.strip().lstrip("\ufeff").split()).lower()


def is_header(row: list[str]) -> bool:
    """True for the header row of a ``Connections.csv`` (English or German)."""
    cells = [_header_cell(cell) for cell in row]
    return bool(cells) and cells[0] in _FIRST_CELLS and any(c in _LAST_CELLS for c in cells)


@dataclass(frozen=True)
class LinkedInConnection:
    first_name: str
    last_name: str
    url: str
    email: str
    company: str
    position: str
    connected_on: date | None
    line: int  # 1-based line of the row in the file
    # The date cell's text when there is one that could not be read as a date.
    unread_date: str = ""


@dataclass
class LinkedInExport:
    connections: list[LinkedInConnection] = field(default_factory=list)
    # Rows with nothing but a date: members who left LinkedIn or hid themselves.
    skipped_date_only: int = 0
    has_url_column: bool = True


def _date(year: str, month: int | None, day: str) -> date | None:
    if month is None:
        return None
    # LinkedIn began in 2003: a two-digit year is one of this century.
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    try:
        return date(full_year, month, int(day))
    except ValueError:
        return None


def parse_connected_on(text: str) -> date | None:
    """The date of a "Connected On" / "Verbunden am" cell; None when it is unreadable.

    ``15 Jun 2026`` (English), ``12 Dez 2026``, ``3. Mär. 2025``, ``03 Mrz 2025``
    (German, abbreviated with or without a dot, or written out), ``12-Dec-26``,
    ``Jun 15, 2026``, ``15.06.2026`` and ISO dates.
    """
    # NFC: a file saved on a Mac may spell "Mär" as "Ma" + a combining diaeresis.
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if match := _DAY_MONTH_YEAR.match(text):
        return _date(match.group(3), _MONTHS.get(match.group(2).lower()), match.group(1))
    if match := _MONTH_DAY_YEAR.match(text):
        return _date(match.group(3), _MONTHS.get(match.group(1).lower()), match.group(2))
    if match := _DOTTED.match(text):
        return _date(match.group(3), int(match.group(2)), match.group(1))
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """``,`` as LinkedIn writes it; ``;`` when a German spreadsheet re-saved the file."""
    for line in text.splitlines()[:40]:
        head = line.lstrip("\ufeff").strip().strip('"').lower()
        if any(head.startswith(first) for first in _FIRST_CELLS):
            return ";" if line.count(";") > line.count(",") else ","
    return ","


def read_linkedin_connections(data: bytes) -> LinkedInExport | None:
    """The connections in a LinkedIn export, or None when ``data`` is no such file."""
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    columns: dict[str, int] | None = None
    export = LinkedInExport()
    line_before = 0
    try:
        for row in reader:
            start_line, line_before = line_before + 1, reader.line_num
            if columns is None:
                if is_header(row):
                    columns = {}
                    for i, name in enumerate(row):
                        key = _COLUMNS.get(_header_cell(name))
                        if key:
                            columns.setdefault(key, i)
                    if "last_name" not in columns:
                        return None
                    export.has_url_column = "url" in columns
                continue
            if not any(cell.strip() for cell in row):
                continue
            cols = columns

            def cell(key: str, row: list[str] = row, cols: dict[str, int] = cols) -> str:
                i = cols.get(key)
                return row[i].strip() if i is not None and i < len(row) else ""

            date_text = cell("connected_on")
            connected_on = parse_connected_on(date_text) if date_text else None
            values = [cell(k) for k in ("first_name", "last_name", "url", "email", "company")]
            if not any(values) and not cell("position"):
                export.skipped_date_only += 1
                continue
            export.connections.append(
                LinkedInConnection(
                    first_name=values[0],
                    last_name=values[1],
                    url=values[2],
                    email=values[3],
                    company=values[4],
                    position=cell("position"),
                    connected_on=connected_on,
                    line=start_line,
                    unread_date=date_text if date_text and connected_on is None else "",
                )
            )
    except csv.Error:
        if columns is None:
            return None
    return export if columns is not None else None
