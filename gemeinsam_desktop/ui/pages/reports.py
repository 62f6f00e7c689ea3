"""Berichte: Zwischen-/Abschlussbericht for the JobCenter and the city, the figures as a
table, and the monthly Fehlzeitenbescheinigung.

Every document is built on the database worker (``print_buttons.run_job``) and goes to the
preview or to the file the coach chooses — never to a temporary file. The figures of the
chosen period are shown on the page as the coach changes it, so nobody has to open a PDF
to see what it will say.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from gemeinsam_desktop.services import absences, figures, figures_export, roster
from gemeinsam_desktop.services.figures import Figures
from gemeinsam_desktop.services.placements import add_months
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages, theme
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.pages.base import Page, card, hint, section_title
from gemeinsam_desktop.ui.widgets import print_buttons
from gemeinsam_desktop.ui.widgets.charts import percent_text
from gemeinsam_desktop.ui.widgets.date_field import DateField
from gemeinsam_desktop.ui.widgets.print_buttons import PREVIEW, SAVE, PrintJob, file_part

MONTH, LAST_MONTH, QUARTER, LAST_QUARTER, PROJECT, CUSTOM = range(6)


def preset_period(
    preset: int, today: dt.date, start: dt.date | None, end: dt.date | None
) -> tuple[dt.date, dt.date]:
    """The days of a preset; "Projektlaufzeit" runs from the project start to its end."""
    first_of_month = today.replace(day=1)
    quarter = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
    if preset == LAST_MONTH:
        begin = add_months(first_of_month, -1)
        return begin, first_of_month - dt.timedelta(days=1)
    if preset == QUARTER:
        return quarter, add_months(quarter, 3) - dt.timedelta(days=1)
    if preset == LAST_QUARTER:
        return add_months(quarter, -3), quarter - dt.timedelta(days=1)
    if preset == PROJECT:
        begin = start or today
        return begin, max(begin, end or today)
    return first_of_month, add_months(first_of_month, 1) - dt.timedelta(days=1)


def _loaded(ws: Workspace) -> tuple[list[roster.ProjectInfo], dict[int, list[tuple[int, str]]]]:
    projects = roster.list_projects(ws, include_archived=False) or roster.list_projects(
        ws, include_archived=True
    )
    return projects, {p.id: absences.people(ws, p.id) for p in projects}


class ReportsPage(Page):
    icon_name = "chart-column"
    watches = frozenset(
        {"participants", "sessions", "attendance", "project", "leads", "placements"}
    )

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Berichte"), parent)
        self.projects: list[roster.ProjectInfo] = []
        self.people: dict[int, list[tuple[int, str]]] = {}
        self._generation = 0
        self._summary_generation = 0
        self.project_combo = QComboBox()
        self.project_combo.setObjectName("reportProject")
        self.project_row = QWidget()
        row = QHBoxLayout(self.project_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Projekt:")))
        row.addWidget(self.project_combo, 1)
        self.project_row.hide()
        self.project_combo.currentIndexChanged.connect(self._project_changed)
        self.body.addWidget(self.project_row)
        self._build_report_card()
        self._build_absence_card()
        self.body.addStretch(1)

    # -- building ---------------------------------------------------------------------
    def _build_report_card(self) -> None:
        frame, layout = card()
        layout.addWidget(section_title(self.tr("Bericht für JobCenter und Stadt")))
        layout.addWidget(
            hint(
                self.tr(
                    "Teilnehmende, Anwesenheit, Termine, Kinderbetreuung, Hinweise, "
                    "Vermittlungen und Integrationsquote des Zeitraums – ohne Namen und ohne "
                    "Inhalte aus Notizen."
                )
            )
        )
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.preset = QComboBox()
        self.preset.setObjectName("reportPreset")
        for text in (
            self.tr("Dieser Monat"),
            self.tr("Letzter Monat"),
            self.tr("Dieses Quartal"),
            self.tr("Letztes Quartal"),
            self.tr("Projektlaufzeit"),
            self.tr("Eigener Zeitraum"),
        ):
            self.preset.addItem(text)
        self.date_from, self.date_to = DateField(), DateField()
        self.date_from.setObjectName("reportFrom")
        self.date_to.setObjectName("reportTo")
        period = QHBoxLayout()
        period.setSpacing(8)
        period.addWidget(self.preset)
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("bis")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        form.addRow(self.tr("Zeitraum:"), period)
        kinds = QHBoxLayout()
        kinds.setSpacing(24)
        self.interim = QRadioButton(self.tr("&Zwischenbericht"))
        self.final = QRadioButton(self.tr("&Abschlussbericht"))
        self.interim.setChecked(True)
        self.kind_group = QButtonGroup(self)
        for radio in (self.interim, self.final):
            self.kind_group.addButton(radio)
            kinds.addWidget(radio)
        kinds.addStretch(1)
        form.addRow(self.tr("Art:"), kinds)
        layout.addLayout(form)
        self.named = QCheckBox(self.tr("&Namentliche Anlage anhängen (Namen, Kundennummern)"))
        self.named.setObjectName("namedAppendix")
        layout.addWidget(self.named)
        self.named_warning = QLabel(
            self.tr(
                "Achtung: Mit der Anlage enthält der Bericht personenbezogene Daten. Geben Sie "
                "ihn nur an die zuständige Stelle weiter und verschicken Sie ihn nicht per "
                "unverschlüsselter E-Mail."
            )
        )
        self.named_warning.setObjectName("namedWarning")
        self.named_warning.setWordWrap(True)
        self.named_warning.setStyleSheet(f"color: {theme.colors().danger}; font-weight: 600;")
        self.named_warning.hide()
        self.named.toggled.connect(self.named_warning.setVisible)
        layout.addWidget(self.named_warning)
        self.summary = QLabel("")
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(icon("eye"), self.tr("&Vorschau"))
        self.preview_button.setObjectName("reportPreview")
        self.preview_button.setProperty("primary", True)
        self.save_button = QPushButton(icon("file-down"), self.tr("Als &PDF speichern …"))
        self.save_button.setObjectName("reportSave")
        self.export_button = QPushButton(
            icon("file-spreadsheet"), self.tr("&Zahlen exportieren (XLSX/CSV) …")
        )
        self.export_button.setObjectName("reportExport")
        for button in (self.preview_button, self.save_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.body.addWidget(frame)
        self.preview_button.clicked.connect(lambda: self.run_report(PREVIEW))
        self.save_button.clicked.connect(lambda: self.run_report(SAVE))
        self.export_button.clicked.connect(self.export_figures)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        for field in (self.date_from, self.date_to):
            field.editingFinished.connect(self._dates_edited)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.run_report(PREVIEW))
        self.preview_button.setToolTip(self.tr("Bericht ansehen und drucken (Strg+Umschalt+P)"))

    def _build_absence_card(self) -> None:
        frame, layout = card()
        layout.addWidget(section_title(self.tr("Fehlzeitenbescheinigung")))
        layout.addWidget(
            hint(
                self.tr(
                    "Für das JobCenter: je Person und Monat die Fehltage mit Code (E "
                    "entschuldigt, UE unentschuldigt, K krank), Grund und Kundennummer."
                )
            )
        )
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.month = QComboBox()
        self.month.setObjectName("absenceMonth")
        self.month.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form.addRow(self.tr("Monat:"), self.month)
        self.person = QComboBox()
        self.person.setObjectName("absencePerson")
        self.person.setMinimumContentsLength(24)
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form.addRow(self.tr("Teilnehmende:"), self.person)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.absence_preview = QPushButton(icon("eye"), self.tr("Vor&schau"))
        self.absence_preview.setObjectName("absencePreview")
        self.absence_pdf = QPushButton(icon("file-down"), self.tr("Als PD&F speichern …"))
        self.absence_pdf.setObjectName("absencePdf")
        self.absence_csv = QPushButton(icon("file-spreadsheet"), self.tr("Als &CSV speichern …"))
        self.absence_csv.setObjectName("absenceCsv")
        for button in (self.absence_preview, self.absence_pdf, self.absence_csv):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.body.addWidget(frame)
        self.absence_preview.clicked.connect(lambda: self.run_absences(PREVIEW))
        self.absence_pdf.clicked.connect(lambda: self.run_absences(SAVE))
        self.absence_csv.clicked.connect(self.save_absence_csv)

    # -- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation, ws = self._generation, self.ws
        run_op(self, lambda: _loaded(ws), lambda loaded: self.show_loaded(loaded, generation))

    def show_loaded(
        self,
        loaded: tuple[list[roster.ProjectInfo], dict[int, list[tuple[int, str]]]],
        generation: int | None = None,
    ) -> None:
        if generation is not None and generation != self._generation:
            return
        self.projects, self.people = loaded
        current = self.project_id
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for project in self.projects:
            self.project_combo.addItem(project.name, project.id)
        index = self.project_combo.findData(current)
        self.project_combo.setCurrentIndex(max(0, index))
        self.project_combo.blockSignals(False)
        self.project_row.setVisible(len(self.projects) > 1)
        self._fill_project(keep_period=index >= 0 and current is not None)

    @property
    def project_id(self) -> int | None:
        value = self.project_combo.currentData()
        return int(value) if value is not None else None

    def _project(self) -> roster.ProjectInfo | None:
        return next((p for p in self.projects if p.id == self.project_id), None)

    def _project_changed(self, _index: int) -> None:
        self._fill_project(keep_period=False)

    def _fill_project(self, keep_period: bool) -> None:
        project = self._project()
        enabled = project is not None
        for widget in (self.preview_button, self.save_button, self.export_button):
            widget.setEnabled(enabled)
        for widget in (self.absence_preview, self.absence_pdf, self.absence_csv):
            widget.setEnabled(enabled)
        if project is None:
            self.summary.setText(self.tr("Es gibt noch kein Projekt."))
            return
        if not keep_period or self.date_from.date() is None:
            self.preset.setCurrentIndex(PROJECT)
            self._preset_changed(PROJECT)
        else:
            self._update_summary()
        self._fill_months(project)
        chosen = self.person.currentData()
        self.person.clear()
        self.person.addItem(self.tr("Alle Teilnehmenden"), None)
        for pid, name in self.people.get(project.id, []):
            self.person.addItem(name, pid)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))

    def _fill_months(self, project: roster.ProjectInfo) -> None:
        today = dt.date.today()
        chosen = self.month.currentData()
        last = min(project.end_date or today, today).replace(day=1)
        first = (project.start_date or last).replace(day=1)
        loc = QLocale()
        self.month.clear()
        day = last
        while day >= first and self.month.count() < 120:
            self.month.addItem(f"{loc.monthName(day.month)} {day.year}", f"{day:%Y-%m}")
            day = add_months(day, -1)
        if self.month.count() == 0:
            self.month.addItem(
                f"{loc.monthName(today.month)} {today.year}", (today.year, today.month)
            )
        index = self.month.findData(chosen)
        # The JobCenter asks for the month just finished: that one unless the coach chose.
        self.month.setCurrentIndex(index if index >= 0 else min(1, self.month.count() - 1))

    # -- period -----------------------------------------------------------------------
    def _preset_changed(self, preset: int) -> None:
        if preset == CUSTOM:
            return
        project = self._project()
        start, end = preset_period(
            preset,
            dt.date.today(),
            project.start_date if project else None,
            project.end_date if project else None,
        )
        self.date_from.set_date(start)
        self.date_to.set_date(end)
        self._update_summary()

    def _dates_edited(self) -> None:
        if self.preset.currentIndex() != CUSTOM:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(CUSTOM)
            self.preset.blockSignals(False)
        self._update_summary()

    def period(self) -> tuple[dt.date, dt.date] | None:
        start, end = self.date_from.date(), self.date_to.date()
        if start is None or end is None or end < start:
            return None
        return start, end

    def _update_summary(self) -> None:
        period, pid = self.period(), self.project_id
        if period is None or pid is None:
            self.summary.setText(
                self.tr("Bitte geben Sie einen gültigen Zeitraum an (TT.MM.JJJJ bis TT.MM.JJJJ).")
            )
            return
        ws = self.ws
        self._summary_generation += 1
        generation = self._summary_generation
        run_op(
            self,
            lambda: figures.compute(ws, pid, *period),
            lambda fig: self.show_summary(fig, generation),
        )

    def show_summary(self, fig: Figures, generation: int | None = None) -> None:
        if generation is not None and generation != self._summary_generation:
            return
        loc = QLocale()
        self.summary.setText(
            self.tr(
                "Im Zeitraum: {people} Teilnehmende · {sessions} Termine · Anwesenheit "
                "{attendance} · Integrationsquote {quota} (Ziel {target}) · {placements} "
                "Vermittlungen"
            ).format(
                people=loc.toString(fig.in_period),
                sessions=loc.toString(fig.sessions_held),
                attendance=percent_text(fig.attendance.rate),
                quota=percent_text(fig.integration.rate),
                target=percent_text(fig.integration.target),
                placements=loc.toString(sum(fig.placements_by_kind.values())),
            )
        )

    # -- actions ----------------------------------------------------------------------
    def _checked_period(self) -> tuple[int, dt.date, dt.date] | None:
        period, pid = self.period(), self.project_id
        if period is None or pid is None:
            messages.show_info(
                self,
                self.tr(
                    "Bitte geben Sie einen gültigen Zeitraum an: zwei Tage als TT.MM.JJJJ, "
                    "das Ende nicht vor dem Anfang."
                ),
                self.tr("Zeitraum fehlt"),
            )
            return None
        return pid, *period

    def report_job(self) -> PrintJob | None:
        checked = self._checked_period()
        if checked is None:
            return None
        pid, start, end = checked
        from gemeinsam_desktop.printing.report import FINAL, INTERIM, build_report

        kind = FINAL if self.final.isChecked() else INTERIM
        named, ws = self.named.isChecked(), self.ws
        author = ws.current_coach.name
        title = self.tr("Abschlussbericht") if kind == FINAL else self.tr("Zwischenbericht")

        def build(_progress: print_buttons.Progress) -> bytes:
            fig = figures.compute(ws, pid, start, end)
            lines = figures.named_lines(ws, pid, start, end) if named else None
            data = build_report(fig, kind, lines, author=author)
            figures_export.record_report(ws, pid)  # as the command line's `report` does
            return data

        filename = f"{file_part(title)}_{start:%Y-%m-%d}_bis_{end:%Y-%m-%d}.pdf"
        return PrintJob(title, filename, build)

    def run_report(self, action: str) -> None:
        job = self.report_job()
        if job is not None:
            print_buttons.run_job(self, job, action)

    def _ask_path(self, title: str, suggested: str, filters: list[str]) -> tuple[Path, str] | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, selected = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / suggested), ";;".join(filters)
        )
        if not chosen:
            return None
        return Path(chosen), selected

    def export_figures(self) -> None:
        checked = self._checked_period()
        if checked is None:
            return
        pid, start, end = checked
        xlsx, csv = self.tr("Excel-Arbeitsmappe (*.xlsx)"), self.tr("CSV für Excel (*.csv)")
        asked = self._ask_path(
            self.tr("Zahlen exportieren"),
            f"Kennzahlen_{start:%Y-%m-%d}_bis_{end:%Y-%m-%d}.xlsx",
            [xlsx, csv],
        )
        if asked is None:
            return
        path, selected = asked
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + (".csv" if selected == csv else ".xlsx"))
        self.export_figures_to(path, pid, start, end)

    def export_figures_to(self, path: Path, pid: int, start: dt.date, end: dt.date) -> None:
        ws = self.ws
        run_op(
            self,
            lambda: figures_export.export(ws, figures.compute(ws, pid, start, end), path),
            lambda saved: self._saved(self.tr("Die Zahlen wurden gespeichert: {name}"), saved),
        )

    def _saved(self, text: str, path: Path) -> None:
        messages.show_info(self, text.format(name=path.name), self.tr("Gespeichert"))

    def _absence_choice(self) -> tuple[int, int, int, int | None] | None:
        pid, month = self.project_id, self.month.currentData()
        if pid is None or not month:
            return None
        person = self.person.currentData()
        year, number = absences.parse_month(str(month))
        return pid, year, number, int(person) if person is not None else None

    def absence_job(self) -> PrintJob | None:
        choice = self._absence_choice()
        if choice is None:
            return None
        pid, year, month, person = choice
        from gemeinsam_desktop.printing.absences import build_absences

        ws, author = self.ws, self.ws.current_coach.name
        who = file_part(self.person.currentText()) if person is not None else "alle"

        def build(_progress: print_buttons.Progress) -> bytes:
            report = absences.load(ws, pid, year, month, person)
            data = build_absences(report, author=author)
            absences.record_made(ws, pid)
            return data

        title = self.tr("Fehlzeitenbescheinigung")
        return PrintJob(title, f"Fehlzeiten_{year}-{month:02d}_{who}.pdf", build)

    def run_absences(self, action: str) -> None:
        job = self.absence_job()
        if job is not None:
            print_buttons.run_job(self, job, action)

    def save_absence_csv(self) -> None:
        choice = self._absence_choice()
        if choice is None:
            return
        pid, year, month, person = choice
        who = file_part(self.person.currentText()) if person is not None else "alle"
        asked = self._ask_path(
            self.tr("Fehlzeiten als CSV speichern"),
            f"Fehlzeiten_{year}-{month:02d}_{who}.csv",
            [self.tr("CSV für Excel (*.csv)")],
        )
        if asked is None:
            return
        path = asked[0]
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        self.save_absence_csv_to(path, pid, year, month, person)

    def save_absence_csv_to(
        self, path: Path, pid: int, year: int, month: int, person: int | None
    ) -> None:
        ws = self.ws

        def write() -> Path:
            report = absences.load(ws, pid, year, month, person)
            absences.write(ws, pid, path, absences.csv_bytes(report))
            return path

        run_op(
            self,
            write,
            lambda saved: self._saved(self.tr("Die Fehlzeiten wurden gespeichert: {name}"), saved),
        )
