"""The card photo test set and one OCR run over it, shared by the scoring tests.

Set NETZWERK_TEST_CARD_OCR_CACHE to a file name to keep the OCR output between
runs while working on the parser (it is read again only if the photos are the same).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

import pytest

from netzwerk_app.domain.card_reading import RawCard
from netzwerk_app.interchange.card_image import CardScanError
from netzwerk_app.interchange.card_ocr import CardReader
from scan.scoring import load_truth, photos


def _fingerprint(files: list[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()


@pytest.fixture(scope="module")
def card_truth() -> dict[str, list[dict[str, Any]]]:
    return load_truth()


@pytest.fixture(scope="module")
def ocr_output() -> dict[str, list[RawCard]]:
    """Every photo of the set read once by the real recogniser (one warm child)."""
    files = photos()
    cache = os.environ.get("NETZWERK_TEST_CARD_OCR_CACHE", "")
    key = _fingerprint(files)
    if cache and Path(cache).is_file():
        stored = pickle.loads(Path(cache).read_bytes())
        if stored.get("key") == key:
            cached: dict[str, list[RawCard]] = stored["raws"]
            return cached
    raws: dict[str, list[RawCard]] = {}
    with CardReader() as reader:
        for f in files:
            try:
                raws[f.name] = reader.read(f.read_bytes(), file=f.name)
            except CardScanError:
                raws[f.name] = []  # nothing read: every unit of its cards counts wrong
    if cache:
        Path(cache).write_bytes(pickle.dumps({"key": key, "raws": raws}))
    return raws
