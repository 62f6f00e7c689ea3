"""Teilnahmebescheinigungen of a project: choose the people, then one PDF or one file each.

The list comes from ``printing.certificate_candidates``: everyone who reached the minimum
attendance (Einstellungen → Drucken) is ticked; the others are shown greyed with the
reason and can still be ticked by hand. "Ein PDF für alle" previews, prints or saves one
document; "Einzelne Dateien in Ordner…" writes one file per person into a folder the
coach chooses, with a progress dialog that can cancel between two files (the files
written so far are complete and stay). A summary says what was written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import printing
from gemeinsam_desktop.services.roster import list_projects
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages, print_jobs
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import run_blocking, run_op
from gemeinsam_desktop.ui.widgets.print_buttons import (
    BuildProgress,
    PrintButton,
    PrintCancelledError,
)

NAME, SESSIONS, HOURS, NOTE = range(4)
Loaded = tuple[str, list[printing.CertificateCandidate], printing.CertificateSettings]


class CertificatesDialog(QDialog):
    """Choose participants of one project and print or save their certificates."""

    def __init__(self, ws: Workspace, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.project_id = ws, project_id
        self.setObjectName("certificatesDialog")
        self.setWindowTitle(self.tr("Teilnahmebescheinigungen"))
        self.resize(720, 620)
        self.setMinimumSize(560, 420)
        self.project_name = ""
        self.candidates: list[printing.CertificateCandidate] = []
        self.written: list[Path] = []  # the files of the last "Einzelne Dateien" run

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.intro = QLabel()
        self.intro.setObjectName("certificatesIntro")
        self.intro.setWordWrap(True)
        self.intro.setProperty("hint", True)
        layout.addWidget(self.intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("candidateList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 4px 6px; }")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Termine"), self.tr("Stunden"), self.tr("Hinweis")]
        )
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME, 240)
        for column in (SESSIONS, HOURS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._update_count)
        layout.addWidget(self.tree, 1)

        choose = QHBoxLayout()
        self.all_button = QPushButton(self.tr("&Alle auswählen"))
        self.all_button.setObjectName("selectAllButton")
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button = QPushButton(self.tr("&Keine auswählen"))
        self.none_button.setObjectName("selectNoneButton")
        self.none_button.clicked.connect(lambda: self.set_all(False))
        self.count_label = QLabel()
        self.count_label.setObjectName("selectedCount")
        self.count_label.setProperty("hint", True)
        for widget in (self.all_button, self.none_button):
            widget.setAutoDefault(False)
            choose.addWidget(widget)
        choose.addSpacing(8)
        choose.addWidget(self.count_label, 1)
        layout.addLayout(choose)

        buttons = QHBoxLayout()
        self.one_pdf = PrintButton(
            self.tr("Ein PDF für alle"),
            lambda: (
                print_jobs.certificates_job(ws, self.selected_ids(), self.project_name)
                if self.selected_ids()
                else None
            ),
            shortcuts=True,
        )
        self.one_pdf.setObjectName("onePdfButton")
        self.files_button = QPushButton(
            icon("folder-open"), self.tr("Einzelne &Dateien in Ordner…")
        )
        self.files_button.setObjectName("filesButton")
        self.files_button.setToolTip(self.tr("Eine PDF-Datei je Person in einen Ordner speichern"))
        self.files_button.setAutoDefault(False)
        self.files_button.clicked.connect(lambda: self.save_files())
        close = QPushButton(self.tr("Schließen"))
        close.setObjectName("closeButton")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons.addWidget(self.one_pdf)
        buttons.addWidget(self.files_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        try:
            loaded = run_blocking(self._load)
        except KnownError as exc:
            self.intro.setText(error_text(exc))
            loaded = None
        if loaded is not None:
            self.show_loaded(loaded)
        self._update_count()

    # -- loading ---------------------------------------------------------------------
    def _load(self) -> Loaded:
        ws, pid = self.ws, self.project_id
        names = {p.id: p.name for p in list_projects(ws)}
        return (
            names.get(pid, ""),
            printing.certificate_candidates(ws, pid),
            printing.load_certificate_settings(ws),
        )

    def show_loaded(self, loaded: Loaded) -> None:
        self.project_name, self.candidates, settings = loaded
        minimum = settings.min_sessions
        if self.project_name:
            self.setWindowTitle(
                self.tr("Teilnahmebescheinigungen – {project}").format(project=self.project_name)
            )
        self.intro.setText(
            self.tr(
                "Ausgewählt sind alle, die mindestens %n Termin(e) besucht haben. Wer darunter "
                "liegt, steht grau in der Liste und kann von Hand ausgewählt werden. Die "
                "Mindestteilnahme ändern Sie unter Einstellungen → Drucken.",
                "",
                minimum,
            )
        )
        loc = QLocale()
        grey = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        self.tree.blockSignals(True)
        self.tree.clear()
        for candidate in self.candidates:
            item = QTreeWidgetItem(
                [
                    candidate.name,
                    loc.toString(candidate.sessions),
                    loc.toString(float(candidate.hours), "f", 1),
                    "" if candidate.eligible else self._reason(candidate.sessions, minimum),
                ]
            )
            item.setData(NAME, Qt.ItemDataRole.UserRole, candidate.participant_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                NAME, Qt.CheckState.Checked if candidate.eligible else Qt.CheckState.Unchecked
            )
            for column in (SESSIONS, HOURS):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            if not candidate.eligible:
                for column in range(4):
                    item.setForeground(column, grey)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self.intro.setText(self.tr("In diesem Projekt ist noch niemand eingetragen."))
        self._update_count()

    def _reason(self, sessions: int, minimum: int) -> str:
        if sessions == 0:
            return self.tr("noch an keinem Termin teilgenommen")
        return self.tr("unter der Mindestteilnahme (%n Termin(e))", "", minimum)

    # -- choosing --------------------------------------------------------------------
    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in found if item is not None]

    def selected_ids(self) -> list[int]:
        return [
            int(item.data(NAME, Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState(NAME) == Qt.CheckState.Checked
        ]

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.tree.blockSignals(True)
        for item in self._items():
            item.setCheckState(NAME, state)
        self.tree.blockSignals(False)
        self._update_count()

    def _update_count(self, *_args: Any) -> None:
        chosen, total = len(self.selected_ids()), self.tree.topLevelItemCount()
        self.count_label.setText(
            self.tr("{chosen} von {total} ausgewählt").format(
                chosen=QLocale().toString(chosen), total=QLocale().toString(total)
            )
        )
        for widget in (self.one_pdf, self.files_button):
            widget.setEnabled(chosen > 0)

    # -- one file per person ---------------------------------------------------------
    def choose_folder(self) -> Path | None:
        """Qt's folder dialog (tests replace this method)."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Ordner für die Teilnahmebescheinigungen"), start
        )
        return Path(chosen) if chosen else None

    def save_files(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        folder = self.choose_folder()
        if folder is None:
            return
        ws = self.ws
        progress = BuildProgress(self, self.tr("Die Teilnahmebescheinigungen werden gespeichert …"))
        self.files_button.setEnabled(False)

        def written(paths: list[Path]) -> None:
            progress.finish()
            self.written = list(paths)
            self._update_count()
            self.summary(
                self.tr("%n Teilnahmebescheinigung(en) gespeichert im Ordner:", "", len(paths))
                + f"\n{folder}"
            )

        def failed(exc: BaseException) -> bool:
            done = progress.done_count()
            progress.finish()
            self._update_count()
            if isinstance(exc, PrintCancelledError):
                self.summary(
                    self.tr(
                        "Abgebrochen. %n Bescheinigung(en) wurden vorher vollständig "
                        "gespeichert im Ordner:",
                        "",
                        done,
                    )
                    + f"\n{folder}"
                )
                return True
            return False  # run_op shows the message

        progress.start()
        run_op(
            self,
            lambda: printing.certificate_files(ws, ids, folder, progress=progress.callback),
            written,
            on_failure=failed,
        )

    def summary(self, text: str) -> None:
        messages.show_info(self, text, self.tr("Teilnahmebescheinigungen"))
