"""Importing employers from a table: choose a file, see every row, then import.

The columns are recognised by their headers (``employer_import.guess_columns``), so there
is no column mapping here; the rows are shown with the participant import's preview model.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services import employer_import
from gemeinsam_desktop.services.employer_import import EmployerImportResult, EmployerPreview
from gemeinsam_desktop.services.importing import RowState
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.dialogs.import_dialog import (
    PreviewModel,
    add_preview_and_buttons,
    choose_table_file,
)
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.operations import run_op


class EmployerPreviewModel(PreviewModel):
    """The participant import's preview, fed with employer rows ("wird ergänzt" as well)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.updates: list[bool] = []

    def show_employers(self, preview: EmployerPreview) -> None:
        self.beginResetModel()
        self.headers = list(preview.headers)
        self.lines = [r.line for r in preview.rows]
        self.cells = [r.cells for r in preview.rows]
        self.states = [r.state for r in preview.rows]
        self.reasons = [[error_text(e) for e in r.errors] for r in preview.rows]
        self.updates = [r.updates for r in preview.rows]
        self.endResetModel()

    # Qt takes the translation context from the object's class, so the texts of the base
    # class are given here again under this class's name.
    def status_text(self, row: int) -> str:
        state = self.states[row]
        if row < len(self.updates) and self.updates[row]:
            return self.tr("wird ergänzt")
        if state is RowState.READY:
            return self.tr("OK")
        if state is RowState.EXISTING:
            return self.tr("bereits vorhanden")
        if state is RowState.INVALID:
            return " · ".join(self.reasons[row])
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return self.tr("Zeile")
            if section == 1:
                return self.tr("Status")
        return super().headerData(section, orientation, role)


class EmployerImportDialog(QDialog):
    # built by add_preview_and_buttons
    view: QTableView
    skip_invalid: QCheckBox
    buttons: QDialogButtonBox
    import_button: QPushButton

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.preview: EmployerPreview | None = None
        self.result_: EmployerImportResult | None = None
        self._busy = False
        self.setObjectName("employerImportDialog")
        self.setWindowTitle(self.tr("Arbeitgeber importieren"))
        self.resize(960, 600)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        intro = QLabel(
            self.tr(
                "Wählen Sie eine Tabelle (CSV oder Excel) mit den Spalten Name, Branche, Adresse "
                "und Angebote (z. B. „Betriebsbesichtigung; Praktikum; Fragerunde“). Sie sehen "
                "jede Zeile, bevor etwas gespeichert wird. Bekannte Arbeitgeber werden nicht "
                "doppelt angelegt, nur ergänzt."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("hint", True)
        layout.addWidget(intro)
        file_row = QHBoxLayout()
        self.file_label = QLabel(self.tr("Noch keine Datei gewählt."))
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(self.tr("Datei &wählen …"))
        self.choose_button.setObjectName("chooseImportFile")
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.model = EmployerPreviewModel(self)
        add_preview_and_buttons(self, layout)

    def choose_file(self) -> None:
        chosen = choose_table_file(self)
        if chosen is not None:
            self.load(chosen)

    def load(self, path: Path) -> None:
        self.file_label.setText(path.name)
        self.summary.setText(self.tr("Die Zeilen werden geprüft …"))
        self._set_busy(True)
        run_op(
            self,
            lambda: employer_import.preview(path, ws=self.ws),
            self._show_preview,
            on_failure=self._failed,
        )

    def _failed(self, _exc: BaseException) -> bool:
        self._set_busy(False)
        self.preview = None
        self.model.show_table(None)
        self.summary.setText(self.tr("Diese Datei lässt sich nicht importieren."))
        return False  # the message box says why

    def _show_preview(self, preview: EmployerPreview) -> None:
        self._set_busy(False)
        self.preview = preview
        self.model.show_employers(preview)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for section in range(self.model.columnCount()):
            header.resizeSection(section, min(header.sectionSize(section), 320))
        new = preview.ready - preview.updates
        self.summary.setText(
            ", ".join(
                (
                    self.tr("%n neu", "", new),
                    self.tr("%n werden ergänzt", "", preview.updates),
                    self.tr("%n fehlerhaft", "", preview.invalid),
                    self.tr("%n bereits vorhanden", "", preview.existing),
                )
            )
        )
        self._update_button()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_button()

    def _update_button(self) -> None:
        p = self.preview
        self.import_button.setEnabled(
            p is not None
            and not self._busy
            and p.ready > 0
            and (p.invalid == 0 or self.skip_invalid.isChecked())
        )

    def start_import(self) -> None:
        preview = self.preview
        if preview is None or not self.import_button.isEnabled():
            return
        skip = self.skip_invalid.isChecked()
        self._set_busy(True)
        run_op(
            self,
            lambda: employer_import.import_rows(self.ws, preview, skip_invalid=skip),
            self._imported,
            on_failure=self._failed_import,
            changes=frozenset({"employers"}),
        )

    def _failed_import(self, _exc: BaseException) -> bool:
        self._set_busy(False)
        return False

    def _imported(self, result: EmployerImportResult) -> None:
        self._set_busy(False)
        self.result_ = result
        text = self.tr("%n Arbeitgeber neu angelegt.", "", result.created)
        if result.updated:
            text += " " + self.tr("%n ergänzt.", "", result.updated)
        if result.unchanged:
            text += " " + self.tr("%n bereits vorhanden (übersprungen).", "", result.unchanged)
        if result.invalid:
            text += " " + self.tr("%n fehlerhafte Zeilen übersprungen.", "", result.invalid)
        messages.show_info(self.parentWidget(), text, self.tr("Import abgeschlossen"))
        self.accept()
