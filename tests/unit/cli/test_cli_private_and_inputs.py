"""The CLI as a user runs it: exports for others carry only the card, and inputs
that are not files are refused at once (a hang fails the test by its timeout)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from helpers import run_cli as run

SECRET = "Scheidung, nicht ansprechen"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Jana, met at a breakfast, with a private note about her."""
    base = tmp_path_factory.mktemp("cli") / "data"
    for args in (
        ("contact", "add", "--name", "Jana Beispiel", "--email", "jana@beispiel.de"),
        (
            "event",
            "add",
            "--network",
            "BNI Isartal",
            "--title",
            "Frühstück",
            "--start",
            "2026-11-24T06:45+01:00",
            "--end",
            "2026-11-24T08:45+01:00",
        ),
    ):
        assert run(base, *args).returncode == 0
    from netzwerk_app.app import open_app
    from netzwerk_app.infra.paths import under_basedir

    ctx = open_app(under_basedir(base))
    try:
        ctx.events.record_encounter(1, 1, notes=SECRET, pitch="Steuern für Handwerker")
    finally:
        ctx.close()
    return base


@pytest.mark.parametrize("selection", [("--contact", "1"), ("--event", "1"), ()])
def test_export_passes_on_only_the_card(base: Path, tmp_path: Path, selection: tuple[str]) -> None:
    out = tmp_path / "jana.vcf"
    done = run(base, "export", *selection, "-o", str(out))
    assert done.returncode == 0, done.stderr
    raw = out.read_bytes()
    assert b"jana@beispiel.de" in raw
    assert b"Scheidung" not in raw and b"Handwerker" not in raw and b"X-NETZWERK" not in raw


def test_include_private_is_a_full_export(base: Path, tmp_path: Path) -> None:
    out = tmp_path / "voll.vcf"
    done = run(base, "export", "--contact", "1", "--include-private", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text("utf-8").replace("\r\n ", "")
    assert "X-NETZWERK-DATA" in text and "Scheidung" in text


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and /dev/zero are POSIX")
def test_devices_and_pipes_are_refused_at_once(base: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "karten.vcf"
    os.mkfifo(fifo)
    for args, sentence in (
        (("import", "/dev/zero"), "“zero” is a device, not a file"),
        (("import", str(fifo)), "“karten.vcf” is a named pipe, not a file"),
        (("import", str(tmp_path)), f"“{tmp_path.name}” is a folder, not a file"),
        (("restore", str(fifo)), "netzwerk: “karten.vcf” is a named pipe, not a file"),
        (("restore", "/dev/zero"), "netzwerk: “zero” is a device, not a file"),
        (("qr", "read", str(fifo)), "netzwerk: “karten.vcf” is a named pipe, not a file"),
    ):
        done = run(base, *args, timeout=30)  # a hang raises TimeoutExpired: the test fails
        assert done.returncode == 1, args
        assert sentence in done.stdout + done.stderr, (args, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr and "unexpected" not in done.stderr
