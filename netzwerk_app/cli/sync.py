"""``netzwerk carddav add|list|remove`` and ``netzwerk sync``: two-way CardDAV sync."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from netzwerk_app.cli.output import EXIT_ERROR, EXIT_OK, print_json, table
from netzwerk_app.domain.errors import SyncError, ValidationError

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext
    from netzwerk_app.sync.dav import Book
    from netzwerk_app.sync.engine import Account, SyncService


def _service(ctx: AppContext) -> SyncService:
    from netzwerk_app.sync.engine import SyncService

    return SyncService(ctx.db, ctx.clock)


def _stdin_password(args: argparse.Namespace) -> str | None:
    if not getattr(args, "password_stdin", False):
        return None
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise ValidationError("No password came on standard input.")
    return line


def _password(url: str, username: str, given: str | None) -> str:
    from netzwerk_app.sync import passwords

    found = passwords.find(url, username, given)
    if found is None:
        raise SyncError(
            "No password for {user} at {url}: give it with --password-stdin or the "
            "environment variable NETZWERK_CARDDAV_PASSWORD.",
            user=username,
            url=url,
        )
    return found


def _pick(books: list[Book], wanted: str | None) -> Book:
    if wanted:
        for book in books:
            if wanted in (book.name, book.url) or book.url.rstrip("/").endswith(
                "/" + wanted.strip("/")
            ):
                return book
        raise ValidationError(
            "There is no address book “{book}”; the server has: {names}.",
            book=wanted,
            names=", ".join(b.name for b in books),
        )
    if len(books) > 1:
        raise ValidationError(
            "The server has {count} address books ({names}); choose one with --book.",
            count=len(books),
            names=", ".join(b.name for b in books),
        )
    return books[0]


def _account_json(a: Account) -> dict[str, object]:
    return {
        "id": a.id,
        "url": a.url,
        "username": a.username,
        "book": a.book_name,
        "book_url": a.book_url,
        "last_sync_at": a.last_sync_at.isoformat() if a.last_sync_at else None,
    }


def cmd_carddav_add(ctx: AppContext, args: argparse.Namespace) -> int:
    from netzwerk_app.sync import passwords

    given = _stdin_password(args)
    password = _password(args.url, args.username, given)
    service = _service(ctx)
    book = _pick(service.discover(args.url, args.username, password), args.book)
    account = service.add_account(args.url, args.username, book)
    kept = bool(given) and passwords.to_keyring(account.url, account.username, password)
    if args.json:
        print_json({**_account_json(account), "password_in_keyring": kept})
    else:
        print(account.id)
        if given and not kept:
            print(
                "No keyring on this system: the password was not kept; give it again "
                "for each sync (--password-stdin or NETZWERK_CARDDAV_PASSWORD).",
                file=sys.stderr,
            )
    return EXIT_OK


def cmd_carddav_list(ctx: AppContext, args: argparse.Namespace) -> int:
    accounts = _service(ctx).accounts()
    if args.json:
        print_json([_account_json(a) for a in accounts])
    elif not accounts:
        print("No CardDAV account yet. Add one: netzwerk carddav add URL --username USER")
    else:
        table([(a.id, a.username, a.book_name, a.book_url) for a in accounts])
    return EXIT_OK


def cmd_carddav_remove(ctx: AppContext, args: argparse.Namespace) -> int:
    from netzwerk_app.sync import passwords

    account = _service(ctx).remove_account(args.id)
    if not any(a.url == account.url for a in _service(ctx).accounts()):
        passwords.forget(account.url, account.username)
    print(f"Account {account.id} removed; the contacts and the server's cards stay.")
    return EXIT_OK


def cmd_sync(ctx: AppContext, args: argparse.Namespace) -> int:
    service = _service(ctx)
    accounts = service.accounts()
    if not accounts:
        raise SyncError("No CardDAV account yet. Add one: netzwerk carddav add URL --username USER")
    given = _stdin_password(args)
    out: list[dict[str, object]] = []
    failed = False
    for account in accounts:
        try:
            password = _password(account.url, account.username, given)
            result = service.sync(account.id, password)
        except SyncError as error:
            failed = True
            out.append({"account": account.id, "error": str(error)})
            if not args.json:
                print(f"netzwerk: {error}", file=sys.stderr)
            continue
        conflicts = [
            {
                "id": c.id,
                "contact_id": c.contact_id,
                "name": c.contact_name,
                "field": c.field,
                "server": c.server_value,
                "local": c.local_value,
            }
            for c in service.conflicts(account.id)
        ]
        out.append({"account": account.id, **result.counts(),
                    "full_resync": result.full_resync, "new_contacts": result.new_contacts,
                    "open_conflicts": conflicts})  # fmt: skip
        if not args.json:
            print(
                f"{account.book_name}: pulled {result.pulled}, pushed {result.pushed}, "
                f"merged {result.merged}, conflicts {result.conflicts}, "
                f"deleted {result.deleted}"
            )
            for c in conflicts:
                print(f"  to review: {c['name']} – {c['field']}: server “{c['server']}”, "
                      f"here “{c['local']}”")  # fmt: skip
    if args.json:
        print_json(out)
    return EXIT_ERROR if failed else EXIT_OK
