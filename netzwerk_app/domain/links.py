"""Which URLs the app may open, and the mailto: links it builds.

The app never sends anything itself: it opens a profile in the browser or an
e-mail draft in the mail program. A URL stored from an imported card is untrusted
input, so only plain https links to LinkedIn, XING or the contact's own website
pass — no file:, javascript:, user-info tricks ("https://linkedin.com@evil.example")
or look-alike hosts ("linkedin.com.evil.example").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote, urlsplit

from netzwerk_app.domain import model as m

NETWORK_HOSTS = ("linkedin.com", "xing.com")
_HOST_CHARS = re.compile(r"[A-Za-z0-9.-]+")


def _host_of(url: str) -> str | None:
    """The lower-case host of a clean https URL, or None when the URL is not safe."""
    # Only spaces are trimmed: a newline or tab anywhere means the URL is refused.
    url = url.strip(" ")
    if not url or any(ord(ch) < 0x21 or ch in "\\\x7f" for ch in url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() != "https" or parts.username is not None or "@" in parts.netloc:
        return None
    if port not in (None, 443):
        return None
    host = (parts.hostname or "").rstrip(".")
    if not host or not _HOST_CHARS.fullmatch(host):
        # non-ASCII hosts can imitate others (homoglyphs), "%40" hides an "@";
        # punycode (xn--) is fine
        return None
    return host.lower()


def is_readable_url(value: str) -> bool:
    """False for text no URL parser can read (``http://[oops``, a broken IPv6 host).

    Such a value is kept exactly as written, shown as text and never opened; it
    must not stop an import, a search or an export.
    """
    text = value.strip()
    if not text:
        return False
    try:
        parts = urlsplit(text if "://" in text or ":" in text else "https://" + text)
        _ = parts.port
    except ValueError:
        return False
    return True


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def profile_url_to_open(url: str, contact: m.Contact | None = None) -> str | None:
    """``url`` if it is safe to hand to the browser, else None.

    Safe: https on linkedin.com / xing.com (and their subdomains), or on the host of
    one of the contact's own website URLs.
    """
    host = _host_of(url)
    if host is None:
        return None
    if any(_on(host, d) for d in NETWORK_HOSTS):
        return url.strip(" ")
    if contact is not None and host in _website_hosts(contact.urls):
        return url.strip(" ")
    return None


def _website_hosts(urls: Iterable[m.Url]) -> set[str]:
    hosts: set[str] = set()
    for u in urls:
        host = _host_of(u.value)
        if host and not any(_on(host, d) for d in NETWORK_HOSTS):
            hosts.add(host)
    return hosts


def mailto_url(address: str, subject: str, body: str) -> str | None:
    """A mailto: link with subject and body; None for an address that could inject headers."""
    address = address.strip()
    if (
        not address
        or address.count("@") != 1
        or any(ch in address for ch in "?&#\r\n<>\"' ,;")
    ):
        return None
    # CRLF line ends as RFC 6068 asks; every other character percent-encoded.
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{quote(address, safe='@.+-_')}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
