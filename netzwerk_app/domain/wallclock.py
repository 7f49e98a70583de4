"""Wall-clock times the user types, made time-zone aware in one place.

A local time inside the spring-forward gap (02:30 on 29 March 2026 in Berlin)
never happens; it is refused with a sentence instead of being quietly stored as
01:30 or 03:30. A time that happens twice (02:30 on 25 October 2026, when the
clocks go back) is taken as its first occurrence (summer time, ``fold=0``).
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from netzwerk_app.domain.errors import ValidationError


def zone_name(zone: tzinfo) -> str:
    return getattr(zone, "key", None) or str(zone)


def exists(naive: datetime, zone: tzinfo) -> bool:
    """Whether the wall-clock time ``naive`` happens in ``zone`` at all."""
    aware = naive.replace(tzinfo=zone, fold=0)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None, fold=0) == naive.replace(
        fold=0
    )


def aware_local(value: datetime, zone: tzinfo) -> datetime:
    """``value`` as an aware datetime: a naive one is wall-clock time in ``zone``.

    Raises ``ValidationError`` for a time the clocks skip; an ambiguous time is its
    first occurrence. An already aware value is returned unchanged.
    """
    if value.tzinfo is not None:
        return value
    if not exists(value, zone):
        raise ValidationError(
            f"{value:%Y-%m-%d %H:%M} does not exist in {zone_name(zone)} "
            "(clocks go forward); choose another time."
        )
    return value.replace(tzinfo=zone, fold=0)
