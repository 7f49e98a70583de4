"""Every setting declared once, with its type and default.

Stored as JSON in the config folder so that the CLI reads the same values as the
GUI without Qt. Window geometry is the GUI's business (QSettings).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from datetime import time
from pathlib import Path
from typing import Any

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP
from netzwerk_app.infra.atomic import write_atomic

log = logging.getLogger("netzwerk.settings")


@dataclass
class Settings:
    language: str = "system"  # system / de / en
    followup_time: str = "08:30"  # local time the next morning
    skip_weekends: bool = True
    linkedin_account: str = "free"  # free / premium
    linkedin_note_limit: int = 200
    linkedin_monthly_quota: int = 5  # personalised invitation notes a month (free account)
    xing_account: str = "free"  # free members cannot attach a note
    xing_note_limit: int = 300  # the note a paying XING member may attach
    message_limit: int = 1000  # messages after connecting and e-mails: keep them short
    time_zone: str = ""  # IANA name such as Europe/Berlin; empty = the system's zone
    default_address_form: str = "sie"
    default_language: str = "de"
    phone_region: str = "DE"
    sort_by_surname: bool = False  # the contact list's Name column: by surname
    # Hosts whose links the user confirmed once (the queue's "open profile"), comma-separated.
    confirmed_link_hosts: str = ""
    backup_keep_migration: int = 10
    # Automatic daily backups: the newest of each of the last n days / weeks / months.
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    backup_keep_monthly: int = 6
    # Keep the photo of a scanned paper business card with the contact (issue 15).
    keep_card_photos: bool = True

    @property
    def followup_clock(self) -> time:
        hour, minute = self.followup_time.split(":")
        return time(int(hour), int(minute))


_CHOICES: dict[str, tuple[str, ...]] = {
    "language": ("system", "de", "en"),
    "linkedin_account": ("free", "premium"),
    "xing_account": ("free", "premium"),
    "default_address_form": ("sie", "du"),
    "default_language": ("de", "en"),
}


def _valid(name: str, value: Any, default: Any) -> bool:
    if type(value) is not type(default):
        return False
    if name in _CHOICES and value not in _CHOICES[name]:
        return False
    if name == "time_zone" and value:
        from netzwerk_app.infra.timezone import is_zone_name

        return is_zone_name(value)
    if name == "followup_time":
        try:
            hour, minute = str(value).split(":")
            time(int(hour), int(minute))
        except ValueError:
            return False
    return True


def load_settings(path: Path) -> Settings:
    """Read settings; a missing file gives defaults, a bad value falls back to its default."""
    settings = Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return settings
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return settings
    if not isinstance(raw, dict):
        return settings
    for f in fields(Settings):
        if f.name in raw:
            default = getattr(settings, f.name)
            if _valid(f.name, raw[f.name], default):
                setattr(settings, f.name, raw[f.name])
            else:
                log.warning("setting %s has a bad value %r; using %r", f.name, raw[f.name], default)
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically; a full disk or read-only folder keeps the old file and says so."""
    text = json.dumps(asdict(settings), indent=2, ensure_ascii=False)
    write_atomic(
        path,
        text,
        template=QT_TRANSLATE_NOOP(
            "Errors", "The settings could not be saved ({reason}); the old ones stay."
        ),
    )
