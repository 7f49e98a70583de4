"""Three-way merge of one card, field by field (base = the last-synced card).

A field changed on one side only takes that side's value. A field changed on both
sides to the same value is no conflict. Changed differently on both sides: the
server's value stays on the card; for a list (phones, e-mails, ...) the local
entries are kept beside it, for a single value the local one is kept in a conflict
record; either way the pair is listed for review and nothing is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from netzwerk_app.sync.cards import LISTS, MERGED


@dataclass(frozen=True)
class Conflict:
    field: str
    server: Any
    local: Any


@dataclass
class Merged:
    values: dict[str, Any]
    conflicts: list[Conflict] = field(default_factory=list)


def merge(base: dict[str, Any] | None, local: dict[str, Any], server: dict[str, Any]) -> Merged:
    """``base`` None: no common ancestor (a card matched by UID): a field set on one
    side only is taken, set differently on both is a conflict."""
    out = Merged({})
    for name in MERGED:
        mine, theirs = local[name], server[name]
        was = base[name] if base is not None else _empty(name, mine)
        if mine in (theirs, was):
            out.values[name] = theirs
        elif theirs == was or (base is None and _is_empty(theirs)):
            out.values[name] = mine
        elif base is None and _is_empty(mine):
            out.values[name] = theirs
        elif name in LISTS:
            out.values[name] = _merge_list(was, mine, theirs)
            if out.values[name] != theirs:
                out.conflicts.append(Conflict(name, theirs, mine))
        else:
            out.values[name] = theirs
            out.conflicts.append(Conflict(name, theirs, mine))
    return out


def _merge_list(base: tuple[Any, ...], local: tuple[Any, ...], server: tuple[Any, ...]) -> tuple:  # type: ignore[type-arg]
    """Entries removed on one side go, entries added on either side stay (server's
    order first)."""
    kept = [x for x in server if not (x in base and x not in local)]
    added = [x for x in local if x not in base and x not in server]
    return tuple(kept + added)


def _empty(name: str, like: Any) -> Any:
    if name == "photo":
        return (b"", "", "")
    if isinstance(like, tuple):
        return ()
    if isinstance(like, str):
        return ""
    return None


def _is_empty(value: Any) -> bool:
    if value is None or value == "" or value == ():
        return True
    return bool(value == (b"", "", ""))
