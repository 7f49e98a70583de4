"""The user's local time zone as a real IANA zone, so that 08:30 stays 08:30 across DST.

``datetime.now().astimezone().tzinfo`` is only today's fixed offset; follow-ups
planned with it would move by an hour after the clocks change. The rules therefore
get a ``ZoneInfo``: from the setting, else from ``TZ``, else from the system's
``/etc/localtime`` link; a fixed offset is the last resort (logged).
"""

from __future__ import annotations

import logging
import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger("netzwerk.timezone")


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def is_zone_name(name: str) -> bool:
    return _zone(name) is not None


def local_zone(configured: str = "") -> tzinfo:
    """The zone named in the settings, else the system's own."""
    for name in (configured, os.environ.get("TZ", "").lstrip(":")):
        if name and (zone := _zone(name)):
            return zone
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        target = ""
    if "zoneinfo/" in target and (zone := _zone(target.split("zoneinfo/", 1)[1])):
        return zone
    fallback = datetime.now().astimezone().tzinfo
    log.warning("local time zone unknown; using a fixed offset (set time_zone in the settings)")
    assert fallback is not None
    return fallback
