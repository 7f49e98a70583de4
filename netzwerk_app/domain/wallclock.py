"""Wall-clock times the user types, made time-zone aware in one place.

A local time inside the spring-forward gap (02:30 on 29 March 2026 in Berlin)
never happens; it is refused with a sentence instead of being quietly stored as
01:30 or 03:30. A time that happens twice (02:30 on 25 October 2026, when the
clocks go back) is taken as its first occurrence (summer time, ``fold=0``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError


def zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or str(zone)


def exists(naive: datetime, zone: tzinfo) -> bool:
    """Whether the wall-clock time ``naive`` happens in ``zone`` at all."""
    aware = naive.replace(tzinfo=zone, fold=0)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None, fold=0) == naive.replace(
        fold=0
    )


def _refuse(naive: datetime, zone: tzinfo) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{time} does not exist in {zone} (clocks go forward); choose another time."
        ),
        time=f"{naive:%Y-%m-%d %H:%M}",
        zone=zone_name(zone),
    )


def require_existing(value: datetime) -> datetime:
    """``value`` itself, unless it is aware and its wall time never happens in its zone.

    ``datetime(2026, 3, 29, 2, 30, tzinfo=Berlin)`` can be built but is no real
    moment; Python would quietly read it as 01:30 UTC.
    """
    zone = value.tzinfo
    if zone is not None and not exists(value.replace(tzinfo=None), zone):
        raise _refuse(value.replace(tzinfo=None), zone)
    return value


def aware_local(value: datetime, zone: tzinfo) -> datetime:
    """``value`` as an aware datetime: a naive one is wall-clock time in ``zone``.

    Raises ``ValidationError`` for a time the clocks skip; an ambiguous time is its
    first occurrence. An aware value is returned unchanged if it exists.
    """
    if value.tzinfo is not None:
        return require_existing(value)
    if not exists(value, zone):
        raise _refuse(value, zone)
    return value.replace(tzinfo=zone, fold=0)


# --- wall-clock arithmetic (moved from domain/followups.py) ---------------------------


def require_aware(value: datetime, what: str) -> None:
    if value.tzinfo is None:
        raise ValueError(f"{what} must be time-zone aware")


def local_time(day: date, at: time, zone: tzinfo) -> datetime:
    """``day`` at ``at`` on the wall clock of ``zone``, as an aware datetime.

    A wall time inside a spring-forward gap (02:30 on the last Sunday of March in
    Berlin) does not exist; the round trip through UTC moves it to a real instant.
    """
    naive = datetime.combine(day, at).replace(tzinfo=zone)
    return naive.astimezone(UTC).astimezone(zone)


def local_date(moment: datetime, zone: tzinfo) -> date:
    require_aware(moment, "moment")
    return moment.astimezone(zone).date()
