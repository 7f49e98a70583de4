"""The photo of a paper business card kept with a contact: part of the GDPR export,
and gone without a trace from the database file after "forget" or the trash purge.

The card is a real photo from tests/data/cards read by the real pipeline (the OCR
child and the parser), once for the module.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from netzwerk_app.app import AppContext
from netzwerk_app.domain.card_reading import CardReading
from netzwerk_app.infra.clock import FixedClock

CARDS = Path(__file__).resolve().parents[1] / "data" / "cards"
PHOTO = CARDS / "21-kaya.jpg"


@pytest.fixture(scope="module")
def reading() -> CardReading:
    from netzwerk_app.interchange.card_ocr import CardReader
    from netzwerk_app.interchange.card_parse import parse_card

    with CardReader() as reader:
        [raw] = reader.read(PHOTO.read_bytes(), PHOTO.name)
    card = parse_card(raw, "DE")
    assert card.image.startswith(b"\xff\xd8") and len(card.image) > 20_000
    return card


def pieces(image: bytes, count: int = 24, size: int = 48) -> list[bytes]:
    """Slices from all over the JPEG's compressed data: any one left in the file
    means the photo (or a part of it) is still there. Runs of few distinct bytes
    (zero padding) are left out: an empty page has those too."""
    step = (len(image) - 2000) // count
    slices = [image[1000 + i * step : 1000 + i * step + size] for i in range(count)]
    return [piece for piece in slices if len(set(piece)) > size // 3]


def stored_bytes(database: Path) -> bytes:
    data = database.read_bytes()
    for extra in ("-wal", "-journal"):
        journal = Path(f"{database}{extra}")
        if journal.exists():
            data += journal.read_bytes()
    return data


def found(ctx: AppContext, image: bytes) -> int:
    data = stored_bytes(ctx.paths.database)
    return sum(piece in data for piece in pieces(image))


def test_the_export_holds_the_card_photo(
    ctx: AppContext, reading: CardReading, tmp_path: Path
) -> None:
    added = ctx.card_scan.add(reading)
    cid = added.contact_id

    written = ctx.privacy.export_person(cid, tmp_path)

    card_file = tmp_path / f"person-{cid}-card-1.jpg"
    assert card_file in written
    assert card_file.read_bytes() == reading.image
    record = json.loads((tmp_path / f"person-{cid}.json").read_text(encoding="utf-8"))
    [listed] = record["card_photos"]
    assert listed["file"] == card_file.name and listed["mime"] == "image/jpeg"
    assert listed["added_at"].startswith("2026-11-28T09:00")  # the test clock, in UTC


def test_forget_leaves_no_piece_of_the_card_photo_in_the_file(
    ctx: AppContext, reading: CardReading
) -> None:
    added = ctx.card_scan.add(reading)
    assert found(ctx, reading.image) >= 20  # the search does see the stored photo

    ctx.privacy.forget(added.contact_id)

    assert found(ctx, reading.image) == 0
    ctx.close()
    assert found(ctx, reading.image) == 0


def test_the_trash_purge_removes_the_card_photo_too(
    ctx: AppContext, reading: CardReading, clock: FixedClock
) -> None:
    added = ctx.card_scan.add(reading)
    ctx.contacts.trash([added.contact_id])
    assert found(ctx, reading.image) >= 20  # in the trash it is still kept

    clock.advance(timedelta(days=30, minutes=1))
    assert ctx.privacy.purge_trash() == 1

    assert found(ctx, reading.image) == 0
