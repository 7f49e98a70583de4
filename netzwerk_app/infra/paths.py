"""Where the app keeps its files.

By default the platform's folders (platformdirs). ``--basedir DIR`` or the
``NETZWERK_HOME`` environment variable put everything below one folder instead;
``--temp-basedir`` uses a throw-away folder (for tests and trying things out).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Netzwerk"
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

    def ensure(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)

    def cleanup(self) -> None:
        """Remove a temporary base folder; never touches a real one."""
        if self.temporary:
            shutil.rmtree(self.data_dir.parent, ignore_errors=True)


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
        return under_basedir(Path(tempfile.mkdtemp(prefix="netzwerk-")), temporary=True)
    chosen = basedir or os.environ.get(ENV_HOME)
    if chosen:
        return under_basedir(Path(chosen))
    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return AppPaths(
        data_dir=data,
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        backup_dir=data / "backups",
    )
