"""Settings → Sync: CardDAV accounts (add, test the connection, choose the address
book), sync now, the last result, and the conflicts to review.

Every request to the server and every database step runs in the task worker; the
password typed here is used for this session and kept in the system keyring when
there is one, never in the settings or the database.
"""

from __future__ import annotations

import json
from typing import Any

from netzwerk_app.domain import fields
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NetzwerkError, SyncAuthError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.widgets.consistency_panel import plain
from netzwerk_app.sync import passwords
from netzwerk_app.sync.dav import Book
from netzwerk_app.sync.engine import Account, ConflictRow, SyncResult, SyncService


class SyncDialog(QDialog):
    def __init__(
        self, service: SyncService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.tasks = service, tasks
        self.session_passwords: dict[tuple[str, str], str] = {}
        self.books: list[Book] = []
        self.setWindowTitle(self.tr("Sync with your phone (CardDAV)"))
        self.setMinimumWidth(620)

        self.url = QLineEdit()
        self.url.setPlaceholderText("https://cloud.example.org")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.book = QComboBox()
        self.book.setEnabled(False)
        self.add_button = QPushButton(self.tr("Add account"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_account)
        hint = plain(
            self.tr(
                "Nextcloud, iCloud (with an app-specific password), Radicale, Baïkal, "
                "mailbox.org, Posteo. Only card data travels: notes, encounters, "
                "follow-ups and privacy notes stay on this computer."
            ),
            "cardMuted",
            selectable=False,
        )
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.book, 1)
        test_row.addWidget(self.add_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Address book"), test_row)
        new_layout = QVBoxLayout()
        new_layout.addLayout(form)
        new_layout.addWidget(hint)
        new_box = QGroupBox(self.tr("Add an account"))
        new_box.setLayout(new_layout)

        self.accounts = QListWidget()
        self.accounts.setMaximumHeight(90)
        self.accounts.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.remove_button = QPushButton(self.tr("Remove account"))
        self.remove_button.clicked.connect(self.remove_account)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        account_buttons = QHBoxLayout()
        account_buttons.addWidget(self.sync_button)
        account_buttons.addWidget(self.remove_button)
        account_buttons.addStretch(1)
        accounts_layout = QVBoxLayout()
        accounts_layout.addWidget(self.accounts)
        accounts_layout.addLayout(account_buttons)
        accounts_layout.addWidget(self.status)
        accounts_box = QGroupBox(self.tr("Accounts"))
        accounts_box.setLayout(accounts_layout)

        self.conflicts = QListWidget()
        self.conflicts.setWordWrap(True)
        self.keep_server = QPushButton(self.tr("Keep the server's value"))
        self.keep_server.clicked.connect(lambda: self.resolve(keep_local=False))
        self.keep_mine = QPushButton(self.tr("Use my value"))
        self.keep_mine.clicked.connect(lambda: self.resolve(keep_local=True))
        conflict_hint = plain(
            self.tr(
                "Changed differently on both sides: the server's value is on the card, "
                "yours is kept here (lists keep both)."
            ),
            "cardMuted",
            selectable=False,
        )
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.keep_server)
        conflict_buttons.addWidget(self.keep_mine)
        conflict_buttons.addStretch(1)
        conflicts_layout = QVBoxLayout()
        conflicts_layout.addWidget(conflict_hint)
        conflicts_layout.addWidget(self.conflicts)
        conflicts_layout.addLayout(conflict_buttons)
        conflicts_box = QGroupBox(self.tr("To review"))
        conflicts_box.setLayout(conflicts_layout)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(new_box)
        layout.addWidget(accounts_box)
        layout.addWidget(conflicts_box, 1)
        layout.addWidget(buttons)
        # A size where the word-wrapped hints have their lines (German is longer);
        # a minimum-size constraint overrode the minimum width and squashed the form.
        self.resize(700, 660)
        self.refresh()

    # --- reading --------------------------------------------------------------------

    def refresh(self) -> None:
        self.tasks.run(
            lambda: (self.service.accounts(), self.service.conflicts()),
            self._show,
            self._failed,
        )

    def _show(self, found: tuple[list[Account], list[ConflictRow]]) -> None:
        accounts, conflicts = found
        self.accounts.clear()
        for a in accounts:
            item = QListWidgetItem(f"{a.book_name} – {a.username} – {self._last(a)}")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.accounts.addItem(item)
        if accounts:
            self.accounts.setCurrentRow(0)
        self.sync_button.setEnabled(bool(accounts))
        self.remove_button.setEnabled(bool(accounts))
        self.conflicts.clear()
        for c in conflicts:
            label = fields.BY_NAME[c.field].label if c.field in fields.BY_NAME else ""
            field = QCoreApplication.translate("Fields", label) if label else self.tr("Photo")
            text = self.tr("{name}, {field}: server “{server}”, yours “{local}”").format(
                name=c.contact_name, field=field, server=c.server_value, local=c.local_value
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.conflicts.addItem(item)
        if conflicts:
            self.conflicts.setCurrentRow(0)
        self.keep_server.setEnabled(bool(conflicts))
        self.keep_mine.setEnabled(bool(conflicts))

    def _last(self, a: Account) -> str:
        if a.last_sync_at is None or not a.last_result:
            return self.tr("not synced yet")
        counts: dict[str, Any] = json.loads(a.last_result)
        return self._counts(counts)

    def _counts(self, c: dict[str, Any]) -> str:
        return self.tr(
            "pulled {pulled}, pushed {pushed}, merged {merged}, conflicts {conflicts}, "
            "deleted {deleted}"
        ).format(**{k: c.get(k, 0) for k in ("pulled", "pushed", "merged", "conflicts", "deleted")})

    # --- actions --------------------------------------------------------------------

    def _failed(self, error: NetzwerkError) -> None:
        self.status.setText(error_text(error))
        self.test_button.setEnabled(True)
        self.sync_button.setEnabled(self.accounts.count() > 0)

    def test_connection(self) -> None:
        url, user, password = (
            self.url.text().strip(),
            self.username.text().strip(),
            self.password.text(),
        )
        if not url or not user or not password:
            self.status.setText(self.tr("Fill in the server address, user name and password."))
            return
        self.status.setText(self.tr("Connecting …"))
        self.test_button.setEnabled(False)
        self.tasks.run(
            lambda: self.service.discover(url, user, password), self._found, self._failed
        )

    def _found(self, books: list[Book]) -> None:
        self.books = books
        self.book.clear()
        for book in books:
            self.book.addItem(book.name, book.url)
        self.book.setEnabled(True)
        self.add_button.setEnabled(True)
        self.test_button.setEnabled(True)
        self.status.setText(self.tr("Connected: %n address book(s) found.", "", len(books)))

    def add_account(self) -> None:
        url, user, password = (
            self.url.text().strip(),
            self.username.text().strip(),
            self.password.text(),
        )
        book = self.books[self.book.currentIndex()]

        def add() -> Account:
            account = self.service.add_account(url, user, book)
            passwords.to_keyring(account.url, account.username, password)
            return account

        self.session_passwords[(url, user)] = password
        self.tasks.run(add, self._added, self._failed)

    def _added(self, account: Account) -> None:
        self.password.clear()
        self.add_button.setEnabled(False)
        self.status.setText(self.tr("Account added: {book}.").format(book=account.book_name))
        self.refresh()

    def sync_now(self) -> None:
        accounts_ids = [
            self.accounts.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.accounts.count())
        ]
        self.status.setText(self.tr("Syncing …"))
        self.sync_button.setEnabled(False)
        known = dict(self.session_passwords)

        def run() -> list[SyncResult]:
            results = []
            for account_id in accounts_ids:
                a = self.service.account(account_id)
                password = passwords.find(a.url, a.username, known.get((a.url, a.username)))
                if password is None:
                    raise SyncAuthError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "There is no password for {user} at {url}; remove the account "
                            "and add it again.",
                        ),
                        user=a.username,
                        url=a.url,
                    )
                results.append(self.service.sync(account_id, password))
            return results

        self.tasks.run(run, self._synced, self._failed)

    def _synced(self, results: list[SyncResult]) -> None:
        total: dict[str, int] = {}
        for r in results:
            for k, v in r.counts().items():
                total[k] = total.get(k, 0) + v
        self.status.setText(self.tr("Synced: {counts}.").format(counts=self._counts(total)))
        self.sync_button.setEnabled(True)
        self.refresh()

    def remove_account(self) -> None:
        item = self.accounts.currentItem()
        if item is None:
            return
        account_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.tasks.run(
            lambda: self.service.remove_account(account_id), lambda _a: self.refresh(), self._failed
        )

    def resolve(self, keep_local: bool) -> None:
        item = self.conflicts.currentItem()
        if item is None:
            return
        conflict_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.tasks.run(
            lambda: self.service.resolve(conflict_id, keep_local),
            lambda _r: self.refresh(),
            self._failed,
        )
