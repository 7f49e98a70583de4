"""The contact page's widgets: header, name and work, reach, personal state, encounters,
follow-ups, consistency and relationship sections on a scroll area, and the empty state.

Layout only; ``contact_page.ContactPage`` loads, shows and saves through them.
"""

from __future__ import annotations

from netzwerk_app.app import AppContext
from netzwerk_app.domain import fields
from netzwerk_app.domain import model as m
from netzwerk_app.gui.qt import (
    QCoreApplication,
    QHBoxLayout,
    QKeySequence,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QtWidgets,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.widgets.card_photo_button import CardPhotoButton
from netzwerk_app.gui.widgets.consistency_panel import ConsistencyPanel, plain
from netzwerk_app.gui.widgets.form_parts import (
    BirthdayEdit,
    card,
    card_column,
    form_layout,
    state_combo,
    two_forms,
)
from netzwerk_app.gui.widgets.photo_label import PhotoLabel
from netzwerk_app.gui.widgets.relationship_section import RelationshipSection
from netzwerk_app.gui.widgets.safe_links import open_external
from netzwerk_app.gui.widgets.value_list_editor import AddressListEditor, ValueListEditor

# The line edits of "Name and work", from the field table: name parts on the left,
# display name, nickname and work on the right; how to address the person below the name.
NAME_FIELDS = tuple(f.name for f in fields.section("name"))
WORK_FIELDS = tuple(f.name for f in fields.section("work"))
ADDRESS_FIELDS = tuple(f.name for f in fields.section("address"))


def field_label(name: str) -> str:
    return QCoreApplication.translate("Fields", fields.BY_NAME[name].label)


def choice_combo(name: str) -> QtWidgets.QComboBox:
    """A choice field of the table; data: the value, "" for "the default" (None)."""
    f = fields.BY_NAME[name]
    assert f.choices is not None
    combo = QtWidgets.QComboBox()
    combo.setObjectName(f"field_{name}")
    if fields.nullable(f):
        combo.addItem(QCoreApplication.translate("Fields", fields.UNSET_LABELS[name]), "")
    for value in f.choices:
        combo.addItem(
            QCoreApplication.translate("Fields", fields.CHOICE_LABELS[value]), value.value
        )
    combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def combo_value(name: str, combo: QtWidgets.QComboBox) -> object:
    f = fields.BY_NAME[name]
    assert f.choices is not None
    data = combo.currentData()
    return f.choices(data) if data else None


class ContactPageWidgets(QWidget):
    """The sections of a contact's card, empty; the base of ``ContactPage``."""

    def __init__(self, ctx: AppContext, tasks: TaskRunner) -> None:
        super().__init__()
        self.ctx, self.tasks = ctx, tasks
        self.setObjectName("contactPage")

        # --- header: photo, name, actions, status -----------------------------------
        self.photo = PhotoLabel()
        self.heading = plain(object_name="cardName")
        self.subheading = plain(object_name="cardOrg")
        self.source = plain(object_name="cardMuted")
        self.photo_button = QPushButton(self.tr("Choose photo …"))
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.status = plain(object_name="pageStatus", selectable=False)
        self.error = plain(object_name="pageError")
        self.error.hide()
        names = QVBoxLayout()
        names.setSpacing(2)
        for widget in (self.heading, self.subheading, self.source):
            names.addWidget(widget)
        photo_buttons = QHBoxLayout()
        photo_buttons.setSpacing(6)
        photo_buttons.addWidget(self.photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        names.addLayout(photo_buttons)
        names.addStretch(1)
        self.qr_button = QPushButton(self.tr("Show as QR code"))
        self.qr_button.setObjectName("contactQr")
        actions = QVBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.qr_button)
        self.card_photo = CardPhotoButton(ctx.card_scan, tasks)  # a scanned paper card
        actions.addWidget(self.card_photo)
        actions.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(names, 1)
        top.addLayout(actions)
        header = card("contactHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(20, 18, 20, 18)
        header_layout.addLayout(top)
        header_layout.addWidget(self.error)
        header_layout.addWidget(self.status)
        self.status.hide()

        # --- name and work ---------------------------------------------------------
        self.edits: dict[str, QLineEdit] = {}
        self.name_card, name_form, work_form = two_forms(self.tr("Name and work"))
        for field in NAME_FIELDS + WORK_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"field_{field}")
            self.edits[field] = edit
            form = name_form if field in NAME_FIELDS else work_form
            form.addRow(field_label(field), edit)
        self.choices: dict[str, QtWidgets.QComboBox] = {}
        for field in ADDRESS_FIELDS:
            self.choices[field] = choice_combo(field)
            name_form.addRow(field_label(field), self.choices[field])
        self.edits["formatted_name"].setPlaceholderText(self.tr("Built from the name if empty"))

        # --- reach -------------------------------------------------------------------
        self.reach_card, reach_form = form_layout(self.tr("Phone, e-mail, address, web"))
        self.phones = ValueListEditor(m.Phone, self.tr("Phone number"), self.tr("+ Add phone"))
        self.emails = ValueListEditor(m.Email, self.tr("E-mail address"), self.tr("+ Add e-mail"))
        self.urls = ValueListEditor(
            m.Url,
            self.tr("https://…"),
            self.tr("+ Add website or profile"),
            open_link=self._open_link,
        )
        self.addresses = AddressListEditor(self.tr("+ Add address"))
        reach_form.addRow(field_label("phones"), self.phones)
        reach_form.addRow(field_label("emails"), self.emails)
        reach_form.addRow(field_label("urls"), self.urls)
        reach_form.addRow(field_label("addresses"), self.addresses)

        # --- personal and networking state -------------------------------------------
        self.personal_card, personal_form = form_layout(self.tr("Personal and networking"), False)
        self.birthday = BirthdayEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Separated by commas"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        self.note.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.personally_known = QtWidgets.QCheckBox(self.tr("I know this person personally"))
        self.linkedin_state = state_combo()
        self.xing_state = state_combo()
        self.keep_in_touch = QtWidgets.QSpinBox()
        self.keep_in_touch.setRange(0, 3650)
        self.keep_in_touch.setSuffix(self.tr(" days"))
        self.keep_in_touch.setSpecialValueText(self.tr("no reminder"))
        self.source_label = plain()
        self.source_label.setWordWrap(False)
        self.gdpr_note = QLineEdit()
        self.tags.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )
        self.gdpr_note.setPlaceholderText(self.tr("e.g. card handed over at the event"))
        personal_form.addRow(field_label("birthday"), self.birthday)
        personal_form.addRow("", self.personally_known)
        personal_form.addRow(field_label("tags"), self.tags)
        personal_form.addRow(field_label("note"), self.note)
        personal_form.addRow(field_label("linkedin_state"), self.linkedin_state)
        personal_form.addRow(field_label("xing_state"), self.xing_state)
        personal_form.addRow(field_label("keep_in_touch_days"), self.keep_in_touch)
        personal_form.addRow(field_label("source"), self.source_label)
        personal_form.addRow(field_label("gdpr_note"), self.gdpr_note)

        # --- encounters, follow-ups, relationship, consistency ----------------------
        self.encounter_card = card()
        self.encounter_layout = QVBoxLayout(self.encounter_card)
        self.encounter_layout.setContentsMargins(20, 18, 20, 18)
        self.encounter_layout.setSpacing(10)
        self.encounter_layout.addWidget(
            plain(self.tr("Met at events"), "sectionTitle", selectable=False)
        )
        self.no_encounters = plain(
            self.tr("Not recorded at any event yet."), "cardMuted", selectable=False
        )
        self.encounter_layout.addWidget(self.no_encounters)

        self.followup_card = card()
        followup_layout = QVBoxLayout(self.followup_card)
        followup_layout.setContentsMargins(20, 18, 20, 18)
        followup_layout.addWidget(plain(self.tr("Follow-ups"), "sectionTitle", selectable=False))
        self.followups = plain(object_name="followupList")
        followup_layout.addWidget(self.followups)

        self.consistency = ConsistencyPanel(ctx.consistency, tasks)
        self.relationship = RelationshipSection(ctx.relationship, tasks)

        # --- page --------------------------------------------------------------------
        self.scroller = card_column(
            (
                header,
                self.name_card,
                self.reach_card,
                self.personal_card,
                self.encounter_card,
                self.consistency,
                self.followup_card,
                self.relationship,
            ),
            "contactPageContent",
            "contactScroll",
        )
        self.empty = plain(self.tr("Select a person to see and edit their card."), "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QtWidgets.QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.scroller)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _open_link(self, url: str) -> None:
        open_external(url, self)
