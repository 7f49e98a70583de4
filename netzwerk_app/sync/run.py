"""One sync run's pull: the server's changes since the stored token (or by ETags),
merged card by card into the contacts, one local transaction per batch."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from netzwerk_app.domain import model as m
from netzwerk_app.domain.search import search_document
from netzwerk_app.storage import search_index
from netzwerk_app.storage.repository import Repository
from netzwerk_app.storage.schema import contacts
from netzwerk_app.storage.sync_tables import sync_accounts, sync_conflicts, sync_links
from netzwerk_app.sync import cards
from netzwerk_app.sync.dav import (
    BATCH,
    CardDav,
    InvalidSyncToken,
)
from netzwerk_app.sync.merge import Conflict, merge

_COLUMNS = tuple(col.name for col in contacts.columns if col.name != "id")  # new people

if TYPE_CHECKING:
    from netzwerk_app.sync.engine import Account, SyncService

log = logging.getLogger("netzwerk.sync")

MAX_RETRIES = 3  # 412 -> fetch, merge, retry
UNSAFE_IN_NAMES = re.compile(r"[^A-Za-z0-9_.-]+")

Progress = Callable[[str, int, int], None]  # stage ("pull", "push"), done, total


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


@dataclass
class Link:
    id: int
    contact_id: int
    uid: str
    href: str
    etag: str
    base: str
    server_only: str


class Run:
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
        self.links: dict[str, Link] = {}
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
                r.href: Link(r.id, r.contact_id, r.uid, r.href, r.etag, r.base, r.server_only)
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
            if fresh:  # new people: one insert for them and one for their links
                inserted = session.execute(
                    insert(contacts).returning(contacts.c.id, sort_by_parameter_order=True),
                    [{col: getattr(c, col) for col in _COLUMNS} for c, *_rest in fresh],
                )
                for (c, *_rest), new_id in zip(fresh, inserted.scalars(), strict=True):
                    c.id = int(new_id)
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
                    self.links[href] = Link(ids[href], c.id, c.uid, href, etag, normal, note)
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
            contact = cards.new_plain(source=m.Source.CARDDAV)  # stored with its batch
            cards.apply(contact, cards.values(card.contact))
            contact.uid = card.contact.uid or cards.new_uid()
            if not contact.formatted_name:
                contact.formatted_name = m.derive_formatted_name(contact) or "?"
            contact.created_at, contact.updated_at = self.now(), self.started
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
    ) -> Link:
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
        link = Link(int(row[0]), contact.id, contact.uid, href, etag, base, note)
        self.links[href] = link
        return link

    def _save_link(self, session: Session, link: Link, **values: str) -> None:
        session.execute(update(sync_links).where(sync_links.c.id == link.id).values(**values))
        for key, value in values.items():
            setattr(link, key, value)


def _values_of(normal_text: str) -> dict[str, Any]:
    card = cards.read_card(normal_text)
    return cards.values(card.contact if card is not None else m.Contact())
