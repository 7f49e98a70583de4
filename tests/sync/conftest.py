"""Fixtures: real CardDAV servers (Radicale with password auth, Xandikos) and a
fault-injecting proxy, each started for one test and stopped after it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_servers import FaultProxy, Server, start_radicale, start_xandikos


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Server]:
    server = start_radicale(tmp_path)
    yield server
    server.stop()


@pytest.fixture(params=["radicale", "xandikos"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Server]:
    """Each test using it runs against both server implementations."""
    start = start_radicale if request.param == "radicale" else start_xandikos
    srv = start(tmp_path)
    yield srv
    srv.stop()


@pytest.fixture
def proxy(radicale: Server) -> Iterator[FaultProxy]:
    p = FaultProxy(radicale.root)
    yield p
    p.close()
