"""One sync run's push: cards of contacts deleted for good are deleted, new and
changed contacts go up with If-None-Match / If-Match; a 412 fetches, merges, retries."""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import delete, select

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, SyncError
from netzwerk_app.storage.repository import Repository
from netzwerk_app.storage.schema import contacts
from netzwerk_app.storage.sync_tables import sync_links
from netzwerk_app.sync import cards
from netzwerk_app.sync.dav import (
    PreconditionFailed,
    path_of,
)
from netzwerk_app.sync.run import MAX_RETRIES, UNSAFE_IN_NAMES, Link, Run


class PushRun(Run):
    # --- push --------------------------------------------------------------------

    def push(self) -> None:
        self._push_deletes()
        by_contact = {link.contact_id: link for link in self.links.values()}
        since = self.account.last_sync_at
        todo: list[tuple[m.Contact, Link | None, str]] = []
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

    def _push_one(self, contact: m.Contact, link: Link | None, text: str) -> None:
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

    def _refetch_and_merge(self, contact: m.Contact, link: Link) -> str:
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
        name = UNSAFE_IN_NAMES.sub("-", uid)[:120].strip("-.") or cards.new_uid()
        href = path_of(urlsplit(self.book).path).rstrip("/") + f"/{name}.vcf"
        while href in self.links:
            href = href[:-4] + "-1.vcf"
        return href
