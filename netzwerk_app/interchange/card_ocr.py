"""Read the text of paper business cards in photos (RapidOCR on onnxruntime, offline).

``read_cards`` does the work in this process: load the photo (``card_image``), cut
out each card, find its text lines and read them, turn the card upright when it was
photographed upside down or sideways, and decode any QR code printed on it.

The app never calls it directly: the recogniser is native code reading untrusted
pictures, and loading its models takes about a second. ``CardReader`` keeps ONE
child process warm for a whole stack of photos (models loaded once), with a time
limit per photo; a crash or hang of the child costs that photo one plain sentence,
and the next photo starts a fresh child. ``read_cards_isolated`` reads one photo.
rapidocr, onnxruntime, OpenCV and numpy are imported only inside the child.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any

from netzwerk_app.domain.card_reading import OcrLine, RawCard
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP
from netzwerk_app.interchange.card_image import (
    CardScanError,
    find_cards,
    jpeg,
    load_photo,
    turned,
    whole_picture,
)
from netzwerk_app.interchange.pictures import MAX_IMAGE_BYTES, too_big
from netzwerk_app.interchange.qr_decode import TOO_SLOW, answer, unpack

__all__ = ["CardReader", "CardScanError", "read_cards", "read_cards_isolated"]

log = logging.getLogger("netzwerk.interchange.card_ocr")

NO_CARD = QT_TRANSLATE_NOOP("Errors", "No business card was found in this picture.")
READER_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "The picture could not be read: the text recogniser stopped unexpectedly."
)
NOT_INSTALLED = QT_TRANSLATE_NOOP(
    "Errors",
    "Reading business cards needs the text recogniser, which is not installed "
    "(install Netzwerk with its scan extra).",
)
TIMEOUT_SECONDS = 60.0
# The text detector sees the card at this size (longer side): smaller is faster,
# and a card's smallest print (an e-mail address) still stays legible.
DETECT_SIDE = 736  # 960 took 1.0 s more per card, 640 misread spaces
REC_BATCH = 6  # lines recognised together (measured: 12 is slower, more padding)
# Lines the orientation check looks at (the widest ones: most reliable).
ORIENTATION_LINES = 6

_engine: Any = None


def threads() -> int:
    """onnxruntime's threads: one core is left to the window (and the rest of the
    machine); at most 4. Measured per card on 2 cores (the test set's photos): 1 thread
    0.80 s, 2 threads 0.60 s but a third more processor time; with the machine busy
    (load 5) 1 thread 1.8 s, 2 threads 3.2 s (onnxruntime's threads spin while they
    wait). Both meet the issue's 2 s; one thread keeps the window responsive."""
    return max(1, min((os.cpu_count() or 1) - 1, 4))


def _ocr_engine() -> Any:
    """The recogniser, loaded once per process."""
    global _engine
    if _engine is None:
        try:
            from rapidocr import RapidOCR
        except ImportError:
            raise CardScanError(NOT_INSTALLED) from None
        count = threads()
        _engine = RapidOCR(
            params={
                "Global.log_level": "error",
                "Det.limit_type": "max",
                "Det.limit_side_len": DETECT_SIDE,
                "Rec.rec_batch_num": REC_BATCH,
                "EngineConfig.onnxruntime.intra_op_num_threads": count,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            }
        )
    return _engine


def read_cards(data: bytes, file: str = "") -> list[RawCard]:
    """Every card in the photo ``data``, with its text (in this process)."""
    _ocr_engine()  # without the scan extra: its sentence, before numpy is imported
    import numpy as np

    photo = np.asarray(load_photo(data))
    pieces = find_cards(photo)
    found = [card for card in (_read(piece, file) for piece in pieces) if card.lines]
    whole = whole_picture(photo)
    if not found and [piece.shape for piece in pieces] != [whole.shape]:
        # Outlines that hold no text (a coaster, a phone): read the whole picture.
        found = [card for card in [_read(whole, file)] if card.lines]
    if not found:
        raise CardScanError(NO_CARD)
    return found


def _read(card: Any, file: str) -> RawCard:
    """One straightened card: its lines, upright."""
    boxes, texts, scores = _recognise(card)
    rotated = 0
    tall = sum(1 for box in boxes if _size(box)[1] > 1.5 * _size(box)[0])
    if boxes and tall > len(boxes) / 2:  # the text runs up or down: the card lies sideways
        card = turned(card, 90)
        rotated = 90
        boxes, texts, scores = _recognise(card)
    if boxes and _upside_down(card, boxes):
        card = turned(card, 180)
        rotated += 180
        boxes, texts, scores = _recognise(card)
    lines = [
        OcrLine(
            text=text,
            left=float(min(x for x, _ in box)),
            top=float(min(y for _, y in box)),
            right=float(max(x for x, _ in box)),
            bottom=float(max(y for _, y in box)),
            confidence=float(score),
        )
        for box, text, score in zip(boxes, texts, scores, strict=True)
        if text.strip()
    ]
    height, width = card.shape[:2]
    return RawCard(
        lines=_in_reading_order(lines),
        width=int(width),
        height=int(height),
        qr_texts=_qr_texts(card),
        image=jpeg(card),
        rotated=rotated,
        file=file,
    )


def _recognise(card: Any) -> tuple[list[list[tuple[float, float]]], list[str], list[float]]:
    """The text boxes (4 corners each), their texts and scores. The card is read as it
    lies: the recogniser's own angle classifier, line by line, turned phone lines that
    begin with an icon (☎ +49 …) upside down and read them as noise; the card as a
    whole is turned by ``_read`` instead."""
    import numpy as np

    bgr = np.ascontiguousarray(card[:, :, ::-1])
    result = _ocr_engine()(bgr, use_det=True, use_cls=False, use_rec=True)
    if getattr(result, "txts", None) is None or result.boxes is None:
        return [], [], []
    boxes = [[(float(x), float(y)) for x, y in box] for box in result.boxes]
    return boxes, list(result.txts), [float(s) for s in result.scores]


def _size(box: list[tuple[float, float]]) -> tuple[float, float]:
    xs = [x for x, _ in box]
    ys = [y for _, y in box]
    return max(xs) - min(xs), max(ys) - min(ys)


def _upside_down(card: Any, boxes: list[list[tuple[float, float]]]) -> bool:
    """Whether most of the widest lines read as turned by 180 degrees."""
    import numpy as np

    engine = _ocr_engine()
    widest = sorted(boxes, key=lambda box: -_size(box)[0])[:ORIENTATION_LINES]
    votes = 0.0
    for box in widest:
        xs = [int(x) for x, _ in box]
        ys = [int(y) for _, y in box]
        crop = card[max(0, min(ys)) : max(ys) + 1, max(0, min(xs)) : max(xs) + 1]
        if crop.size == 0:
            continue
        found = engine(
            np.ascontiguousarray(crop[:, :, ::-1]), use_det=False, use_cls=True, use_rec=False
        )
        for label, score in getattr(found, "cls_res", None) or []:
            votes += score if label == "180" else -score
    return votes > 0


def _in_reading_order(lines: list[OcrLine]) -> list[OcrLine]:
    """Top to bottom; lines side by side in one row (their middles within half a
    line's height), left to right."""
    rows: list[list[OcrLine]] = []
    for line in sorted(lines, key=_middle):
        row = rows[-1] if rows else None
        if row and abs(_middle(line) - _middle(row[-1])) < 0.5 * min(line.height, row[-1].height):
            row.append(line)
        else:
            rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda line: line.left)]


