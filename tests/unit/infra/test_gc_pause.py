"""The cycle collector is paused for a bulk import and always comes back."""

from __future__ import annotations

import gc

import pytest

from netzwerk_app.infra.gc_pause import cycle_collector_paused


def test_the_collector_is_paused_inside_and_back_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(OSError), cycle_collector_paused():
        assert not gc.isenabled()
        with cycle_collector_paused():  # nested: the outer block keeps it paused
            pass
        assert not gc.isenabled()
        raise OSError("disk full")
    assert gc.isenabled()


def test_an_import_runs_without_the_collector_and_restores_it(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seen: list[bool] = []
    card = tmp_path / "one.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nEND:VCARD\r\n", encoding="utf-8")
    result = ctx.importer.import_files([card], on_progress=lambda *_: seen.append(gc.isenabled()))
    assert len(result.imported) == 1
    assert seen and not any(seen)
    assert gc.isenabled()
