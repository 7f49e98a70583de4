"""Inputs that are not files: refused before anything opens them.

``/dev/zero`` read as a file grows until memory runs out; opening a named pipe
(FIFO) waits forever for a writer; a folder or a socket cannot be read at all.
Every command that reads a file the user names (import, restore, QR pictures)
asks here first, with ``os.stat`` — which never opens the path, so it cannot hang.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from netzwerk_app.domain.errors import FileAccessError

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def require_regular_file(path: Path) -> None:
    """Raise ``FileAccessError`` when ``path`` (after symlinks) is not a regular file.

    A path that does not exist or cannot be looked at passes: the caller's own read
    reports that in its words.
    """
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    raise FileAccessError(f"“{path.name or path}” is {kind}, not a file; only files can be read.")
