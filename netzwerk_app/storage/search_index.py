"""The FTS5 index over contacts: kept up to date by the services, queried here.

Works on a plain DB-API connection so that the GUI (through SQLAlchemy) and the
CLI's fast path (plain sqlite3, no SQLAlchemy import) run the same SQL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from netzwerk_app.domain.search import SearchDocument, fts_query

SEARCH_TABLE = "contact_search"
SEARCH_COLUMNS = ("name", "organization", "contact_points", "notes", "pitches")

# bm25 weights per column: a hit in the name counts most.
_WEIGHTS = "10.0, 4.0, 3.0, 1.0, 2.0"


@dataclass(frozen=True)
class ContactHit:
    id: int
    formatted_name: str
    organization: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    rank: float = 0.0


def replace_documents(conn: sqlite3.Connection, docs: Iterable[SearchDocument]) -> None:
    rows = [
        (d.contact_id, d.name, d.organization, d.contact_points, d.notes, d.pitches) for d in docs
    ]
    if not rows:
        return
    conn.executemany(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = ?", [(r[0],) for r in rows])
    cols = ", ".join(("rowid", *SEARCH_COLUMNS))
    conn.executemany(f"INSERT INTO {SEARCH_TABLE} ({cols}) VALUES (?, ?, ?, ?, ?, ?)", rows)


def remove_documents(conn: sqlite3.Connection, contact_ids: Iterable[int]) -> None:
    conn.executemany(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = ?", [(i,) for i in contact_ids])


def optimize(conn: sqlite3.Connection) -> None:
    """Merge the index segments so that deleted entries are really gone."""
    conn.execute(f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('optimize')")


def _values(text: str) -> list[str]:
    return [entry.get("value", "") for entry in json.loads(text or "[]")]


def search_contacts(
    conn: sqlite3.Connection, text: str, limit: int = 50, include_deleted: bool = False
) -> list[ContactHit]:
    """Contacts matching every word of ``text``, best first."""
    match = fts_query(text)
    if match is None:
        return []
    # Rank inside FTS5 first (cheap), then join only the best rows: ranking every
    # match through the join costs 2-3x more on 100,000 contacts. Trashed contacts
    # are dropped after ranking, so ask for more until enough remain.
    trash = "" if include_deleted else "WHERE c.deleted_at IS NULL"
    sql = f"""
        SELECT c.id, c.formatted_name, c.organization, c.emails, c.phones, c.urls, s.rank
        FROM (SELECT rowid AS id, bm25({SEARCH_TABLE}, {_WEIGHTS}) AS rank
              FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ?
              ORDER BY rank LIMIT ?) AS s
        JOIN contacts AS c ON c.id = s.id {trash}
        ORDER BY s.rank, c.formatted_name
    """
    window = limit + 50
    while True:
        rows = conn.execute(sql, (match, window)).fetchall()
        if len(rows) >= limit or window >= 1_000_000:
            break
        ranked = conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? LIMIT ?)",
            (match, window),
        ).fetchone()[0]
        if ranked < window:
            break  # every match was looked at
        window *= 4
    rows = rows[:limit]
    return [
        ContactHit(
            id=row[0],
            formatted_name=row[1],
            organization=row[2],
            emails=_values(row[3]),
            phones=_values(row[4]),
            urls=_values(row[5]),
            rank=row[6],
        )
        for row in rows
    ]
