"""Check 9: formula cells are neutralised on export and come back exactly on import.

tests/unit/interchange covers ``neutralize`` itself; this runs the whole way: a
contact in the database, the export service, the file on disk, a fresh database.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from netzwerk_app.app import AppContext, open_app
from netzwerk_app.domain import model as m
from netzwerk_app.infra.paths import under_basedir

STARTS = ["=", "+", "-", "@", "\t", "\r", "\0"]
PAYLOADS = [f"{start}cmd|' /C calc'!A0" for start in STARTS] + [
    '=HYPERLINK("https://evil.example","click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'=already quoted",
]
PHONE = "+49 89 123456"


def _contacts() -> list[m.Contact]:
    people = [
        m.Contact(
            formatted_name=f"Person {i}",
            organization=payload,
            title=payload,
            note=payload,
            emails=[m.Email(f"p{i}@example.de", (), payload)],
            # one person has the classic number; the others differ (no duplicates)
            phones=[m.Phone(PHONE if i == 0 else f"+49 89 1234{i:02d}")],
        )
        for i, payload in enumerate(PAYLOADS)
    ]
    people.append(m.Contact(formatted_name="-Minus Name", phones=[m.Phone("-123")]))
    return people


def test_export_neutralises_and_reimport_gives_every_value_back(
    ctx: AppContext, tmp_path: Path
) -> None:
    for contact in _contacts():
        ctx.contacts.create(contact)
    out = tmp_path / "contacts.csv"
    ctx.exporter.export(out, "csv")

    rows = list(
        csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";")
    )
    dangerous = [cell for row in rows[1:] for cell in row if cell[:1] in STARTS]
    assert dangerous == [], dangerous  # a spreadsheet runs none of them
    assert any(cell == "'" + PHONE for row in rows for cell in row)

    other = open_app(under_basedir(tmp_path / "fresh"))
    try:
        result = other.importer.import_files([out])
        assert len(result.imported) == len(_contacts()) and not result.failed
        back = {
            s.contact.formatted_name: other.contacts.get(s.contact.id or 0)
            for s in other.contacts.summaries()
        }
    finally:
        other.close()
    for before in _contacts():
        after = back[before.formatted_name]
        for attr in ("organization", "title", "note"):
            assert getattr(after, attr) == getattr(before, attr), (attr, before.formatted_name)
        assert [p.value for p in after.phones] == [p.value for p in before.phones]
        assert [e.label for e in after.emails] == [e.label for e in before.emails]
