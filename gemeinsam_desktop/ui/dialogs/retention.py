"""The retention period in the UI, and erasing the people it makes due.

``dialogs.privacy`` re-exports ``RetentionDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services import privacy
from gemeinsam_desktop.services.privacy import RetentionCandidate
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.theme import repolish

PARTICIPANTS = frozenset({"participants"})


class RetentionDialog(QDialog):
    """The retention period and the people it makes due for erasure."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Aufbewahrungsfrist"))
        self.resize(620, 520)
        lead = ws.current_coach.is_lead
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Nach dem Projektende werden personenbezogene Daten nur so lange aufbewahrt, "
                "wie es nötig ist. Danach sind die Personen unten zum Löschen fällig; für die "
                "Berichte bleiben nur Zahlen ohne Namen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Aufbewahren bis"))
        self.months = QSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setRange(*privacy.RETENTION_RANGE)
        self.months.setSuffix(self.tr(" Monate nach Projektende"))
        self.months.setEnabled(False)
        caption.setBuddy(self.months)
        self.save_button = QPushButton(self.tr("Frist &speichern"))
        self.save_button.setObjectName("retentionSave")
        self.save_button.setEnabled(False)
        self.save_button.setAutoDefault(False)
        row.addWidget(caption)
        row.addWidget(self.months)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setObjectName("retentionSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("retentionCandidates")
        layout.addWidget(self.list, 1)
        if not lead:
            only = QLabel(self.tr("Nur die Projektleitung kann die Frist ändern und löschen."))
            only.setProperty("hint", True)
            layout.addWidget(only)
        buttons = QDialogButtonBox()
        self.select_all = QPushButton(self.tr("Alle auswählen"))
        self.erase_button = QPushButton(self.tr("Ausgewählte löschen…"))
        self.erase_button.setObjectName("retentionErase")
        self.erase_button.setProperty("danger", True)
        self.erase_button.setEnabled(False)
        close = QPushButton(self.tr("Schließen"))
        for button in (self.select_all, self.erase_button, close):
            button.setAutoDefault(False)
        buttons.addButton(self.select_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.select_all.clicked.connect(self._select_all)
        self.erase_button.clicked.connect(self.erase_selected)
        self.save_button.clicked.connect(self.save_months)
        self.months.valueChanged.connect(self._months_edited)
        close.clicked.connect(self.reject)
        self.list.itemChanged.connect(self._update_buttons)
        self._lead = lead
        self._saved_months = 0
        self.loaded = False
        self.refresh()

    def refresh(self) -> None:
        ws = self.ws
        self.loaded = False

        def load() -> tuple[int, list[RetentionCandidate]]:
            return privacy.get_retention_months(ws), privacy.retention_candidates(ws)

        run_op(self, load, self.show_candidates)

    def show_candidates(self, result: tuple[int, list[RetentionCandidate]]) -> None:
        months, candidates = result
        self._saved_months = months
        self.months.blockSignals(True)
        self.months.setValue(months)
        self.months.blockSignals(False)
        self.months.setEnabled(self._lead)
        self.save_button.setEnabled(False)
        self.list.blockSignals(True)
        self.list.clear()
        for c in candidates:
            text = self.tr("{name} – Projekt „{project}“, Ende {end}").format(
                name=c.name, project=c.project_name, end=c.project_end.strftime("%d.%m.%Y")
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags if self._lead else flags & ~Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if candidates:
            self.summary.setText(
                self.tr("Zum Löschen fällig: 1 Person.")
                if len(candidates) == 1
                else self.tr("Zum Löschen fällig: %n Personen.", "", len(candidates))
            )
        else:
            self.summary.setText(self.tr("Zurzeit ist niemand zum Löschen fällig."))
        self.select_all.setEnabled(self._lead and bool(candidates))
        self._update_buttons()
        self.loaded = True

    def _months_edited(self, value: int) -> None:
        self.save_button.setEnabled(self._lead and value != self._saved_months)

    def save_months(self) -> None:
        months, ws = self.months.value(), self.ws
        run_op(self, lambda: privacy.set_retention_months(ws, months), lambda _r: self.refresh())

    def checked_ids(self) -> list[int]:
        return [
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _select_all(self) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Checked)

    def _update_buttons(self, *_args: object) -> None:
        self.erase_button.setEnabled(self._lead and bool(self.checked_ids()))
        repolish(self.erase_button)

    def erase_selected(self) -> None:
        ids = self.checked_ids()
        if not ids:
            return
        count = len(ids)
        text = (
            self.tr("1 Person endgültig löschen?")
            if count == 1
            else self.tr("%n Personen endgültig löschen?", "", count)
        )
        text += "\n\n" + self.tr(
            "Gelöscht werden Namen, Kontaktdaten, Kinder, Einwilligungen, Coaching-Notizen, "
            "Vereinbarungen und Hinweise auf Stellen. Ohne Namen bleiben Anwesenheiten und "
            "Arbeitsaufnahmen für die Berichte erhalten. Das kann nicht rückgängig gemacht "
            "werden."
        )
        if not messages.confirm(
            self, self.tr("Endgültig löschen"), text, self.tr("Endgültig löschen")
        ):
            return
        ws = self.ws

        def erase() -> int:
            for pid in ids:
                privacy.erase_participant(ws, pid)
            return len(ids)

        run_op(self, erase, lambda _n: self.refresh(), changes=PARTICIPANTS)
