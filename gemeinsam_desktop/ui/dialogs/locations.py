"""Orte und Räume: the places sessions take place in (Rathaus, Westend and others)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import calendar
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.operations import bus, run_blocking


class LocationEditor(QDialog):
    """Name, address and rooms (one per line) of one location."""

    def __init__(
        self, ws: Workspace, location: calendar.LocationInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.location = location
        self.saved_id: int | None = None
        self.setObjectName("locationEditor")
        self.setWindowTitle(self.tr("Ort bearbeiten") if location else self.tr("Neuer Ort"))
        self.setMinimumWidth(460)
        self.name = QLineEdit(location.name if location else "")
        self.name.setObjectName("locationName")
        self.address = QLineEdit(location.address if location else "")
        self.address.setObjectName("locationAddress")
        self.rooms = QPlainTextEdit("\n".join(location.rooms) if location else "")
        self.rooms.setObjectName("locationRooms")
        self.rooms.setPlaceholderText(self.tr("ein Raum je Zeile, z. B. Gruppenraum"))
        self.rooms.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Adresse:"), self.address)
        form.addRow(self.tr("&Räume:"), self.rooms)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Speichern"))
        self.save_button.setProperty("primary", True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        rooms = tuple(line for line in self.rooms.toPlainText().splitlines() if line.strip())
        name, address = self.name.text(), self.address.text()
        location_id = self.location.id if self.location else None
        try:
            self.saved_id = run_blocking(
                lambda: calendar.save_location(self.ws, name, address, rooms, location_id)
            )
        except KnownError as exc:
            self.error.setText(error_text(exc))
            return
        bus.changed.emit(frozenset({"locations"}))
        self.accept()


class LocationsDialog(QDialog):
    """The list of locations with add, edit and archive."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("locationsDialog")
        self.setWindowTitle(self.tr("Orte und Räume"))
        self.resize(520, 420)
        self.list = QListWidget()
        self.list.setObjectName("locationList")
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        add = QPushButton(self.tr("Ort &hinzufügen …"))
        add.setObjectName("addLocation")
        add.clicked.connect(self.add)
        edit = QPushButton(self.tr("&Bearbeiten …"))
        edit.clicked.connect(self.edit)
        archive = QPushButton(self.tr("&Archivieren"))
        archive.setObjectName("archiveLocation")
        archive.clicked.connect(self.archive)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for button in (add, edit, archive):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Archivierte Orte stehen für neue Termine nicht mehr zur Wahl; alte Termine behalten sie."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for loc in run_blocking(lambda: calendar.list_locations(self.ws)):
            rooms = ", ".join(loc.rooms)
            item = QListWidgetItem(f"{loc.name}\n{rooms}" if rooms else loc.name)
            item.setData(Qt.ItemDataRole.UserRole, loc)
            self.list.addItem(item)

    def _current(self) -> calendar.LocationInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add(self) -> None:
        if LocationEditor(self.ws, None, self).exec():
            self.reload()

    def edit(self) -> None:
        location = self._current()
        if location is not None and LocationEditor(self.ws, location, self).exec():
            self.reload()

    def archive(self) -> None:
        loc = self._current()
        if loc is None:
            return
        run_blocking(
            lambda: calendar.save_location(
                self.ws, loc.name, loc.address, loc.rooms, loc.id, archived=True
            )
        )
        bus.changed.emit(frozenset({"locations"}))
        self.reload()
