"""Expected problems, shown to the user in plain words.

Anything that is not a ``NetzwerkError`` is a bug and goes to the crash dialog / log.
"""

from __future__ import annotations


class NetzwerkError(Exception):
    """An expected problem; ``str(error)`` is a plain sentence for the user."""


class NotFoundError(NetzwerkError):
    pass


class ValidationError(NetzwerkError):
    pass


class DatabaseLockedError(NetzwerkError):
    pass


class DatabaseCorruptError(NetzwerkError):
    pass


class SchemaTooNewError(NetzwerkError):
    pass


class MigrationError(NetzwerkError):
    pass


class BackupError(NetzwerkError):
    pass


class AlreadyRunningError(NetzwerkError):
    pass


class FileAccessError(NetzwerkError):
    pass


class DiskFullError(NetzwerkError):
    pass


class ReadOnlyError(FileAccessError):
    """The database file or the data folder cannot be written (permissions, read-only disk)."""

    @classmethod
    def for_database(cls, path: object) -> ReadOnlyError:
        return cls(f"The database {path} is read-only; check the file's permissions.")

    @classmethod
    def for_folder(cls, folder: object) -> ReadOnlyError:
        return cls(f"The folder {folder} is read-only; check its permissions.")


class DatabaseRecoveryNeeded(DatabaseCorruptError):
    """The database was damaged at start and has been moved aside.

    ``corrupt_copy`` is where the damaged file now lies; ``backup`` is the newest
    backup that passed its integrity check (None when there is none). The app
    restores nothing by itself: the user decides.
    """

    def __init__(self, message: str, corrupt_copy: object, backup: object | None) -> None:
        super().__init__(message)
        self.corrupt_copy = corrupt_copy
        self.backup = backup
