"""The composition root: paths -> logging -> settings -> database + migrations -> services.

Both the CLI and the GUI get their services from ``open_app``; nothing else builds
them, and nothing reaches them through a global.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from netzwerk_app.infra.logging_setup import setup_logging
from netzwerk_app.infra.paths import AppPaths
from netzwerk_app.infra.settings import Settings, load_settings
from netzwerk_app.services.backups import BackupService
from netzwerk_app.services.consistency import ConsistencyService
from netzwerk_app.services.contacts import ContactService
from netzwerk_app.services.events import EventService
from netzwerk_app.services.export_service import ExportService
from netzwerk_app.services.followups import FollowUpService
from netzwerk_app.services.import_service import ImportService
from netzwerk_app.services.my_card import MyCardService
from netzwerk_app.services.privacy import PrivacyService
from netzwerk_app.services.relationship import RelationshipService
from netzwerk_app.services.stats import StatsService
from netzwerk_app.services.strangers import StrangerService
from netzwerk_app.storage import migrate
from netzwerk_app.storage.db import Database

log = logging.getLogger("netzwerk.app")


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    db: Database
    contacts: ContactService
    events: EventService
    privacy: PrivacyService
    backups: BackupService
    importer: ImportService
    exporter: ExportService
    migration: migrate.MigrationResult
    consistency: ConsistencyService
    my_card: MyCardService
    relationship: RelationshipService
    followups: FollowUpService
    strangers: StrangerService
    stats: StatsService

    def close(self) -> None:
        self.db.dispose()


def open_app(paths: AppPaths, verbose: bool = False) -> AppContext:
    """Open (and if needed create or migrate) the database under ``paths``."""
    paths.ensure()
    setup_logging(paths.log_dir, verbose)
    settings = load_settings(paths.settings_file)
    result = migrate.upgrade(paths.database, paths.backup_dir, settings.backup_keep_migration)
    if result.changed:
        log.info("schema %s -> %s", result.from_revision, result.to_revision)
    db = Database(paths.database)
    followups = FollowUpService(db, settings)
    return AppContext(
        paths=paths,
        settings=settings,
        db=db,
        contacts=ContactService(db),
        events=EventService(db, followups),
        privacy=PrivacyService(db),
        backups=BackupService(db, paths.backup_dir),
        importer=ImportService(db, settings.phone_region),
        exporter=ExportService(db),
        migration=result,
        consistency=ConsistencyService(db),
        my_card=MyCardService(db),
        relationship=RelationshipService(db),
        followups=followups,
        strangers=StrangerService(followups),
        stats=StatsService(db),
    )
