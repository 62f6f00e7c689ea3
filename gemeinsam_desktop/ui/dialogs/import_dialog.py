"""Importing participants from a table: choose a file, check the columns, see every row.

Nothing is written before "Importieren": reading the file and checking its rows is a
preview (``services.importing.preview``) that runs again whenever a column is re-assigned.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.services import importing
from gemeinsam_desktop.services.importing import (
    FIELD_LABELS,
    ColumnMapping,
    ImportPreview,
    ImportResult,
    RowState,
    Table,
)
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages, theme
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.operations import run_op

if TYPE_CHECKING:
    from gemeinsam_desktop.ui.dialogs.employer_import_dialog import EmployerImportDialog

_Index = QModelIndex | QPersistentModelIndex


def field_label(key: str) -> str:
    return QCoreApplication.translate("fields", FIELD_LABELS[key])


class PreviewModel(QAbstractTableModel):
    """The file's rows: line, status (OK, bereits vorhanden, or the reasons), the cells."""

    FIXED = 2  # "Zeile" and "Status" come before the file's own columns

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.lines: list[int] = []
        self.cells: list[list[str]] = []
        self.states: list[RowState | None] = []
        self.reasons: list[list[str]] = []

    def show_table(self, table: Table | None) -> None:
        """Raw rows without a verdict (while a required column is unassigned)."""
        self.beginResetModel()
        self.headers = list(table.headers) if table else []
        rows = table.rows if table else []
        self.lines = [line for line, _cells in rows]
        self.cells = [[importing.display_value(v) for v in cells] for _line, cells in rows]
        self.states = [None] * len(rows)
        self.reasons = [[] for _ in rows]
        self.endResetModel()

    def show_preview(self, preview: ImportPreview) -> None:
        self.beginResetModel()
        self.headers = list(preview.headers)
        self.lines = [r.line for r in preview.rows]
        self.cells = [r.cells for r in preview.rows]
        self.states = [r.state for r in preview.rows]
        self.reasons = [[error_text(e) for e in r.errors] for r in preview.rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(self.headers)

    def status_text(self, row: int) -> str:
        state = self.states[row]
        if state is RowState.READY:
            return self.tr("OK")
        if state is RowState.EXISTING:
            return self.tr("bereits vorhanden")
        if state is RowState.INVALID:
            return " · ".join(self.reasons[row])
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(self.lines[row])
            if column == 1:
                text = self.status_text(row)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return "\n".join(self.reasons[row]) or text
                return text
            cells = self.cells[row]
            cell = cells[column - self.FIXED] if column - self.FIXED < len(cells) else ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return cell if len(cell) > 40 else None
            return cell if len(cell) <= 80 else cell[:80] + "…"
        if role == Qt.ItemDataRole.BackgroundRole:
            state = self.states[row]
            if state is RowState.INVALID:
                tint = QColor(theme.colors().danger)
                tint.setAlpha(48)
                return tint
            if state is RowState.EXISTING:
                return QColor(theme.colors().alternate)
        if role == Qt.ItemDataRole.ForegroundRole and self.states[row] is RowState.EXISTING:
            return QColor(theme.colors().muted)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Zeile")
        if section == 1:
            return self.tr("Status")
        if 0 <= section - self.FIXED < len(self.headers):
            return self.headers[section - self.FIXED]
        return None


def choose_table_file(parent: QWidget) -> Path | None:
    """Ask for a CSV or Excel file to import, starting in the documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportDialog", "Tabelle öffnen"),
        folder,
        QCoreApplication.translate("ImportDialog", "Tabellen (*.csv *.xlsx)"),
    )
    return Path(chosen) if chosen else None


def add_preview_and_buttons(
    dialog: ImportDialog | EmployerImportDialog, layout: QVBoxLayout
) -> None:
    """The lower half every import dialog shares: the row preview of ``dialog.model``,
    "Fehlerhafte Zeilen überspringen" and Importieren / Abbrechen."""
    dialog.view = QTableView()
    dialog.view.setObjectName("importPreview")
    dialog.view.setModel(dialog.model)
    dialog.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    dialog.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    dialog.view.verticalHeader().setVisible(False)
    dialog.view.setWordWrap(False)
    dialog.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    dialog.view.horizontalHeader().setStretchLastSection(True)
    layout.addWidget(dialog.view, 1)

    dialog.skip_invalid = QCheckBox(
        QCoreApplication.translate("ImportDialog", "Fehlerhafte Zeilen &überspringen")
    )
    dialog.skip_invalid.setObjectName("skipInvalid")
    dialog.skip_invalid.toggled.connect(dialog._update_button)
    layout.addWidget(dialog.skip_invalid)

    dialog.buttons = QDialogButtonBox()
    dialog.import_button = dialog.buttons.addButton(
        QCoreApplication.translate("ImportDialog", "&Importieren"),
        QDialogButtonBox.ButtonRole.AcceptRole,
    )
    dialog.import_button.setObjectName("importButton")
    dialog.import_button.setProperty("primary", True)
    dialog.import_button.setEnabled(False)
    cancel = dialog.buttons.addButton(
        QCoreApplication.translate("ImportDialog", "Abbrechen"),
        QDialogButtonBox.ButtonRole.RejectRole,
    )
    cancel.setAutoDefault(False)
    dialog.import_button.clicked.connect(dialog.start_import)
    cancel.clicked.connect(dialog.reject)
    layout.addWidget(dialog.buttons)


class ImportDialog(QDialog):
    # built by add_preview_and_buttons
    view: QTableView
    skip_invalid: QCheckBox
    buttons: QDialogButtonBox
    import_button: QPushButton

    def __init__(self, ws: Workspace, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.project_id = project_id
        self.table: Table | None = None
        self.mapping: ColumnMapping | None = None
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self._generation = 0
        self._busy = False
        self.combos: list[QComboBox] = []
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Teilnehmende importieren"))
        self.resize(1040, 720)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        intro = QLabel(
            self.tr(
                "Wählen Sie eine Tabelle (CSV oder Excel). Sie sehen jede Zeile, bevor etwas "
                "gespeichert wird. Personen, die es schon gibt, werden übersprungen."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("hint", True)
        layout.addWidget(intro)

        file_row = QHBoxLayout()
        self.file_label = QLabel(self.tr("Noch keine Datei gewählt."))
        self.file_label.setObjectName("importFileName")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(self.tr("Datei &wählen …"))
        self.choose_button.setObjectName("chooseImportFile")
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)

        self.mapping_box = QGroupBox(self.tr("Spalten zuordnen"))
        self.mapping_box.setObjectName("columnMapping")
        box_layout = QVBoxLayout(self.mapping_box)
        box_layout.setContentsMargins(14, 10, 14, 10)
        self.mapping_grid = QGridLayout()
        self.mapping_grid.setHorizontalSpacing(12)
        self.mapping_grid.setVerticalSpacing(8)
        grid_holder = QWidget()
        grid_holder.setLayout(self.mapping_grid)
        scroll = QScrollArea()
        scroll.setWidget(grid_holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMaximumHeight(200)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        mapping_hint = QLabel(
            self.tr("Links steht die Überschrift aus der Datei, rechts das Feld, in das sie kommt.")
        )
        mapping_hint.setProperty("hint", True)
        mapping_hint.setWordWrap(True)
        box_layout.addWidget(mapping_hint)
        box_layout.addWidget(scroll)
        self.mapping_box.setVisible(False)
        layout.addWidget(self.mapping_box)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)

        self.model = PreviewModel(self)
        add_preview_and_buttons(self, layout)

    # -- choosing and reading ----------------------------------------------------------
    def choose_file(self) -> None:
        chosen = choose_table_file(self)
        if chosen is not None:
            self.load(chosen)

    def load(self, path: Path) -> None:
        self.file_label.setText(path.name)
        self.summary.setText(self.tr("Die Datei wird gelesen …"))
        self._set_busy(True)
        run_op(
            self,
            lambda: importing.read_table(path),
            self._table_read,
            on_failure=self._read_failed,
        )

    def _read_failed(self, exc: BaseException) -> bool:
        self._set_busy(False)
        self.table = self.mapping = self.preview = None
        self.model.show_table(None)
        self.mapping_box.setVisible(False)
        self.summary.setText(self.tr("Diese Datei lässt sich nicht importieren."))
        self._update_button()
        return False  # the message box says why

    def _table_read(self, table: Table) -> None:
        self._set_busy(False)
        self.table = table
        self.mapping = ColumnMapping.guess(table.headers)
        self._build_combos()
        self.refresh()

    def _build_combos(self) -> None:
        assert self.mapping is not None
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = []
        per_row = 2
        for column, header in enumerate(self.mapping.headers):
            label = QLabel(header or self.tr("Spalte {number}").format(number=column + 1))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            combo = QComboBox()
            combo.setObjectName(f"mapping{column}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(19)
            combo.addItem(self.tr("– nicht übernehmen –"), None)
            for key in FIELD_LABELS:
                combo.addItem(field_label(key), key)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_changed(c))
            self.combos.append(combo)
            grid_row, pair = divmod(column, per_row)
            self.mapping_grid.addWidget(label, grid_row, pair * 2)
            self.mapping_grid.addWidget(combo, grid_row, pair * 2 + 1)
        for pair in range(per_row):
            self.mapping_grid.setColumnStretch(pair * 2 + 1, 1)
        self._sync_combos()
        self.mapping_box.setVisible(True)

    def _sync_combos(self) -> None:
        assert self.mapping is not None
        for combo, key in zip(self.combos, self.mapping.fields, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(key)))
            combo.blockSignals(False)

    def set_mapping(self, column: int, field_key: str | None) -> None:
        """What choosing in a column's combo does (also for tests and scripting)."""
        self.combos[column].setCurrentIndex(max(0, self.combos[column].findData(field_key)))

    def _mapping_changed(self, column: int) -> None:
        if self.mapping is None:
            return
        self.mapping.assign(column, self.combos[column].currentData())
        self._sync_combos()
        self.refresh()

    # -- the preview ----------------------------------------------------------------------
    def refresh(self) -> None:
        if self.table is None or self.mapping is None:
            return
        self._generation += 1
        self.preview = None
        if self.mapping.missing():
            self.model.show_table(self.table)
            missing = ", ".join(f"„{field_label(k)}“" for k in self.mapping.missing())
            self.summary.setText(
                self.tr(
                    "Keine Spalte ist als {fields} zugeordnet. Bitte wählen Sie oben, welche "
                    "Spalte den Nachnamen enthält."
                ).format(fields=missing)
            )
            self._update_button()
            return
        generation = self._generation
        table, mapping = self.table, self.mapping.copy()
        self.summary.setText(self.tr("Die Zeilen werden geprüft …"))
        self._set_busy(True)
        run_op(
            self,
            lambda: importing.preview(table, mapping, project_id=self.project_id, ws=self.ws),
            lambda result: self._show_preview(result, generation),
            on_failure=self._op_failed,
        )

    def _op_failed(self, _exc: BaseException) -> bool:
        self._set_busy(False)
        return False  # the message box says why

    def _show_preview(self, preview: ImportPreview, generation: int) -> None:
        if generation != self._generation:
            return  # a newer mapping is being checked
        self._set_busy(False)
        self.preview = preview
        self.model.show_preview(preview)
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for section in range(self.model.columnCount()):
            header.resizeSection(section, min(header.sectionSize(section), 320))
        self.summary.setText(self.summary_text(preview))
        self._update_button()

    def summary_text(self, preview: ImportPreview) -> str:
        return ", ".join(
            (
                self.tr("%n Zeilen bereit", "", preview.ready),
                self.tr("%n fehlerhaft", "", preview.invalid),
                self.tr("%n bereits vorhanden", "", preview.existing),
            )
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_button()

    def _update_button(self) -> None:
        p = self.preview
        ready = (
            p is not None
            and not self._busy
            and p.ready > 0
            and (p.invalid == 0 or self.skip_invalid.isChecked())
        )
        self.import_button.setEnabled(ready)

    # -- importing ----------------------------------------------------------------------
    def start_import(self) -> None:
        preview = self.preview
        if preview is None or not self.import_button.isEnabled():
            return
        skip = self.skip_invalid.isChecked()
        self._set_busy(True)
        run_op(
            self,
            lambda: importing.import_rows(self.ws, preview, skip_invalid=skip),
            self._imported,
            on_failure=self._op_failed,
            changes=frozenset({"participants"}),
        )

    def _imported(self, result: ImportResult) -> None:
        self._set_busy(False)
        self.import_result = result
        text = self.tr("%n Teilnehmende importiert.", "", result.imported)
        if result.skipped_existing:
            text += " " + self.tr(
                "%n bereits vorhanden (übersprungen).", "", result.skipped_existing
            )
        if result.invalid:
            text += " " + self.tr("%n fehlerhafte Zeilen übersprungen.", "", result.invalid)
        messages.show_info(self.parentWidget(), text, self.tr("Import abgeschlossen"))
        self.accept()
