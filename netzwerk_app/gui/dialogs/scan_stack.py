"""The stack of a card scan as data: one step per card found (or per photo that
failed), what became of it, and the sentences about it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netzwerk_app.domain.card_reading import CardReading
from netzwerk_app.domain.errors import ERRORS
from netzwerk_app.gui.i18n import sentence_text
from netzwerk_app.gui.qt import QCoreApplication

if TYPE_CHECKING:
    from netzwerk_app.services.card_scan import ScannedPhoto


@dataclass
class Step:
    """One card of the stack (or a photo that could not be read)."""

    photo: Path
    reading: CardReading | None
    error: str = ""
    state: str = "open"  # open | stored | skipped | joined (became the front of the next)
    outcome: str = ""  # the service's: added | merged | skipped | kept_both
    contact_id: int | None = None
    name: str = ""  # the stored contact's name (the known one's when skipped as known)
    back_of: int | None = None  # the stored step this one is the back side of
    known: tuple[int, str] | None = None  # the existing contact it duplicates
    edited: bool = False


def photo_error(photo: ScannedPhoto) -> str:
    """The photo's one sentence in the user's language (the service's template)."""
    if not photo.error_template:
        return sentence_text(photo.error)
    translated = QCoreApplication.translate(ERRORS, photo.error_template)
    try:
        return translated.format(**photo.error_params)
    except (KeyError, IndexError, ValueError):  # a broken translation: the English one
        return photo.error


def dropped_photos(mime: Any) -> list[Path]:
    """The picture files (and folders) among dropped files."""
    from netzwerk_app.services.card_scan import IMAGE_SUFFIXES  # the service's own list

    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in IMAGE_SUFFIXES or p.is_dir()]
