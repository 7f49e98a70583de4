"""HTTP for CardDAV on httpx: TLS verified, plain http only to this computer,
timeouts, retries with back-off, and one plain sentence for each kind of failure."""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Callable, Mapping
from urllib.parse import urljoin, urlsplit

import httpx

from netzwerk_app.domain.errors import (
    QT_TRANSLATE_NOOP,
    SyncAuthError,
    SyncCertificateError,
    SyncError,
    SyncServerError,
    SyncUnreachableError,
)

log = logging.getLogger("netzwerk.sync.http")

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
TIMEOUT = httpx.Timeout(20.0, connect=10.0)
RETRIES = 3  # attempts after the first, for a lost connection or a 502/503/504
BACKOFF = 0.5  # seconds before the first retry, doubled each time
_RETRY_STATUS = frozenset({502, 503, 504})
XML = "application/xml; charset=utf-8"


def check_url(url: str) -> str:
    """``url`` if the app may talk to it: https anywhere, http only on this computer."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        raise SyncError(
            QT_TRANSLATE_NOOP("Errors", "“{url}” is no web address (https://…)."), url=url
        )
    if parts.scheme == "http" and host not in LOCAL_HOSTS:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The address {url} is not encrypted; use https:// (plain http only works "
                "for a server on this computer).",
            ),
            url=url,
        )
    return url.strip()


class DavHttp:
    """One connection pool to one server; ``request`` raises ``SyncError`` kinds."""

    def __init__(
        self,
        username: str,
        password: str,
        timeout: httpx.Timeout | float = TIMEOUT,
        retries: int = RETRIES,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.client = httpx.Client(
            auth=httpx.BasicAuth(username, password) if username else None,
            timeout=timeout,
            verify=True,
            follow_redirects=False,
            headers={"User-Agent": "Netzwerk"},
        )
        self.retries = retries
        self.sleep = sleep

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> DavHttp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(
        self,
        method: str,
        url: str,
        body: str | bytes | None = None,
        headers: Mapping[str, str] | None = None,
        ok: tuple[int, ...] = (200, 201, 204, 207),
        allowed: tuple[int, ...] = (),
    ) -> httpx.Response:
        """The response when its status is in ``ok`` or ``allowed`` (for the caller to
        handle, e.g. 404 or 412); redirects are followed on the same server."""
        check_url(url)
        content = body.encode("utf-8") if isinstance(body, str) else body
        for _hop in range(5):
            response = self._send(method, url, content, headers)
            if response.status_code in (301, 302, 307, 308) and "location" in response.headers:
                target = urljoin(url, response.headers["location"])
                if urlsplit(target).netloc != urlsplit(url).netloc:
                    check_url(target)
                url = target
                continue
            break
        status = response.status_code
        if status in ok or status in allowed:
            return response
        if status == 401:
            raise SyncAuthError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The server refused the user name or password; check them (iCloud "
                    "needs an app-specific password).",
                )
            )
        if status == 403:
            raise SyncAuthError(
                QT_TRANSLATE_NOOP("Errors", "The server does not allow this account to {what}."),
                what=f"{method} {urlsplit(url).path}",
            )
        raise SyncServerError(
            QT_TRANSLATE_NOOP(
                "Errors", "The server answered {method} with error {status}; try again later."
            ),
            method=method,
            status=status,
        )

    def _send(
        self, method: str, url: str, content: bytes | None, headers: Mapping[str, str] | None
    ) -> httpx.Response:
        delay = BACKOFF
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                response = self.client.request(method, url, content=content, headers=headers)
            except httpx.ConnectError as error:
                if _is_certificate_error(error):
                    raise SyncCertificateError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "The server {host} has a certificate that cannot be trusted; "
                            "nothing was sent.",
                        ),
                        host=urlsplit(url).hostname or url,
                    ) from error
                if last:
                    raise _unreachable(url) from error
            except httpx.TimeoutException as error:
                if last:
                    raise SyncUnreachableError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "The server {host} did not answer in time; try again later."
                        ),
                        host=urlsplit(url).hostname or url,
                    ) from error
            except httpx.TransportError as error:
                if last:
                    raise _unreachable(url) from error
            else:
                if response.status_code not in _RETRY_STATUS or last:
                    return response
            log.info("%s %s: retrying in %.1f s", method, urlsplit(url).path, delay)
            self.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover


def _unreachable(url: str) -> SyncUnreachableError:
    return SyncUnreachableError(
        QT_TRANSLATE_NOOP(
            "Errors", "The server {host} cannot be reached; check the address and the network."
        ),
        host=urlsplit(url).hostname or url,
    )


def _is_certificate_error(error: BaseException) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