def _middle(line: OcrLine) -> float:
    return (line.top + line.bottom) / 2


def _qr_texts(card: Any) -> list[str]:
    """The texts of QR codes printed on the card (none when zxing-cpp finds none)."""
    try:
        import zxingcpp
    except ImportError:
        return []
    found = zxingcpp.read_barcodes(
        card, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    )
    texts = []
    for result in found:
        raw = bytes(result.bytes)
        try:
            texts.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(str(result.text))
    return texts


# --- the warm child process ---------------------------------------------------------------


def _serve(conn: Connection) -> None:
    """The child: load the recogniser once, then read photo after photo until told to stop."""
    try:
        try:
            engine = _ocr_engine()
            # RapidOCR opens its three models at their first use: open them now,
            # while the parent is still busy, not when the first photo waits.
            for opener in ("_load_det_model", "_load_cls_model", "_load_rec_model"):
                getattr(engine, opener, lambda: None)()
        except CardScanError:
            pass  # the scan extra is missing: the first photo's sentence says so
        except Exception:  # reported with the first photo, as that photo's sentence
            log.exception("Text recogniser could not be loaded")
        while True:
            request = conn.recv()
            if request is None:
                return
            data, file = request
            conn.send(answer(read_cards, (data, file)))
    except (EOFError, OSError, KeyboardInterrupt):
        return  # the parent went away
    finally:
        conn.close()


