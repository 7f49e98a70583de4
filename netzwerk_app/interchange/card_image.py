"""Photos of paper business cards: load them safely and cut the cards out.

Runs in the OCR child process (``card_ocr``): numpy and OpenCV are imported inside
the functions, never when the app starts. A photo is loaded with Pillow (JPEG
decoded at a reduced size through its draft mode, so a 50-megapixel photo costs
what a normal one does), turned upright by its EXIF orientation, then searched for
card-shaped quadrilaterals against the table; each is straightened by a
perspective transform. No outline found: the whole picture is the card (a scan).
"""

from __future__ import annotations

import io
from typing import Any

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.interchange.pictures import open_picture

# The photo is worked on at this size (longer side): cards in it stay sharp enough
# for the recogniser, and a 50-megapixel photo is no slower than a 12-megapixel one.
WORK_SIDE = 2000
# Outlines are searched in a smaller copy (fast, and paper texture disappears).
FIND_SIDE = 800
# A card cut out for reading and keeping is at most this long.
CARD_SIDE = 1400
KEEP_SIDE = 1200
# Width / height of a card's outline: ISO 85 × 55 mm is 1.55, US 3.5 × 2 in is 1.75.
ASPECT_RANGE = (1.2, 2.3)
MIN_AREA = 0.03  # share of the photo a card covers at least
MAX_AREA = 0.97  # a larger outline is the picture's own border
SOLID = 0.75  # share of an outline the region's hull fills at least


class CardScanError(NetzwerkError):
    """A photo that gives no card text; ``str()`` is one plain sentence."""


def load_photo(data: bytes) -> Any:
    """The photo as an upright RGB Pillow image, no larger than ``WORK_SIDE``."""
    from PIL import ImageOps

    _register_heif()  # before opening: Pillow picks its opener then
    with open_picture(data, CardScanError) as image:
        if image.format == "JPEG":
            image.draft("RGB", (WORK_SIDE, WORK_SIDE))  # decode at 1/2, 1/4 or 1/8
        exif_turn = image.getexif().get(0x0112, 1)
        picture = _rgb(image)
        if exif_turn != 1:
            picture.getexif()[0x0112] = exif_turn
            picture = ImageOps.exif_transpose(picture)
        return picture


def _rgb(image: Any) -> Any:
    """``image`` scaled down in place (no second full-size copy of a big PNG), then
    as RGB; transparent parts become white paper."""
    from PIL import Image

    image.load()  # a damaged file fails here, inside load_photo's error handling
    if image.mode not in ("RGB", "RGBA", "L", "LA", "CMYK"):
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    image.thumbnail((WORK_SIDE, WORK_SIDE), reducing_gap=2.0)
    if image.mode in ("RGBA", "LA"):
        paper = Image.new("RGBA", image.size, "white")
        return Image.alpha_composite(paper, image.convert("RGBA")).convert("RGB")
    return image if image.mode == "RGB" else image.convert("RGB")


def _register_heif() -> None:
    """HEIC photos (iPhone) when the optional pillow-heif plugin is installed."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:
        return
    register_heif_opener()


def find_cards(photo: Any) -> list[Any]:
    """Each card in ``photo`` (RGB numpy array), straightened, left to right then top
    to bottom; the whole photo when no card outline stands out."""
    import cv2
    import numpy as np

    height, width = photo.shape[:2]
    scale = min(1.0, FIND_SIDE / max(height, width))
    small = cv2.resize(
        photo, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA
    )
    quads = _outlines(small)
    if not quads:
        return [whole_picture(photo)]
    row_height = small.shape[0] / 4
    quads.sort(key=lambda q: (round(q[:, 1].mean() / row_height), q[:, 0].mean()))
    return [_straightened(photo, np.asarray(q, dtype="float32") / scale) for q in quads]


def whole_picture(photo: Any) -> Any:
    """The photo as one card (a scan), no larger than a card cut out of it."""
    return _limited(photo, CARD_SIDE)


def _outlines(small: Any) -> list[Any]:
    """Card-shaped quadrilaterals (4×2 arrays, corners in order) in a small photo:
    regions that differ in colour from the table (seen at the photo's border), else
    regions closed by edges (a card on a table of its own colour)."""
    import cv2

    candidates = _quads(_unlike_table(small)) + _quads(_edges(small))
    chosen: list[Any] = []
    # The largest first; a smaller outline inside a chosen one is a part of that card
    # (its coloured band, its QR code).
    for quad in sorted(candidates, key=lambda q: -float(cv2.contourArea(q))):
        centre = tuple(float(v) for v in quad.mean(axis=0))
        if not any(cv2.pointPolygonTest(other, centre, False) >= 0 for other in chosen):
            chosen.append(quad)
    return chosen


def _unlike_table(small: Any) -> Any:
    """A mask of the pixels whose colour is far from the table's."""
    import cv2
    import numpy as np

    lab = cv2.cvtColor(cv2.GaussianBlur(small, (5, 5), 0), cv2.COLOR_RGB2LAB).astype("float32")
    height, width = lab.shape[:2]
    strip = max(2, round(0.03 * min(height, width)))
    border = np.concatenate(
        [
            lab[:strip].reshape(-1, 3),
            lab[-strip:].reshape(-1, 3),
            lab[:, :strip].reshape(-1, 3),
            lab[:, -strip:].reshape(-1, 3),
        ]
    )
    table = np.median(border, axis=0)
    # The table's own grain and light: how far its border pixels stray from its colour.
    grain = float(np.percentile(np.linalg.norm(border - table, axis=1), 95))
    distance = np.linalg.norm(lab - table, axis=2)
    mask = (distance > max(1.5 * grain, 12.0)).astype("uint8") * 255
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    return cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((7, 7), np.uint8))


