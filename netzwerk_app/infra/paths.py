"""Where the app keeps its files.

By default the platform's folders (platformdirs). ``--basedir DIR`` or the
``NETZWERK_HOME`` environment variable put everything below one folder instead;
``--temp-basedir`` uses a throw-away folder (for tests and trying things out).
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, FileAccessError, ReadOnlyError

log = logging.getLogger("netzwerk.paths")

APP_NAME = "Netzwerk"
PRIVATE_FOLDER = 0o700
DB_FILENAME = "netzwerk.sqlite3"
ENV_HOME = "NETZWERK_HOME"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    backup_dir: Path
    temporary: bool = False

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "netzwerk.lock"

    @property
    def folders(self) -> tuple[Path, ...]:
        return (self.data_dir, self.config_dir, self.log_dir, self.backup_dir)

    def ensure(self) -> None:
        """Create the folders; on POSIX only the user may read what is in them.

        The umask of the process becomes 077, so that every file made from now on
        (database, its -wal and -shm, backups, logs, settings, exports) is 0600, and
        what an older version left readable for others is made private here.
        """
        if os.name == "posix":
            os.umask(0o077)
        for folder in self.folders:
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
            except PermissionError as exc:
                raise ReadOnlyError.for_folder(_existing_parent(folder)) from exc
            except OSError as exc:
                raise FileAccessError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The folder {folder} cannot be created ({reason})."
                    ),
                    folder=folder,
                    reason=exc.strerror or exc,
                ) from exc
        if os.name == "posix":
            for folder in self.folders:
                make_private(folder)

    def cleanup(self) -> None:
        """Remove a temporary base folder; never touches a real one."""
        if self.temporary:
            import shutil  # loaded when used: not part of every start

            shutil.rmtree(self.data_dir.parent, ignore_errors=True)


def _existing_parent(folder: Path) -> Path:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def make_private(folder: Path) -> None:
    """Take every permission of group and others from ``folder`` and all below it:
    0755 becomes 0700, 0644 becomes 0600.

    Symlinks are neither followed nor changed; what cannot be changed (another
    user's file) is logged and left alone.
    """
    for path in [folder, *folder.rglob("*")]:
        try:
            st = path.lstat()
            if stat.S_ISLNK(st.st_mode):
                continue
            mode = stat.S_IMODE(st.st_mode)
            if mode & 0o077:  # the owner's own bits stay (a file made read-only stays so)
                os.chmod(path, mode & 0o700)
        except OSError as exc:
            log.warning("could not make %s private: %s", path, exc)


def under_basedir(basedir: Path, temporary: bool = False) -> AppPaths:
    base = basedir.expanduser().resolve()
    return AppPaths(
        data_dir=base / "data",
        config_dir=base / "config",
        log_dir=base / "logs",
        backup_dir=base / "backups",
        temporary=temporary,
    )


def resolve_paths(basedir: str | None = None, temp_basedir: bool = False) -> AppPaths:
    """Pick the folders from the command line, the environment or the platform."""
    if temp_basedir:
        import tempfile  # only for --temp-basedir

        return under_basedir(Path(tempfile.mkdtemp(prefix="netzwerk-")), temporary=True)
    chosen = basedir or os.environ.get(ENV_HOME)
    if chosen:
        return under_basedir(Path(chosen))
    import platformdirs  # the platform's folders: not needed with a base folder

    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return AppPaths(
        data_dir=data,
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        backup_dir=data / "backups",
    )
