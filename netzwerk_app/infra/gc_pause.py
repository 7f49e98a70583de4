"""Bulk work without Python's cycle collector.

A big import builds hundreds of thousands of long-lived objects (cards, the
duplicate index); each of them makes the collector's full passes longer, and a
full pass holds the interpreter lock, so the window froze for 0.3-0.5 s at a
time while the worker thread imported. Reference counting still frees what the
import drops; the collector runs again when the bulk work ends (the same idea
as Mercurial's ``util.nogc``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the block (or decorated call); nests safely."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
