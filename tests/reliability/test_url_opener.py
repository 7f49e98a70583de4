"""Check 8: hostile URLs never reach the system's URL handler (QDesktopServices)."""

from __future__ import annotations

from typing import Any

import pytest

from netzwerk_app.domain import model as m
from netzwerk_app.domain.links import profile_url_to_open

BAD_URLS = [
    "file:///etc/passwd",
    "FILE:///C:/Windows/System32/calc.exe",
    "file:/etc/passwd",
    "C:\\Windows\\System32\\calc.exe",
    "C:/Windows/System32/calc.exe",
    "\\\\host\\share\\evil.exe",
    "//host/share/evil.exe",
    "smb://host/share",
    "ms-msdt:/id PCWDiagnostic /skip force",
    "ms-msdt:-id%20PCWDiagnostic",
    "search-ms:query=x&crumb=location:\\\\evil.example\\share",
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    " javascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "https://linkedin.com@evil.example",
    "https://www.linkedin.com:443@evil.example/in/x",
    "https://linkedin.com%40evil.example",
    "https://www.linkedin.com/in/anna\n",
    "https://www.linkedin.com/in/anna\r\n",
    "https://www.linkedin.com/in/anna\nfile:///etc/passwd",
    "https://www.linkedin.com\u202e/in/anna",
    "https://evil.example\\@www.linkedin.com/",
    "mailto:a@b.de?attach=/etc/passwd",
]
GOOD_URLS = ["https://www.linkedin.com/in/anna-mueller", "mailto:anna@example.de"]


@pytest.fixture
def opened(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record what reaches the desktop; every confirmation box is answered "Open"."""
    from netzwerk_app.gui.qt import QDesktopServices, QMessageBox

    calls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: calls.append(url.toString()) or True
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Open)
    return calls


@pytest.mark.parametrize("url", BAD_URLS)
def test_bad_urls_never_reach_the_desktop(opened: list[str], url: str) -> None:
    from netzwerk_app.gui.widgets.safe_links import open_external

    assert open_external(url, None) is False
    assert opened == []


def test_good_urls_do_reach_it_so_the_patch_is_real(opened: list[str]) -> None:
    from netzwerk_app.gui.widgets.safe_links import open_external

    for url in GOOD_URLS:
        assert open_external(url, None) is True
    assert opened == GOOD_URLS


def test_contact_page_links_go_through_the_same_gate(
    ctx: Any, qtbot: Any, opened: list[str]
) -> None:
    from netzwerk_app.gui.main import create_application
    from netzwerk_app.gui.qt import QPushButton
    from netzwerk_app.gui.tasks import TaskRunner
    from netzwerk_app.gui.views.contact_page import ContactPage

    create_application(ctx.paths, "en")
    contact = ctx.contacts.create(
        m.Contact(formatted_name="Link Test", urls=[m.Url(u) for u in BAD_URLS])
    )
    tasks = TaskRunner()
    page = ContactPage(ctx, tasks)
    qtbot.addWidget(page)
    page.show()
    page.load(contact.id)
    qtbot.waitUntil(
        lambda: len(page.findChildren(QPushButton, "rowOpen")) == len(BAD_URLS), timeout=20000
    )
    for button in page.findChildren(QPushButton, "rowOpen"):
        button.click()  # the "Open" button beside each stored web address
    tasks.wait()
    assert opened == []


@pytest.mark.parametrize("url", BAD_URLS)
def test_the_follow_up_profile_opener_refuses_them_too(url: str) -> None:
    contact = m.Contact(formatted_name="X", urls=[m.Url(url)])
    assert profile_url_to_open(url, contact) is None
