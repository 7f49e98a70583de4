"""Check 5: hostile files through the real import path; memory, survival, a live GUI."""

from __future__ import annotations

import base64
import itertools
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from helpers import child_report
from reliability_helpers import card, people

from netzwerk_app.app import AppContext
from netzwerk_app.interchange import prescan

MB = 1024 * 1024

# Imports one file in a fresh process and reports the result and the peak memory.
# On Linux ru_maxrss survives exec (it would include the forking pytest process's
# own peak), so VmHWM of this process's address space is read when it exists.
MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from netzwerk_app.app import open_app
    from netzwerk_app.infra.paths import under_basedir

    ctx = open_app(under_basedir(Path(sys.argv[1])))
    started = time.perf_counter()
    result = ctx.importer.import_files([Path(sys.argv[2])])
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB (bytes on macOS)
    if sys.platform == "darwin":
        peak //= 1024
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    except OSError:
        pass
    print(json.dumps({
        "imported": len(result.imported),
        "failed": [f.reason for f in result.failed[:3]],
        "failed_count": len(result.failed),
        "warnings": len(result.warnings),
        "peak_mb": peak / 1024,
        "seconds": seconds,
        "count": ctx.contacts.count(),
    }))
    """
)


def measure_import(tmp_path: Path, path: Path) -> dict[str, Any]:
    report = child_report(MEASURE, str(tmp_path / "netzwerk"), str(path), timeout=600)
    print(path.name, report)
    return report


def _photo_card(name: str, base64_chars: int) -> bytes:
    """A card whose PHOTO value is ``base64_chars`` of valid base64 (a JPEG header, zeros)."""
    payload = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(base64_chars * 3 // 4 - 4))
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nPHOTO;ENCODING=b;TYPE=JPEG:".encode()
        + payload
        + b"\r\nEND:VCARD\r\n"
    )


def test_54_mb_file_with_50_mb_photo_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "huge-photo.vcf"
    with big.open("wb") as handle:
        handle.write(people(45_000).encode())  # 4 MB of ordinary cards
        handle.write(_photo_card("Foto Riese", 50 * MB))
    assert 54 * MB <= big.stat().st_size < 56 * MB
    report = measure_import(tmp_path, big)
    assert report["imported"] == 0 and report["count"] == 0
    assert "over 50 MB" in report["failed"][0]
    assert report["peak_mb"] < 500


def test_a_huge_photo_just_under_the_file_limit_drops_only_the_photo(tmp_path: Path) -> None:
    near = tmp_path / "near-limit.vcf"
    with near.open("wb") as handle:
        handle.write(card("Gute Person", "gut@example.de").encode())
        handle.write(_photo_card("Foto Riese", 48 * MB))  # one 48 MB line
        handle.write(card("Noch Eine", "noch@example.de").encode())
    assert near.stat().st_size < prescan.MAX_FILE_BYTES
    report = measure_import(tmp_path, near)
    assert report["peak_mb"] < 500
    assert report["count"] >= 2  # the good cards are in whatever happens to the photo


@pytest.mark.slow
def test_a_100000_card_file_imports_within_memory(tmp_path: Path) -> None:
    many = tmp_path / "many.vcf"
    many.write_text(people(100_000), encoding="utf-8", newline="")
    report = measure_import(tmp_path, many)
    assert report["count"] == 100_000 and report["failed_count"] == 0
    assert report["peak_mb"] < 300  # README: under 300 MB (measured: 180 MB)


GOOD_BEFORE = card("Anna Vorher", "anna@example.de")
GOOD_AFTER = card("Bernd Nachher", "bernd@example.de")

HOSTILE = {
    "nested-2000": "BEGIN:VCARD\r\nVERSION:3.0\r\n" * 2000 + "FN:Tief\r\n" + "END:VCARD\r\n" * 2000,
    "invalid-base64": "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kaputtes Foto\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:!!!not*base64***\r\nEND:VCARD\r\n",
    "unknown-charset": "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "FN;CHARSET=X-KLINGON-42:J\xfcrgen\r\nEND:VCARD\r\n",
    "nul-bytes": "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nul\x00l Person\x00\r\n"
    "EMAIL:nul\x00@example.de\r\nEND:VCARD\r\n",
    "missing-end": "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ohne Ende\r\n",
    "garbage-lines": "BEGIN:VCARD\r\n\x01\x02\x03\r\n:::\r\n;;;\r\nFN\r\nEND:VCARD\r\n",
    "quoted-printable-cut": "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "FN;ENCODING=QUOTED-PRINTABLE:M=C3=\r\nEND:VCARD\r\n",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_card_between_good_ones(ctx: AppContext, tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"{kind}.vcf"
    body = GOOD_BEFORE + HOSTILE[kind]
    # A card without END swallows what follows until the next BEGIN; put it last.
    body = body + GOOD_AFTER if kind != "missing-end" else GOOD_AFTER + body
    path.write_bytes(body.encode("utf-8", "surrogateescape"))
    result = ctx.importer.import_files([path])  # returns: no exception reaches the user
    names = {s.contact.formatted_name for s in ctx.contacts.summaries()}
    assert {"Anna Vorher", "Bernd Nachher"} <= names, (kind, result)
    for failure in result.failed:
        assert failure.reason and "Traceback" not in failure.reason


def test_the_gui_keeps_repainting_during_a_big_import(
    ctx: AppContext, qtbot: Any, tmp_path: Path
) -> None:
    from netzwerk_app.gui.dialogs.import_dialog import ImportDialog
    from netzwerk_app.gui.main import create_application
    from netzwerk_app.gui.qt import QTimer
    from netzwerk_app.gui.tasks import TaskRunner

    big = tmp_path / "big.vcf"
    big.write_text(people(10_000), encoding="utf-8", newline="")
    create_application(ctx.paths, "en")
    tasks = TaskRunner()
    dialog = ImportDialog(ctx.importer, tasks, [big], [])
    qtbot.addWidget(dialog)
    dialog.show()
    ticks: list[float] = []

    def tick() -> None:
        ticks.append(time.perf_counter())
        dialog.repaint()  # a real paint on the GUI thread, not just a timer event

    timer = QTimer(dialog)
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=120_000)
    elapsed = time.perf_counter() - started
    timer.stop()
    tasks.wait()
    assert ctx.contacts.count() == 10_000
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    gaps.sort()
    p99 = gaps[int(len(gaps) * 0.99)]
    print(
        f"import {elapsed:.1f}s, {len(ticks)} ticks, 99th percentile gap {p99 * 1000:.0f} ms, "
        f"longest {gaps[-1] * 1000:.0f} ms"
    )
    # The GUI thread kept running: at least ten paints a second all along (the timer
    # asks for fifty; a loaded CI machine gives fewer), 99 of 100 gaps under a quarter
    # of a second, and never frozen for a second (a machine busy with other work may
    # take the CPU from the whole process once in a while).
    assert len(ticks) >= elapsed * 10
    assert p99 < 0.25
    assert gaps[-1] < 1.0


def test_csv_cells_over_the_csv_modules_limit(ctx: AppContext, tmp_path: Path) -> None:
    head = "Full name;Given name;Family name;Organization;Note\r\n"
    long_note = tmp_path / "long-note.csv"
    long_note.write_text(
        head + "Anna Lang;Anna;Lang;Firma;" + "x" * 200_000 + "\r\nBernd Kurz;B;K;F;ok\r\n",
        encoding="utf-8",
    )
    result = ctx.importer.import_files([long_note])  # raised csv.Error before the fix
    assert len(result.imported) == 2 and not result.failed
    huge = tmp_path / "huge-cell.csv"
    huge.write_text(head + "Anna;A;L;F;" + "x" * (11 * MB) + "\r\n", encoding="utf-8")
    result = ctx.importer.import_files([huge])
    assert not result.imported
    assert "Line 2 of the CSV file cannot be read" in result.failed[0].reason


def test_a_file_of_too_many_tiny_cards_is_refused_before_parsing(tmp_path: Path) -> None:
    # 400,000 three-line cards (14 MB) took 357 MB and 100 s; 50 MB of them would
    # pass 1 GB. Found by this suite; the file is now refused with one sentence.
    tiny = tmp_path / "tiny-cards.vcf"
    with tiny.open("w", encoding="utf-8", newline="") as handle:
        for i in range(prescan.MAX_CARDS + 1):
            handle.write(f"BEGIN:VCARD\r\nFN:P{i}\r\nEND:VCARD\r\n")
    report = measure_import(tmp_path, tiny)
    assert report["count"] == 0 and report["failed_count"] == 1
    assert "split it into smaller files" in report["failed"][0]
    assert report["peak_mb"] < 200
