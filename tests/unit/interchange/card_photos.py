"""Photos of business cards on a table, rendered with Pillow for the card OCR tests."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ANNA = (
    ("Dr. Anna Bergmann", 50),
    ("Head of Sales", 32),
    ("Nordlicht Software GmbH", 36),
    ("Hafenstrasse 12, 20457 Hamburg", 28),
    ("Tel. +49 40 1234567", 28),
    ("anna.bergmann@nordlicht.de", 28),
)
JONAS = (
    ("Jonas Winter", 50),
    ("Projektleiter", 32),
    ("Winter Bau AG", 36),
    ("Mobil +49 171 2345678", 28),
)
TABLE = (118, 84, 56)


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A common sans font where the system has one, else Pillow's own."""
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def card(lines: tuple[tuple[str, int], ...] = ANNA, width: int = 1050) -> Image.Image:
    """A white card (ISO proportions) with ``lines`` of (text, size) from the top left."""
    height = round(width * 55 / 85)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    scale = width / 1050
    top = 60 * scale
    for text, size in lines:
        draw.text((70 * scale, top), text, font=font(round(size * scale)), fill=(25, 25, 45))
        top += size * 1.6 * scale
    return image


def on_table(
    cards: list[Image.Image],
    size: tuple[int, int] = (1800, 1200),
    turn: float = 4.0,
    seed: int = 1,
) -> Image.Image:
    """The cards side by side on a wooden-brown table, each turned by ``turn`` degrees
    (counter-clockwise), slightly blurred like a phone photo."""
    table = Image.new("RGB", size, TABLE)
    grain = Image.effect_noise(size, 30).convert("RGB")
    table = Image.blend(table, grain, 0.12)
    rng = random.Random(seed)
    slot = size[0] / len(cards)
    for index, item in enumerate(cards):
        turned = item.convert("RGBA").rotate(
            turn + rng.uniform(-1, 1), expand=True, resample=Image.Resampling.BICUBIC
        )
        x = round(slot * (index + 0.5) - turned.width / 2)
        y = round(size[1] / 2 - turned.height / 2)
        table.paste(turned, (x, y), turned)
    return table.filter(ImageFilter.GaussianBlur(0.7))


def jpeg(image: Image.Image, quality: int = 88) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()
