"""What the sync refuses or reports before any card moves: unencrypted addresses,
unreachable servers, untrusted certificates, XML with entity tricks."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_servers import free_port, start_radicale

from netzwerk_app.domain.errors import (
    SyncCertificateError,
    SyncError,
    SyncServerError,
    SyncUnreachableError,
)
from netzwerk_app.sync.dav import CardDav, parse_multistatus
from netzwerk_app.sync.http import DavHttp, check_url


def test_plain_http_is_refused_except_for_this_computer() -> None:
    assert check_url("https://cloud.example.org/") == "https://cloud.example.org/"
    assert check_url("http://127.0.0.1:5232/") == "http://127.0.0.1:5232/"
    assert check_url("http://localhost/dav/") == "http://localhost/dav/"
    with pytest.raises(SyncError, match="not encrypted; use https://"):
        check_url("http://cloud.example.org/")
    with pytest.raises(SyncError, match="is no web address"):
        check_url("cloud.example.org")


def test_an_unreachable_server_is_one_sentence_after_the_retries() -> None:
    waits: list[float] = []
    url = f"http://127.0.0.1:{free_port()}/"  # nothing listens there
    http = DavHttp("alice", "pw", timeout=1.0, retries=2, sleep=waits.append)
    with http, pytest.raises(SyncUnreachableError, match="cannot be reached") as error:
        CardDav(http).discover(url)
    assert waits == [0.5, 1.0]  # back-off doubles
    assert str(error.value).count(".") >= 1 and "\n" not in str(error.value)


def test_a_certificate_nobody_signed_stops_the_sync_before_anything_is_sent(
    tmp_path: Path,
) -> None:
    server = start_radicale(tmp_path, tls=True)
    try:
        http = DavHttp(server.username, server.password)
        with http, pytest.raises(SyncCertificateError, match="cannot be trusted"):
            CardDav(http).discover(server.root)
    finally:
        server.stop()


def test_xml_with_entities_is_refused_not_expanded() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<multistatus xmlns="DAV:"><response><href>&b;</href></response></multistatus>'
    )
    with pytest.raises(SyncServerError, match="not readable XML"):
        parse_multistatus(bomb)
