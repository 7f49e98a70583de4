"""Find and decode QR codes in a picture (phone photo, screenshot, clipboard).

zxing-cpp is native code reading untrusted images, so the app calls it through
``decode_image_isolated``: in a child process with a time limit. A crash or a hang
in the decoder costs one plain sentence, never the app. Big photos are scaled down
first (JPEG even while decoding, via Pillow's draft mode): a 12-megapixel photo
takes a fraction of a second instead of several.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NetzwerkError
from netzwerk_app.interchange.pictures import MAX_IMAGE_BYTES, open_picture, too_big

log = logging.getLogger("netzwerk.interchange.qr")

# First pass: enough for a code that fills a good part of the photo. Second pass
# (only when the first finds nothing): small codes far away in a big photo.
PASSES = (1600, 3200)
TIMEOUT_SECONDS = 20.0

NO_CODE = QT_TRANSLATE_NOOP("Errors", "No QR code was found in this picture.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "There is a QR code in this picture, but it is damaged and cannot be read."
)
DECODER_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The picture could not be read: the QR decoder stopped unexpectedly."
)
TOO_SLOW = QT_TRANSLATE_NOOP(
    "Errors", "Reading the picture took too long; try a smaller or sharper picture."
)
TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "The picture is too large to be read.")


class QrImageError(NetzwerkError):
    """A picture that gives no code; ``str()`` is one plain sentence."""


def decode_image(data: bytes) -> list[str]:
    """The texts of every QR code in the picture (in this process; see module docs)."""
    import zxingcpp

    with open_picture(data, QrImageError) as image:
        width, height = image.size
        damaged = False
        for side in PASSES:
            scaled = _scaled(_reopened(data), side)
            found = zxingcpp.read_barcodes(
                scaled,
                formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode),
                return_errors=True,
            )
            texts = [_text(r) for r in found if not r.error]
            if texts:
                return texts
            damaged = damaged or bool(found)
            if max(width, height) <= side:
                break
    raise QrImageError(DAMAGED if damaged else NO_CODE)


def _reopened(data: bytes) -> Any:
    """A fresh image per pass: JPEG draft mode works only before the first load."""
    from PIL import Image

    return Image.open(io.BytesIO(data))


def _scaled(image: Any, side: int) -> Any:
    """A grey copy no larger than ``side`` pixels on its longer edge."""
    if image.format == "JPEG":
        image.draft("L", (side, side))  # the JPEG decoder skips detail we do not need
    image.seek(0)
    grey = image.convert("L")
    if max(grey.size) > side:
        grey.thumbnail((side, side), reducing_gap=2.0)
    return grey


def _text(result: Any) -> str:
    """UTF-8 first (what nearly every phone writes), else the decoder's own guess."""
    raw = bytes(result.bytes)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return str(result.text)


# --- the child process ------------------------------------------------------------------


def answer(target: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
    """``target(*args)`` as a message for the parent: ("ok", result), ("error",
    (template, params)) for an expected failure, ("bug", details) for anything else."""
    try:
        return ("ok", target(*args))
    except NetzwerkError as error:  # the template and its values: the GUI translates them
        return ("error", (error.template, {k: str(v) for k, v in error.params.items()}))
    except MemoryError:
        return ("error", (TOO_LARGE, {}))
    except Exception as error:  # a bug in native code: a sentence here, details in our log
        return ("bug", f"{type(error).__name__}: {error}")


def unpack(message: tuple[str, Any], error: type[NetzwerkError], failed: str) -> Any:
    """The result in a child's ``answer``, or its failure raised as ``error``."""
    kind, value = message
    if kind == "ok":
        return value
    if kind == "bug":
        log.error("Child process failed: %s", value)
        raise error(failed)
    template, params = value
    raise error(template, **params)


def _child(conn: Connection, target: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        conn.send(answer(target, args))
    finally:
        conn.close()


def run_isolated(target: Callable[..., Any], *args: Any, timeout: float = TIMEOUT_SECONDS) -> Any:
    """``target(*args)`` in a fresh child process; its crash or hang becomes a
    ``QrImageError`` (spawn, not fork: forking a process with Qt threads is unsafe)."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, target, args), daemon=True)
    process.start()
    sender.close()
    message = None
    timed_out = False
    try:
        if receiver.poll(timeout):
            message = receiver.recv()
        else:
            timed_out = True
    except (EOFError, OSError):
        message = None  # the child died without answering
    finally:
        receiver.close()
        process.join(1)
        if process.is_alive():
            process.kill()
            process.join()
    if message is None:
        log.warning("QR decoder child ended with status %s", process.exitcode)
        raise QrImageError(TOO_SLOW if timed_out else DECODER_FAILED)
    return unpack(message, QrImageError, DECODER_FAILED)


def decode_image_isolated(data: bytes, timeout: float = TIMEOUT_SECONDS) -> list[str]:
    """``decode_image`` in a child process (what the app and the CLI use)."""
    if len(data) > MAX_IMAGE_BYTES:
        raise too_big(len(data), QrImageError)
    texts: list[str] = run_isolated(decode_image, data, timeout=timeout)
    return texts
