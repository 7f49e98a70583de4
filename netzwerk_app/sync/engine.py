"""Two-way sync of the contacts with CardDAV address books.

One run: pull (sync-collection since the stored token, or a PROPFIND of ETags when
the server refuses it; the changed cards by addressbook-multiget), merge each card
three-way with its last-synced base, trash contacts whose card was deleted, store
the new token; then push (delete the cards of contacts deleted for good, create
cards of new contacts with If-None-Match, update changed ones with If-Match; a 412
fetches, merges and retries). Each step commits locally on its own, so a run cut
off anywhere resumes without duplicates: a card is linked by its href and UID
before it is uploaded, and the sync token moves only after the pull is stored.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from netzwerk_app.domain import fields
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from netzwerk_app.infra.clock import Clock, SystemClock
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository
from netzwerk_app.storage.schema import contacts
from netzwerk_app.storage.sync_tables import sync_accounts, sync_conflicts, sync_links
from netzwerk_app.sync import cards
from netzwerk_app.sync.dav import (
    Book,
    CardDav,
)
from netzwerk_app.sync.http import DavHttp, check_url
from netzwerk_app.sync.push import PushRun
from netzwerk_app.sync.run import Progress, SyncResult

log = logging.getLogger("netzwerk.sync")

HttpFactory = Callable[[str, str], DavHttp]


@dataclass(frozen=True)
class Account:
    id: int
    url: str
    username: str
    book_url: str
    book_name: str
    sync_token: str
    last_sync_at: datetime | None
    last_result: str


@dataclass(frozen=True)
class ConflictRow:
    id: int
    account_id: int
    contact_id: int
    contact_name: str
    field: str
    server_value: str
    local_value: str


_NO_ACCOUNT = QT_TRANSLATE_NOOP("Errors", "There is no sync account with the number {number}.")
_NO_CONFLICT = QT_TRANSLATE_NOOP("Errors", "There is no conflict with the number {number}.")


def _row_or_not_found(session: Session, table: Table, row_id: int, message: str) -> Any:
    """The table's row with this id; none: ``NotFoundError(message)`` with the number."""
    row = session.execute(select(table).where(table.c.id == row_id)).first()
    if row is None:
        raise NotFoundError(message, number=row_id)
    return row


def _account(row: Any) -> Account:
    return Account(
        row.id, row.url, row.username, row.book_url, row.book_name, row.sync_token,
        row.last_sync_at, row.last_result,
    )  # fmt: skip


class SyncService:
    def __init__(
        self, db: Database, clock: Clock | None = None, http: HttpFactory | None = None
    ) -> None:
        self.db = db
        self.clock = clock or SystemClock()
        self.http = http or (lambda user, password: DavHttp(user, password))

    # --- accounts ----------------------------------------------------------------

    def discover(self, url: str, username: str, password: str) -> list[Book]:
        check_url(url)
        with self.http(username, password) as http:
            return CardDav(http).discover(url)

    def add_account(self, url: str, username: str, book: Book) -> Account:
        with self.db.write() as session:
            new_id = session.execute(
                insert(sync_accounts).values(
                    url=url.strip(),
                    username=username,
                    book_url=book.url,
                    book_name=book.name,
                    created_at=self.clock.now(),
                )
            ).inserted_primary_key  # type: ignore[attr-defined]
            assert new_id is not None
        return self.account(int(new_id[0]))

    def accounts(self) -> list[Account]:
        with self.db.read() as session:
            rows = session.execute(select(sync_accounts).order_by(sync_accounts.c.id))
            return [_account(r) for r in rows]

    def account(self, account_id: int) -> Account:
        with self.db.read() as session:
            row = _row_or_not_found(session, sync_accounts, account_id, _NO_ACCOUNT)
        return _account(row)

    def remove_account(self, account_id: int) -> Account:
        """Forget the account and its links; contacts and server cards stay."""
        account = self.account(account_id)
        with self.db.write() as session:
            session.execute(delete(sync_links).where(sync_links.c.account_id == account_id))
            session.execute(delete(sync_conflicts).where(sync_conflicts.c.account_id == account_id))
            session.execute(delete(sync_accounts).where(sync_accounts.c.id == account_id))
        return account

    # --- conflicts -----------------------------------------------------------------

    def conflicts(self, account_id: int | None = None) -> list[ConflictRow]:
        """The open conflicts (a field changed differently on both sides)."""
        stmt = (
            select(sync_conflicts, contacts.c.formatted_name)
            .join(contacts, contacts.c.id == sync_conflicts.c.contact_id)
            .where(sync_conflicts.c.resolved_at.is_(None))
            .order_by(sync_conflicts.c.id)
        )
        if account_id is not None:
            stmt = stmt.where(sync_conflicts.c.account_id == account_id)
        with self.db.read() as session:
            return [
                ConflictRow(
                    r.id,
                    r.account_id,
                    r.contact_id,
                    r.formatted_name,
                    r.field,
                    r.server_value,
                    r.local_value,
                )
                for r in session.execute(stmt)
            ]

    def resolve(self, conflict_id: int, keep_local: bool) -> None:
        """Close a conflict; ``keep_local`` puts the local value back on the card (it
        travels to the server with the next sync)."""
        with self.db.write() as session:
            row = _row_or_not_found(session, sync_conflicts, conflict_id, _NO_CONFLICT)
            if keep_local and row.field not in cards.LISTS and row.field != "photo":
                repo = Repository(session)
                contact = repo.contact(row.contact_id)
                f = fields.BY_NAME[row.field]
                value: Any = row.local_value
                if f.kind is not fields.Kind.TEXT:
                    value = fields.from_text(f, row.local_value)
                setattr(contact, row.field, value)
                contact.updated_at = self.clock.now()
                repo.reindex([row.contact_id])
            session.execute(
                update(sync_conflicts)
                .where(sync_conflicts.c.id == conflict_id)
                .values(resolved_at=self.clock.now())
            )

    # --- the run -------------------------------------------------------------------

    def sync(self, account_id: int, password: str, progress: Progress | None = None) -> SyncResult:
        account = self.account(account_id)
        started = self.clock.now()  # what changes after this is pushed next time
        result = SyncResult()
        with self.http(account.username, password) as http:
            run = PushRun(self, account, CardDav(http), result, progress or (lambda *a: None))
            run.started = started
            run.pull()
            before = (result.pushed, result.deleted)
            run.push()
            if (result.pushed, result.deleted) != before:
                # Move the token past our own writes (they come back with our ETags and
                # are skipped); a card created and deleted by others meanwhile would
                # otherwise never be reported by some servers.
                run.pull()
        with self.db.write() as session:
            session.execute(
                update(sync_accounts)
                .where(sync_accounts.c.id == account_id)
                .values(last_sync_at=started, last_result=json.dumps(result.counts()))
            )
        log.info("sync of account %d: %s", account_id, result.counts())
        return result


__all__ = ["Account", "ConflictRow", "SyncResult", "SyncService"]
