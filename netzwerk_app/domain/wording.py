"""English wording for plain-text output (CLI, logs): counts with the right noun form."""

from __future__ import annotations


def plural(count: int, one: str, many: str) -> str:
    """``plural(1, "contact", "contacts")`` → "1 contact"; 0 and 2+ take the plural."""
    return f"{count} {one if count == 1 else many}"