class CardReader:
    """One warm child process that reads the photos of a stack, one after another.

    Use it as a context manager (``with CardReader() as reader: reader.read(...)``).
    """

    def __init__(self, timeout: float = TIMEOUT_SECONDS) -> None:
        global _spare
        self.timeout = timeout
        self._process: Any = None
        self._conn: Connection | None = None
        if _spare is not None:  # a child started by prestart(): its models are (nearly) loaded
            self._process, self._conn = _spare._process, _spare._conn
            _spare = None

    @property
    def pid(self) -> int | None:
        """The child's process id while one runs (tests end it to see a crash handled)."""
        return self._process.pid if self._process is not None else None

    def _start(self) -> Connection:
        if self._conn is not None and self._process is not None and self._process.is_alive():
            return self._conn
        self._stop()
        context = multiprocessing.get_context(
            "spawn"
        )  # forking a process with Qt threads is unsafe
        here, there = context.Pipe(duplex=True)
        process = context.Process(target=_serve, args=(there,), daemon=True)
        try:
            process.start()
        except (OSError, RuntimeError) as error:  # no more processes, no memory
            log.warning("Text recogniser child could not start: %s", error)
            here.close()
            raise CardScanError(READER_FAILED) from error
        finally:
            there.close()
        self._process, self._conn = process, here
        return here

    def read(self, data: bytes, file: str = "") -> list[RawCard]:
        """The cards in one photo; raises ``CardScanError`` with one plain sentence."""
        if len(data) > MAX_IMAGE_BYTES:
            raise too_big(len(data), CardScanError)
        conn = self._start()
        message = None
        timed_out = False
        try:
            conn.send((data, file))
            if conn.poll(self.timeout):
                message = conn.recv()
            else:
                timed_out = True
        except (EOFError, OSError):
            message = None  # the child died without answering
        if message is None:
            exitcode = self._process.exitcode if self._process is not None else None
            log.warning("Text recogniser child ended with status %s", exitcode)
            self._stop(kill=True)  # the next photo starts a fresh child
            raise CardScanError(TOO_SLOW if timed_out else READER_FAILED)
        cards: list[RawCard] = unpack(message, CardScanError, READER_FAILED)
        return cards

    def _stop(self, kill: bool = False) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if kill and process is not None:
            process.kill()
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
            conn.close()
        if process is not None:
            process.join(2)
            if process.is_alive():
                process.kill()
                process.join()

    def close(self) -> None:
        """End the child process (the context manager does this)."""
        self._stop()

    def __enter__(self) -> CardReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


_spare: CardReader | None = None


def prestart() -> None:
    """Start a child now, for the next ``CardReader`` to take over: it loads the
    models (about a second) while the caller does its own slow start-up, e.g. the
    ``netzwerk scan`` command opening the database."""
    global _spare
    if _spare is not None:
        return
    spare = CardReader()
    try:
        spare._start()
    except CardScanError:
        return  # the reader tries again and says why
    _spare = spare


def discard_spare() -> None:
    """End the child ``prestart`` started if no reader took it over."""
    global _spare
    spare, _spare = _spare, None
    if spare is not None:
        spare.close()


def read_cards_isolated(
    data: bytes, file: str = "", timeout: float = TIMEOUT_SECONDS
) -> list[RawCard]:
    """``read_cards`` for one photo in a child process of its own."""
    with CardReader(timeout) as reader:
        return reader.read(data, file)
