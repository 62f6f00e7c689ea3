"""Add or edit one lead (Hinweis): position, employer, who passed it on, stage with its day.

The employer is chosen from the network or typed as free text. For an existing lead a
different stage is a move dated by "am" (default today) and recorded in the history shown
below the form; "verworfen" asks for the reason in the same form. ``ReasonDialog`` asks
for the reason alone (dropping a card on the board). Saving runs on the worker and
announces ``{"leads"}``; ``hired`` is True when the lead reached "eingestellt", so the
caller can offer to record the placement.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import accounts, leads
from gemeinsam_desktop.services.leads import LeadData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import LeadStage
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.lead_labels import source_label, stage_label
from gemeinsam_desktop.ui.operations import bus, run_blocking
from gemeinsam_desktop.ui.widgets.date_field import DateField, format_date

CHANGES = frozenset({"leads"})


def drop_reasons() -> list[str]:
    """Reasons offered when a lead is dropped (the coach may type any other)."""
    return [
        QCoreApplication.translate("LeadDialog", "Stelle bereits vergeben"),
        QCoreApplication.translate("LeadDialog", "Arbeitszeiten passen nicht zur Kinderbetreuung"),
        QCoreApplication.translate("LeadDialog", "Arbeitsweg zu weit"),
        QCoreApplication.translate("LeadDialog", "Absage nach dem Gespräch"),
        QCoreApplication.translate("LeadDialog", "Kein Interesse mehr"),
    ]


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorText")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    danger = "#ff9b8f" if theme.is_dark() else theme.colors().danger
    label.setStyleSheet(f"color: {danger}; font-weight: 600;")
    label.hide()
    return label


def reason_field() -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(drop_reasons())
    combo.setCurrentIndex(-1)
    combo.setMinimumContentsLength(28)
    line = combo.lineEdit()
    assert line is not None
    line.setPlaceholderText(QCoreApplication.translate("LeadDialog", "Warum verworfen?"))
    line.setMaxLength(leads.REASON_LIMIT)
    completer = combo.completer()
    if completer is not None:
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return combo


def employer_field(choices: list[tuple[int, str]], employer_id: int | None, text: str) -> QComboBox:
    """An editable choice of network employers; a name typed that is none of them is free text."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for eid, name in choices:
        combo.addItem(icon("building"), name, eid)
    line = combo.lineEdit()
    assert line is not None
    line.setPlaceholderText(
        QCoreApplication.translate("LeadDialog", "aus dem Netzwerk wählen oder Namen eintragen")
    )
    completer = QCompleter([name for _eid, name in choices], combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    index = combo.findData(employer_id) if employer_id is not None else -1
    combo.setCurrentIndex(index)
    if index < 0:
        combo.setEditText(text)
    return combo


def chosen_employer(combo: QComboBox) -> tuple[int | None, str]:
    """(employer id, "") for a network employer, (None, typed name) for free text."""
    text = combo.currentText().strip()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if text and index >= 0:
        return int(combo.itemData(index)), ""
    return None, text


class ReasonDialog(QDialog):
    """Asks why a lead is dropped; ``reason()`` after Accepted."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropReasonDialog")
        self.setWindowTitle(self.tr("Hinweis verwerfen"))
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(10)
        intro = QLabel(self.tr("„{what}“ wird verworfen. Warum?").format(what=what))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(intro)
        self.reason_combo = reason_field()
        self.reason_combo.setObjectName("dropReason")
        box.addWidget(self.reason_combo)
        self.error = error_label()
        box.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.setMinimumWidth(420)
        self.ok_button = buttons.addButton(
            self.tr("Verwerfen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setProperty("primary", True)
        self.ok_button.setDefault(True)
        buttons.addButton(self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.reason_combo.setFocus()

    def reason(self) -> str:
        return self.reason_combo.currentText().strip()

    def accept(self) -> None:
        if not self.reason():
            self.error.setText(self.tr("Bitte geben Sie einen Grund an."))
            self.error.show()
            self.reason_combo.setFocus()
            return
        super().accept()


class LeadDialog(QDialog):
    """Add (``data.id is None``) or edit one lead; Accepted when it was saved.

    ``participants`` (id, name) offers a choice of person (a lead added on the board);
    without it the lead belongs to ``data.participant_id``.
    """

    def __init__(
        self,
        ws: Workspace,
        data: LeadData,
        parent: QWidget | None = None,
        *,
        participants: list[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leadDialog")
        self.ws = ws
        self.data = data
        self.saved_id: int | None = None
        self.hired = False
        new = data.id is None
        self.setWindowTitle(self.tr("Neuer Hinweis") if new else self.tr("Hinweis bearbeiten"))
        self.setMinimumWidth(520)
        choices, coaches = run_blocking(
            lambda: (leads.employer_choices(ws), accounts.list_coaches(ws))
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 16, 20, 16)
        box.setSpacing(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        rows: list[tuple[str, QWidget]] = []
        self.person_combo: QComboBox | None = None
        if participants is not None:
            self.person_combo = QComboBox()
            self.person_combo.setObjectName("leadParticipant")
            self.person_combo.setEditable(True)
            self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for pid, name in participants:
                self.person_combo.addItem(name, pid)
            self.person_combo.setCurrentIndex(self.person_combo.findData(data.participant_id))
            rows.append((self.tr("Teilnehmende*:"), self.person_combo))
        self.position_edit = QLineEdit(data.position)
        self.position_edit.setObjectName("leadPosition")
        self.position_edit.setMaxLength(leads.POSITION_LIMIT)
        self.position_edit.setPlaceholderText(self.tr("z. B. Verkäuferin in Teilzeit"))
        rows.append((self.tr("Stelle:"), self.position_edit))
        self.employer_combo = employer_field(choices, data.employer_id, data.employer_text)
        self.employer_combo.setObjectName("leadEmployer")
        rows.append((self.tr("Arbeitgeber:"), self.employer_combo))
        source_row = QWidget()
        source_box = QHBoxLayout(source_row)
        source_box.setContentsMargins(0, 0, 0, 0)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("leadSource")
        for code in leads.SOURCES:
            self.source_combo.addItem(source_label(code), code)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(data.source)))
        self.source_detail = QLineEdit(data.source_detail)
        self.source_detail.setObjectName("leadSourceDetail")
        self.source_detail.setMaxLength(leads.SOURCE_DETAIL_LIMIT)
        self.source_detail.setPlaceholderText(self.tr("wer genau? (freiwillig)"))
        source_box.addWidget(self.source_combo)
        source_box.addWidget(self.source_detail, 1)
        rows.append((self.tr("Weitergegeben von:"), source_row))
        self.hours_spin = QSpinBox()
        self.hours_spin.setObjectName("leadHours")
        self.hours_spin.setRange(0, 60)
        self.hours_spin.setSpecialValueText(self.tr("unbekannt"))
        self.hours_spin.setSuffix(self.tr(" Std. pro Woche"))
        self.hours_spin.setValue(round(data.weekly_hours or 0))
        rows.append((self.tr("Arbeitszeit:"), self.hours_spin))
        self.coach_combo = QComboBox()
        self.coach_combo.setObjectName("leadCoach")
        for coach in coaches:
            self.coach_combo.addItem(coach.name, coach.id)
        me = ws.coach.id if ws.coach else None
        wanted = data.coach_id if data.coach_id is not None else me
        self.coach_combo.setCurrentIndex(max(0, self.coach_combo.findData(wanted)))
        rows.append((self.tr("Zuständig:"), self.coach_combo))
        stage_row = QWidget()
        stage_box = QHBoxLayout(stage_row)
        stage_box.setContentsMargins(0, 0, 0, 0)
        self.stage_combo = QComboBox()
        self.stage_combo.setObjectName("leadStage")
        for stage in leads.BOARD_COLUMNS:
            self.stage_combo.addItem(stage_label(stage), stage.value)
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(LeadStage(data.stage).value))
        self.stage_combo.currentIndexChanged.connect(self._stage_changed)
        self.day_label = QLabel(self.tr("am"))
        self.day_field = DateField()
        self.day_field.setObjectName("leadStageDay")
        self.day_field.set_date(data.created_on if new and data.created_on else dt.date.today())
        self.day_label.setBuddy(self.day_field)
        stage_box.addWidget(self.stage_combo)
        stage_box.addWidget(self.day_label)
        stage_box.addWidget(self.day_field)
        stage_box.addStretch(1)
        rows.append((self.tr("Stand:"), stage_row))
        self.reason_combo = reason_field()
        self.reason_combo.setObjectName("leadReason")
        self.reason_combo.setEditText(data.dropped_reason)
        self.reason_label = QLabel(self.tr("Grund*:"))
        for row, (text, widget) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(widget)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
        self.reason_label.setBuddy(self.reason_combo)
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.reason_label, len(rows), 0)
        grid.addWidget(self.reason_combo, len(rows), 1)
        box.addLayout(grid)
        if data.history:
            title = QLabel(self.tr("Verlauf"))
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            box.addWidget(title)
            self.history_label = QLabel(history_text(data))
            self.history_label.setObjectName("leadHistory")
            self.history_label.setTextFormat(Qt.TextFormat.PlainText)
            self.history_label.setWordWrap(True)
            self.history_label.setProperty("hint", True)
            box.addWidget(self.history_label)
        box.addStretch(1)
        self.error = error_label()
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Abbrechen"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(icon("save", theme.colors().on_accent), self.tr("Speichern"))
        self.save_button.setObjectName("saveLeadButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        self._stage_changed()
        (self.person_combo if self.person_combo is not None else self.position_edit).setFocus()

    def _stage(self) -> LeadStage:
        return LeadStage(self.stage_combo.currentData())

    def _stage_changed(self) -> None:
        stage = self._stage()
        dropping = stage is LeadStage.VERWORFEN
        self.reason_label.setVisible(dropping)
        self.reason_combo.setVisible(dropping)
        # The day belongs to a new lead (made on) or to a change of stage.
        dated = self.data.id is None or stage is not self.data.stage
        self.day_label.setVisible(dated)
        self.day_field.setVisible(dated)
        self.day_label.setText(self.tr("angelegt am") if self.data.id is None else self.tr("am"))

    def accept(self) -> None:
        if not self.day_field.is_valid():
            self._show(
                self.tr(
                    "{text} ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein."
                ).format(text=self.day_field.edit.text())
            )
            self.day_field.setFocus()
            return
        d = self.data
        person = d.participant_id
        if self.person_combo is not None:
            index = self.person_combo.findText(
                self.person_combo.currentText().strip(), Qt.MatchFlag.MatchFixedString
            )
            if index < 0:
                self._show(self.tr("Bitte wählen Sie die Teilnehmende aus der Liste."))
                self.person_combo.setFocus()
                return
            person = int(self.person_combo.itemData(index))
        employer_id, employer_text = chosen_employer(self.employer_combo)
        stage, day = self._stage(), self.day_field.date()
        hours = self.hours_spin.value()
        data = LeadData(
            id=d.id,
            participant_id=person,
            position=self.position_edit.text(),
            employer_id=employer_id,
            employer_text=employer_text,
            source=str(self.source_combo.currentData()),
            source_detail=self.source_detail.text(),
            coach_id=self.coach_combo.currentData(),
            weekly_hours=float(hours) if hours else None,
            stage=stage,
            dropped_reason=self.reason_combo.currentText() if stage is LeadStage.VERWORFEN else "",
            created_on=day if d.id is None else d.created_on,
            stage_changed_on=day,
        )
        try:
            self.saved_id = run_blocking(lambda: leads.save_lead(self.ws, data))
        except KnownError as exc:
            self._show(error_text(exc))
            return
        self.hired = stage is LeadStage.EINGESTELLT and (d.id is None or d.stage is not stage)
        bus.changed.emit(CHANGES)
        super().accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def history_text(data: LeadData) -> str:
    """One line per step, oldest first: "12.03.2026  beworben  (Anna Beispiel)"."""
    lines = []
    for step in data.history:
        line = f"{format_date(step.changed_on)}   {stage_label(step.stage)}"
        if step.reason:
            line += f" – {step.reason}"
        if step.coach_name:
            line += f"   ({step.coach_name})"
        lines.append(line)
    return "\n".join(lines)
