"""The base of services whose records carry the user's dates and times."""

from __future__ import annotations

from datetime import tzinfo

from netzwerk_app.infra.clock import Clock, SystemClock
from netzwerk_app.infra.timezone import local_zone
from netzwerk_app.storage.db import Database


class DatedService:
    """A database, a clock (today's date, the time a record is written) and the
    user's time zone (the wall clock that dates are typed in)."""

    def __init__(
        self, db: Database, clock: Clock | None = None, zone: tzinfo | None = None
    ) -> None:
        self.db = db
        self.clock: Clock = clock or SystemClock()
        self.zone = zone or local_zone()
