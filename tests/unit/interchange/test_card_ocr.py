"""Reading business cards in photos: cards found, cut out, turned upright and read,
in one warm child process per stack (RapidOCR, real models, rendered photos)."""

from __future__ import annotations

import io
import os
import signal
import threading
from pathlib import Path

import pytest
from card_photos import ANNA, JONAS, card, jpeg, on_table
from PIL import Image

from netzwerk_app.domain.card_reading import RawCard
from netzwerk_app.interchange.card_image import load_photo
from netzwerk_app.interchange.card_ocr import (
    READER_FAILED,
    CardReader,
    CardScanError,
    read_cards_isolated,
)
from netzwerk_app.interchange.qr import encode
from netzwerk_app.interchange.qr_decode import TOO_SLOW

pytest.importorskip("rapidocr")

CARDS = Path(__file__).resolve().parents[2] / "data" / "cards"


def squashed(text: str) -> str:
    """Text without spaces and case (the recogniser may drop a space between digits)."""
    return "".join(text.split()).lower()


def read_lines(found: RawCard) -> list[str]:
    return [squashed(line.text) for line in found.lines]


def expected(lines: tuple[tuple[str, int], ...]) -> list[str]:
    return [squashed(text) for text, _ in lines]


def assert_upright_card(found: RawCard, lines: tuple[tuple[str, int], ...]) -> None:
    """The card's lines, all of them, top to bottom; the kept image upright (landscape)."""
    assert read_lines(found) == expected(lines)
    tops = [line.top for line in found.lines]
    assert tops == sorted(tops)
    picture = Image.open(io.BytesIO(found.image))
    assert picture.format == "JPEG"
    assert picture.width > picture.height
    assert max(picture.size) <= 1200
    assert all(0 <= line.left < line.right <= found.width for line in found.lines)


@pytest.fixture(scope="module")
def reader() -> CardReader:
    with CardReader() as warm:
        yield warm


def test_a_stack_of_three_photos_is_read_by_one_warm_child(reader: CardReader) -> None:
    pids = []
    for number, turn in enumerate((3.0, -6.0, 9.0)):
        cards = reader.read(jpeg(on_table([card()], turn=turn, seed=number)), f"card{number}.jpg")
        pids.append(reader.pid)
        assert len(cards) == 1
        assert cards[0].file == f"card{number}.jpg"
        assert cards[0].rotated == 0
        assert_upright_card(cards[0], ANNA)
        assert min(line.confidence for line in cards[0].lines) > 0.8
    assert pids[0] is not None
    assert pids == [pids[0]] * 3  # the models were loaded once, for the whole stack


def test_two_cards_in_one_picture_are_two_cards_left_to_right(reader: CardReader) -> None:
    photo = on_table([card(ANNA, width=850), card(JONAS, width=850)], size=(2000, 1000), turn=-3)
    cards = reader.read(jpeg(photo), "two.jpg")
    assert len(cards) == 2
    assert_upright_card(cards[0], ANNA)
    assert_upright_card(cards[1], JONAS)


def test_a_card_photographed_upside_down_is_read_upright(reader: CardReader) -> None:
    cards = reader.read(jpeg(on_table([card()], turn=182)))
    assert cards[0].rotated == 180
    assert_upright_card(cards[0], ANNA)


def test_a_card_lying_sideways_is_read_upright(reader: CardReader) -> None:
    left = reader.read(jpeg(on_table([card()], turn=88)))  # turned to the left
    right = reader.read(jpeg(on_table([card()], turn=-92)))
    assert left[0].rotated == 90
    assert right[0].rotated == 270
    assert_upright_card(left[0], ANNA)
    assert_upright_card(right[0], ANNA)


def test_a_phone_photo_turned_by_its_exif_orientation_is_read_upright(reader: CardReader) -> None:
    upright = on_table([card()], turn=2)
    stored = upright.rotate(90, expand=True)  # the camera's sensor was held sideways
    exif = Image.Exif()
    exif[0x0112] = 6  # "turn 90 degrees clockwise to show"
    photo = io.BytesIO()
    stored.save(photo, "JPEG", quality=88, exif=exif.tobytes())
    cards = reader.read(photo.getvalue(), "IMG_0001.jpg")
    assert cards[0].rotated == 0  # upright before the card was searched
    assert_upright_card(cards[0], ANNA)


