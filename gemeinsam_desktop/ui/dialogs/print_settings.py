"""Einstellungen → Drucken: certificate wording, minimum attendance, sign-in sheet, logos.

The wording of the Teilnahmebescheinigung is a template with placeholders in braces; a
click on a placeholder inserts it at the cursor, the text is checked while typing
(``printing.validate_certificate_template``), "Vorschau mit Beispieldaten" shows it filled
with a fictional person, "Standardtext wiederherstellen" puts the default back (one undo
step away). Saving runs on the worker and checks before it writes: an invalid template
or an unreadable logo is named in the dialog and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.printing.certificate_text import PLACEHOLDERS
from gemeinsam_desktop.services import printing
from gemeinsam_desktop.services.certificates import MAX_MIN_SESSIONS
from gemeinsam_desktop.services.printing import CertificateSettings, SigninOptions
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import theme
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import run_blocking, run_op
from gemeinsam_desktop.ui.widgets.print_buttons import PrintJob, Progress, run_job

TAB_CERTIFICATE, TAB_SIGNIN, TAB_LOGOS = range(3)
LEFT, RIGHT = 0, 1
THUMB_W, THUMB_H = 160, 72
TEXT_LIMIT = 80  # place and signature labels (services.certificates checks the same)


@dataclass(frozen=True)
class PrintSettings:
    certificate: CertificateSettings
    signin: SigninOptions
    logos: tuple[Path | None, Path | None]


def load_print_settings(ws: Workspace) -> PrintSettings:
    return PrintSettings(
        printing.load_certificate_settings(ws),
        printing.load_signin_options(ws),
        printing.load_logo_paths(ws),
    )


def save_print_settings(
    ws: Workspace,
    new: PrintSettings,
    old: PrintSettings,
    step: Callable[[int], None] = lambda _tab: None,
) -> None:
    """On the worker: check first, then store what changed (nothing when a check fails).

    ``step(tab)`` names the tab whose settings are being checked or stored, so that a
    failure can show that tab. The limits of the other fields are kept by the widgets.
    """
    step(TAB_CERTIFICATE)
    printing.validate_certificate_template(new.certificate.template)
    if new.logos != old.logos:
        step(TAB_LOGOS)
        printing.save_logo_paths(ws, *new.logos)  # refuses an unreadable image, stores nothing
    if new.certificate != old.certificate:
        step(TAB_CERTIFICATE)
        printing.save_certificate_settings(ws, new.certificate)
    if new.signin != old.signin:
        step(TAB_SIGNIN)
        printing.save_signin_options(ws, new.signin)


class PrintSettingsDialog(QDialog):
    """The "Drucken" settings; Accepted when saved."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("printSettingsDialog")
        self.setWindowTitle(self.tr("Druckeinstellungen"))
        self.resize(900, 660)
        self.setMinimumSize(720, 540)
        self.original = run_blocking(lambda: load_print_settings(ws))
        self.logos: list[Path | None] = list(self.original.logos)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._certificate_tab(), self.tr("Teilnahmebescheinigung"))
        self.tabs.addTab(self._signin_tab(), self.tr("Anwesenheitsliste"))
        self.tabs.addTab(self._logos_tab(), self.tr("Logos"))
        layout.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {self._danger()}; font-weight: 600;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Speichern"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill(self.original)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(200)
        self._check_timer.timeout.connect(self.check_template)
        self.template.textChanged.connect(self._check_timer.start)
        self.check_template()

    @staticmethod
    def _danger() -> str:
        return "#ff9b8f" if theme.is_dark() else theme.colors().danger

    # -- building --------------------------------------------------------------------
    def _certificate_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(16, 14, 16, 14)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        wording = QLabel(self.tr("&Wortlaut:"))
        self.template = QPlainTextEdit()
        self.template.setObjectName("templateEdit")
        self.template.setTabChangesFocus(True)
        self.template.setMinimumHeight(170)
        wording.setBuddy(self.template)
        self.template_state = QLabel()
        self.template_state.setObjectName("templateState")
        self.template_state.setWordWrap(True)
        self.template_state.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_button = QPushButton(icon("eye"), self.tr("&Vorschau mit Beispieldaten"))
        self.preview_button.setObjectName("samplePreviewButton")
        self.preview_button.setAutoDefault(False)
        self.preview_button.clicked.connect(self.preview_sample)
        self.default_button = QPushButton(icon("undo-2"), self.tr("Standardtext &wiederherstellen"))
        self.default_button.setObjectName("restoreDefaultButton")
        self.default_button.setAutoDefault(False)
        self.default_button.clicked.connect(self.restore_default)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.default_button)
        actions.addStretch(1)

        places = QLabel(self.tr("&Platzhalter (Klick fügt ein):"))
        self.placeholders = QListWidget()
        self.placeholders.setObjectName("placeholderList")
        self.placeholders.setWordWrap(True)
        self.placeholders.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        places.setBuddy(self.placeholders)
        descriptions = self._placeholder_texts()
        for key, fallback in PLACEHOLDERS.items():
            item = QListWidgetItem(f"{{{key}}}  –  {descriptions.get(key, fallback)}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(self.tr("Fügt {{{key}}} an der Schreibmarke ein").format(key=key))
            self.placeholders.addItem(item)
        self.placeholders.itemClicked.connect(self._insert_placeholder)
        self.placeholders.itemActivated.connect(self._insert_placeholder)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        self.min_sessions = QSpinBox()
        self.min_sessions.setObjectName("minSessionsSpin")
        self.min_sessions.setRange(1, MAX_MIN_SESSIONS)
        self.min_sessions.setFixedWidth(96)
        minimum = QHBoxLayout()
        minimum.setSpacing(10)
        minimum.addWidget(self.min_sessions)
        minimum.addWidget(
            self._hint(
                self.tr(
                    "besuchte Termine – wer weniger hat, wird bei den Bescheinigungen nicht "
                    "vorausgewählt"
                )
            ),
            1,
        )
        self.place = self._line("placeEdit", self.tr("z. B. Wetzlar"))
        self.coach_label = self._line("coachLabelEdit", self.tr("z. B. Coach"))
        self.lead_label = self._line("leadLabelEdit", self.tr("z. B. Projektleitung"))
        form.addRow(self._buddy(self.tr("&Mindestteilnahme:"), self.min_sessions), minimum)
        form.addRow(self.tr("&Ort über den Unterschriften:"), self.place)
        form.addRow(self.tr("Unterschrift &links:"), self.coach_label)
        form.addRow(self.tr("Unterschrift &rechts:"), self.lead_label)

        grid.addWidget(wording, 0, 0)
        grid.addWidget(places, 0, 1)
        grid.addWidget(self.template, 1, 0)
        grid.addWidget(self.placeholders, 1, 1, 3, 1)
        grid.addWidget(self.template_state, 2, 0)
        grid.addLayout(actions, 3, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 4, 0, 1, 2)
        grid.addLayout(form, 5, 0, 1, 2)
        grid.setRowStretch(1, 1)
        return page

    def _placeholder_texts(self) -> dict[str, str]:
        """What each placeholder stands for, in the UI language."""
        return {
            "anrede": self.tr("Frau, Herr oder nichts (wie im Datensatz)"),
            "name": self.tr("Vor- und Nachname"),
            "vorname": self.tr("Vorname"),
            "nachname": self.tr("Nachname"),
            "geburtsdatum": self.tr("Geburtsdatum (TT.MM.JJJJ)"),
            "von": self.tr("erster Tag der Teilnahme"),
            "bis": self.tr("letzter Tag der Teilnahme"),
            "projekt": self.tr("Name des Projekts"),
            "anzahl_termine": self.tr("Zahl der besuchten Termine"),
            "termine": self.tr("„1 Termin“ oder „12 Termine“"),
            "stunden": self.tr("Stunden der besuchten Termine"),
        }

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(TEXT_LIMIT)
        edit.setMaximumWidth(380)
        edit.setPlaceholderText(placeholder)
        return edit

    def _signin_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        form = QFormLayout()
        form.setHorizontalSpacing(12)
        self.blank_rows = QSpinBox()
        self.blank_rows.setObjectName("blankRowsSpin")
        self.blank_rows.setRange(0, printing.MAX_BLANK_ROWS)
        self.blank_rows.setSuffix(self.tr(" Zeilen"))
        self.blank_rows.setFixedWidth(120)
        self.times = QCheckBox(self.tr("Spalten für &Ankunft und Gehen"))
        self.times.setObjectName("arrivalLeavingCheck")
        form.addRow(self.tr("&Leere Zeilen für Spontane:"), self.blank_rows)
        form.addRow("", self.times)
        layout.addLayout(form)
        layout.addWidget(
            self._hint(
                self.tr(
                    "Die Anwesenheitsliste nennt die angemeldeten Teilnehmenden mit Nachname "
                    "und Vorname, darunter leere Zeilen für alle, die spontan kommen. Mit den "
                    "Spalten für Ankunft und Gehen tragen Teilnehmende die Uhrzeiten selbst ein."
                )
            )
        )
        layout.addStretch(1)
        return page

    def _logos_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)
        layout.addWidget(
            self._hint(
                self.tr(
                    "Die Logos stehen oben links und oben rechts auf jeder Seite der "
                    "Anwesenheitslisten, Betreuungslisten und Bescheinigungen, z. B. das "
                    "Logo des Trägers und das des Förderprogramms. Erlaubt sind PNG- und "
                    "JPEG-Dateien. Sie werden beim Drucken von ihrem Ort gelesen, also "
                    "lassen Sie die Datei dort liegen."
                )
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(2, 1)
        self.thumbs: list[QLabel] = []
        self.logo_names: list[QLabel] = []
        self.remove_buttons: list[QPushButton] = []
        for side, text in ((LEFT, self.tr("Logo links:")), (RIGHT, self.tr("Logo rechts:"))):
            thumb = QLabel()
            thumb.setObjectName(f"logoThumb{side}")
            thumb.setFixedSize(THUMB_W, THUMB_H)
            thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
            thumb.setFrameShape(QFrame.Shape.StyledPanel)
            name = QLabel()
            name.setObjectName(f"logoName{side}")
            name.setWordWrap(True)
            name.setTextFormat(Qt.TextFormat.PlainText)
            choose = QPushButton(icon("folder-open"), self.tr("Auswählen…"))
            choose.setObjectName(f"chooseLogo{side}")
            choose.setAutoDefault(False)
            choose.clicked.connect(lambda _c=False, s=side: self.choose_logo(s))
            remove = QPushButton(icon("x"), self.tr("Entfernen"))
            remove.setObjectName(f"removeLogo{side}")
            remove.setAutoDefault(False)
            remove.clicked.connect(lambda _c=False, s=side: self.set_logo(s, None))
            buttons = QHBoxLayout()
            buttons.addWidget(choose)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            label = QLabel(text)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            column = QVBoxLayout()
            column.addWidget(name)
            column.addLayout(buttons)
            column.addStretch(1)
            grid.addWidget(label, side, 0)
            grid.addWidget(thumb, side, 1)
            grid.addLayout(column, side, 2)
            self.thumbs.append(thumb)
            self.logo_names.append(name)
            self.remove_buttons.append(remove)
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("hint", True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # -- showing and reading ---------------------------------------------------------
    def _fill(self, settings: PrintSettings) -> None:
        cert = settings.certificate
        self.template.setPlainText(cert.template)
        self.min_sessions.setValue(cert.min_sessions)
        self.place.setText(cert.place)
        self.coach_label.setText(cert.coach_label)
        self.lead_label.setText(cert.lead_label)
        self.blank_rows.setValue(settings.signin.blank_rows)
        self.times.setChecked(settings.signin.arrival_leaving_columns)
        for side in (LEFT, RIGHT):
            self.set_logo(side, settings.logos[side])

    def collect(self) -> PrintSettings:
        return PrintSettings(
            CertificateSettings(
                template=self.template.toPlainText(),
                min_sessions=self.min_sessions.value(),
                place=self.place.text().strip(),
                coach_label=self.coach_label.text().strip(),
                lead_label=self.lead_label.text().strip(),
            ),
            SigninOptions(
                blank_rows=self.blank_rows.value(),
                arrival_leaving_columns=self.times.isChecked(),
            ),
            (self.logos[LEFT], self.logos[RIGHT]),
        )

    # -- the template ----------------------------------------------------------------
    def check_template(self) -> bool:
        """Check the wording now; the state line says what is wrong. True when fine."""
        try:
            printing.validate_certificate_template(self.template.toPlainText())
        except KnownError as exc:
            self.template_state.setText(error_text(exc))
            self.template_state.setStyleSheet(f"color: {self._danger()}; font-weight: 600;")
            self.preview_button.setEnabled(False)
            return False
        self.template_state.setText(self.tr("✓ Der Wortlaut ist in Ordnung."))
        self.template_state.setStyleSheet("")
        self.preview_button.setEnabled(True)
        return True

    def _insert_placeholder(self, item: QListWidgetItem) -> None:
        self.template.insertPlainText("{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}")
        self.template.setFocus(Qt.FocusReason.OtherFocusReason)

    def restore_default(self) -> None:
        """The default wording, as one step the editor can undo (Strg+Z)."""
        cursor = self.template.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(printing.DEFAULT_CERTIFICATE_TEMPLATE)
        self.template.setTextCursor(cursor)
        self.template.setFocus(Qt.FocusReason.OtherFocusReason)

    def preview_sample(self) -> None:
        if not self.check_template():
            return
        ws, settings = self.ws, self.collect().certificate

        def build(_progress: Progress) -> bytes:
            return printing.certificate_sample_pdf(ws, settings)

        title = self.tr("Teilnahmebescheinigung – Beispiel")
        run_job(self, PrintJob(title, "Teilnahmebescheinigung_Beispiel.pdf", build), "preview")

    # -- logos -----------------------------------------------------------------------
    def choose_logo_file(self) -> Path | None:
        """Qt's file dialog (tests replace this method)."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo wählen"), start, self.tr("Bilder (*.png *.jpg *.jpeg)")
        )
        return Path(chosen) if chosen else None

    def choose_logo(self, side: int) -> None:
        path = self.choose_logo_file()
        if path is not None:
            self.set_logo(side, path)

    def set_logo(self, side: int, path: Path | None) -> None:
        self.logos[side] = path
        thumb, name = self.thumbs[side], self.logo_names[side]
        self.remove_buttons[side].setEnabled(path is not None)
        if path is None:
            thumb.clear()
            thumb.setText(self.tr("kein Logo"))
            name.setText("")
            return
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            thumb.clear()
            thumb.setText(self.tr("nicht lesbar"))
        else:
            thumb.setPixmap(
                pixmap.scaled(
                    THUMB_W - 8,
                    THUMB_H - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        name.setText(str(path))

    # -- saving ----------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def save(self) -> None:
        if not self.check_template():
            self.tabs.setCurrentIndex(TAB_CERTIFICATE)
            self._show_error(
                self.tr("Bitte korrigieren Sie zuerst den Wortlaut. Es wurde nichts gespeichert.")
            )
            self.template.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        ws, new, old = self.ws, self.collect(), self.original
        self.save_button.setEnabled(False)
        self._show_error("")
        at = [TAB_CERTIFICATE]  # the tab of the step under way on the worker

        def saved(_result: None) -> None:
            self.original = new
            self.accept()

        def failed(exc: BaseException) -> bool:
            self.save_button.setEnabled(True)
            if not isinstance(exc, KnownError):
                return False
            self.tabs.setCurrentIndex(at[0])
            self._show_error(error_text(exc) + " " + self.tr("Es wurde nichts gespeichert."))
            return True

        run_op(
            self,
            lambda: save_print_settings(ws, new, old, lambda tab: at.__setitem__(0, tab)),
            saved,
            on_failure=failed,
            changes=frozenset({"print_settings"}),
        )
