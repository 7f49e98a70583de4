"""The one way the GUI opens a link: http, https, mailto and tel, after showing the host.

Contact data comes from imported cards, QR codes and pasted profiles, so a URL may be
hostile: ``file:`` or ``smb:`` paths, ``javascript:``, registered handlers such as
``ms-msdt:``, Windows paths, or ``https://linkedin.com@evil.example`` that looks like
LinkedIn but goes to evil.example. ``check_url`` is pure and decides; ``open_external``
asks the user with the real host shown and only then hands the URL to the desktop.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from netzwerk_app.gui.qt import QMessageBox, Qt, QtCore, QtGui, QWidget

ALLOWED_SCHEMES = ("http", "https", "mailto", "tel")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_HOST_LABEL = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$", re.UNICODE)
_MAIL = re.compile(r"^[^@\s/\\?#:]+@[^@\s/\\?#:]+\.[^@\s/\\?#:]+$")
_TEL = re.compile(r"^\+?[0-9().\-]{3,30}$")
# A bare "www.firma.de" from a business card is meant as a web address.
_BARE_HOST = re.compile(r"^[\w-]+(\.[\w-]+)+(/|$)", re.UNICODE)


@dataclass(frozen=True)
class LinkCheck:
    """The verdict on one URL: ``target`` is what the confirmation shows (host or address)."""

    ok: bool
    url: str = ""
    target: str = ""
    reason: str = ""


def _refuse(reason: str) -> LinkCheck:
    return LinkCheck(False, reason=reason)


def _has_bad_chars(text: str) -> bool:
    # Cc = control characters, Cf = invisible format characters (bidi overrides),
    # Z* = every kind of space; none belongs in a link we open.
    return any(unicodedata.category(ch) in ("Cc", "Cf") or ch.isspace() for ch in text)


def _check_host(host: str) -> str | None:
    """The host in ASCII (punycode for international names), or None if malformed."""
    labels = host.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.match(label) for label in labels):
        return None
    if any("_" in label for label in labels):
        return None
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None


def check_url(url: str) -> LinkCheck:
    """Decide whether ``url`` may be opened; pure, so it is tested without a browser."""
    if not url:
        return _refuse("empty")
    if _has_bad_chars(url) or _has_bad_chars(unquote(url)):
        return _refuse("control characters or spaces")
    if "\\" in url or "%5c" in url.lower():
        return _refuse("backslash (a Windows path)")
    match = _SCHEME.match(url)
    if match is None:
        if not _BARE_HOST.match(url):
            return _refuse("no scheme")
        url = "https://" + url
        match = _SCHEME.match(url)
        assert match is not None
    scheme = match.group(1).lower()
    if scheme not in ALLOWED_SCHEMES:
        return _refuse(f"scheme {scheme} not allowed")
    rest = url[match.end() :]
    if scheme in ("mailto", "tel"):
        if rest.startswith("/"):
            return _refuse("malformed address")
        pattern = _MAIL if scheme == "mailto" else _TEL
        if not pattern.match(rest):
            return _refuse("malformed address")
        return LinkCheck(True, f"{scheme}:{rest}", rest)
    if not rest.startswith("//"):
        return _refuse("malformed web address")
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[oops": a broken IPv6 host is no web address
        return _refuse("malformed web address")
    if "@" in parts.netloc:
        return _refuse("user name in the address")
    host = parts.hostname or ""
    try:
        port = parts.port
    except ValueError:
        return _refuse("bad port")
    ascii_host = _check_host(host)
    if ascii_host is None:
        return _refuse("malformed host")
    target = host if ascii_host == host.lower() else f"{host} ({ascii_host})"
    if port is not None:
        target += f":{port}"
    return LinkCheck(True, url, target)


def confirm_open(checked: LinkCheck, parent: QWidget | None) -> bool:
    """Ask before opening a checked link, with the real host or address shown."""
    translate = QtCore.QCoreApplication.translate
    scheme = checked.url.split(":", 1)[0].lower()
    question = {
        "mailto": translate("SafeLinks", "Write an e-mail to\n\n{target}\n\nin your mail program?"),
        "tel": translate("SafeLinks", "Call\n\n{target}\n\nwith your phone app?"),
    }.get(scheme, translate("SafeLinks", "Open this website in your browser?\n\n{target}\n\n{url}"))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("SafeLinks", "Open link"),
        question.format(target=checked.target, url=checked.url),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    return bool(box.exec() == QMessageBox.StandardButton.Open)


def open_external(url: str, parent: QWidget | None) -> bool:
    """Open ``url`` in the desktop's browser / mail / phone app after confirmation."""
    # Only spaces are trimmed: a URL with a newline or tab is refused, never repaired.
    checked = check_url(url.strip(" "))
    translate = QtCore.QCoreApplication.translate
    if not checked.ok:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("SafeLinks", "Link not opened"),
            translate("SafeLinks", "This link cannot be opened safely:\n\n{url}").format(url=url),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        return False
    if not confirm_open(checked, parent):
        return False
    qurl = QtCore.QUrl(checked.url, QtCore.QUrl.ParsingMode.StrictMode)
    if not qurl.isValid():
        return False
    return bool(QtGui.QDesktopServices.openUrl(qurl))
