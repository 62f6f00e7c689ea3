"""The record dialog's tab "Vereinbarungen": a person's agreements and goals.

``AgreementsTab`` lists what ``services.notes.agreements_of`` returns (open ones first) with
due date, who is responsible and the state; quick buttons set a selected agreement to
"erledigt", "verworfen" or back to "offen". ``AgreementDialog`` adds or edits one (also
"Vereinbarung daraus…" in the notes tab, linked to that note); it saves on the worker and
announces ``{"agreements"}`` on the change bus, which refreshes every tab listening.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import notes
from gemeinsam_desktop.services.notes import AgreementData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import AgreementState
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import bus, run_blocking, run_op
from gemeinsam_desktop.ui.widgets.date_field import DateField, format_date

CHANGES = frozenset({"agreements"})


def owner_label(owner: str) -> str:
    if owner == "coach":
        return QCoreApplication.translate("AgreementsTab", "Coach")
    return QCoreApplication.translate("AgreementsTab", "Teilnehmende")


def state_label(state: AgreementState) -> str:
    return {
        AgreementState.OFFEN: QCoreApplication.translate("AgreementsTab", "offen"),
        AgreementState.ERLEDIGT: QCoreApplication.translate("AgreementsTab", "erledigt"),
        AgreementState.VERWORFEN: QCoreApplication.translate("AgreementsTab", "verworfen"),
    }[AgreementState(state)]


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorText")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    danger = "#ff9b8f" if theme.is_dark() else theme.colors().danger
    label.setStyleSheet(f"color: {danger}; font-weight: 600;")
    label.hide()
    return label


class AgreementDialog(QDialog):
    """Add (``data.id is None``) or edit one agreement; Accepted when it was saved."""

    def __init__(self, ws: Workspace, data: AgreementData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.ws = ws
        self.data = data
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("Neue Vereinbarung") if data.id is None else self.tr("Vereinbarung bearbeiten")
        )
        self.resize(480, 320)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(10)
        if data.note_id is not None and data.id is None:
            linked = QLabel(self.tr("Wird mit der Notiz verknüpft."))
            linked.setProperty("hint", True)
            box.addWidget(linked)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("agreementText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("Was wurde vereinbart?"))
        self.text_edit.setPlainText(data.text)
        self.text_edit.setMinimumHeight(80)
        self.due_field = DateField()
        self.due_field.setObjectName("agreementDue")
        self.due_field.set_date(data.due_date)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("agreementOwner")
        for owner in notes.AGREEMENT_OWNERS:
            self.owner_combo.addItem(owner_label(owner), owner)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(data.owner)))
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("agreementState")
        for state in AgreementState:
            self.state_combo.addItem(state_label(state), state.value)
        self.state_combo.setCurrentIndex(
            max(0, self.state_combo.findData(AgreementState(data.state).value))
        )
        rows = (
            (self.tr("Vereinbarung:"), self.text_edit),
            (self.tr("Fällig am:"), self.due_field),
            (self.tr("Zuständig:"), self.owner_combo),
            (self.tr("Stand:"), self.state_combo),
        )
        for row, (text, widget) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(widget)
            align = Qt.AlignmentFlag.AlignRight | (
                Qt.AlignmentFlag.AlignTop if row == 0 else Qt.AlignmentFlag.AlignVCenter
            )
            label.setAlignment(align)
            grid.addWidget(label, row, 0)
            narrow = Qt.AlignmentFlag.AlignLeft if row else Qt.AlignmentFlag(0)
            grid.addWidget(widget, row, 1, narrow)
        box.addLayout(grid, 1)
        self.error = _error_label()
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(icon("save", theme.colors().on_accent), self.tr("Speichern"))
        self.save_button.setObjectName("saveAgreementButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.accept)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        self.text_edit.setFocus()

    def accept(self) -> None:
        if not self.due_field.is_valid():
            self._show(
                self.tr(
                    "{text} ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein."
                ).format(text=self.due_field.edit.text())
            )
            self.due_field.edit.setFocus()
            return
        d = self.data
        data = AgreementData(
            id=d.id,
            participant_id=d.participant_id,
            note_id=d.note_id,
            text=self.text_edit.toPlainText(),
            due_date=self.due_field.date(),
            owner=str(self.owner_combo.currentData()),
            state=AgreementState(self.state_combo.currentData()),
        )
        try:
            self.saved_id = run_blocking(lambda: notes.save_agreement(self.ws, data))
        except KnownError as exc:
            self._show(error_text(exc))
            return
        bus.changed.emit(CHANGES)
        super().accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class AgreementsTab(QWidget):
    """The agreements of participant ``participant_id``, with add, edit and quick states."""

    COLUMNS = 4

    def __init__(self, ws: Workspace, participant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementsTab")
        self.ws = ws
        self.participant_id = participant_id
        self.agreements: list[AgreementData] = []
        self.dialog: AgreementDialog | None = None  # the one open, for tests
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        table = QTableWidget(0, self.COLUMNS)
        self.table = table
        table.setObjectName("agreementsTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Vereinbarung"), self.tr("Fällig am"), self.tr("Zuständig"), self.tr("Stand")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(140)
        table.itemSelectionChanged.connect(self._refresh_buttons)
        table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        box.addWidget(table, 1)
        self.empty = QLabel(self.tr("Noch keine Vereinbarungen."))
        self.empty.setProperty("hint", True)
        box.addWidget(self.empty)
        self.error = _error_label()
        box.addWidget(self.error)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.done_button = QPushButton(icon("check"), self.tr("Erledigt"))
        self.done_button.setObjectName("agreementDoneButton")
        self.drop_button = QPushButton(icon("x"), self.tr("Verworfen"))
        self.drop_button.setObjectName("agreementDropButton")
        self.reopen_button = QPushButton(icon("undo-2"), self.tr("Wieder offen"))
        self.reopen_button.setObjectName("agreementReopenButton")
        for button, state in (
            (self.done_button, AgreementState.ERLEDIGT),
            (self.drop_button, AgreementState.VERWORFEN),
            (self.reopen_button, AgreementState.OFFEN),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=state: self.set_selected_state(s))
            actions.addWidget(button)
        actions.addStretch(1)
        self.edit_button = QPushButton(icon("pencil"), self.tr("Bearbeiten…"))
        self.edit_button.setObjectName("editAgreementButton")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_button = QPushButton(icon("plus"), self.tr("Neue Vereinbarung…"))
        self.add_button.setObjectName("addAgreementButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.add_button)
        box.addLayout(actions)
        bus.changed.connect(self._on_changed)
        self._refresh_buttons()

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        pid = self.participant_id
        selected = self.selected()
        try:
            self.agreements = run_blocking(lambda: notes.agreements_of(self.ws, pid))
        except KnownError as exc:
            self._show(error_text(exc))
            return
        self._fill(selected.id if selected else None)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if "agreements" in kinds:
            self.refresh()

    def _fill(self, keep_id: int | None) -> None:
        table = self.table
        table.setRowCount(len(self.agreements))
        muted = QColor(theme.colors().muted)
        today = dt.date.today()
        for row, a in enumerate(self.agreements):
            due = format_date(a.due_date) if a.due_date else "—"
            texts = (a.text, due, owner_label(a.owner), state_label(a.state))
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                if a.state is not AgreementState.OFFEN:
                    item.setForeground(muted)
                elif col == 1 and a.due_date and a.due_date < today:
                    item.setForeground(QColor(theme.colors().danger))
                    item.setToolTip(self.tr("überfällig"))
                table.setItem(row, col, item)
            if a.id == keep_id:
                table.selectRow(row)
        table.resizeRowsToContents()
        self.empty.setVisible(not self.agreements)
        self._refresh_buttons()

    def selected(self) -> AgreementData | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.agreements):
            return None
        return self.agreements[rows[0].row()]

    def _refresh_buttons(self) -> None:
        a = self.selected()
        self.edit_button.setEnabled(a is not None)
        self.done_button.setEnabled(a is not None and a.state is not AgreementState.ERLEDIGT)
        self.drop_button.setEnabled(a is not None and a.state is not AgreementState.VERWORFEN)
        self.reopen_button.setEnabled(a is not None and a.state is not AgreementState.OFFEN)

    # -- actions ---------------------------------------------------------------------------
    def add(self) -> None:
        self._open(AgreementData(participant_id=self.participant_id))

    def edit_selected(self) -> None:
        a = self.selected()
        if a is not None:
            self._open(a)

    def _open(self, data: AgreementData) -> None:
        self._show("")
        self.dialog = AgreementDialog(self.ws, data, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog.open()

    def set_selected_state(self, state: AgreementState) -> None:
        a = self.selected()
        if a is None or a.id is None:
            return
        agreement_id = a.id
        self._show("")

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, KnownError):
                self._show(error_text(exc))
                return True
            return False

        run_op(
            self,
            lambda: notes.set_agreement_state(self.ws, agreement_id, state),
            on_failure=failed,
            changes=CHANGES,
        )

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