def _edges(small: Any) -> Any:
    import cv2
    import numpy as np

    grey = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    grey = cv2.GaussianBlur(grey, (5, 5), 0)
    edges = cv2.Canny(grey, 30, 90)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8), iterations=2)
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    return cv2.drawContours(np.zeros_like(edges), contours, -1, 255, thickness=cv2.FILLED)


def _quads(mask: Any) -> list[Any]:
    """The card-shaped outlines of the regions in ``mask``."""
    import cv2

    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    area = mask.shape[0] * mask.shape[1]
    found: list[Any] = []
    for contour in contours:
        hull = cv2.convexHull(contour)
        hull_area = cv2.contourArea(hull)
        if not MIN_AREA * area <= hull_area <= MAX_AREA * area:
            continue
        approx = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True)
        reach = 0.005 * cv2.arcLength(hull, True)
        if len(approx) == 4 and all(
            cv2.pointPolygonTest(approx, (float(x), float(y)), True) >= -reach
            for x, y in hull.reshape(-1, 2)
        ):  # four corners (in perspective) that cut nothing of the region off
            quad = approx.reshape(4, 2).astype("float32")
        else:  # a corner the mask missed (a band coloured like the table): the rectangle around it
            quad = cv2.boxPoints(cv2.minAreaRect(hull)).astype("float32")
        if hull_area < SOLID * cv2.contourArea(quad):
            continue  # not a rectangle: scattered print, a plant, a cup, a hand
        quad = _ordered(quad)
        long_side, short_side = _sides(quad)
        if short_side and ASPECT_RANGE[0] <= long_side / short_side <= ASPECT_RANGE[1]:
            found.append(quad)
    return found


def _ordered(quad: Any) -> Any:
    """Corners as top-left, top-right, bottom-right, bottom-left."""
    import numpy as np

    centre = quad.mean(axis=0)
    angles = np.arctan2(quad[:, 1] - centre[1], quad[:, 0] - centre[0])
    quad = quad[np.argsort(angles)]  # clockwise on screen, starting left
    start = int(np.argmin(quad.sum(axis=1)))
    return np.roll(quad, -start, axis=0)


def _sides(quad: Any) -> tuple[float, float]:
    import numpy as np

    top = np.linalg.norm(quad[1] - quad[0])
    bottom = np.linalg.norm(quad[2] - quad[3])
    left = np.linalg.norm(quad[3] - quad[0])
    right = np.linalg.norm(quad[2] - quad[1])
    across, down = (top + bottom) / 2, (left + right) / 2
    return float(max(across, down)), float(min(across, down))


def _straightened(photo: Any, quad: Any) -> Any:
    """The card inside ``quad`` as a flat rectangle."""
    import cv2
    import numpy as np

    top = float(np.linalg.norm(quad[1] - quad[0]))
    bottom = float(np.linalg.norm(quad[2] - quad[3]))
    left = float(np.linalg.norm(quad[3] - quad[0]))
    right = float(np.linalg.norm(quad[2] - quad[1]))
    factor = min(1.0, CARD_SIDE / max(top, bottom, left, right))
    width = max(1, round(max(top, bottom) * factor))
    height = max(1, round(max(left, right) * factor))
    target = np.array(
        [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype="float32"
    )
    matrix = cv2.getPerspectiveTransform(quad, target)
    return cv2.warpPerspective(
        photo, matrix, (width, height), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE
    )


def _limited(image: Any, side: int) -> Any:
    import cv2

    height, width = image.shape[:2]
    factor = side / max(height, width)
    if factor >= 1:
        return image
    return cv2.resize(
        image, (round(width * factor), round(height * factor)), interpolation=cv2.INTER_AREA
    )


def turned(image: Any, degrees: int) -> Any:
    """``image`` turned clockwise by 90, 180 or 270 degrees."""
    import numpy as np

    return np.ascontiguousarray(np.rot90(image, k=-(degrees // 90) % 4))


def jpeg(image: Any) -> bytes:
    """The card as JPEG for the review form and for keeping (≤ ``KEEP_SIDE``)."""
    from PIL import Image

    picture = Image.fromarray(_limited(image, KEEP_SIDE))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()
