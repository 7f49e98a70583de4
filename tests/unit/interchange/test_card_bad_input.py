"""Bad pictures given to the card reader: one plain sentence each, never a crash."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from card_photos import ANNA, TABLE, card, font, jpeg, on_table
from PIL import Image, ImageDraw

from netzwerk_app.interchange.card_ocr import NO_CARD, CardReader, CardScanError, read_cards
from netzwerk_app.interchange.pictures import BROKEN_IMAGE, NOT_AN_IMAGE, TOO_BIG

pytest.importorskip("rapidocr")

MEGABYTE = 1024 * 1024


def peak_memory_mb(pid: int) -> float:
    """The most memory a running process has held (Linux: its high-water mark)."""
    status = Path(f"/proc/{pid}/status").read_text()
    line = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


@pytest.fixture(scope="module")
def reader() -> CardReader:
    with CardReader() as warm:
        yield warm


def test_a_text_file_renamed_to_jpg_is_not_a_picture(tmp_path: Path) -> None:
    path = tmp_path / "visitenkarte.jpg"
    path.write_text("Anna Bergmann, Tel. 040 1234567\n", encoding="utf-8")
    for data in (path.read_bytes(), b""):
        with pytest.raises(CardScanError) as failed:
            read_cards(data, path.name)
        assert failed.value.template == NOT_AN_IMAGE
        assert str(failed.value) == (
            "This file is not a picture that can be read (use a PNG or JPEG image)."
        )


def test_a_truncated_jpeg_is_a_damaged_picture() -> None:
    data = jpeg(on_table([card()]))
    with pytest.raises(CardScanError) as failed:
        read_cards(data[: len(data) // 2])
    assert failed.value.template == BROKEN_IMAGE


def test_a_file_over_50_mb_is_refused_before_a_child_starts(reader: CardReader) -> None:
    with pytest.raises(CardScanError) as failed:
        reader.read(b"\xff\xd8" + b"\0" * (51 * MEGABYTE), "huge.jpg")
    assert failed.value.template == TOO_BIG
    assert str(failed.value) == "The picture is 51 MB; pictures over 50 MB are not read."


def test_a_picture_with_too_many_pixels_is_refused() -> None:
    bomb = io.BytesIO()
    Image.new("1", (12000, 11000)).save(bomb, "PNG")  # small file, 132 megapixels
    with pytest.raises(CardScanError) as failed:
        read_cards(bomb.getvalue())
    assert str(failed.value) == (
        "The picture has 12000 × 11000 pixels, too many to be a photo; please use a smaller one."
    )


def test_a_50_megapixel_photo_is_read_like_a_normal_one(reader: CardReader) -> None:
    normal = on_table([card(width=1000)], size=(2165, 1445), turn=5)
    cards = reader.read(jpeg(normal))
    pid = reader.pid
    assert pid is not None
    big = jpeg(normal.resize((8660, 5780), Image.Resampling.BILINEAR), quality=80)
    normal_peak = peak_memory_mb(pid) if sys.platform == "linux" else 0.0
    cards = reader.read(big, "50mp.jpg")
    assert reader.pid == pid  # no crash
    assert [line.text.replace(" ", "") for line in cards[0].lines] == [
        text.replace(" ", "") for text, _ in ANNA
    ]
    if sys.platform == "linux":
        # Decoded at an eighth of its size (JPEG draft mode): about what a normal photo takes.
        assert peak_memory_mb(pid) < normal_peak + 60


def test_a_photo_without_a_card_is_one_sentence(reader: CardReader) -> None:
    gradient = Image.linear_gradient("L").resize((1600, 1200)).convert("RGB")
    noise = Image.effect_noise((1600, 1200), 40).convert("RGB")
    with pytest.raises(CardScanError) as failed:
        reader.read(jpeg(Image.blend(gradient, noise, 0.3)), "floor.jpg")
    assert failed.value.template == NO_CARD
    assert str(failed.value) == "No business card was found in this picture."


def test_a_blank_card_on_a_table_is_one_sentence(reader: CardReader) -> None:
    with pytest.raises(CardScanError) as failed:
        reader.read(jpeg(on_table([card(())])), "blank.jpg")
    assert failed.value.template == NO_CARD


def test_text_beside_a_blank_card_shaped_paper_is_read_from_the_whole_picture(
    reader: CardReader,
) -> None:
    photo = on_table([card(()), Image.new("RGB", (10, 10), TABLE)], size=(2000, 1000), turn=0)
    draw = ImageDraw.Draw(photo)
    draw.text((1150, 400), "Jonas Winter", font=font(60), fill="white")
    draw.text((1150, 500), "Mobil +49 171 2345678", font=font(44), fill="white")
    cards = reader.read(jpeg(photo), "poster.jpg")
    assert [line.text.replace(" ", "") for line in cards[0].lines] == [
        "JonasWinter",
        "Mobil+491712345678",
    ]
