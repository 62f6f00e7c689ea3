"""Choosing participants of the project to add to one session (walk-ins or invitations)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services.roster import RosterRow
from gemeinsam_desktop.services.text import fold
from gemeinsam_desktop.store.enums import ParticipantStatus
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import status_label


class WalkInPicker(QDialog):
    """Choose participants of the project who are not on this session's list yet."""

    def __init__(
        self,
        candidates: list[RosterRow],
        parent: QWidget | None = None,
        *,
        in_series: bool = False,
        upcoming: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("walkInPicker")
        self.setWindowTitle(self.tr("Teilnehmende hinzufügen"))
        self.resize(480, 540)
        self._rows = sorted(candidates, key=lambda r: (fold(r.last_name), fold(r.first_name)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        explain = QLabel(
            self.tr("Die gewählten Personen werden zu diesem Termin eingeladen.")
            if upcoming
            else self.tr(
                "Wer ohne Anmeldung gekommen ist, wird in die Liste aufgenommen und als "
                "anwesend eingetragen."
            )
        )
        explain.setWordWrap(True)
        explain.setProperty("hint", True)
        layout.addWidget(explain)
        self.filter = QLineEdit()
        self.filter.setObjectName("walkInFilter")
        self.filter.setPlaceholderText(self.tr("Name, Kundennummer oder Telefon …"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._take_single)
        self.filter.installEventFilter(self)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("walkInList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setUniformItemSizes(True)
        self.list.setStyleSheet("QListWidget#walkInList::item { padding: 4px 6px; }")
        for row in self._rows:
            text = row.name
            if row.status != ParticipantStatus.AKTIV:
                text = self.tr("{name} ({status})").format(
                    name=row.name, status=status_label(row.status)
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.list.itemSelectionChanged.connect(self._refresh_button)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setProperty("hint", True)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.whole_series = QCheckBox(
            self.tr("Auch zu allen weiteren Terminen der &Serie einladen")
        )
        self.whole_series.setObjectName("walkInWholeSeries")
        self.whole_series.setVisible(in_series)
        layout.addWidget(self.whole_series)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Abbrechen"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.add_button = QPushButton(self.tr("Hinzufügen"))
        self.add_button.setObjectName("walkInAdd")
        self.add_button.setProperty("primary", True)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.add_button)
        layout.addLayout(buttons)
        self._apply_filter("")
        self.filter.setFocus()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.list.setFocus()
            visible = self._visible_items()
            if visible and not self.list.selectedItems():
                self.list.setCurrentItem(visible[0])
            return True
        return super().eventFilter(watched, event)

    def _visible_items(self) -> list[QListWidgetItem]:
        items = (self.list.item(n) for n in range(self.list.count()))
        return [item for item in items if not item.isHidden()]

    def _apply_filter(self, text: str) -> None:
        words = fold(text).split()
        for n, row in enumerate(self._rows):
            self.list.item(n).setHidden(not all(w in row.search for w in words))
        shown = len(self._visible_items())
        if not self._rows:
            self.empty.setText(
                self.tr("Alle Teilnehmenden des Projekts stehen schon auf der Liste.")
            )
        elif not shown:
            self.empty.setText(self.tr("Niemand passt zu „{text}“.").format(text=text.strip()))
        self.empty.setVisible(not shown)
        self._refresh_button()

    def _take_single(self) -> None:
        visible = self._visible_items()
        if len(visible) == 1:
            visible[0].setSelected(True)
            self.accept()

    def _refresh_button(self) -> None:
        self.add_button.setEnabled(bool(self.selected_ids()))

    def selected_ids(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in self.list.selectedItems()
            if not item.isHidden()
        ]
