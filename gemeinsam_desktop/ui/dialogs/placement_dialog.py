"""Record or edit a placement (Vermittlung) with its 3- and 6-month follow-up.

The employer comes from the network or is typed; start, kind of work and weekly hours
follow. For a new placement of a person not yet "vermittelt" a ticked box sets the status
(exit date the day before the start, reason "Arbeitsaufnahme", unless already entered);
the coach can untick it. The follow-up answers (offen / noch beschäftigt / nicht mehr
beschäftigt) can be given once their day has come. ``offer_placement`` asks, when a lead
reached "eingestellt", whether to record the placement now, and opens this dialog filled in
from the lead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import leads, placements
from gemeinsam_desktop.services.placements import FOLLOW_UP_MONTHS, PlacementData, add_months
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import ParticipantStatus, PlacementKind
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.dialogs.lead_dialog import chosen_employer, employer_field, error_label
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.lead_labels import kind_label
from gemeinsam_desktop.ui.operations import bus, run_blocking, run_op
from gemeinsam_desktop.ui.widgets.date_field import DateField, format_date

CHANGES = frozenset({"placements", "participants"})


def answer_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("PlacementDialog", "noch offen"), None)
    combo.addItem(QCoreApplication.translate("PlacementDialog", "noch beschäftigt"), True)
    combo.addItem(QCoreApplication.translate("PlacementDialog", "nicht mehr beschäftigt"), False)
    return combo


class PlacementDialog(QDialog):
    """Add (``data.id is None``) or edit one placement; Accepted when it was saved.

    ``marked_placed`` tells afterwards whether the person's status was set to vermittelt.
    """

    def __init__(
        self,
        ws: Workspace,
        data: PlacementData,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placementDialog")
        self.ws = ws
        self.data = data
        self.today = today or dt.date.today()
        self.saved_id: int | None = None
        self.marked_placed = False
        new = data.id is None
        self.setWindowTitle(self.tr("Vermittlung erfassen") if new else self.tr("Vermittlung"))
        self.setMinimumWidth(540)
        choices, status = run_blocking(
            lambda: (
                leads.employer_choices(ws),
                placements.participant_status(ws, data.participant_id),
            )
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        self.employer_combo = employer_field(choices, data.employer_id, data.employer_text)
        self.employer_combo.setObjectName("placementEmployer")
        self.position_edit = QLineEdit(data.position)
        self.position_edit.setObjectName("placementPosition")
        self.position_edit.setMaxLength(placements.POSITION_LIMIT)
        self.start_field = DateField()
        self.start_field.setObjectName("placementStart")
        self.start_field.set_date(data.start_date)
        self.start_field.editingFinished.connect(self._refresh_follow_ups)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("placementKind")
        for kind in PlacementKind:
            self.kind_combo.addItem(kind_label(kind), kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(PlacementKind(data.kind).value))
        self.hours_spin = QSpinBox()
        self.hours_spin.setObjectName("placementHours")
        self.hours_spin.setRange(0, 60)
        self.hours_spin.setSpecialValueText(self.tr("unbekannt"))
        self.hours_spin.setSuffix(self.tr(" Std. pro Woche"))
        self.hours_spin.setValue(round(data.hours_per_week or 0))
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Arbeitgeber*:"), self.employer_combo),
            (self.tr("Stelle:"), self.position_edit),
            (self.tr("Beginn*:"), self.start_field),
            (self.tr("Art:"), self.kind_combo),
            (self.tr("Arbeitszeit:"), self.hours_spin),
        ]
        self.answers: dict[int, QComboBox] = {}
        self.due_labels: dict[int, QLabel] = {}
        for months in FOLLOW_UP_MONTHS:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            combo = answer_combo()
            combo.setObjectName(f"followUp{months}")
            combo.setCurrentIndex(max(0, combo.findData(data.answer(months))))
            hint = QLabel()
            hint.setProperty("hint", True)
            line.addWidget(combo)
            line.addWidget(hint, 1)
            self.answers[months], self.due_labels[months] = combo, hint
            rows.append(
                (self.tr("Nach 3 Monaten:") if months == 3 else self.tr("Nach 6 Monaten:"), row)
            )
        for r, (text, widget) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(widget)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, r, 0)
            grid.addWidget(widget, r, 1)
        box.addLayout(grid)
        self.mark_box = QCheckBox(self.tr("Status auf „vermittelt“ setzen"))
        self.mark_box.setObjectName("markPlaced")
        mark_hint = QLabel(
            self.tr(
                "Austritt am Tag vor dem Beginn und Grund „Arbeitsaufnahme“, "
                "wenn dort noch nichts eingetragen ist."
            )
        )
        mark_hint.setProperty("hint", True)
        mark_hint.setWordWrap(True)
        mark_hint.setContentsMargins(26, 0, 0, 0)
        ask = new and status is not ParticipantStatus.VERMITTELT
        leaving = status in (ParticipantStatus.ABGESCHLOSSEN, ParticipantStatus.ABGEBROCHEN)
        self.mark_box.setChecked(ask and not leaving)
        self.mark_box.setVisible(ask)
        mark_hint.setVisible(ask)
        box.addWidget(self.mark_box)
        box.addWidget(mark_hint)
        box.addStretch(1)
        self.error = error_label()
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Abbrechen"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(icon("save", theme.colors().on_accent), self.tr("Speichern"))
        self.save_button.setObjectName("savePlacementButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        self._refresh_follow_ups()
        self.employer_combo.setFocus()

    def _refresh_follow_ups(self) -> None:
        start = self.start_field.date()
        for months in FOLLOW_UP_MONTHS:
            combo, hint = self.answers[months], self.due_labels[months]
            if start is None:
                combo.setEnabled(False)
                hint.setText("")
                continue
            due = add_months(start, months)
            ready = due <= self.today
            combo.setEnabled(ready or combo.currentData() is not None)
            checked = self.data.checked_on(months) if start == self.data.start_date else None
            if checked is not None and combo.currentData() is not None:
                hint.setText(self.tr("erfragt am {date}").format(date=format_date(checked)))
            elif ready:
                hint.setText(self.tr("fällig seit {date}").format(date=format_date(due)))
            else:
                hint.setText(self.tr("fällig am {date}").format(date=format_date(due)))

    def accept(self) -> None:
        if not self.start_field.is_valid():
            self._show(
                self.tr(
                    "{text} ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein."
                ).format(text=self.start_field.edit.text())
            )
            self.start_field.setFocus()
            return
        d = self.data
        employer_id, employer_text = chosen_employer(self.employer_combo)
        hours = self.hours_spin.value()
        data = PlacementData(
            id=d.id,
            participant_id=d.participant_id,
            start_date=self.start_field.date(),
            kind=PlacementKind(self.kind_combo.currentData()),
            employer_id=employer_id,
            employer_text=employer_text,
            position=self.position_edit.text(),
            hours_per_week=float(hours) if hours else None,
            employed_after_3m=self.answers[3].currentData(),
            employed_after_6m=self.answers[6].currentData(),
            lead_id=d.lead_id,
        )
        mark = not self.mark_box.isHidden() and self.mark_box.isChecked()
        try:
            self.saved_id = run_blocking(
                lambda: placements.save_placement(self.ws, data, mark_placed=mark, today=self.today)
            )
        except KnownError as exc:
            self._show(error_text(exc))
            return
        self.marked_placed = mark
        bus.changed.emit(CHANGES)
        super().accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def offer_placement(
    ws: Workspace,
    lead_id: int,
    parent: QWidget | None,
    on_saved: Callable[[PlacementDialog], None] | None = None,
) -> QMessageBox:
    """Ask (without blocking) whether to record the placement of a lead just "eingestellt"."""
    box = QMessageBox(parent)
    box.setObjectName("offerPlacement")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PlacementDialog", "Eingestellt"))
    box.setText(
        QCoreApplication.translate(
            "PlacementDialog",
            "Herzlichen Glückwunsch! Möchten Sie die Vermittlung jetzt erfassen? "
            "Arbeitgeber, Stelle und Stunden sind schon eingetragen.",
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("PlacementDialog", "Vermittlung erfassen…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("PlacementDialog", "Später"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(yes)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def open_dialog(draft: PlacementData) -> None:
        dialog = PlacementDialog(ws, draft, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_saved is not None:
            dialog.accepted.connect(lambda: on_saved(dialog))
        dialog.open()

    def answered() -> None:
        # Not blocking here: the box is still inside its click handler (and deletes itself).
        if box.clickedButton() is yes:
            run_op(parent, lambda: placements.draft_from_lead(ws, lead_id), open_dialog)

    box.finished.connect(lambda _r: answered())
    box.open()
    return box
