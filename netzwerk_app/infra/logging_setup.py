"""One logger per area (netzwerk.storage, netzwerk.gui, ...), a rotating log file."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILENAME = "netzwerk.log"


def setup_logging(log_dir: Path, verbose: bool = False) -> Path:
    """Log to ``netzwerk.log`` in ``log_dir``; a folder that cannot be written costs the
    log, never the start (the database check says what is read-only)."""
    path = log_dir / LOG_FILENAME
    root = logging.getLogger("netzwerk")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_netzwerk", False):
            root.removeHandler(handler)
            handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return path
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._netzwerk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
