"""CardDAV requests and their XML: discovery, sync-collection, ETag listings,
addressbook-multiget, and card writes with ETag preconditions. XML is read with
defusedxml (no entity expansion, no external references)."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from netzwerk_app.domain.errors import (
    QT_TRANSLATE_NOOP,
    SyncAuthError,
    SyncServerError,
)
from netzwerk_app.sync.http import XML, DavHttp

log = logging.getLogger("netzwerk.sync.dav")

D = "{DAV:}"
C = "{urn:ietf:params:xml:ns:carddav}"
CS = "{http://calendarserver.org/ns/}"
BATCH = 100  # cards per addressbook-multiget
VCARD = "text/vcard; charset=utf-8"


class PreconditionFailed(Exception):
    """412: the card changed on the server (or exists already) since we last saw it."""


class InvalidSyncToken(Exception):
    """The server does not take our sync token (or has no sync-collection)."""


@dataclass(frozen=True)
class Book:
    url: str
    name: str


@dataclass
class Propstat:
    href: str
    props: dict[str, Element] = field(default_factory=dict)
    status: int = 200  # of the response itself (a deleted member in sync-collection: 404)


def _xml(body: str) -> str:
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body


def _propfind_body(props: Iterable[str]) -> str:
    inner = "".join(props)
    return _xml(
        '<D:propfind xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav" '
        f'xmlns:CS="http://calendarserver.org/ns/"><D:prop>{inner}</D:prop></D:propfind>'
    )


def _status(text: str | None) -> int:
    parts = (text or "").split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 200


def path_of(href: str) -> str:
    """The path of an href (servers answer with paths or full URLs), %-decoded."""
    return unquote(urlsplit(href.strip()).path)


def parse_multistatus(content: bytes) -> tuple[list[Propstat], str]:
    """The responses of a 207 and its sync-token ("" when none)."""
    try:
        root = ElementTree.fromstring(content)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as error:
        raise SyncServerError(
            QT_TRANSLATE_NOOP("Errors", "The server's answer is not readable XML.")
        ) from error
    out: list[Propstat] = []
    for resp in root.iter(f"{D}response"):
        href = resp.findtext(f"{D}href") or ""
        item = Propstat(path_of(href), status=_status(resp.findtext(f"{D}status")))
        for ps in resp.iter(f"{D}propstat"):
            if _status(ps.findtext(f"{D}status")) != 200:
                continue
            prop = ps.find(f"{D}prop")
            for child in prop if prop is not None else ():
                item.props[child.tag] = child
        out.append(item)
    return out, (root.findtext(f"{D}sync-token") or "").strip()


def _href_in(element: Element | None) -> str:
    if element is None:
        return ""
    return (element.findtext(f"{D}href") or "").strip()


class CardDav:
    """The CardDAV conversation with one server over ``DavHttp``."""

    def __init__(self, http: DavHttp) -> None:
        self.http = http

    def propfind(self, url: str, props: Iterable[str], depth: str = "0") -> list[Propstat]:
        r = self.http.request(
            "PROPFIND",
            url,
            _propfind_body(props),
            {"Depth": depth, "Content-Type": XML},
            allowed=(404, 405),
        )
        if r.status_code != 207:
            return []
        return parse_multistatus(r.content)[0]

    # --- discovery (RFC 6764 / RFC 6352) -----------------------------------------

    def discover(self, url: str) -> list[Book]:
        """The address books the user can reach from ``url`` (server root, the
        well-known address, a principal, a home set or one address book)."""
        books = self._books_at(url, "0")
        if books:
            return books
        principal = self._principal(url)
        if not principal:
            root = urljoin(url, "/.well-known/carddav")
            principal = self._principal(root)
        if not principal:
            raise SyncServerError(
                QT_TRANSLATE_NOOP(
                    "Errors", "No address book was found at {url}; is it a CardDAV server?"
                ),
                url=url,
            )
        principal_url = urljoin(url, principal)
        homes = self.propfind(principal_url, ["<C:addressbook-home-set/>"])
        home = next((_href_in(p.props.get(f"{C}addressbook-home-set")) for p in homes), "")
        books = self._books_at(urljoin(url, home or principal), "1")
        if not books:
            raise SyncServerError(
                QT_TRANSLATE_NOOP("Errors", "The server has no address book for this account.")
            )
        return books

    def _principal(self, url: str) -> str:
        found = self.propfind(url, ["<D:current-user-principal/>"])
        for item in found:
            href = _href_in(item.props.get(f"{D}current-user-principal"))
            if href:
                return href
        return ""

    def _books_at(self, url: str, depth: str) -> list[Book]:
        found = self.propfind(url, ["<D:resourcetype/>", "<D:displayname/>"], depth)
        books: list[Book] = []
        for item in found:
            kind = item.props.get(f"{D}resourcetype")
            if kind is None or kind.find(f"{C}addressbook") is None:
                continue
            path = item.href if item.href.endswith("/") else item.href + "/"
            name = (
                (item.props[f"{D}displayname"].text or "")
                if f"{D}displayname" in item.props
                else ""
            )
            books.append(Book(urljoin(url, path), name.strip() or path.rstrip("/").split("/")[-1]))
        return books

    # --- reading -------------------------------------------------------------------

    def sync_collection(self, book: str, token: str) -> tuple[dict[str, str], list[str], str]:
        """Changed cards (href -> ETag), removed hrefs and the new token since ``token``
        ("" = everything). ``InvalidSyncToken`` when the server refuses."""
        body = _xml(
            '<D:sync-collection xmlns:D="DAV:"><D:sync-token>'
            f"{escape(token)}</D:sync-token><D:sync-level>1</D:sync-level>"
            "<D:prop><D:getetag/></D:prop></D:sync-collection>"
        )
        try:
            r = self.http.request(
                "REPORT", book, body, {"Content-Type": XML, "Depth": "0"},
                allowed=(400, 403, 404, 405, 409, 412, 415, 501),
            )  # fmt: skip
        except SyncAuthError:
            raise
        if r.status_code != 207:
            raise InvalidSyncToken(r.status_code)
        items, new_token = parse_multistatus(r.content)
        changed: dict[str, str] = {}
        removed: list[str] = []
        book_path = path_of(book)
        for item in items:
            if item.href.rstrip("/") == book_path.rstrip("/"):
                continue
            if item.status == 404:
                removed.append(item.href)
            elif f"{D}getetag" in item.props:
                changed[item.href] = (item.props[f"{D}getetag"].text or "").strip()
        if not new_token:
            raise InvalidSyncToken("no token")
        return changed, removed, new_token

    def etags(self, book: str) -> dict[str, str]:
        """Every card of the book: href -> ETag (the fallback without sync-collection)."""
        items = self.propfind(book, ["<D:getetag/>", "<D:resourcetype/>"], "1")
        book_path = path_of(book).rstrip("/")
        return {
            item.href: (item.props[f"{D}getetag"].text or "").strip()
            for item in items
            if item.href.rstrip("/") != book_path and f"{D}getetag" in item.props
        }

    def sync_token(self, book: str) -> str:
        items = self.propfind(book, ["<D:sync-token/>"])
        return next(((i.props[f"{D}sync-token"].text or "").strip() for i in items
                     if f"{D}sync-token" in i.props), "")  # fmt: skip

    def multiget(self, book: str, hrefs: list[str]) -> Iterator[tuple[str, str, str]]:
        """(href, ETag, card text) of each href that still exists, ``BATCH`` at a time."""
        for start in range(0, len(hrefs), BATCH):
            yield from self.multiget_batch(book, hrefs[start : start + BATCH])

    def multiget_batch(self, book: str, hrefs: list[str]) -> list[tuple[str, str, str]]:
        """One addressbook-multiget request."""
        refs = "".join(f"<D:href>{escape(_quote(h))}</D:href>" for h in hrefs)
        body = _xml(
            '<C:addressbook-multiget xmlns:D="DAV:" '
            'xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/>'
            f"<C:address-data/></D:prop>{refs}</C:addressbook-multiget>"
        )
        r = self.http.request("REPORT", book, body, {"Content-Type": XML, "Depth": "1"})
        items, _token = parse_multistatus(r.content)
        out: list[tuple[str, str, str]] = []
        for item in items:
            data = item.props.get(f"{C}address-data")
            etag = item.props.get(f"{D}getetag")
            if item.status == 200 and data is not None and data.text:
                out.append(
                    (item.href, (etag.text or "").strip() if etag is not None else "", data.text)
                )
        return out

    def get(self, book: str, href: str) -> tuple[str, str] | None:
        """(ETag, card text) of one card; None when it is gone."""
        r = self.http.request("GET", urljoin(book, _quote(href)), allowed=(404, 410))
        if r.status_code != 200:
            return None
        return r.headers.get("etag", "").strip(), r.content.decode("utf-8", "replace")

    # --- writing -------------------------------------------------------------------

    def put(self, book: str, href: str, text: str, etag: str | None) -> str:
        """Create (``etag`` None: only if it does not exist) or update (only if it is
        still ``etag``); returns the new ETag ("" when the server gives none)."""
        headers = {"Content-Type": VCARD}
        if etag is None:
            headers["If-None-Match"] = "*"
        elif etag:
            headers["If-Match"] = etag
        r = self.http.request("PUT", urljoin(book, _quote(href)), text, headers, allowed=(412,))
        if r.status_code == 412:
            raise PreconditionFailed(href)
        return str(r.headers.get("etag", "")).strip()

    def delete(self, book: str, href: str, etag: str) -> None:
        headers = {"If-Match": etag} if etag else {}
        r = self.http.request(
            "DELETE", urljoin(book, _quote(href)), headers=headers, allowed=(404, 410, 412)
        )
        if r.status_code == 412:
            raise PreconditionFailed(href)


def _quote(path: str) -> str:
    from urllib.parse import quote

    return str(quote(path, safe="/@:+,;=~-._!$&'()*"))
