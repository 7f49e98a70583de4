"""Splitting a typed full name into vCard name parts."""

from __future__ import annotations

_PARTICLES = {"von", "van", "de", "der", "den", "zu", "la", "le", "di", "da", "del", "ten", "ter"}
_PREFIXES = {"dr.", "dr", "prof.", "prof", "herr", "frau", "mr.", "mr", "mrs.", "mrs", "ms.", "ms"}


def split_full_name(full: str) -> tuple[str, str, str]:
    """(prefix, given, family) from "Dr. Anna von der Heide" -> ("Dr.", "Anna", "von der Heide").

    A comma means "Family, Given" as address books write it.
    """
    text = " ".join(full.split())
    if "," in text:
        family, _, given = text.partition(",")
        return "", given.strip(), family.strip()
    parts = text.split(" ")
    prefix: list[str] = []
    while len(parts) > 1 and parts[0].lower() in _PREFIXES:
        prefix.append(parts.pop(0))
    if len(parts) == 1:
        return " ".join(prefix), parts[0], ""
    # The family name starts at the first particle after the first given name.
    cut = len(parts) - 1
    for index in range(1, len(parts) - 1):
        if parts[index].lower() in _PARTICLES:
            cut = index
            break
    return " ".join(prefix), " ".join(parts[:cut]), " ".join(parts[cut:])
