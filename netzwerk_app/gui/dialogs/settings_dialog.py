"""Settings: language, follow-up time, network account limits, address form, backups."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    Qt,
    QtCore,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.infra.settings import Settings
from netzwerk_app.services.backups import BackupService


def _combo(items: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for label, value in items:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        data_dir: Path,
        backups: BackupService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
        open_sync: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self.backups, self.tasks = settings, backups, tasks
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)

        self.language = _combo(
            [(self.tr("System language"), "system"), ("Deutsch", "de"), ("English", "en")],
            settings.language,
        )
        hour, minute = (int(x) for x in settings.followup_time.split(":"))
        self.followup_time = QTimeEdit(QtCore.QTime(hour, minute))
        self.followup_time.setDisplayFormat("HH:mm")
        self.skip_weekends = QCheckBox(
            self.tr("Move follow-ups from Saturday and Sunday to Monday")
        )
        self.skip_weekends.setChecked(settings.skip_weekends)
        self.sort_by_surname = QCheckBox(self.tr("Sort the contact list by surname"))
        self.sort_by_surname.setChecked(settings.sort_by_surname)
        self.keep_card_photos = QCheckBox(self.tr("Keep the photo of a scanned business card"))
        self.keep_card_photos.setChecked(settings.keep_card_photos)
        self.linkedin_account = _combo(
            [
                (self.tr("Free (short notes, a few a month)"), "free"),
                (self.tr("Premium"), "premium"),
            ],
            settings.linkedin_account,
        )
        self.linkedin_limit = QSpinBox()
        self.linkedin_limit.setRange(50, 1000)
        self.linkedin_limit.setValue(settings.linkedin_note_limit)
        self.linkedin_limit.setSuffix(self.tr(" characters"))
        self.linkedin_quota = QSpinBox()
        self.linkedin_quota.setRange(0, 1000)
        self.linkedin_quota.setValue(settings.linkedin_monthly_quota)
        self.linkedin_quota.setSuffix(self.tr(" notes a month"))
        self.linkedin_account.currentIndexChanged.connect(self._linkedin_defaults)
        self.xing_account = _combo(
            [
                (self.tr("Free (no note with a contact request)"), "free"),
                (self.tr("Premium"), "premium"),
            ],
            settings.xing_account,
        )
        self.address_form = _combo(
            [(self.tr("Sie (formal)"), "sie"), (self.tr("Du (informal)"), "du")],
            settings.default_address_form,
        )
        self.message_language = _combo(
            [("Deutsch", "de"), ("English", "en")], settings.default_language
        )
        self.phone_region = QLineEdit(settings.phone_region)
        self.phone_region.setMaxLength(2)
        self.phone_region.setPlaceholderText("DE")
        self.phone_region.setMaximumWidth(80)

        folder = QLabel(str(data_dir))
        folder.setTextFormat(Qt.TextFormat.PlainText)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder_hint = QLabel(
            self.tr("To use another folder, start Netzwerk with --basedir FOLDER.")
        )
        folder_hint.setObjectName("cardMuted")
        folder_hint.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Make a backup now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore a backup …"))
        self.restore_button.clicked.connect(self.restore)
        self.backup_status = QLabel()
        self.backup_status.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_status.setWordWrap(True)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.restore_button)
        backup_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Follow-ups due at"), self.followup_time)
        form.addRow("", self.skip_weekends)
        form.addRow("", self.sort_by_surname)
        form.addRow(self.tr("LinkedIn account"), self.linkedin_account)
        form.addRow(self.tr("Invitation note limit"), self.linkedin_limit)
        form.addRow(self.tr("Personalised notes"), self.linkedin_quota)
        form.addRow(self.tr("XING account"), self.xing_account)
        form.addRow(self.tr("Address people as"), self.address_form)
        form.addRow(self.tr("Message language"), self.message_language)
        form.addRow(self.tr("Phone region"), self.phone_region)
        form.addRow("", self.keep_card_photos)
        form.addRow(self.tr("Data folder"), folder)
        form.addRow("", folder_hint)
        form.addRow(self.tr("Backups"), backup_row)
        form.addRow("", self.backup_status)
        if open_sync is not None:  # Settings → Sync: CardDAV accounts (sync_dialog.py)
            self.sync_button = QPushButton(self.tr("Sync with your phone (CardDAV) …"))
            self.sync_button.clicked.connect(lambda: open_sync(self))
            sync_row = QHBoxLayout()
            sync_row.addWidget(self.sync_button)
            sync_row.addStretch(1)
            form.addRow(self.tr("Sync"), sync_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Word-wrapped hints would otherwise let Qt pick a width that cuts the buttons.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)

    def _linkedin_defaults(self) -> None:
        premium = self.linkedin_account.currentData() == "premium"
        self.linkedin_limit.setValue(300 if premium else 200)

    def values(self) -> Settings:
        region = self.phone_region.text().strip().upper() or "DE"
        return replace(
            self.settings,
            language=self.language.currentData(),
            followup_time=self.followup_time.time().toString("HH:mm"),
            skip_weekends=self.skip_weekends.isChecked(),
            sort_by_surname=self.sort_by_surname.isChecked(),
            linkedin_account=self.linkedin_account.currentData(),
            linkedin_note_limit=self.linkedin_limit.value(),
            linkedin_monthly_quota=self.linkedin_quota.value(),
            xing_account=self.xing_account.currentData(),
            default_address_form=self.address_form.currentData(),
            default_language=self.message_language.currentData(),
            phone_region=region,
            keep_card_photos=self.keep_card_photos.isChecked(),
        )

    def backup_now(self) -> None:
        self.backup_status.setText(self.tr("Making a backup …"))
        self.tasks.run(
            self.backups.backup_now,
            lambda path: self.backup_status.setText(
                self.tr("Backup saved and verified: {path}").format(path=path)
            ),
            lambda error: self.backup_status.setText(error_text(error)),
        )

    def restore(self) -> None:
        start = str(self.backups.backup_dir)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), start, self.tr("Netzwerk backups (*.sqlite3)")
        )
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace all current data with this backup? The current state is "
                "backed up first, so this can be undone."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        backups = self.backups
        self.tasks.run(
            lambda: backups.restore(Path(name)),
            lambda safety: self.backup_status.setText(
                self.tr("Restored. The previous state was saved to {path}").format(path=safety)
            ),
            self._restore_failed,
        )

    def _restore_failed(self, error: NetzwerkError) -> None:
        self.backup_status.setText(error_text(error))