def test_a_scan_of_the_card_alone_is_the_whole_picture(reader: CardReader) -> None:
    scan = io.BytesIO()
    card(JONAS).save(scan, "PNG")
    cards = reader.read(scan.getvalue(), "scan.png")
    assert len(cards) == 1
    assert_upright_card(cards[0], JONAS)


def test_a_qr_code_printed_on_the_card_is_read_with_it(reader: CardReader) -> None:
    front = card(JONAS)
    code = Image.open(io.BytesIO(encode("https://winter-bau.example/jonas").png(min_pixels=220)))
    front.paste(code.convert("RGB").resize((220, 220)), (780, 330))
    cards = reader.read(jpeg(on_table([front], turn=2)))
    assert cards[0].qr_texts == ["https://winter-bau.example/jonas"]
    assert read_lines(cards[0])[:4] == expected(JONAS)


def test_photos_of_the_test_set_that_were_hard(reader: CardReader) -> None:
    """Three photos of tests/data/cards, each once read wrong."""
    # A phone line beginning with an icon (the per-line angle classifier turned it over).
    weber = reader.read((CARDS / "17-weber.jpg").read_bytes())
    assert any(
        "+4935122084211" in text and "+49351220842199" in text for text in read_lines(weber[0])
    )
    # A red band at the card's edge, coloured like the table, holding the company name.
    schulz = reader.read((CARDS / "29-schulz.jpg").read_bytes())
    assert "schulz&partnerlogistik" in read_lines(schulz[0])
    # Two cards one above the other: two cards, the upper one first.
    stacked = reader.read((CARDS / "46-two-cards-stacked.jpg").read_bytes())
    assert len(stacked) == 2
    assert "paulkeller" in read_lines(stacked[0])
    assert "gretaahrens" in read_lines(stacked[1])


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_a_child_killed_in_the_middle_of_a_photo_costs_one_sentence() -> None:
    photo = jpeg(on_table([card()]))
    with CardReader() as reader:
        pids: list[int | None] = []

        def kill() -> None:  # what a crash in native code looks like to the app
            pids.append(reader.pid)
            assert pids[0] is not None
            os.kill(pids[0], signal.SIGKILL)

        killer = threading.Timer(0.5, kill)  # while the child is busy with the photo
        killer.start()
        with pytest.raises(CardScanError) as failed:
            reader.read(photo)
        killer.join()
        assert failed.value.template == READER_FAILED
        assert str(failed.value) == (
            "The picture could not be read: the text recogniser stopped unexpectedly."
        )
        cards = reader.read(photo)  # the next photo starts a fresh child
        assert reader.pid not in (None, pids[0])
        assert_upright_card(cards[0], ANNA)


def test_a_photo_that_takes_too_long_costs_one_sentence_and_the_next_is_read() -> None:
    photo = jpeg(on_table([card(JONAS)]))
    with CardReader(timeout=0.2) as reader:  # less than loading the models takes
        with pytest.raises(CardScanError) as failed:
            reader.read(photo)
        assert failed.value.template == TOO_SLOW
        reader.timeout = 60.0
        assert_upright_card(reader.read(photo)[0], JONAS)


def test_one_webp_photo_in_a_child_of_its_own() -> None:
    webp = io.BytesIO()
    on_table([card(JONAS)]).save(webp, "WEBP", quality=85)
    cards = read_cards_isolated(webp.getvalue(), "jonas.webp")
    assert [c.file for c in cards] == ["jonas.webp"]
    assert_upright_card(cards[0], JONAS)


def test_a_transparent_scan_lies_on_white_paper() -> None:
    printed = card(JONAS, width=850).convert("L").point(lambda v: 255 if v < 128 else 0)
    ink = Image.new("RGBA", printed.size, (20, 20, 40, 255))
    scan = Image.composite(ink, Image.new("RGBA", printed.size, (0, 0, 0, 0)), printed)
    png = io.BytesIO()
    scan.save(png, "PNG")
    photo = load_photo(png.getvalue())
    assert photo.mode == "RGB"
    assert photo.getpixel((5, 5)) == (255, 255, 255)  # not black: the text stays readable
