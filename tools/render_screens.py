"""Render the main screens with demo data to PNG files (offscreen Qt).

Usage: python tools/render_screens.py [OUT_DIR] [--lang de|en] [--dark]
Used for the README screenshots and for looking at layouts (long German words!).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from netzwerk_app.app import open_app
from netzwerk_app.infra.paths import under_basedir
from netzwerk_app.services.demo import load_demo

# Cards as other programs write them: one to add, one already there, one empty, one
# with a broken web address - the import report shows each case.
SAMPLE_CARDS = """BEGIN:VCARD
VERSION:3.0
FN:Karin Kühn
N:Kühn;Karin;;;
ORG:Kühn Gartenbau
EMAIL;TYPE=INTERNET:karin@kuehn-gartenbau.de
URL:http://[kaputt
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Jan Meier
N:Meier;Jan;;;
ORG:Meier Consulting
END:VCARD
BEGIN:VCARD
VERSION:3.0
END:VCARD
"""


def settle(app, tasks, rounds: int = 30) -> None:  # type: ignore[no-untyped-def]
    import time

    for _ in range(rounds):
        app.processEvents()
        tasks.wait(50)
        time.sleep(0.02)  # let timers (the search debounce) fire
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--lang", default="de", choices=("de", "en"))
    parser.add_argument("--dark", action="store_true", help="render with the dark colour scheme")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from netzwerk_app.gui.main import create_application
    from netzwerk_app.gui.main_window import MainWindow
    from netzwerk_app.gui.tasks import TaskRunner

    with tempfile.TemporaryDirectory(prefix="netzwerk-render-") as tmp:
        paths = under_basedir(Path(tmp))
        ctx = open_app(paths)
        load_demo(ctx.db, ctx.clock.now(), zone=ctx.zone)
        # Two colleagues whose names are alike: the possible-duplicates screen has a pair.
        from netzwerk_app.domain import model as m

        for name in ("Jan Meier", "Jana Meier"):
            ctx.contacts.create(m.Contact(formatted_name=name, organization="Meier Consulting"))
        app = create_application(paths, args.lang)
        language = str(app.property("netzwerk_language"))
        suffix = f"-{args.lang}"
        if args.dark:
            from netzwerk_app.gui.qt import Qt
            from netzwerk_app.gui.style import apply_look

            app.styleHints().setColorScheme(Qt.ColorScheme.Dark)  # the offscreen platform
            apply_look(app, dark=True)  # ignores the request: the app's dark look directly
            suffix += "-dark"
        tasks = TaskRunner()
        window = MainWindow(ctx, tasks, language)
        window.resize(1360, 820)
        window.show()
        window.refresh()
        settle(app, tasks)

        def shot(name: str, widget: object = window) -> None:
            settle(app, tasks)
            widget.grab().save(str(out / f"{name}{suffix}.png"))  # type: ignore[attr-defined]

        window.sidebar.setCurrentRow(window.PAGE_TODAY)
        today = window.today_view
        settle(app, tasks, 40)
        if today.items:
            today.queue_list.setCurrentRow(0)
        shot("today")

        window.sidebar.setCurrentRow(window.PAGE_EVENTS)
        settle(app, tasks)
        window.events_view.table.selectRow(0)
        shot("events")

        window.sidebar.setCurrentRow(window.PAGE_CONTACTS)
        window.contacts_view.refresh()
        settle(app, tasks)
        window.contacts_view.table.selectRow(0)
        shot("contacts")
        window.contacts_view.search.setText("mueller")
        settle(app, tasks, 40)
        window.contacts_view.table.selectRow(0)
        shot("search")
        window.contacts_view.search.clear()

        window.sidebar.setCurrentRow(window.PAGE_MY_CARD)
        shot("my-card")
        my_card = window.my_card_view
        if hasattr(my_card, "show_qr"):
            my_card.show_qr()
            shot("qr", my_card.qr_dialog)
            my_card.qr_dialog.close()

        ids = [s.contact.id for s in ctx.contacts.summaries(limit=3) if s.contact.id]
        ctx.contacts.trash(ids)
        window.sidebar.setCurrentRow(window.PAGE_TRASH)
        shot("trash")

        from netzwerk_app.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            ctx.settings, ctx.paths.data_dir, ctx.backups, tasks, window, window.open_sync
        )
        dialog.show()
        shot("settings", dialog)
        dialog.close()

        shot_sync(ctx, tasks, window, shot)

        from netzwerk_app.gui.dialogs.duplicates_dialog import DuplicatesDialog
        from netzwerk_app.gui.dialogs.export_dialog import ExportDialog

        duplicates = DuplicatesDialog(ctx.duplicates, tasks, window)
        duplicates.resize(900, 420)
        duplicates.show()
        shot("duplicates", duplicates)
        duplicates.close()
        export = ExportDialog(12, Path(tmp), window)
        export.show()
        shot("export", export)
        export.close()

        from netzwerk_app.gui.dialogs.event_dialog import EventDialog
        from netzwerk_app.gui.dialogs.import_dialog import ImportDialog
        from netzwerk_app.gui.dialogs.qr_read_dialog import QrReadDialog

        event = EventDialog(ctx.events.networks(), parent=window)
        event.show()
        shot("event", event)
        event.close()
        cards = Path(tmp) / "visitenkarten.vcf"
        cards.write_text(SAMPLE_CARDS, encoding="utf-8")
        importing = ImportDialog(ctx.importer, tasks, [cards], [], window)
        importing.resize(640, 460)
        importing.show()
        importing.start()
        for _ in range(100):
            settle(app, tasks, 2)
            if importing.result_data is not None:
                break
        shot("import", importing)
        importing.close()
        reading = QrReadDialog(ctx.qr, ctx.events, tasks, window)
        reading.show()
        shot("qr-read", reading)
        reading.close()
        shot_scan(ctx, tasks, window, shot, app)
        window.close()
        ctx.close()
    print(f"screens written to {out}")
    return 0


def shot_sync(ctx: object, tasks: object, window: object, shot: object) -> None:
    """The sync dialog as after a first sync with one conflict to review.

    No server runs here: the account and the conflict are written the way a sync
    leaves them (the tests drive the real flow against Radicale)."""
    import json
    from datetime import timedelta

    from sqlalchemy import insert

    from netzwerk_app.gui.dialogs.sync_dialog import SyncDialog
    from netzwerk_app.storage.sync_tables import sync_accounts, sync_conflicts
    from netzwerk_app.sync.engine import SyncService

    now = ctx.clock.now()  # type: ignore[attr-defined]
    counts = {"pulled": 3, "pushed": 58, "merged": 2, "conflicts": 1, "deleted": 0}
    (first, *_) = ctx.contacts.summaries(limit=1)  # type: ignore[attr-defined]
    with ctx.db.write() as session:  # type: ignore[attr-defined]
        account = session.execute(
            insert(sync_accounts).values(
                url="https://cloud.example.org",
                username="martina",
                book_url="https://cloud.example.org/remote.php/dav/addressbooks/users/martina/kontakte/",
                book_name="Kontakte",
                last_sync_at=now - timedelta(minutes=4),
                last_result=json.dumps(counts),
                created_at=now - timedelta(days=2),
            )
        ).inserted_primary_key[0]
        session.execute(
            insert(sync_conflicts).values(
                account_id=account,
                contact_id=first.contact.id,
                field="title",
                server_value="Geschäftsführerin",
                local_value="Inhaberin",
                created_at=now,
            )
        )
    dialog = SyncDialog(SyncService(ctx.db, ctx.clock), tasks, window)  # type: ignore[arg-type, attr-defined]
    dialog.show()
    shot("sync", dialog)  # type: ignore[operator]
    dialog.close()


def shot_scan(ctx: object, tasks: object, window: object, shot: object, app: object) -> None:
    """The review of a scanned stack: the real OCR reads three photos of the test set
    and a file that is no picture; the first card is shown for review at the last
    event (window size of a 1366x768 laptop). The photos are under tests/data/cards/."""
    import time

    from netzwerk_app.gui.dialogs.scan_dialog import ScanDialog
    from netzwerk_app.gui.dialogs.scan_steps import FAILED, REVIEW, SUMMARY

    cards = Path(__file__).resolve().parents[1] / "tests" / "data" / "cards"
    wanted = ("04-schaefer.jpg", "08-oezdemir.jpg", "16-zimmermann.jpg")
    photos = [cards / n for n in wanted if (cards / n).is_file()]
    if not photos:
        print("no card photos in tests/data/cards: the scan screen is left out")
        return
    dialog = ScanDialog(ctx.card_scan, ctx.events, tasks, window)  # type: ignore[attr-defined, arg-type]
    dialog.resize(1180, 700)
    dialog.show()
    settle(app, tasks)
    if dialog.ui.event_box.count() > 1:
        dialog.ui.event_box.setCurrentIndex(1)  # the latest event
    # A photo that is no picture ends the stack: the summary shows its sentence.
    broken = Path(ctx.paths.data_dir) / "IMG_2047.jpg"  # type: ignore[attr-defined]
    broken.write_text("not a picture", encoding="utf-8")
    dialog.read([*photos, broken])
    end = time.monotonic() + 180
    while time.monotonic() < end and dialog.ui.pages.currentIndex() != REVIEW:
        settle(app, tasks, 5)
    shot("scan", dialog)  # type: ignore[operator]

    def settled(page: int) -> None:
        end = time.monotonic() + 180
        while time.monotonic() < end and (
            dialog.ui.pages.currentIndex() != page
            or dialog.saving
            or (dialog.current < 0 and page != SUMMARY)  # the summary is no card
        ):
            settle(app, tasks, 5)

    # The third card carries a QR code: its fields are marked as read from it.
    dialog.accept_card()
    settled(REVIEW)
    dialog.skip()  # the second card is left out: the summary says so
    settled(REVIEW)
    shot("scan-qr", dialog)  # type: ignore[operator]
    dialog.accept_card()
    settled(FAILED)
    dialog.accept_card()  # passes over the photo that could not be read
    settled(SUMMARY)
    shot("scan-summary", dialog)  # type: ignore[operator]
    dialog.cancel_reading()
    dialog.reader_tasks.wait(180_000)
    dialog.close_anyway()


if __name__ == "__main__":
    sys.exit(main())
