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
import re
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from netzwerk_app.domain import fields
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, SyncAuthError, SyncError
from netzwerk_app.domain.search import search_document
from netzwerk_app.infra.clock import Clock, SystemClock
from netzwerk_app.storage import search_index
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository
from netzwerk_app.storage.schema import contacts
from netzwerk_app.storage.sync_tables import sync_accounts, sync_conflicts, sync_links
from netzwerk_app.sync import cards
from netzwerk_app.sync.dav import (
    BATCH,
    Book,
    CardDav,
    InvalidSyncToken,
    PreconditionFailed,
    path_of,
)
from netzwerk_app.sync.http import DavHttp, check_url
from netzwerk_app.sync.merge import Conflict, merge

log = logging.getLogger("netzwerk.sync")

MAX_RETRIES = 3  # 412 -> fetch, merge, retry
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")

Progress = Callable[[str, int, int], None]  # stage ("pull", "push"), done, total


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


@dataclass
class SyncResult:
    pulled: int = 0  # contacts created or changed from the server
    pushed: int = 0  # cards created or changed on the server
    merged: int = 0  # cards changed on both sides and merged
    conflicts: int = 0  # fields changed differently on both sides (listed for review)
    deleted: int = 0  # contacts trashed for a deleted card + cards deleted on the server
    new_contacts: list[int] = field(default_factory=list)
    full_resync: bool = False

    def counts(self) -> dict[str, int]:
        d = asdict(self)
        return {k: v for k, v in d.items() if isinstance(v, int) and not isinstance(v, bool)}


@dataclass(frozen=True)
class ConflictRow:
    id: int
    account_id: int
    contact_id: int
    contact_name: str
    field: str
    server_value: str
    local_value: str


@dataclass
class _Link:
    id: int
    contact_id: int
    uid: str
    href: str
    etag: str
    base: str
    server_only: str


HttpFactory = Callable[[str, str], DavHttp]


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
            row = session.execute(
                select(sync_accounts).where(sync_accounts.c.id == account_id)
            ).first()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no sync account with the number {number}."),
                number=account_id,
            )
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
            row = session.execute(
                select(sync_conflicts).where(sync_conflicts.c.id == conflict_id)
            ).first()
            if row is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no conflict with the number {number}."),
                    number=conflict_id,
                )
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
            run = _Run(self, account, CardDav(http), result, progress or (lambda *a: None))
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


