"""How each network's people are addressed by default: Sie or Du, and the language.

Opened from the events screen ("Networks …"). A person's own choice on the contact
page beats the network's; a network without a default uses the settings'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from netzwerk_app.services.networks import NetworkService

Row = tuple[int, m.AddressForm | None, m.Language | None]


class NetworkDefaultsDialog(QDialog):
    """One row per network: its name, a Sie/Du and a language combo; saved in the worker."""

    def __init__(self, service: NetworkService, tasks: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.service, self.tasks = service, tasks
        self.setObjectName("networkDefaultsDialog")
        self.setWindowTitle(self.tr("Networks: Sie or Du"))
        self.setMinimumWidth(640)
        intro = QLabel(
            self.tr(
                "How the people of each network are addressed in drafted messages, unless "
                "a person's own card says otherwise."
            )
        )
        intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(0, 1)
        self.rows: dict[int, tuple[QComboBox, QComboBox]] = {}
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        tasks.run(service.networks, self.show_networks, self.failed)

    def _combo(self, unset: str, choices: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(unset, "")
        for value, text in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def show_networks(self, networks: list[m.Network]) -> None:
        if not networks:
            self.grid.addWidget(
                QLabel(self.tr("No networks yet: a network is added with its first event.")), 0, 0
            )
            return
        self.grid.addWidget(QLabel(self.tr("Network")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("Sie or Du")), 0, 1)
        self.grid.addWidget(QLabel(self.tr("Language")), 0, 2)
        forms = [("sie", self.tr("Sie")), ("du", self.tr("Du"))]
        languages = [("de", self.tr("German")), ("en", self.tr("English"))]
        for row, network in enumerate(networks, 1):
            assert network.id is not None
            form = network.default_address_form
            lang = network.default_language
            form_combo = self._combo(self.tr("as in Settings"), forms, form.value if form else "")
            lang_combo = self._combo(
                self.tr("as in Settings"), languages, lang.value if lang else ""
            )
            self.grid.addWidget(QLabel(network.name), row, 0)
            self.grid.addWidget(form_combo, row, 1)
            self.grid.addWidget(lang_combo, row, 2)
            self.rows[network.id] = (form_combo, lang_combo)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def values(self) -> list[Row]:
        out: list[Row] = []
        for network_id, (form, lang) in self.rows.items():
            f, la = form.currentData(), lang.currentData()
            out.append((network_id, m.AddressForm(f) if f else None, m.Language(la) if la else None))
        return out

    def save(self) -> None:
        rows, service = self.values(), self.service

        def work() -> None:
            for network_id, form, lang in rows:
                service.set_defaults(network_id, form, lang)

        self.buttons.setEnabled(False)
        self.tasks.run(work, lambda _result: self.accept(), self.failed)

    def failed(self, error: NetzwerkError) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(error))
        self.error.show()
