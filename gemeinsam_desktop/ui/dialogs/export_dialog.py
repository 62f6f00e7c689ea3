"""Exporting participants as a table: choose the columns, then where to save (.xlsx or .csv)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services import exporting
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.dialogs.import_dialog import field_label
from gemeinsam_desktop.ui.operations import run_op


class ExportDialog(QDialog):
    def __init__(self, ws: Workspace, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.project_id = project_id
        self.count: int | None = None
        self.path: Path | None = None
        self._busy = False
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Teilnehmende exportieren"))
        self.setMinimumWidth(640)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        intro = QLabel(
            self.tr(
                "Die Liste enthält persönliche Daten. Speichern Sie sie nur dort, wo niemand "
                "sonst sie lesen kann, und löschen Sie sie, wenn sie nicht mehr gebraucht wird."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("hint", True)
        layout.addWidget(intro)

        box = QGroupBox(self.tr("Spalten"))
        grid = QGridLayout(box)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        self.checks: dict[str, QCheckBox] = {}
        per_column = (len(exporting.EXPORT_COLUMNS) + 2) // 3
        for index, (key, _header) in enumerate(exporting.EXPORT_COLUMNS):
            check = QCheckBox(field_label(key))
            check.setObjectName(f"column_{key}")
            check.setChecked(True)
            check.toggled.connect(self._update_button)
            self.checks[key] = check
            grid.addWidget(check, index % per_column, index // per_column)
        layout.addWidget(box)

        quick = QHBoxLayout()
        all_on = QPushButton(self.tr("&Alle"))
        all_on.setObjectName("allColumns")
        all_on.clicked.connect(lambda: self._check_all(True))
        names_only = QPushButton(self.tr("Nur &Namen und Kontakt"))
        names_only.setObjectName("contactColumns")
        names_only.clicked.connect(self._contact_only)
        for button in (all_on, names_only):
            button.setAutoDefault(False)
            quick.addWidget(button)
        quick.addStretch(1)
        layout.addLayout(quick)

        hint = QLabel(
            self.tr(
                "Excel-Arbeitsmappe (.xlsx) oder CSV für Excel (.csv): Sie wählen beim Speichern."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        layout.addWidget(hint)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Speichern unter …"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("exportButton")
        self.save_button.setProperty("primary", True)
        cancel = self.buttons.addButton(
            self.tr("Abbrechen"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setAutoDefault(False)
        self.save_button.clicked.connect(self.choose_and_export)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def selected_columns(self) -> list[str]:
        return [key for key, check in self.checks.items() if check.isChecked()]

    def _check_all(self, on: bool) -> None:
        for check in self.checks.values():
            check.setChecked(on)

    def _contact_only(self) -> None:
        wanted = {"last_name", "first_name", "phone", "email", "street", "postal_code", "city"}
        for key, check in self.checks.items():
            check.setChecked(key in wanted)

    def _update_button(self) -> None:
        self.save_button.setEnabled(bool(self.selected_columns()) and not self._busy)

    def choose_and_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"teilnehmende-{dt.date.today():%Y-%m-%d}.xlsx"
        xlsx_filter = self.tr("Excel-Arbeitsmappe (*.xlsx)")
        csv_filter = self.tr("CSV für Excel (*.csv)")
        chosen, selected = QFileDialog.getSaveFileName(
            self,
            self.tr("Teilnehmende speichern"),
            str(suggested),
            f"{xlsx_filter};;{csv_filter}",
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_name(path.name + (".csv" if selected == csv_filter else ".xlsx"))
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        columns = self.selected_columns()
        self._busy = True
        self._update_button()
        run_op(
            self,
            lambda: exporting.export_participants(self.ws, self.project_id, path, columns),
            lambda count: self._exported(path, count),
            on_failure=self._failed,
        )

    def _failed(self, _exc: BaseException) -> bool:
        self._busy = False
        self._update_button()
        return False  # messages.show_error explains it

    def _exported(self, path: Path, count: int) -> None:
        self._busy = False
        self.count, self.path = count, path
        messages.show_info(
            self.parentWidget(),
            self.tr("%n Teilnehmende gespeichert in {path}.", "", count).format(path=str(path)),
            self.tr("Export abgeschlossen"),
        )
        self.accept()
