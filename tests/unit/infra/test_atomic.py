"""Every file the app writes is the old one or the whole new one, whatever fails."""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from netzwerk_app.domain.errors import DiskFullError, FileAccessError
from netzwerk_app.infra.atomic import atomic_open, write_atomic

# where the OS refuses, and how: the seams a real full or read-only disk hits
FAILURES = {
    "fsync": (os, "fsync", errno.ENOSPC),
    "replace": (os, "replace", errno.EROFS),
    "create": (tempfile, "mkstemp", errno.EACCES),
}


def _refuse(monkeypatch: pytest.MonkeyPatch, where: str) -> int:
    module, name, code = FAILURES[where]

    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(module, name, fail)
    return code


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    target = tmp_path / "contacts.vcf"
    target.write_bytes(b"BEGIN:VCARD\r\nFN:Anna Alt\r\nEND:VCARD\r\n")
    return target


@pytest.mark.parametrize("where", sorted(FAILURES))
def test_a_failure_keeps_the_old_file_and_leaves_no_temporary_file(
    old_file: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    old = old_file.read_bytes()
    with monkeypatch.context() as patch:
        code = _refuse(patch, where)
        with pytest.raises(FileAccessError) as caught:
            write_atomic(old_file, b"BEGIN:VCARD\r\nFN:Bernd Neu\r\nEND:VCARD\r\n" * 1000)
    assert old_file.read_bytes() == old
    assert sorted(p.name for p in old_file.parent.iterdir()) == ["contacts.vcf"]
    message = str(caught.value)
    assert message.endswith(".") and os.strerror(code) in message
    assert str(old_file) in message and "Errno" not in message


def test_a_full_disk_is_said_as_such(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        _refuse(patch, "fsync")
        with pytest.raises(DiskFullError) as caught:
            write_atomic(old_file, "FN:Bernd Neu")
    assert str(caught.value) == (
        f"Could not write {old_file}: the disk is full (No space left on device). "
        "The old file is unchanged."
    )


def test_a_read_only_folder_is_not_called_a_full_disk(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        _refuse(patch, "replace")
        with pytest.raises(FileAccessError) as caught:
            write_atomic(old_file, "FN:Bernd Neu")
    assert not isinstance(caught.value, DiskFullError)
    assert str(caught.value) == f"Could not write {old_file}: Read-only file system."


@pytest.mark.parametrize(
    ("mode", "half", "failure", "raised"),
    [
        # as a full disk's write does: said as a full disk
        ("wb", b"half a card", OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), DiskFullError),
        # a bug in the writer: passed on as it is
        ("w", "half a card", KeyError("the export stopped half-way"), KeyError),
    ],
)
def test_a_write_that_fails_half_way_keeps_the_old_file(
    old_file: Path, mode: str, half: str | bytes, failure: Exception, raised: type[Exception]
) -> None:
    old = old_file.read_bytes()
    with pytest.raises(raised), atomic_open(old_file, mode) as out:
        out.write(half)
        raise failure
    assert old_file.read_bytes() == old
    assert [p.name for p in old_file.parent.iterdir()] == ["contacts.vcf"]


def test_text_is_utf8_with_line_ends_untouched_and_the_file_private(tmp_path: Path) -> None:
    target = tmp_path / "new folder" / "karte.vcf"
    write_atomic(target, "FN:Jürgen Weiß\r\n")
    assert target.read_bytes() == "FN:Jürgen Weiß\r\n".encode()
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_custom_sentence_names_what_was_not_saved(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        _refuse(patch, "fsync")
        with pytest.raises(DiskFullError) as caught:
            write_atomic(old_file, "x", template="The settings could not be saved ({reason}).")
    assert str(caught.value) == "The settings could not be saved (No space left on device)."
