"""The audit log in the UI: who did what, when (read-only), and whether its chain is intact.

The labels keep the translation context "privacy" they had when they lived in
``dialogs.privacy``, which re-exports the names here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services import audit
from gemeinsam_desktop.services.audit import AuditEntry
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui.audit_labels import action_label, record_label
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.theme import repolish


def local_time_text(at: dt.datetime) -> str:
    """A stored UTC time in local time, German style: ``25.11.2026 09:05``."""
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%d.%m.%Y %H:%M")


class AuditModel(QAbstractTableModel):
    """The entries of the audit log (a row cache; read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []
        self.headers = [self.tr("Zeitpunkt"), self.tr("Coach"), self.tr("Aktion"),
                        self.tr("Datensatz")]  # fmt: skip

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if column == 0:
            return local_time_text(entry.at)
        if column == 1:
            return entry.coach_name or "–"
        if column == 2:
            return action_label(entry.action)
        return record_label(entry)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class AuditLogDialog(QDialog):
    """Who did what, when (read-only), and whether the chain of entries is intact."""

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        entity: str | None = None,
        entity_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.entity, self.entity_id = entity, entity_id
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Protokoll"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Wer hat wann was getan? Das Protokoll nennt nur Vorgänge, nie Inhalte. "
                "Die neuesten Einträge stehen oben."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.chain = QLabel(self.tr("Das Protokoll wird geprüft…"))
        self.chain.setObjectName("auditChain")
        self.chain.setWordWrap(True)
        layout.addWidget(self.chain)
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.loaded = False
        self.refresh()

    def refresh(self) -> None:
        ws, entity, entity_id = self.ws, self.entity, self.entity_id

        def load() -> tuple[list[AuditEntry], bool]:
            return audit.list_events(ws, entity=entity, entity_id=entity_id), audit.verify_chain(ws)

        run_op(self, load, self.show_entries)

    def show_entries(self, result: tuple[list[AuditEntry], bool]) -> None:
        entries, intact = result
        self.model.set_entries(entries)
        if intact:
            self.chain.setText(
                self.tr(
                    "✓ Das Protokoll ist vollständig: kein Eintrag wurde verändert oder entfernt."
                )
            )
            self.chain.setProperty("hint", True)
        else:
            self.chain.setText(
                self.tr(
                    "Achtung: Einträge des Protokolls wurden verändert oder entfernt. Bitte "
                    "spielen Sie keine Daten zurück und wenden Sie sich an die "
                    "Datenschutzbeauftragte oder den Datenschutzbeauftragten."
                )
            )
            self.chain.setObjectName("errorText")
        self.chain.setProperty("intact", intact)
        repolish(self.chain)
        self.loaded = True
