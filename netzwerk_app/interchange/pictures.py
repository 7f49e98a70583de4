"""Pictures from outside (phone photos, scans, screenshots): read and opened with limits.

One place for every way a file can fail to be a picture, shared by the QR decoder
and the business-card reader: each failure becomes the caller's own error type with
one plain sentence. Pillow is imported inside the functions (they run in the
decoders' child processes, never at start-up).
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NetzwerkError
from netzwerk_app.infra.input_files import require_regular_file

MAX_IMAGE_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 120_000_000  # above any phone camera; beyond it a file is a bomb, not a photo

NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
    "Errors", "This file is not a picture that can be read (use a PNG or JPEG image)."
)
BROKEN_IMAGE = QT_TRANSLATE_NOOP(
    "Errors",
    "This file is not a picture that can be read (use a PNG or JPEG image); "
    "it seems to be damaged.",
)
TOO_BIG = QT_TRANSLATE_NOOP("Errors", "The picture is {size} MB; pictures over 50 MB are not read.")
TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "Errors",
    "The picture has {width} × {height} pixels, too many to be a photo; "
    "please use a smaller one.",
)
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "“{name}” could not be read ({reason}).")


@cache
def _read_heic_too() -> None:
    """iPhones save photos as HEIC: Pillow reads them through pi-heif (decoding only,
    part of the scan extra). Without it a HEIC photo is "not a picture"."""
    try:
        from pi_heif import register_heif_opener
    except ImportError:
        return
    register_heif_opener()


def too_big(size: int, error: type[NetzwerkError]) -> NetzwerkError:
    return error(TOO_BIG, size=f"{size / (1024 * 1024):.0f}")


def read_picture_file(path: Path, error: type[NetzwerkError]) -> bytes:
    """The file's bytes; a special file, a missing one or one over 50 MB is refused
    with one sentence (as ``error``) before it is read."""
    require_regular_file(path)  # /dev/zero or a FIFO would never end
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:  # refused before 2 GB are read into memory
            raise too_big(size, error)
        return path.read_bytes()
    except OSError as problem:
        raise error(UNREADABLE, name=path.name, reason=problem.strerror or problem) from problem


@contextmanager
def open_picture(data: bytes, error: type[NetzwerkError]) -> Iterator[Any]:
    """``data`` as a lazily loaded Pillow image, within our size and pixel limits.

    Whatever goes wrong while the ``with`` body works on it (not a picture, damaged
    data, a decompression bomb) is raised as ``error`` with one plain sentence; the
    body's own ``NetzwerkError`` passes through unchanged.
    """
    from PIL import Image, UnidentifiedImageError

    _read_heic_too()
    if len(data) > MAX_IMAGE_BYTES:
        raise too_big(len(data), error)
    if not data:
        raise error(NOT_AN_IMAGE)
    with warnings.catch_warnings():
        # We check the pixel count ourselves, below, with our own limit.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise error(TOO_MANY_PIXELS, width=width, height=height)
            yield image
        except NetzwerkError:
            raise
        except (UnidentifiedImageError, Image.DecompressionBombError, SyntaxError, ValueError):
            raise error(NOT_AN_IMAGE) from None
        except OSError as problem:  # truncated or broken image data
            raise error(BROKEN_IMAGE) from problem
