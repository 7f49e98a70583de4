"""Check 11: disk full and read-only folders at every write point.

Python-level writes (export, GDPR export, QR code, settings; all through
``infra.atomic``) get the OSError injected at the
OS boundary (``os.fsync`` / ``os.replace`` / ``tempfile.mkstemp``). SQLite writes
(backup, import) run in a child process whose file-size limit (RLIMIT_FSIZE) makes
the kernel refuse to grow any file: as close to a full disk as a test gets without
mounting one.
"""

from __future__ import annotations

import errno
import os
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import child_report
from reliability_helpers import assert_sound, names_in, people

from netzwerk_app.app import AppContext, open_app
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import FileAccessError
from netzwerk_app.infra.paths import AppPaths
from netzwerk_app.infra.settings import Settings, load_settings, save_settings

FAULTS = {
    "disk-full-at-fsync": ("fsync", errno.ENOSPC),
    "read-only-at-rename": ("replace", errno.EROFS),
    "read-only-at-create": ("mkstemp", errno.EROFS),
}


def _inject(monkeypatch: pytest.MonkeyPatch, where: str, code: int) -> None:
    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(code, os.strerror(code))

    target: Any = tempfile if where == "mkstemp" else os
    monkeypatch.setattr(target, where, fail)


def _folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _check_write(
    monkeypatch: pytest.MonkeyPatch,
    fault: str,
    target: Path,
    write: Callable[[], object],
) -> str:
    """Run ``write`` with the fault; the old file and the folder stay as they were."""
    old = target.read_bytes()
    before = _folder_listing(target.parent)
    where, code = FAULTS[fault]
    with monkeypatch.context() as patch:
        _inject(patch, where, code)
        with pytest.raises(FileAccessError) as caught:
            write()
    assert target.read_bytes() == old  # no half-written file in its place
    assert _folder_listing(target.parent) == before  # and no temporary file beside it
    message = str(caught.value)
    assert os.strerror(code) in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_export(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    ctx.contacts.create(m.Contact(formatted_name="Anna Alt", emails=[m.Email("a@example.de")]))
    out = tmp_path / "export" / "contacts.vcf"
    ctx.exporter.export(out)
    ctx.contacts.create(m.Contact(formatted_name="Bernd Neu"))
    _check_write(monkeypatch, fault, out, lambda: ctx.exporter.export(out))
    assert ctx.contacts.count() == 2  # nothing lost in the database either


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_gdpr_person_export(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    contact = ctx.contacts.create(m.Contact(formatted_name="Anna Alt"))
    out = tmp_path / "person"
    ctx.privacy.export_person(contact.id or 0, out)
    target = out / f"person-{contact.id}.json"
    _check_write(
        monkeypatch, fault, target, lambda: ctx.privacy.export_person(contact.id or 0, out)
    )


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_qr_code_save(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str, suffix: str
) -> None:
    anna = ctx.contacts.create(m.Contact(formatted_name="Anna Alt", emails=[m.Email("a@ex.de")]))
    card = ctx.qr.contact_data(anna.id or 0)
    out = tmp_path / f"anna{suffix}"
    ctx.qr.export(card, out)
    _check_write(monkeypatch, fault, out, lambda: ctx.qr.export(card, out, ["name"]))


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_settings_save(app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
    app_paths.ensure()
    save_settings(app_paths.settings_file, Settings(linkedin_note_limit=300))
    message = _check_write(
        monkeypatch,
        fault,
        app_paths.settings_file,
        lambda: save_settings(app_paths.settings_file, Settings(linkedin_note_limit=200)),
    )
    assert "settings could not be saved" in message
    assert load_settings(app_paths.settings_file).linkedin_note_limit == 300


# --- SQLite writes under a file-size limit, in a child process ------------------------

LIMITED = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    from netzwerk_app.app import open_app
    from netzwerk_app.domain.errors import NetzwerkError
    from netzwerk_app.infra.paths import under_basedir

    ctx = open_app(under_basedir(Path(sys.argv[1])))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG, like ENOSPC, not a kill
    limit = int(sys.argv[3])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    report = {}
    try:
        if sys.argv[2] == "backup":
            report["made"] = str(ctx.backups.backup_now())
        else:
            result = ctx.importer.import_files([Path(sys.argv[2])])
            report["imported"] = len(result.imported)
            report["failed"] = [f.reason for f in result.failed]
    except NetzwerkError as error:
        report["error"] = type(error).__name__ + ": " + str(error)
    ctx.close()
    print(json.dumps(report))
    """
)


def _limited(basedir: Path, what: str, limit: int) -> dict[str, Any]:
    report = child_report(LIMITED, str(basedir), what, str(limit), timeout=300)
    print(what, report)
    return report


@pytest.fixture
def filled(app_paths: AppPaths, tmp_path: Path) -> AppPaths:
    ctx = open_app(app_paths)
    source = tmp_path / "first.vcf"
    source.write_text(people(3000), encoding="utf-8", newline="")
    ctx.importer.import_files([source])
    ctx.close()
    open_app(app_paths).close()  # today's automatic backup exists from here on
    return app_paths


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_backup_on_a_full_disk(filled: AppPaths) -> None:
    size = filled.database.stat().st_size
    before = _folder_listing(filled.backup_dir)
    report = _limited(filled.data_dir.parent, "backup", size // 2)
    assert report["error"].startswith(
        "BackupError: The backup could not be written: the disk is full"
    )
    assert _folder_listing(filled.backup_dir) == before  # no partial backup left
    assert_sound(filled.database)
    assert len(names_in(filled.database)) == 3000


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_import_on_a_full_disk_keeps_what_was_there(filled: AppPaths, tmp_path: Path) -> None:
    more = tmp_path / "more.vcf"
    more.write_text(people(3000, prefix="Mehr"), encoding="utf-8", newline="")
    report = _limited(filled.data_dir.parent, str(more), 64 * 1024)
    assert report["imported"] == 0
    assert "Nothing from this file was imported" in report["failed"][0]
    assert "disk is full" in report["failed"][0]
    assert_sound(filled.database)
    assert len(names_in(filled.database)) == 3000  # the earlier import is untouched
