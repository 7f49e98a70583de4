"""The catalogues are complete and current: every German text translated, .qm compiled."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import update_translations as ut  # noqa: E402


def sources_of(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.find("translation") is None
            or message.find("translation").get("type") not in ("vanished", "obsolete"))  # type: ignore[union-attr]
    }


def test_every_german_text_is_translated() -> None:
    assert ut.untranslated(ut.ts_file("de")) == []


def test_catalogue_holds_every_text_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_de.ts"
    shutil.copy(ut.ts_file("de"), fresh)
    subprocess.run(
        [ut.tool("lupdate"), *ut.sources(), "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        cwd=ROOT, check=True, capture_output=True,
    )
    missing = sources_of(fresh) - sources_of(ut.ts_file("de"))
    assert missing == set(), "run tools/update_translations.py and translate the new texts"


@pytest.mark.parametrize("language", ut.LANGUAGES)
def test_compiled_catalogue_matches_its_source(tmp_path: Path, language: str) -> None:
    compiled = tmp_path / f"netzwerk_{language}.qm"
    ut.lrelease(ut.ts_file(language), compiled)
    committed = ut.TS_DIR / f"netzwerk_{language}.qm"
    assert committed.read_bytes() == compiled.read_bytes(), "run tools/update_translations.py"