class _Run:
    def __init__(
        self,
        service: SyncService,
        account: Account,
        dav: CardDav,
        result: SyncResult,
        progress: Progress,
    ) -> None:
        self.s = service
        self.db = service.db
        self.now = service.clock.now
        self.account = account
        self.dav = dav
        self.book = account.book_url
        self.result = result
        self.progress = progress
        self.links: dict[str, _Link] = {}
        self.uids: dict[str, list[int]] | None = None  # uid -> contact ids, when needed
        # The sync's own changes are stamped with the run's start: the next run pushes
        # only what changed after it (strictly later), not what this run wrote.
        self.started = service.clock.now()
        self._load_links()

    def _load_links(self) -> None:
        with self.db.read() as session:
            rows = session.execute(
                select(sync_links).where(sync_links.c.account_id == self.account.id)
            )
            self.links = {
                r.href: _Link(r.id, r.contact_id, r.uid, r.href, r.etag, r.base, r.server_only)
                for r in rows
            }

    # --- pull --------------------------------------------------------------------

    def pull(self) -> None:
        changed, removed, token = self._changes()
        wanted = [h for h, etag in changed.items() if self._needs(h, etag)]
        total = len(wanted)
        self.progress("pull", 0, total)
        chunks = [wanted[i : i + BATCH] for i in range(0, total, BATCH)]
        # The next batch is fetched while this one is stored (the server works while
        # we parse and write).
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="carddav") as fetcher:
            ahead = [fetcher.submit(self.dav.multiget_batch, self.book, c) for c in chunks[:1]]
            for n in range(len(chunks)):
                batch = ahead[n].result()
                if n + 1 < len(chunks):
                    ahead.append(fetcher.submit(self.dav.multiget_batch, self.book, chunks[n + 1]))
                self._store(batch)
                self.progress("pull", min(total, (n + 1) * BATCH), total)
        gone = [self.links[h] for h in removed if h in self.links]
        with self.db.write() as session:
            repo = Repository(session)
            for link in gone:
                contact = session.get(m.Contact, link.contact_id)
                if contact is not None and contact.uid == link.uid:
                    if contact.deleted_at is None:
                        repo.set_deleted([link.contact_id], self.now())
                    self.result.deleted += 1
                session.execute(delete(sync_links).where(sync_links.c.id == link.id))
                del self.links[link.href]
            session.execute(
                update(sync_accounts)
                .where(sync_accounts.c.id == self.account.id)
                .values(sync_token=token)
            )

    def _needs(self, href: str, etag: str) -> bool:
        link = self.links.get(href)
        return link is None or not etag or link.etag != etag

    def _changes(self) -> tuple[dict[str, str], list[str], str]:
        try:
            return self.dav.sync_collection(self.book, self.account.sync_token)
        except InvalidSyncToken as why:
            log.info("sync-collection refused (%s): comparing ETags", why)
        self.result.full_resync = True
        token = self.dav.sync_token(self.book)  # before the listing: nothing slips by
        listing = self.dav.etags(self.book)
        removed = [h for h in self.links if h not in listing]
        return listing, removed, token

    def _store(self, batch: Iterable[tuple[str, str, str]]) -> None:
        """Cards from the server into contacts, one transaction."""
        with self.db.write() as session:
            repo = Repository(session)
            touched: list[int] = []
            fresh: list[tuple[m.Contact, str, str, str, str]] = []
            for href, etag, text in batch:
                contact_id = self._store_card(session, href, etag, text, fresh)
                if contact_id is not None:
                    touched.append(contact_id)
            if fresh:  # new people: one flush and one insert of their links
                session.flush()
                rows = [
                    {"account_id": self.account.id, "contact_id": c.id, "uid": c.uid,
                     "href": href, "etag": etag, "base": normal, "server_only": note}
                    for c, href, etag, normal, note in fresh
                ]  # fmt: skip
                session.execute(insert(sync_links), rows)
                hrefs = [row["href"] for row in rows]
                found = session.execute(
                    select(sync_links.c.href, sync_links.c.id).where(
                        sync_links.c.account_id == self.account.id,
                        sync_links.c.href.in_(hrefs),
                    )
                )
                ids: dict[str, int] = {str(r[0]): int(r[1]) for r in found}
                for c, href, etag, normal, note in fresh:
                    assert c.id is not None
                    self.links[href] = _Link(ids[href], c.id, c.uid, href, etag, normal, note)
                    self.result.new_contacts.append(c.id)
                self.result.pulled += len(fresh)
                # new people have no encounters yet: their search entries from the
                # objects at hand, without loading them again
                docs = [search_document(c, []) for c, *_rest in fresh]
                search_index.replace_documents(repo.raw(), docs)
            repo.reindex(touched)

    def _store_card(
        self,
        session: Session,
        href: str,
        etag: str,
        text: str,
        fresh: list[tuple[m.Contact, str, str, str, str]],
    ) -> int | None:
        card = cards.read_card(text)
        if card is None or card.is_group:
            return None  # unreadable, or a group of an Apple address book: no person
        server_normal = cards.render(card.contact)
        link = self.links.get(href)
        contact: m.Contact | None = None
        if link is not None:
            contact = session.get(m.Contact, link.contact_id)
            if contact is None or contact.uid != link.uid:
                self._save_link(session, link, etag=etag, server_only=card.note)
                return None  # deleted here for good: the push deletes the card
        elif card.contact.uid:
            contact = self._unlinked_with_uid(session, card.contact.uid)
        if contact is None:
            contact = m.Contact(source=m.Source.VCARD_FILE)
            cards.apply(contact, cards.values(card.contact))
            contact.uid = card.contact.uid or cards.new_uid()
            if not contact.formatted_name:
                contact.formatted_name = m.derive_formatted_name(contact) or "?"
            contact.created_at, contact.updated_at = self.now(), self.started
            session.add(contact)
            fresh.append((contact, href, etag, server_normal, card.note))
            return None
        assert contact.id is not None
        base = link.base if link is not None else None
        if base == server_normal:
            assert link is not None
            self._save_link(session, link, etag=etag, server_only=card.note)
            return None
        self._merge_into(session, contact, base, server_normal)
        if link is None:
            self._new_link(session, contact, href, etag, server_normal, card.note)
        else:
            self._save_link(session, link, etag=etag, base=server_normal, server_only=card.note)
        return contact.id

    def _merge_into(
        self, session: Session, contact: m.Contact, base: str | None, server_normal: str
    ) -> None:
        """Merge the server's card into ``contact`` (three-way with ``base``)."""
        local_normal = cards.render(contact)
        local = _values_of(local_normal)
        server = _values_of(server_normal)
        merged = merge(_values_of(base) if base else None, local, server)
        changes = {k: v for k, v in merged.values.items() if v != local[k]}
        if changes:
            cards.apply(contact, changes)
            contact.updated_at = self.started
            if not contact.formatted_name:
                contact.formatted_name = m.derive_formatted_name(contact) or "?"
        local_changed = base is not None and local_normal != base
        if (changes and local_changed) or merged.conflicts:
            self.result.merged += 1
        elif changes:
            self.result.pulled += 1
        self._conflicts(session, contact, merged.conflicts)

    def _conflicts(self, session: Session, contact: m.Contact, found: list[Conflict]) -> None:
        for c in found:
            session.execute(
                insert(sync_conflicts).values(
                    account_id=self.account.id,
                    contact_id=contact.id,
                    field=c.field,
                    server_value=cards.shown(c.field, c.server),
                    local_value=cards.shown(c.field, c.local),
                    created_at=self.now(),
                )
            )
            self.result.conflicts += 1

    def _unlinked_with_uid(self, session: Session, uid: str) -> m.Contact | None:
        """A contact with this UID that no card is linked to (one uploaded by a run
        that was cut off before it stored the link, or the same person on both)."""
        if self.uids is None:
            self.uids = {}
            for cid, cuid in session.execute(select(contacts.c.id, contacts.c.uid)).all():
                if cuid:
                    self.uids.setdefault(cuid, []).append(cid)
        ids = self.uids.get(uid)
        if not ids:
            return None
        linked = {link.contact_id for link in self.links.values() if link.uid == uid}
        free = [i for i in ids if i not in linked]
        return session.get(m.Contact, free[0]) if free else None

    def _new_link(
        self, session: Session, contact: m.Contact, href: str, etag: str, base: str, note: str
    ) -> _Link:
        assert contact.id is not None
        row = session.execute(
            insert(sync_links).values(
                account_id=self.account.id,
                contact_id=contact.id,
                uid=contact.uid,
                href=href,
                etag=etag,
                base=base,
                server_only=note,
            )
        ).inserted_primary_key  # type: ignore[attr-defined]
        assert row is not None
        link = _Link(int(row[0]), contact.id, contact.uid, href, etag, base, note)
        self.links[href] = link
        return link

    def _save_link(self, session: Session, link: _Link, **values: str) -> None:
        session.execute(update(sync_links).where(sync_links.c.id == link.id).values(**values))
        for key, value in values.items():
            setattr(link, key, value)

    # --- push --------------------------------------------------------------------

    def push(self) -> None:
        self._push_deletes()
        by_contact = {link.contact_id: link for link in self.links.values()}
        since = self.account.last_sync_at
        todo: list[tuple[m.Contact, _Link | None, str]] = []
        with self.db.read() as session:
            # Only contacts changed since the last sync began, new ones and unconfirmed
            # uploads can differ from their base; the people this run just brought in
            # cannot.
            stamps = session.execute(
                select(contacts.c.id, contacts.c.updated_at).where(contacts.c.deleted_at.is_(None))
            ).all()
            created = set(self.result.new_contacts)
            wanted = [
                cid
                for cid, stamp in stamps
                if cid not in created
                and (
                    since is None
                    or stamp is None
                    or stamp > since
                    or cid not in by_contact
                    or not by_contact[cid].etag
                )
            ]
            local: list[m.Contact] = []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                local += Repository(session).contacts(with_photo=True, ids=chunk)
        for contact in local:
            link = by_contact.get(contact.id or 0)
            if link is not None and link.uid != contact.uid:
                link = None
            normal = cards.render(contact)
            if link is None or not link.etag or normal != link.base:
                note = link.server_only if link else ""
                todo.append((contact, link, cards.render(contact, note) if note else normal))
        self.progress("push", 0, len(todo))
        for n, (contact, link, text) in enumerate(todo, 1):
            self._push_one(contact, link, text)
            self.progress("push", n, len(todo))

    def _push_deletes(self) -> None:
        with self.db.read() as session:
            ids = {link.contact_id for link in self.links.values()}
            alive = {
                (cid, uid)
                for cid, uid in session.execute(
                    select(contacts.c.id, contacts.c.uid).where(contacts.c.id.in_(ids))
                )
            }
        for link in list(self.links.values()):
            if (link.contact_id, link.uid) in alive:
                continue
            for _attempt in range(MAX_RETRIES):
                try:
                    self.dav.delete(self.book, link.href, link.etag)
                    break
                except PreconditionFailed:
                    fresh = self.dav.get(self.book, link.href)
                    if fresh is None:
                        break
                    link.etag = fresh[0]
            with self.db.write() as session:
                session.execute(delete(sync_links).where(sync_links.c.id == link.id))
            del self.links[link.href]
            self.result.deleted += 1

    def _push_one(self, contact: m.Contact, link: _Link | None, text: str) -> None:
        assert contact.id is not None
        if link is None:
            with self.db.write() as session:  # linked before it is uploaded: no duplicates
                fresh = session.get(m.Contact, contact.id)
                if fresh is None:
                    return
                if not fresh.uid:
                    fresh.uid = contact.uid = cards.new_uid()
                    text = cards.render(contact)
                href = self._href_for(contact.uid)
                link = self._new_link(session, fresh, href, "", "", "")
        for _attempt in range(MAX_RETRIES):
            try:
                etag = self.dav.put(self.book, link.href, text, link.etag or None)
            except PreconditionFailed:
                text = self._refetch_and_merge(contact, link)
                if not text:
                    return
                continue
            if not etag:
                found = self.dav.get(self.book, link.href)
                etag = found[0] if found else ""
            with self.db.write() as session:
                self._save_link(session, link, etag=etag, base=cards.normal(text))
            self.result.pushed += 1
            return
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The card of {name} kept changing on the server while it was synced; sync again.",
            ),
            name=contact.display_name,
        )

    def _refetch_and_merge(self, contact: m.Contact, link: _Link) -> str:
        """After a 412: the server's card, merged into the contact; the text to upload
        ("" when nothing is left to upload)."""
        fresh = self.dav.get(self.book, link.href)
        if fresh is None:  # gone meanwhile: create it again
            with self.db.write() as session:
                self._save_link(session, link, etag="", base="")
            return cards.render(contact, link.server_only)
        etag, server_text = fresh
        card = cards.read_card(server_text)
        if card is None:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The server holds a card for {name} that cannot be read."
                ),
                name=contact.display_name,
            )
        server_normal = cards.render(card.contact)
        with self.db.write() as session:
            repo = Repository(session)
            current = repo.contact(contact.id or 0, with_photo=True)
            self._merge_into(session, current, link.base or None, server_normal)
            self._save_link(session, link, etag=etag, base=server_normal, server_only=card.note)
            repo.reindex([current.id or 0])
            text = cards.render(current, card.note)
            mine = cards.render(current)
        if mine == server_normal:
            return ""
        return text

    def _href_for(self, uid: str) -> str:
        """The new card's path: its UID as a file name of safe characters (hrefs are
        kept %-decoded, as ``path_of`` reads the server's)."""
        name = _UNSAFE.sub("-", uid)[:120].strip("-.") or cards.new_uid()
        href = path_of(urlsplit(self.book).path).rstrip("/") + f"/{name}.vcf"
        while href in self.links:
            href = href[:-4] + "-1.vcf"
        return href


def _values_of(normal_text: str) -> dict[str, Any]:
    card = cards.read_card(normal_text)
    return cards.values(card.contact if card is not None else m.Contact())


__all__ = ["Account", "SyncAuthError", "SyncError", "SyncResult", "SyncService"]
