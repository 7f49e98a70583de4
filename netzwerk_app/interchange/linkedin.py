"""LinkedIn's ``Connections.csv`` (from "Get a copy of your data").

It tells which connection requests were accepted and when. The file starts with
a few lines of notes; the header is the first row whose first cell is
``First Name``. Older exports have no URL column.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date

from netzwerk_app.interchange.keys import normalize_profile_url

__all__ = [
    "LinkedInConnection",
    "LinkedInExport",
    "normalize_profile_url",
    "parse_connected_on",
    "read_linkedin_connections",
]

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})$")
_COLUMNS = {
    "first name": "first_name",
    "last name": "last_name",
    "url": "url",
    "email address": "email",
    "company": "company",
    "position": "position",
    "connected on": "connected_on",
}


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


@dataclass
class LinkedInExport:
    connections: list[LinkedInConnection] = field(default_factory=list)
    # Rows with nothing but a date: members who left LinkedIn or hid themselves.
    skipped_date_only: int = 0
    has_url_column: bool = True


def parse_connected_on(text: str) -> date | None:
    """``15 Jun 2026`` (English month names whatever the locale), or ISO dates."""
    text = text.strip()
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        month = _MONTHS.get(match.group(2).lower())
        if month:
            try:
                return date(int(match.group(3)), month, int(match.group(1)))
            except ValueError:
                return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_linkedin_connections(data: bytes) -> LinkedInExport | None:
    """The connections in a LinkedIn export, or None when ``data`` is no such file."""
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    columns: dict[str, int] | None = None
    export = LinkedInExport()
    line_before = 0
    try:
        for row in reader:
            start_line, line_before = line_before + 1, reader.line_num
            if columns is None:
                if row and row[0].strip().lstrip("\ufeff").lower() == "first name":
                    columns = {}
                    for i, name in enumerate(row):
                        key = _COLUMNS.get(name.strip().lower())
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

            connected_on = parse_connected_on(cell("connected_on"))
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
                )
            )
    except csv.Error:
        if columns is None:
            return None
    return export if columns is not None else None
