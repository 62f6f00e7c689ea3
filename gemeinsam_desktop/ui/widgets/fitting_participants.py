"""For an employer: the participants whose wishes and hours fit (``matching.participants_for``).

A small table (name, occupation wish, hours they can work, whether a lead to this employer
is already open) with "Hinweis anlegen…", which starts a lead for the selected person at
this employer. Meant as a tab of the employer dialog::

    tab = FittingParticipants(ws, employer_id)
    tabs.addTab(tab, tab.tr("Passende Teilnehmende")); tab.refresh()
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import matching
from gemeinsam_desktop.services.leads import LeadData
from gemeinsam_desktop.services.matching import ParticipantMatch
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.dialogs.lead_dialog import LeadDialog, error_label
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import bus, run_blocking

WATCHED = frozenset({"leads", "participants", "employers"})


class FittingParticipants(QWidget):
    """People still looking whose occupation wishes and weekly hours fit ``employer_id``."""

    def __init__(
        self,
        ws: Workspace,
        employer_id: int,
        parent: QWidget | None = None,
        *,
        project_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fittingParticipants")
        self.ws, self.employer_id, self.project_id = ws, employer_id, project_id
        self.matches: list[ParticipantMatch] = []
        self.dialog: LeadDialog | None = None  # the one open, for tests
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("fittingTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Berufswunsch"),
                self.tr("Std. pro Woche"),
                self.tr("Hinweis"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._refresh_button)
        self.table.itemDoubleClicked.connect(lambda _i: self.start_lead())
        box.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "Niemand passt gerade: Branche und Berufswünsche, Stunden und die Zeit, "
                "die die Kinderbetreuung lässt, werden verglichen."
            )
        )
        self.empty.setProperty("hint", True)
        self.empty.setWordWrap(True)
        box.addWidget(self.empty)
        self.error = error_label()
        box.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.lead_button = QPushButton(icon("plus"), self.tr("Hinweis anlegen…"))
        self.lead_button.setObjectName("fittingLeadButton")
        self.lead_button.setAutoDefault(False)
        self.lead_button.clicked.connect(self.start_lead)
        row.addWidget(self.lead_button)
        box.addLayout(row)
        bus.changed.connect(self._on_changed)
        self._refresh_button()

    def refresh(self) -> None:
        ws, eid, pid = self.ws, self.employer_id, self.project_id
        try:
            self.matches = run_blocking(lambda: matching.participants_for(ws, eid, pid))
        except KnownError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.table.setRowCount(len(self.matches))
        muted = QColor(theme.colors().muted)
        for row, m in enumerate(self.matches):
            hours = str(m.max_weekly_hours) if m.max_weekly_hours is not None else "—"
            lead = self.tr("läuft schon") if m.has_lead else ""
            for col, text in enumerate((m.name, m.occupation_wishes, hours, lead)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.participant_id)
                if m.has_lead:
                    item.setForeground(muted)
                if col == 2 and m.hours == matching.HOURS_UNKNOWN:
                    item.setToolTip(self.tr("Arbeitszeit beim Arbeitgeber klären"))
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(self.matches))
        self.empty.setVisible(not self.matches)
        self._refresh_button()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & WATCHED and self.isVisible():
            self.refresh()

    def selected(self) -> ParticipantMatch | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.matches):
            return None
        return self.matches[rows[0].row()]

    def _refresh_button(self) -> None:
        self.lead_button.setEnabled(self.selected() is not None)

    def start_lead(self) -> None:
        m = self.selected()
        if m is None:
            return
        data = LeadData(
            participant_id=m.participant_id, employer_id=self.employer_id, source="partner"
        )
        self.dialog = LeadDialog(self.ws, data, self.window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog.open()
