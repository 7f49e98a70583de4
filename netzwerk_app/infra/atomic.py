"""The one way every writer saves a file: either the old file or the whole new one.

A temporary file in the target's folder (so the rename stays on one file system),
written, flushed, ``fsync``-ed and renamed over the target with ``os.replace``; on any
failure the temporary file is removed and the old file is left as it was. Every
``OSError`` becomes one expected problem: ``DiskFullError`` when the disk is full,
otherwise ``FileAccessError`` (read-only disk, no permission, missing folder …).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, DiskFullError, FileAccessError

PRIVATE = 0o600  # every file the app writes holds contact data: only the user reads it

_FULL = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})
_CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {reason}.")
_DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "Could not write {path}: the disk is full ({reason}). The old file is unchanged."
)


def write_error(path: Path, error: OSError, template: str | None = None) -> FileAccessError:
    """The expected problem an ``OSError`` while writing ``path`` stands for.

    ``template`` (placeholders ``{path}`` and ``{reason}``) replaces the standard
    sentence, for writers that say more precisely what was not saved.
    """
    reason = error.strerror or str(error)
    if error.errno in _FULL:
        return DiskFullError(template or _DISK_FULL, path=path, reason=reason)
    return FileAccessError(template or _CANNOT_WRITE, path=path, reason=reason)


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    permissions: int = PRIVATE,
    template: str | None = None,
) -> Iterator[IO[Any]]:
    """A file object (text ``"w"`` as UTF-8 without newline translation, or ``"wb"``)
    that replaces ``path`` only when the ``with`` block ends without an exception."""
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes only, not {mode!r}")
    target = Path(path)
    tmp = ""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # when something is written, not at every start

        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        if os.name == "posix":
            os.fchmod(fd, permissions)
        kwargs: dict[str, Any] = {} if "b" in mode else {"encoding": "utf-8", "newline": ""}
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        if tmp:  # a failed write never leaves a half-written temporary file behind
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        if isinstance(exc, OSError):
            raise write_error(target, exc, template) from exc
        raise


def write_atomic(
    path: str | os.PathLike[str],
    data: bytes | str,
    *,
    permissions: int = PRIVATE,
    template: str | None = None,
) -> None:
    """Save ``data`` (``str`` as UTF-8) so that ``path`` is the old or the whole new file."""
    mode = "wb" if isinstance(data, bytes) else "w"
    with atomic_open(path, mode, permissions=permissions, template=template) as handle:
        handle.write(data)
