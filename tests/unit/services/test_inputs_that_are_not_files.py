"""A device, a named pipe, a folder or a socket given as a file is refused at once.

Before, ``import /dev/zero`` grew to a MemoryError after gigabytes and a FIFO with
no writer hung for ever; each case below must answer within seconds (the timeout
fails a hang instead of waiting for it).
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netzwerk_app.app import AppContext
from netzwerk_app.domain.errors import FileAccessError
from netzwerk_app.infra.input_files import require_regular_file

pytestmark = [
    pytest.mark.timeout(60),
    pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, sockets and /dev/zero are POSIX"),
]


@pytest.fixture(params=["dev_zero", "fifo", "folder", "socket"])
def not_a_file(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    kind = request.param
    if kind == "dev_zero":
        yield Path("/dev/zero"), "a device"
    elif kind == "fifo":
        fifo = tmp_path / "contacts.vcf"
        os.mkfifo(fifo)
        yield fifo, "a named pipe"
    elif kind == "folder":
        folder = tmp_path / "Kontakte.vcf"
        folder.mkdir()
        yield folder, "a folder"
    else:
        path = tmp_path / "s.vcf"
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        server.bind(str(path))
        try:
            yield path, "a socket"
        finally:
            server.close()


def test_the_helper_names_what_it_is(not_a_file: tuple[Path, str]) -> None:
    path, kind = not_a_file
    with pytest.raises(FileAccessError) as caught:
        require_regular_file(path)
    assert str(caught.value) == f"“{path.name}” is {kind}, not a file; only files can be read."


def test_import_refuses_it_and_still_imports_the_real_file(
    ctx: AppContext, tmp_path: Path, not_a_file: tuple[Path, str]
) -> None:
    path, kind = not_a_file
    good = tmp_path / "gut.vcf"
    good.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Gut\r\nEND:VCARD\r\n", "utf-8")
    result = ctx.importer.import_files([path, good])
    (failure,) = result.failed
    assert failure.file == path.name and f"is {kind}, not a file" in failure.reason
    assert [i.name for i in result.imported] == ["Anna Gut"]


def test_reading_a_qr_picture_refuses_it(ctx: AppContext, not_a_file: tuple[Path, str]) -> None:
    path, kind = not_a_file
    with pytest.raises(FileAccessError, match=f"is {kind}, not a file"):
        ctx.qr.read_file(path)


def test_restore_refuses_it_and_changes_nothing(
    ctx: AppContext, not_a_file: tuple[Path, str]
) -> None:
    path, kind = not_a_file
    before = ctx.paths.database.read_bytes()
    with pytest.raises(FileAccessError, match=f"is {kind}, not a file"):
        ctx.backups.restore(path)
    assert ctx.paths.database.read_bytes() == before
    assert ctx.backups.list_backups() == []


def test_choosing_it_as_a_contacts_photo_is_refused(not_a_file: tuple[Path, str]) -> None:
    from netzwerk_app.gui.views.contact_page import read_photo

    path, kind = not_a_file
    with pytest.raises(FileAccessError, match=f"is {kind}, not a file"):
        read_photo(path)
