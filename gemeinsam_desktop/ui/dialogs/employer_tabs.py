"""The tabs "Ansprechpersonen" and "Kontaktverlauf" of the employer dialog.

Both change the dialog's data only through ``EmployerDialog.change`` (one undoable step
each); the dialog writes everything when it is saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import network
from gemeinsam_desktop.services.network import ContactData, InteractionData
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.widgets.date_field import DateField, format_date

if TYPE_CHECKING:
    from gemeinsam_desktop.ui.dialogs.employer_dialog import EmployerDialog


def interaction_label(kind: str) -> str:
    """The translated name of an interaction kind; an unknown (older, free) text as it is."""
    labels = {
        "telefonat": QCoreApplication.translate("labels", "Telefonat"),
        "email": QCoreApplication.translate("labels", "E-Mail"),
        "besuch": QCoreApplication.translate("labels", "Besuch"),
        "treffen": QCoreApplication.translate("labels", "Treffen"),
        "betriebsbesichtigung": QCoreApplication.translate("labels", "Betriebsbesichtigung"),
        "fragerunde": QCoreApplication.translate("labels", "Fragerunde"),
        "sonstiges": QCoreApplication.translate("labels", "Sonstiges"),
    }
    return labels.get(kind, kind)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    table.setStyleSheet("QTableWidget::item { padding: 4px 8px; }")
    return table


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text if len(text) > 40 else "")
    return item


class ContactsTab(QWidget):
    """The contact persons: a table, and a form below to add, change or remove one."""

    def __init__(self, dialog: EmployerDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.contacts: list[ContactData] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        self.table = _table(
            [self.tr("Name"), self.tr("Funktion"), self.tr("Telefon"), self.tr("E-Mail")],
            "contactsTable",
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Noch keine Ansprechperson eingetragen."))
        self.empty.setProperty("hint", True)
        layout.addWidget(self.empty)
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(8)
        self.name = QLineEdit()
        self.name.setObjectName("contactName")
        self.role = QLineEdit()
        self.role.setObjectName("contactRole")
        self.role.setPlaceholderText(self.tr("z. B. Personalleitung"))
        self.phone = QLineEdit()
        self.phone.setObjectName("contactPhone")
        self.email = QLineEdit()
        self.email.setObjectName("contactEmail")
        self.email.setPlaceholderText(self.tr("name@beispiel.de"))
        for n, (text, edit) in enumerate(
            (
                (self.tr("Na&me:"), self.name),
                (self.tr("F&unktion:"), self.role),
                (self.tr("&Telefon:"), self.phone),
                (self.tr("&E-Mail:"), self.email),
            )
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, pair = divmod(n, 2)
            form.addWidget(label, row, pair * 2)
            form.addWidget(edit, row, pair * 2 + 1)
            edit.textChanged.connect(self._update_buttons)
            edit.returnPressed.connect(self._enter)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("user-plus"), self.tr("&Hinzufügen"))
        self.add_button.setObjectName("addContactButton")
        self.add_button.clicked.connect(self.add)
        self.apply_button = QPushButton(icon("check"), self.tr("Ä&ndern"))
        self.apply_button.setObjectName("applyContactButton")
        self.apply_button.clicked.connect(self.apply)
        self.remove_button = QPushButton(icon("trash-2"), self.tr("Ent&fernen"))
        self.remove_button.setObjectName("removeContactButton")
        self.remove_button.clicked.connect(self.remove)
        for button in (self.add_button, self.apply_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_contacts(self, contacts: list[ContactData]) -> None:
        self.contacts = contacts
        row = self.table.currentRow()
        self.table.blockSignals(True)
        self.table.setRowCount(len(contacts))
        for r, c in enumerate(contacts):
            for col, text in enumerate((c.name, c.role, c.phone, c.email)):
                self.table.setItem(r, col, _item(text))
        self.table.clearSelection()
        if 0 <= row < len(contacts):
            self.table.selectRow(row)
        self.table.blockSignals(False)
        self.table.setVisible(bool(contacts))
        self.empty.setVisible(not contacts)
        self._update_buttons()

    def _row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows and rows[0].row() < len(self.contacts) else None

    def _selected(self) -> None:
        row = self._row()
        if row is not None:
            c = self.contacts[row]
            for edit, text in ((self.name, c.name), (self.role, c.role),
                               (self.phone, c.phone), (self.email, c.email)):  # fmt: skip
                edit.setText(text)
        self._update_buttons()

    def _form(self, base: ContactData | None = None) -> ContactData | None:
        typed = replace(
            base or ContactData(),
            name=self.name.text(),
            role=self.role.text(),
            phone=self.phone.text(),
            email=self.email.text(),
        )
        try:
            return network.clean_contact(typed)
        except KnownError as exc:
            self.dialog.show_message(error_text(exc))
            return None

    def _clear(self) -> None:
        for edit in (self.name, self.role, self.phone, self.email):
            edit.clear()
        self.table.clearSelection()
        self.dialog.show_message("")

    def _enter(self) -> None:
        if self._row() is not None:
            self.apply()
        else:
            self.add()

    def add(self) -> None:
        contact = self._form()
        if contact is None:
            return
        after = self.dialog.data.copy()
        after.contacts.append(contact)
        self.dialog.change(self.tr("Ansprechperson hinzufügen"), after)
        self._clear()

    def apply(self) -> None:
        row = self._row()
        if row is None:
            return
        contact = self._form(self.contacts[row])
        if contact is None:
            return
        after = self.dialog.data.copy()
        after.contacts[row] = contact
        self.dialog.change(self.tr("Ansprechperson ändern"), after)
        self._clear()

    def remove(self) -> None:
        row = self._row()
        if row is None:
            return
        after = self.dialog.data.copy()
        after.contacts.pop(row)
        self.dialog.change(self.tr("Ansprechperson entfernen"), after)
        self._clear()

    def pending(self) -> bool:
        """Typed into the form but neither added nor applied."""
        row = self._row()
        typed = (self.name.text(), self.role.text(), self.phone.text(), self.email.text())
        if row is None:
            return any(t.strip() for t in typed)
        c = self.contacts[row]
        return tuple(t.strip() for t in typed) != (c.name, c.role, c.phone, c.email)

    def _update_buttons(self) -> None:
        selected = self._row() is not None
        self.add_button.setEnabled(bool(self.name.text().strip()))
        self.apply_button.setEnabled(selected and self.pending())
        self.remove_button.setEnabled(selected)


class LogTab(QWidget):
    """The interaction log: a line to add an entry, the entries newest first."""

    def __init__(self, dialog: EmployerDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.entries: list[InteractionData] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        add = QHBoxLayout()
        add.setSpacing(8)
        self.date = DateField()
        self.date.setObjectName("logDate")
        self.date.set_date(dt.date.today())
        self.kind = QComboBox()
        self.kind.setObjectName("logKind")
        for kind in network.INTERACTION_KINDS:
            self.kind.addItem(interaction_label(kind), kind)
        self.summary = QLineEdit()
        self.summary.setObjectName("logSummary")
        self.summary.setPlaceholderText(
            self.tr("Worum ging es? z. B. Bedarf an Aushilfen besprochen")
        )
        self.summary.setMaxLength(2000)
        self.summary.returnPressed.connect(self.add)
        self.summary.textChanged.connect(self._update_buttons)
        self.add_button = QPushButton(icon("plus"), self.tr("&Eintragen"))
        self.add_button.setObjectName("addLogButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        add.addWidget(self.date)
        add.addWidget(self.kind)
        add.addWidget(self.summary, 1)
        add.addWidget(self.add_button)
        layout.addLayout(add)
        self.table = _table(
            [self.tr("Datum"), self.tr("Art"), self.tr("Inhalt"), self.tr("Coach")], "logTable"
        )
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, sample in (
            (0, "00.00.00000"),
            (1, "Betriebsbesichtigung"),
            (3, "Selin Musterfrau"),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.fontMetrics().horizontalAdvance(sample) + 24)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Noch kein Kontakt eingetragen."))
        self.empty.setProperty("hint", True)
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.remove_button = QPushButton(icon("trash-2"), self.tr("Eintrag ent&fernen"))
        self.remove_button.setObjectName("removeLogButton")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._update_buttons()

    def show_entries(self, entries: list[InteractionData]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            for col, text in enumerate(
                (format_date(e.happened_on), interaction_label(e.kind), e.summary, e.coach_name)
            ):
                self.table.setItem(r, col, _item(text))
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self._update_buttons()

    def add(self) -> None:
        day = self.date.date()
        if day is None or not self.date.is_valid():
            self.dialog.show_message(
                self.tr("Bitte geben Sie das Datum des Kontakts an (TT.MM.JJJJ).")
            )
            self.date.setFocus()
            return
        coach = self.dialog.ws.coach
        entry = InteractionData(
            day,
            str(self.kind.currentData()),
            self.summary.text(),
            None,
            coach.name if coach else "",
        )
        try:
            entry = network.clean_interaction(entry)
        except KnownError as exc:
            self.dialog.show_message(error_text(exc))
            self.summary.setFocus()
            return
        after = self.dialog.data.copy()
        after.interactions.insert(0, entry)
        # Newest first; a new entry goes before older ones of the same day.
        after.interactions.sort(
            key=lambda i: (i.happened_on, i.id is None, i.id or 0), reverse=True
        )
        self.dialog.change(self.tr("Kontakt eintragen"), after)
        self.summary.clear()
        self.dialog.show_message("")

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return
        after = self.dialog.data.copy()
        after.interactions.pop(rows[0].row())
        self.dialog.change(self.tr("Kontakt entfernen"), after)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.summary.text().strip()))
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
