"""CardDAV sync speed against a real Radicale on 127.0.0.1; prints its figures.

1. First sync of N cards (default 5,000) into an empty database, against fetching
   the same cards with raw addressbook-multiget requests (PROPFIND of ETags, then
   batches of 100) in the same run: target <= 2 x the raw fetch. The server's
   one-time work (its ETag cache and sync history) is done before both.
2. One card changed on the server among the N, synced: target <= 1 s.
3. One contact changed locally among the N, synced: target <= 1 s.

Usage: python benchmarks/sync.py [--cards N]
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from netzwerk_app.app import open_app
from netzwerk_app.infra.paths import under_basedir
from netzwerk_app.sync.dav import CardDav
from netzwerk_app.sync.engine import SyncService
from netzwerk_app.sync.http import DavHttp

USER, PASSWORD = "bench", "bench-passwort"
GIVEN = ["Lena", "Jörg", "Anna", "Mehmet", "Sophie", "Lukas", "Bärbel", "Jürgen", "Zoë", "Ali"]
FAMILY = ["Öztürk", "Weiß", "Schmidt", "Müller", "Nguyen", "Krüger", "Bauer", "Özdemir"]


def vcard(n: int) -> str:
    given, family = GIVEN[n % len(GIVEN)], FAMILY[n % len(FAMILY)]
    return "\r\n".join([
        "BEGIN:VCARD", "VERSION:3.0", f"UID:bench-{n}", f"FN:{given} {family} {n}",
        f"N:{family} {n};{given};;;", f"ORG:Firma {n % 300} GmbH", "TITLE:Geschäftsführung",
        f"TEL;TYPE=CELL:+49 170 {n:07d}", f"EMAIL;TYPE=WORK:person{n}@example.org",
        f"ADR;TYPE=WORK:;;Hauptstraße {n % 200};Köln;;50667;Deutschland",
        "CATEGORIES:BNI,Kunde", "END:VCARD", "",
    ])  # fmt: skip


def start_radicale(folder: Path, cards: int) -> tuple[subprocess.Popen[bytes], str]:
    book = folder / "storage" / "collection-root" / USER / "kontakte"
    book.mkdir(parents=True)
    (book / ".Radicale.props").write_text('{"tag": "VADDRESSBOOK", "D:displayname": "Kontakte"}')
    for n in range(cards):
        (book / f"bench-{n}.vcf").write_bytes(vcard(n).encode())
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{port}",
         "--storage-filesystem-folder", str(folder / "storage"), "--auth-type", "htpasswd",
         "--auth-htpasswd-filename", str(folder / "users"),
         "--auth-htpasswd-encryption", "plain", "--logging-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    root = f"http://127.0.0.1:{port}/"
    for _ in range(200):
        try:
            httpx.request("OPTIONS", root, timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.05)
    return proc, root


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        proc, root = start_radicale(folder, args.cards)
        try:
            book = f"{root}{USER}/kontakte/"
            # The server's one-time work (Radicale builds its ETag cache and its sync
            # history on the first listing) is done before both measurements.
            with DavHttp(USER, PASSWORD) as http:
                warm = CardDav(http)
                list(warm.multiget(book, list(warm.etags(book))))
                warm.sync_collection(book, "")
            t0 = time.perf_counter()
            with DavHttp(USER, PASSWORD) as http:
                dav = CardDav(http)
                raw = list(dav.multiget(book, list(dav.etags(book))))
            t_raw = time.perf_counter() - t0
            assert len(raw) == args.cards

            ctx = open_app(under_basedir(folder / "app"))
            service = SyncService(ctx.db)
            books = service.discover(root, USER, PASSWORD)
            account = service.add_account(root, USER, books[0]).id
            t0 = time.perf_counter()
            first = service.sync(account, PASSWORD)
            t_first = time.perf_counter() - t0
            assert first.pulled == args.cards and first.pushed == 0, first

            href = f"/{USER}/kontakte/bench-7.vcf"
            with httpx.Client(auth=(USER, PASSWORD)) as c:
                c.put(root.rstrip("/") + href, content=vcard(7).replace(
                    "TITLE:Geschäftsführung", "TITLE:Vorstand").encode())  # fmt: skip
            t0 = time.perf_counter()
            one = service.sync(account, PASSWORD)
            t_one = time.perf_counter() - t0
            assert (one.pulled, one.pushed) == (1, 0), one

            [first_contact] = ctx.contacts.summaries(limit=1)
            contact = ctx.contacts.get(first_contact.contact.id or 0)
            contact.title = "Inhaberin"
            ctx.contacts.update(contact)
            t0 = time.perf_counter()
            local = service.sync(account, PASSWORD)
            t_local = time.perf_counter() - t0
            assert (local.pulled, local.pushed) == (0, 1), local
            ctx.close()
        finally:
            proc.terminate()
            proc.wait()
    ratio = t_first / t_raw
    print(f"raw multiget of {args.cards} cards: {t_raw:.2f} s")
    print(f"first sync of {args.cards} cards:   {t_first:.2f} s ({ratio:.2f} x raw; target <= 2)")
    print(f"one card changed on the server:   {t_one:.3f} s (target <= 1 s)")
    print(f"one contact changed locally:      {t_local:.3f} s (target <= 1 s)")
    ok = ratio <= 2 and t_one <= 1 and t_local <= 1
    print("OK" if ok else "SLOWER THAN THE TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
