"""Expected problems, shown to the user in plain words.

Anything that is not a ``NetzwerkError`` is a bug and goes to the crash dialog / log.

A sentence is an English template with ``{name}`` placeholders plus its values::

    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "There is no {what} with the number {number}."),
        what="event", number=7,
    )

``str(error)`` is the English sentence (CLI, log); the GUI translates the template
through Qt's catalogue (context "Errors") and fills in the same values. Values quoted
from user data always go in as values, never into the template.
"""

from __future__ import annotations

from collections.abc import Mapping

ERRORS = "Errors"  # the Qt Linguist context of every template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name: lupdate looks for it
    """Mark ``text`` for Qt Linguist without importing Qt; returns it unchanged."""
    return text


def fill(template: str, params: Mapping[str, object]) -> str:
    """``template`` with its placeholders filled; a template without values stays as it is."""
    if not params:
        return template
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


class NetzwerkError(Exception):
    """An expected problem; ``str(error)`` is a plain English sentence for the user.

    ``template`` is the English text with ``{name}`` placeholders, ``params`` its
    values; ``NetzwerkError("A finished sentence.")`` works too.
    """

    def __init__(self, template: str = "", /, **params: object) -> None:
        self.template = template
        self.params: dict[str, object] = dict(params)
        super().__init__(fill(template, self.params))


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


class DiskFullError(FileAccessError):
    """The disk is full: a file or the database could not grow."""


class ReadOnlyError(FileAccessError):
    """The database file or the data folder cannot be written (permissions, read-only disk)."""

    @classmethod
    def for_database(cls, path: object) -> ReadOnlyError:
        return cls(
            QT_TRANSLATE_NOOP(
                "Errors", "The database {path} is read-only; check the file's permissions."
            ),
            path=path,
        )

    @classmethod
    def for_folder(cls, folder: object) -> ReadOnlyError:
        return cls(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} is read-only; check its permissions."),
            folder=folder,
        )


class DatabaseRecoveryNeeded(DatabaseCorruptError):
    """The database was damaged at start and has been moved aside.

    ``corrupt_copy`` is where the damaged file now lies; ``backup`` is the newest
    backup that passed its integrity check (None when there is none). The app
    restores nothing by itself: the user decides.
    """

    def __init__(
        self, message: str, corrupt_copy: object, backup: object | None, /, **params: object
    ) -> None:
        super().__init__(message, **params)
        self.corrupt_copy = corrupt_copy
        self.backup = backup


class SyncError(NetzwerkError):
    """A sync with a CardDAV server could not be done (the local data is unharmed)."""


class SyncAuthError(SyncError):
    """The server refused the user name or password."""


class SyncUnreachableError(SyncError):
    """The server could not be reached (offline, wrong address, timeout)."""


class SyncCertificateError(SyncError):
    """The server's TLS certificate could not be verified."""


class SyncServerError(SyncError):
    """The server answered with an error or something that is no CardDAV."""
