"""The composition root: paths -> logging -> settings -> database + migrations -> services.

Both the CLI and the GUI get their services from ``open_app``; nothing else builds
them, and nothing reaches them through a global.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import tzinfo

from netzwerk_app.domain.errors import BackupError
from netzwerk_app.infra.clock import Clock, SystemClock
from netzwerk_app.infra.logging_setup import setup_logging
from netzwerk_app.infra.paths import AppPaths
from netzwerk_app.infra.settings import Settings, load_settings
from netzwerk_app.infra.timezone import local_zone
from netzwerk_app.services import recovery
from netzwerk_app.services.backups import BackupService, RotationPolicy
from netzwerk_app.services.calendar_export import CalendarExportService
from netzwerk_app.services.card_scan import CardScanService
from netzwerk_app.services.consistency import ConsistencyService
from netzwerk_app.services.contacts import ContactService
from netzwerk_app.services.duplicate_review import DuplicateReviewService
from netzwerk_app.services.events import EventService
from netzwerk_app.services.export_service import ExportService
from netzwerk_app.services.followups import FollowUpService
from netzwerk_app.services.importing.service import ImportService
from netzwerk_app.services.my_card import MyCardService
from netzwerk_app.services.privacy import PrivacyService
from netzwerk_app.services.qr import QrService
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
    calendar: CalendarExportService
    qr: QrService
    duplicates: DuplicateReviewService
    card_scan: CardScanService
    # Where "now" comes from (frozen in tests), and the user's zone for local dates.
    clock: Clock
    zone: tzinfo

    def close(self) -> None:
        self.db.dispose()


def open_app(
    paths: AppPaths,
    verbose: bool = False,
    recovering: bool = False,
    clock: Clock | None = None,
) -> AppContext:
    """Open (and if needed create or migrate) the database under ``paths``.

    ``recovering``: the user answered a damaged database (restore, or start empty).
    ``clock``: where every service gets "now" (the system's clock unless given).
    """
    clock = clock or SystemClock()
    paths.ensure()
    setup_logging(paths.log_dir, verbose)
    settings = load_settings(paths.settings_file)
    zone = local_zone(settings.time_zone)
    # A damaged file is moved aside and the newest good backup named, before anything
    # (the migration included) writes into it.
    recovery.check_at_start(paths.database, paths.backup_dir, recovering)
    result = migrate.upgrade(paths.database, paths.backup_dir, settings.backup_keep_migration)
    if result.changed:
        log.info("schema %s -> %s", result.from_revision, result.to_revision)
    db = Database(paths.database)
    backups = BackupService(
        db,
        paths.backup_dir,
        RotationPolicy(
            settings.backup_keep_daily, settings.backup_keep_weekly, settings.backup_keep_monthly
        ),
        clock,
    )
    if result.from_revision is not None:  # a brand-new database has nothing to lose yet
        try:
            backups.auto_backup_if_due()
        except BackupError as exc:  # a full disk must not keep the user from their data
            log.warning("automatic backup failed: %s", exc)
    followups = FollowUpService(db, settings, zone, clock)
    contacts, events = ContactService(db, clock), EventService(db, followups, clock, zone)
    importer = ImportService(db, settings.phone_region, clock, zone)
    my_card = MyCardService(db)
    return AppContext(
        paths=paths,
        settings=settings,
        db=db,
        contacts=contacts,
        events=events,
        privacy=PrivacyService(db, clock),
        backups=backups,
        importer=importer,
        exporter=ExportService(db),
        migration=result,
        consistency=ConsistencyService(db, clock, zone),
        my_card=my_card,
        relationship=RelationshipService(db, clock, zone),
        followups=followups,
        strangers=StrangerService(followups),
        stats=StatsService(db),
        calendar=CalendarExportService(followups),
        qr=QrService(my_card, contacts, importer, events),
        duplicates=DuplicateReviewService(db, settings.phone_region, clock),
        card_scan=CardScanService(importer, events, db, settings),
        clock=clock,
        zone=zone,
    )
