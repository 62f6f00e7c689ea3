"""The record dialog's tab "Anwesenheit": read-only figures and sessions of one person.

``AttendanceTab`` shows what ``services.attendance`` counts for the participant and lists
the sessions they are on; "Einzelcoaching buchen…" books one and shows the list again. Its
texts keep the translation context ``ParticipantDialog``, where they were written first.
``chip_style`` gives the coloured chips of the participant states (and of the warning).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
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
from gemeinsam_desktop.services import attendance
from gemeinsam_desktop.services.attendance import SessionLine
from gemeinsam_desktop.services.attendance_rules import AttendanceSummary
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import AttendanceState
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import session_kind_label
from gemeinsam_desktop.ui.models.roster_model import percent_text
from gemeinsam_desktop.ui.operations import run_blocking
from gemeinsam_desktop.ui.widgets.date_field import format_date

UNEXCUSED_WARNING = 3  # unexcused absences in a row from which the tab warns

# Status chip colours (background, text) per scheme; each pair has contrast >= 4.5.
_CHIP_COLORS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "interessiert": (("#e3eaf4", "#2b4a72"), ("#24364d", "#d3e2f5")),
    "aktiv": (("#d5edf1", "#0f5563"), ("#163f47", "#c9eef4")),
    "pausiert": (("#fbefd5", "#6b4a00"), ("#4a3a12", "#fbe3a8")),
    "abgeschlossen": (("#e4e8ea", "#3d4a50"), ("#2e373c", "#dce3e6")),
    "abgebrochen": (("#f9e0de", "#8c1c13"), ("#4d1f1b", "#f8d2ce")),
    "vermittelt": (("#dcf1e2", "#1d5e30"), ("#1e4027", "#cdeed6")),
    "archiviert": (("#e4e8ea", "#3d4a50"), ("#2e373c", "#dce3e6")),
}


def chip_style(kind: str) -> str:
    light, dark = _CHIP_COLORS[kind]
    bg, fg = dark if theme.is_dark() else light
    return (
        f"background: {bg}; color: {fg}; border-radius: 10px; padding: 2px 10px; font-weight: 600;"
    )


class AttendanceTab(QWidget):
    """The attendance of participant ``participant_id``; ``show_message`` reports a
    problem in the dialog."""

    def __init__(
        self,
        ws: Workspace,
        participant_id: int,
        *,
        show_message: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.participant_id = participant_id
        self._show_message = show_message
        self.summary: AttendanceSummary | None = None
        self.setObjectName("attendanceTab")
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.setSpacing(8)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.figures: dict[str, QLabel] = {}
        figures = (
            ("counted", QCoreApplication.translate("ParticipantDialog", "Termine gezählt:")),
            ("attended", QCoreApplication.translate("ParticipantDialog", "teilgenommen:")),
            ("hours", QCoreApplication.translate("ParticipantDialog", "Stunden:")),
            ("rate", QCoreApplication.translate("ParticipantDialog", "Quote:")),
            ("excused", QCoreApplication.translate("ParticipantDialog", "entschuldigt:")),
            ("unexcused", QCoreApplication.translate("ParticipantDialog", "unentschuldigt:")),
            (
                "in_a_row",
                QCoreApplication.translate("ParticipantDialog", "unentschuldigt in Folge:"),
            ),
        )
        for n, (key, text) in enumerate(figures):
            value = QLabel()
            value.setObjectName(f"attendance_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            row, col = n % 4, (n // 4) * 2
            grid.addWidget(self._label(text, value), row, col)
            grid.addWidget(value, row, col + 1, Qt.AlignmentFlag.AlignLeft)
            self.figures[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        box.addLayout(grid)
        hint = QLabel(
            QCoreApplication.translate(
                "ParticipantDialog",
                "Gezählt werden vergangene, nicht abgesagte Termine zwischen Eintritt und "
                "Austritt bzw. Arbeitsaufnahme, bei denen die Anwesenheit erfasst ist. "
                "Grau: zählt nicht.",
            )
        )
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        box.addWidget(hint)
        table = QTableWidget(0, 4)
        self.table = table
        table.setObjectName("attendanceTable")
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ParticipantDialog", "Datum"),
                QCoreApplication.translate("ParticipantDialog", "Art"),
                QCoreApplication.translate("ParticipantDialog", "Thema"),
                QCoreApplication.translate("ParticipantDialog", "Anwesenheit"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setMinimumHeight(140)
        box.addWidget(table, 1)
        actions = QHBoxLayout()
        self.no_sessions = QLabel(
            QCoreApplication.translate("ParticipantDialog", "Noch für keinen Termin angemeldet.")
        )
        self.no_sessions.setProperty("hint", True)
        actions.addWidget(self.no_sessions)
        actions.addStretch(1)
        self.book_button = QPushButton(
            icon("calendar-days"),
            QCoreApplication.translate("ParticipantDialog", "Einzelcoaching buchen…"),
        )
        self.book_button.setObjectName("bookCoachingButton")
        self.book_button.setAutoDefault(False)
        self.book_button.clicked.connect(self.book_coaching)
        actions.addWidget(self.book_button)
        box.addLayout(actions)

    def refresh(self) -> None:
        pid = self.participant_id
        summary, lines = run_blocking(
            lambda: (attendance.summary_for(self.ws, pid), attendance.sessions_of(self.ws, pid))
        )
        self.summary = summary
        loc = QLocale()
        values = {
            "counted": loc.toString(summary.counted),
            "attended": loc.toString(summary.attended),
            "hours": loc.toString(summary.hours, "f", 1),
            "rate": percent_text(summary.rate, loc),
            "excused": loc.toString(summary.excused),
            "unexcused": loc.toString(summary.unexcused),
            "in_a_row": loc.toString(summary.unexcused_in_a_row),
        }
        for key, text in values.items():
            self.figures[key].setText(text)
        run = self.figures["in_a_row"]
        warn = summary.unexcused_in_a_row >= UNEXCUSED_WARNING
        run.setProperty("warning", warn)
        run.setStyleSheet(chip_style("abgebrochen") if warn else "")
        run.setToolTip(
            QCoreApplication.translate(
                "ParticipantDialog",
                "Bitte nachfragen: mehrmals hintereinander unentschuldigt gefehlt.",
            )
            if warn
            else ""
        )
        self._fill_sessions(lines)

    def _fill_sessions(self, lines: list[SessionLine]) -> None:
        table = self.table
        table.setRowCount(len(lines))
        muted = QColor(theme.colors().muted)
        for row, line in enumerate(lines):
            state = (
                QCoreApplication.translate("ParticipantDialog", "abgesagt")
                if line.cancelled
                else self._state_text(line.state, line.starts_at.date())
            )
            texts = (
                format_date(line.starts_at.date()) + line.starts_at.strftime(" %H:%M"),
                session_kind_label(line.kind),
                line.topic,
                state,
            )
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if not line.counted:
                    item.setForeground(muted)
                    item.setToolTip(
                        QCoreApplication.translate("ParticipantDialog", "zählt nicht für die Quote")
                    )
                table.setItem(row, col, item)
        self.no_sessions.setVisible(not lines)

    def _state_text(self, state: AttendanceState, day: dt.date) -> str:
        if state is AttendanceState.ERWARTET:
            return (
                QCoreApplication.translate("ParticipantDialog", "erwartet")
                if day >= dt.date.today()
                else QCoreApplication.translate("ParticipantDialog", "nicht erfasst")
            )
        return {
            AttendanceState.ANWESEND: QCoreApplication.translate("ParticipantDialog", "anwesend"),
            AttendanceState.VERSPAETET: QCoreApplication.translate(
                "ParticipantDialog", "verspätet"
            ),
            AttendanceState.ENTSCHULDIGT: QCoreApplication.translate(
                "ParticipantDialog", "entschuldigt"
            ),
            AttendanceState.KRANK: QCoreApplication.translate("ParticipantDialog", "krank"),
            AttendanceState.UNENTSCHULDIGT: QCoreApplication.translate(
                "ParticipantDialog", "unentschuldigt"
            ),
        }[state]

    def book_coaching(self) -> None:
        """Book an Einzelcoaching for this person; the list shows it afterwards."""
        from gemeinsam_desktop.ui.dialogs.coaching_booking import CoachingBookingDialog

        CoachingBookingDialog(self.ws, self.participant_id, self.window()).exec()
        try:
            self.refresh()
        except KnownError as exc:
            self._show_message(error_text(exc))

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label
