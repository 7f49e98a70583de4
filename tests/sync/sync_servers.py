"""Real CardDAV servers for the sync tests (the fixtures are in conftest.py): Radicale (password auth) and Xandikos.

Each runs as a child process on 127.0.0.1 with a free port, its storage in the
test's temporary folder, and is stopped after the test. ``FaultProxy`` stands
between the app and a server to answer one chosen request with a server error or
to hold it (a timeout, or a moment to kill the syncing process).
"""

from __future__ import annotations

import http.server
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

USER, PASSWORD = "alice", "Geheim-Passwort-42"
BOOK = "kontakte"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_up(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    for _ in range(200):
        if proc.poll() is not None:
            raise RuntimeError(f"the server ended: {log.read_text(errors='replace')[-2000:]}")
        try:
            httpx.request("OPTIONS", url, timeout=1, verify=False)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("the server did not start")


@dataclass
class Server:
    """A running CardDAV server: its root URL, the address book's URL, its storage."""

    name: str
    root: str
    book_url: str
    storage: Path
    username: str = USER
    password: str = PASSWORD
    proc: subprocess.Popen[bytes] | None = None
    restart_args: list[str] = field(default_factory=list)

    def client(self) -> httpx.Client:
        auth = (self.username, self.password) if self.password else None
        return httpx.Client(auth=auth, timeout=10)

    def cards(self) -> dict[str, str]:
        """href -> card text, read over HTTP like any other client of the server."""
        with self.client() as c:
            body = (
                '<?xml version="1.0"?><C:addressbook-query xmlns:D="DAV:" '
                'xmlns:C="urn:ietf:params:xml:ns:carddav"><D:prop><D:getetag/>'
                "<C:address-data/></D:prop></C:addressbook-query>"
            )
            r = c.request(
                "REPORT", self.book_url, content=body,
                headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
            )  # fmt: skip
            r.raise_for_status()
        from defusedxml import ElementTree

        out: dict[str, str] = {}
        for resp in ElementTree.fromstring(r.content).iter("{DAV:}response"):
            href = resp.findtext("{DAV:}href") or ""
            data = resp.find(".//{urn:ietf:params:xml:ns:carddav}address-data")
            if data is not None and data.text:
                out[href] = data.text
        return out

    def put(self, name: str, text: str, etag: str | None = None) -> httpx.Response:
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        with self.client() as c:
            return c.put(self.book_url + name, content=text.encode(), headers=headers)

    def delete(self, href: str) -> httpx.Response:
        with self.client() as c:
            return c.delete(self.root.rstrip("/") + href if href.startswith("/") else href)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _start(args: list[str], log: Path, url: str) -> subprocess.Popen[bytes]:
    out = log.open("ab")
    proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
    out.close()
    wait_until_up(url, proc, log)
    return proc


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 that no one signed (what a misconfigured or
    intercepted server shows)."""
    from datetime import UTC, datetime, timedelta
    from ipaddress import IPv4Address

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    start = datetime(2026, 1, 1, tzinfo=UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(start + timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(IPv4Address("127.0.0.1"))]),
                       critical=False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def start_radicale(folder: Path, tls: bool = False) -> Server:
    storage = folder / "radicale"
    book = storage / "collection-root" / USER / BOOK
    book.mkdir(parents=True)
    (book / ".Radicale.props").write_text(
        '{"tag": "VADDRESSBOOK", "D:displayname": "Kontakte"}', encoding="utf-8"
    )
    users = folder / "users"
    users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    port = free_port()
    root = f"{'https' if tls else 'http'}://127.0.0.1:{port}/"
    args = [
        sys.executable, "-m", "radicale",
        "--server-hosts", f"127.0.0.1:{port}",
        "--storage-filesystem-folder", str(storage),
        "--auth-type", "htpasswd",
        "--auth-htpasswd-filename", str(users),
        "--auth-htpasswd-encryption", "plain",
        "--rights-type", "owner_only",
        "--logging-level", "warning",
    ]  # fmt: skip
    if tls:
        cert, key = self_signed(folder)
        args += ["--ssl", "True", "--certificate", str(cert), "--key", str(key)]
    log = folder / "radicale.log"
    server = Server("radicale", root, f"{root}{USER}/{BOOK}/", storage, restart_args=args)
    server.proc = _start(args, log, root)
    return server


def start_xandikos(folder: Path) -> Server:
    storage = folder / "xandikos"
    port = free_port()
    root = f"http://127.0.0.1:{port}/"
    args = [
        sys.executable, "-m", "xandikos.web", "-d", str(storage), "--defaults",
        "-l", "127.0.0.1", "-p", str(port), "--no-detect-systemd",
    ]  # fmt: skip
    server = Server("xandikos", root, f"{root}user/contacts/addressbook/", storage, password="")
    server.restart_args = args
    server.proc = _start(args, folder / "xandikos.log", root)
    return server


class FaultProxy:
    """A plain HTTP proxy in front of a server; ``fail_at``: the number of the request
    (1-based, counting from ``arm()``) that gets a 500, ``hold_at``: from which one on each
    waits ``hold_seconds`` before it is forwarded; ``fail_method`` limits both to a method."""

    def __init__(self, target: str) -> None:
        self.target = target.rstrip("/")
        self.count = 0
        self.fail_at = 0
        self.hold_at = 0
        self.hold_seconds = 0.0
        self.method = ""
        self.held = threading.Event()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if not proxy.method or self.command == proxy.method:
                    proxy.count += 1
                    n = proxy.count
                else:
                    n = -1
                if proxy.hold_at and n >= proxy.hold_at:  # this one and every later one
                    proxy.held.set()
                    time.sleep(proxy.hold_seconds)
                if n == proxy.fail_at:
                    self.send_response(500)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                headers = {
                    k: v
                    for k, v in self.headers.items()
                    if k.lower() not in ("host", "content-length", "connection")
                }
                try:
                    r = httpx.request(
                        self.command, proxy.target + self.path, content=body,
                        headers=headers, timeout=30,
                    )  # fmt: skip
                except httpx.TransportError:
                    self.send_response(502)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(r.status_code)
                for k, v in r.headers.items():
                    if k.lower() not in (
                        "content-length",
                        "transfer-encoding",
                        "connection",
                        "content-encoding",
                    ):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(r.content)))
                self.end_headers()
                self.wfile.write(r.content)

            do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = do_OPTIONS = _any
            do_POST = do_HEAD = do_MKCOL = _any

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, server_url: str) -> str:
        return server_url.replace(self.target, f"http://127.0.0.1:{self.port}")

    def arm(
        self, *, fail_at: int = 0, hold_at: int = 0, hold: float = 0.0, method: str = ""
    ) -> None:
        self.count, self.fail_at, self.hold_at = 0, fail_at, hold_at
        self.hold_seconds, self.method = hold, method
        self.held.clear()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def kill_hard(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
