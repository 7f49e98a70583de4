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

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, FileAccessError

_KINDS = (
    (
        stat.S_ISDIR,
        QT_TRANSLATE_NOOP("Errors", "“{name}” is a folder, not a file; only files can be read."),
    ),
    (
        stat.S_ISFIFO,
        QT_TRANSLATE_NOOP(
            "Errors", "“{name}” is a named pipe, not a file; only files can be read."
        ),
    ),
    (
        stat.S_ISCHR,
        QT_TRANSLATE_NOOP("Errors", "“{name}” is a device, not a file; only files can be read."),
    ),
    (
        stat.S_ISBLK,
        QT_TRANSLATE_NOOP("Errors", "“{name}” is a device, not a file; only files can be read."),
    ),
    (
        stat.S_ISSOCK,
        QT_TRANSLATE_NOOP("Errors", "“{name}” is a socket, not a file; only files can be read."),
    ),
)
_SPECIAL = QT_TRANSLATE_NOOP(
    "Errors", "“{name}” is a special file, not a file; only files can be read."
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
    template = next((sentence for test, sentence in _KINDS if test(mode)), _SPECIAL)
    raise FileAccessError(template, name=path.name or path)
