"""The record dialog: one participant's master data, children, status and consent.

The dialog edits a ``roster.ParticipantData`` it holds. Every edit is a command on a
``QUndoStack``: a field's command is made when its editing finishes (Enter, leaving the
field, a toggle or a choice — not per keystroke), and consecutive edits of one text field
merge into one step. Undo and redo set the value on the data and in the widget without
making a new command. Saving checks the record with ``roster.normalized`` (the reason is
shown in the dialog and the field concerned gets the focus), asks about possible duplicates
(``roster.warnings_for``) and writes it on the worker through ``run_blocking``.

Use ``edit_participant(ws, participant_id, project_id, parent)``; it shows a failed load
as a message. ``ParticipantDialog(...)`` itself raises a ``KnownError`` when the record
cannot be loaded.

The tabs "Kinder", "Anwesenheit", "Notizen", "Vereinbarungen" and "Stellen" live in
``participant_children``, ``participant_attendance``, ``participant_notes``,
``participant_agreements`` and ``participant_leads``; closing with a note still unsaved asks first; the date fields in ``ui.widgets.date_field`` (``DateField`` is
still importable from here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import roster
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import ParticipantStatus
from gemeinsam_desktop.ui import messages, print_jobs, theme
from gemeinsam_desktop.ui.dialogs.participant_agreements import AgreementsTab
from gemeinsam_desktop.ui.dialogs.participant_attendance import AttendanceTab, chip_style
from gemeinsam_desktop.ui.dialogs.participant_children import ChildrenTab
from gemeinsam_desktop.ui.dialogs.participant_leads import LeadsTab
from gemeinsam_desktop.ui.dialogs.participant_notes import NotesTab
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import status_label
from gemeinsam_desktop.ui.operations import bus, run_blocking
from gemeinsam_desktop.ui.widgets.date_field import DateField, format_date
from gemeinsam_desktop.ui.widgets.print_buttons import PrintButton

LEAVING = frozenset(
    {ParticipantStatus.ABGESCHLOSSEN, ParticipantStatus.ABGEBROCHEN, ParticipantStatus.VERMITTELT}
)
TAB_BASICS, TAB_CHILDREN, TAB_STATUS, TAB_CONSENT, TAB_ATTENDANCE = range(5)
TAB_NOTES, TAB_AGREEMENTS = 5, 6  # existing records only, like TAB_ATTENDANCE
TAB_LEADS = 7  # "Stellen": leads, placements, fitting employers (participant_leads)
CHILDREN = "children"  # the focus target of a problem with a child
TEXT_LIMITS = {
    **{key: limit for key, (limit, _label) in roster.TEXT_FIELDS.items()},
    "consent.scope": 300,
    "consent.form_version": 40,
}


@dataclass
class _Field:
    key: str  # attribute of ParticipantData, "consent.<attr>" for the consent
    label: str  # names the field in "Rückgängig: …"
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    tab: int
    merges: bool  # consecutive edits make one undo step


class _SetField(QUndoCommand):
    def __init__(self, dialog: ParticipantDialog, field: _Field, old: Any, new: Any) -> None:
        super().__init__(
            QCoreApplication.translate("ParticipantDialog", "„{field}“ ändern").format(
                field=field.label
            )
        )
        self.dialog, self.field, self.old, self.new = dialog, field, old, new
        self._id = (1000 + list(dialog.fields).index(field.key)) if field.merges else -1

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetField) or other.field.key != self.field.key:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.dialog._apply(self.field, self.new)

    def undo(self) -> None:
        self.dialog._apply(self.field, self.old)


class ParticipantDialog(QDialog):
    """Create (``participant_id=None``) or edit one participant; Accepted when saved."""

    def __init__(
        self,
        ws: Workspace,
        participant_id: int | None,
        project_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self.ws = ws
        self.saved_id: int | None = None
        if participant_id is None:
            self.data = ParticipantData(project_id=project_id)
        else:
            self.data = run_blocking(lambda: roster.load_participant(ws, participant_id))
        self._original = self.data.copy()
        self._applying = False
        self.fields: dict[str, _Field] = {}
        self.widgets: dict[str, QWidget] = {}
        self._field_of: dict[QObject, _Field] = {}
        self.undo_stack = QUndoStack(self)
        self.resize(760, 620)
        self.setMinimumSize(560, 420)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(12)
        outer.addLayout(self._build_header())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self._scrolled(self._build_basics()), self.tr("Stammdaten"))
        self.children_tab = ChildrenTab(
            self.data,
            self.undo_stack,
            show_message=self._show_message,
            reveal=lambda: self.tabs.setCurrentIndex(TAB_CHILDREN),
        )
        tab = self.children_tab  # its widgets, reachable as the dialog's own
        self.children_table = tab.children_table
        self.no_children = tab.no_children
        self.remove_child_button = tab.remove_child_button
        self.new_child_name, self.new_child_month = tab.new_child_name, tab.new_child_month
        self.new_child_care, self.new_child_notes = tab.new_child_care, tab.new_child_notes
        self.add_child_button = tab.add_child_button
        self.tabs.addTab(self.children_tab, self.tr("Kinder"))
        self.tabs.addTab(self._scrolled(self._build_status()), self.tr("Status"))
        self.tabs.addTab(self._scrolled(self._build_consent()), self.tr("Einwilligung"))
        self.attendance_tab: AttendanceTab | None = None
        self.notes_tab: NotesTab | None = None
        self.agreements_tab: AgreementsTab | None = None
        self.leads_tab: LeadsTab | None = None
        if participant_id is not None:
            self.attendance_tab = AttendanceTab(ws, participant_id, show_message=self._show_message)
            self.attendance_figures = self.attendance_tab.figures
            self.attendance_table = self.attendance_tab.table
            self.no_sessions = self.attendance_tab.no_sessions
            self.book_button = self.attendance_tab.book_button
            self.tabs.addTab(self.attendance_tab, self.tr("Anwesenheit"))
            self.attendance_tab.refresh()
            self.notes_tab = NotesTab(ws, participant_id)
            self.tabs.addTab(self.notes_tab, self.tr("Notizen"))
            self.agreements_tab = AgreementsTab(ws, participant_id)
            self.tabs.addTab(self.agreements_tab, self.tr("Vereinbarungen"))
            self.notes_tab.refresh()
            if self.notes_tab.restore_draft() is not None:
                self.tabs.setCurrentIndex(TAB_NOTES)
            self.agreements_tab.refresh()
            self.leads_tab = LeadsTab(ws, participant_id, on_status_changed=self._status_saved)
            self.tabs.addTab(self.leads_tab, self.tr("Stellen"))
            self.leads_tab.refresh()
        outer.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        danger = "#ff9b8f" if theme.is_dark() else theme.colors().danger
        self.error.setStyleSheet(f"color: {danger}; font-weight: 600;")
        self.error.hide()
        outer.addWidget(self.error)
        outer.addLayout(self._build_buttons())

        for key, field in self.fields.items():
            self._write(field, self._model(key))
        self.children_tab.refresh()
        self._refresh_header()
        self._refresh_status_fields()
        self.undo_stack.indexChanged.connect(self._refresh_modified)
        if participant_id is None:
            self.widgets["last_name"].setFocus()

    # -- building --------------------------------------------------------------------
    def _build_header(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(10)
        self.name_label = QLabel()
        self.name_label.setObjectName("pageTitle")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        self.archived_chip = QLabel(self.tr("archiviert"))
        self.archived_chip.setStyleSheet(chip_style("archiviert"))
        row.addWidget(self.name_label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.archived_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)

        shortcut = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.undo_action = QAction(icon("undo-2"), self.tr("Rückgängig"), self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(icon("redo-2"), self.tr("Wiederholen"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self._undo_keys = (shortcut, "Ctrl+Shift+Z")
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(self._refresh_undo_tips)
        self.undo_stack.redoTextChanged.connect(self._refresh_undo_tips)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton()
        self.redo_button.setObjectName("redoButton")
        self.redo_button.setDefaultAction(self.redo_action)
        for button in (self.undo_button, self.redo_button):
            button.setAutoRaise(True)
            row.addWidget(button)
        self._refresh_undo_tips()

        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.setAutoDefault(False)
        self.archive_button.clicked.connect(self._toggle_archived)
        self.archive_button.setVisible(self.data.id is not None)
        row.addSpacing(8)
        if self.data.id is not None:
            pid = self.data.id
            self.certificate_button = PrintButton(
                self.tr("Teilnahmebescheinigung"),
                lambda: print_jobs.certificate_job(
                    self.ws, pid, self._original.last_name, self._original.first_name
                ),
                shortcuts=True,
            )
            self.certificate_button.setObjectName("certificateButton")
            row.addWidget(self.certificate_button)
        row.addWidget(self.archive_button)
        box.addLayout(row)
        self.subtitle = QLabel()
        self.subtitle.setProperty("hint", True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.subtitle)
        return box

    def _build_basics(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 0)
        rows = iter(range(100))
        tab = TAB_BASICS

        def section(text: str) -> None:
            label = QLabel(text)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            r = next(rows)
            if r:
                grid.setRowMinimumHeight(r, 8)
                r = next(rows)
            grid.addWidget(label, r, 0, 1, 4)

        narrow: list[QWidget] = []  # keep their own width, on the left

        def pair(left: tuple[str, QWidget], right: tuple[str, QWidget] | None = None) -> None:
            r = next(rows)
            for col, (text, widget) in ((0, left), (2, right or ("", QWidget()))):
                if not text:
                    continue
                align = Qt.AlignmentFlag.AlignLeft if widget in narrow else Qt.AlignmentFlag(0)
                grid.addWidget(self._label(text, widget), r, col)
                grid.addWidget(widget, r, col + 1, 1, 1 if right else 3, align)

        salutation = self._combo(
            "salutation",
            self.tr("Anrede"),
            [("—", ""), (self.tr("Frau"), "frau"), (self.tr("Herr"), "herr")],
            tab,
        )
        narrow.append(salutation)
        section(self.tr("Person"))
        pair(
            (self.tr("Anrede:"), salutation),
            (self.tr("Geburtsdatum:"), self._date("birth_date", self.tr("Geburtsdatum"), tab)),
        )
        pair(
            (self.tr("Nachname*:"), self._line("last_name", self.tr("Nachname"), tab)),
            (self.tr("Vorname:"), self._line("first_name", self.tr("Vorname"), tab)),
        )
        section(self.tr("Kontakt"))
        pair((self.tr("Straße:"), self._line("street", self.tr("Straße"), tab)))
        postal = self._line("postal_code", self.tr("PLZ"), tab)
        postal.setMaximumWidth(postal.fontMetrics().horizontalAdvance("0000000000") + 24)
        pair((self.tr("PLZ:"), postal), (self.tr("Ort:"), self._line("city", self.tr("Ort"), tab)))
        pair(
            (self.tr("Telefon:"), self._line("phone", self.tr("Telefon"), tab)),
            (self.tr("E-Mail:"), self._line("email", self.tr("E-Mail"), tab)),
        )
        section(self.tr("Arbeit und Vermittlung"))
        hours = QSpinBox()
        hours.setRange(-1, 60)
        hours.setSpecialValueText("—")
        hours.setKeyboardTracking(False)
        narrow.append(hours)
        self._bind(
            "max_weekly_hours",
            self.tr("max. Wochenstunden"),
            hours,
            lambda: None if hours.value() < 0 else hours.value(),
            lambda v: hours.setValue(-1 if v is None else v),
            tab,
            merges=True,
        )
        hours.valueChanged.connect(lambda _v: self._commit("max_weekly_hours"))
        pair(
            (
                self.tr("Kundennummer:"),
                self._line("customer_number", self.tr("Kundennummer"), tab),
            ),
            (
                self.tr("Arbeitslos seit:"),
                self._date("unemployed_since", self.tr("Arbeitslos seit"), tab),
            ),
        )
        pair(
            (
                self.tr("Berufswunsch:"),
                self._line("occupation_wishes", self.tr("Berufswunsch"), tab),
            )
        )
        pair(
            (self.tr("max. Wochenstunden:"), hours),
            (self.tr("Sprachen:"), self._line("languages", self.tr("Sprachen"), tab)),
        )
        required = QLabel(self.tr("* Pflichtfeld"))
        required.setProperty("hint", True)
        grid.addWidget(required, next(rows), 0, 1, 4)
        grid.setRowStretch(next(rows), 1)
        return page

    def _build_status(self) -> QWidget:
        page = QWidget()
        grid = self._form_grid(page)
        tab = TAB_STATUS
        status = self._combo(
            "status",
            self.tr("Status"),
            [(status_label(s), s.value) for s in ParticipantStatus],
            tab,
        )
        self._form_row(grid, 0, self.tr("Status:"), status)
        self._form_row(
            grid, 1, self.tr("Eintritt:"), self._date("entry_date", self.tr("Eintritt"), tab)
        )
        self._form_row(
            grid, 2, self.tr("Austritt:"), self._date("exit_date", self.tr("Austritt"), tab)
        )
        self._form_row(grid, 3, self.tr("Grund:"), self._line("exit_reason", self.tr("Grund"), tab))
        self.exit_hint = QLabel(
            self.tr(
                "Einen Grund tragen Sie ein bei „abgeschlossen“, „abgebrochen“ und „vermittelt“."
            )
        )
        self.exit_hint.setProperty("hint", True)
        self.exit_hint.setWordWrap(True)
        grid.addWidget(self.exit_hint, 4, 1)
        grid.setRowStretch(5, 1)
        return page

    def _build_consent(self) -> QWidget:
        page = QWidget()
        grid = self._form_grid(page)
        tab = TAB_CONSENT
        given = self._date("consent.given_on", self.tr("Einwilligung erteilt am"), tab)
        withdrawn = self._date("consent.withdrawn_on", self.tr("Widerrufen am"), tab)
        self._form_row(grid, 0, self.tr("Erteilt am:"), given)
        self._form_row(
            grid, 1, self.tr("Umfang:"), self._line("consent.scope", self.tr("Umfang"), tab)
        )
        version = self._line("consent.form_version", self.tr("Formularversion"), tab)
        self._form_row(grid, 2, self.tr("Formularversion:"), version)
        self._form_row(grid, 3, self.tr("Widerrufen am:"), withdrawn)
        note = QLabel(
            self.tr(
                "Tragen Sie das Datum der unterschriebenen Einwilligung ein. Bei einem Widerruf "
                "bleibt die Einwilligung vermerkt; das Datum des Widerrufs kommt dazu."
            )
        )
        note.setProperty("hint", True)
        note.setWordWrap(True)
        grid.addWidget(note, 4, 1)
        grid.setRowStretch(5, 1)
        return page

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(icon("save", theme.colors().on_accent), self.tr("Speichern"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        save_keys = QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.save_button.setToolTip(self.tr("Speichern ({keys})").format(keys=save_keys))
        self.save_button.clicked.connect(self.save)
        self.save_action = QAction(self.tr("Speichern"), self)
        self.save_action.setShortcuts(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    @staticmethod
    def _form_grid(page: QWidget) -> QGridLayout:
        grid = QGridLayout(page)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)  # fields take about three quarters of the width
        return grid

    def _form_row(self, grid: QGridLayout, row: int, text: str, widget: QWidget) -> None:
        grid.addWidget(self._label(text, widget), row, 0)
        grid.addWidget(widget, row, 1)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    # -- fields and their commands ----------------------------------------------------
    def _bind(
        self,
        key: str,
        label: str,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        tab: int,
        *,
        merges: bool = False,
        watch: QWidget | None = None,
    ) -> None:
        field = _Field(key, label, widget, read, write, tab, merges)
        widget.setObjectName("field_" + key.replace(".", "_"))
        self.fields[key] = field
        self.widgets[key] = widget
        watched = watch or widget
        self._field_of[watched] = field
        watched.installEventFilter(self)

    def _line(self, key: str, label: str, tab: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(TEXT_LIMITS[key])

        def write(text: str) -> None:
            edit.setText(text)
            edit.setCursorPosition(0)  # long text shows its beginning

        self._bind(key, label, edit, edit.text, write, tab, merges=True)
        edit.editingFinished.connect(lambda: self._commit(key))
        return edit

    def _date(self, key: str, label: str, tab: int) -> DateField:
        field = DateField()
        self._bind(key, label, field, field.date, field.set_date, tab, watch=field.edit)
        field.editingFinished.connect(lambda: self._commit(key))
        return field

    def _combo(self, key: str, label: str, items: list[tuple[str, Any]], tab: int) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._bind(
            key,
            label,
            combo,
            combo.currentData,
            lambda v: combo.setCurrentIndex(max(0, combo.findData(str(v)))),
            tab,
        )
        combo.currentIndexChanged.connect(lambda _i: self._commit(key))
        return combo

    def _model(self, key: str) -> Any:
        target, attr = self._target(key)
        return getattr(target, attr)

    def _target(self, key: str) -> tuple[Any, str]:
        if key.startswith("consent."):
            return self.data.consent, key.removeprefix("consent.")
        return self.data, key

    def _write(self, field: _Field, value: Any) -> None:
        was, self._applying = self._applying, True
        try:
            field.write(value)
        finally:
            self._applying = was

    def _commit(self, key: str) -> None:
        """The widget's value became final: make it a command (unless it is unchanged)."""
        if self._applying:
            return
        field = self.fields[key]
        if isinstance(field.widget, DateField) and not field.widget.is_valid():
            return  # kept in the widget; saving names the problem
        new, old = field.read(), self._model(key)
        if key == "status":
            new = ParticipantStatus(new)
        if new != old:
            self.undo_stack.push(_SetField(self, field, old, new))

    def commit_pending(self) -> None:
        """Turn what is still being typed into commands (before saving or closing)."""
        for key in self.fields:
            self._commit(key)

    def _apply(self, field: _Field, value: Any) -> None:
        """Set ``value`` on the data and in the widget (from a command: no new command)."""
        target, attr = self._target(field.key)
        setattr(target, attr, value)
        self._write(field, value)
        if self.tabs.currentIndex() != field.tab:
            self.tabs.setCurrentIndex(field.tab)
        if field.key in ("status",):
            self._refresh_status_fields()
        self._refresh_header()

    # -- header, status ----------------------------------------------------------------
    def _refresh_header(self) -> None:
        d = self.data
        name = " ".join(part for part in (d.first_name.strip(), d.last_name.strip()) if part)
        new_title = self.tr("Neue Teilnehmerin / neuer Teilnehmer")
        self.name_label.setText(name or new_title)
        if d.id is None:
            self.setWindowTitle(new_title + "[*]")
        else:
            self.setWindowTitle(self.tr("{name} – Teilnehmende").format(name=name) + "[*]")
        self.status_chip.setText(status_label(d.status))
        self.status_chip.setStyleSheet(chip_style(d.status.value))
        self.archived_chip.setVisible(d.archived)
        details = []
        if d.birth_date:
            details.append(self.tr("geb. {date}").format(date=format_date(d.birth_date)))
        if d.customer_number.strip():
            details.append(
                self.tr("Kundennummer {number}").format(number=d.customer_number.strip())
            )
        if d.entry_date:
            details.append(self.tr("Eintritt {date}").format(date=format_date(d.entry_date)))
        self.subtitle.setText("  ·  ".join(details))
        self.subtitle.setVisible(bool(details))
        self.archive_button.setText(
            self.tr("Wiederherstellen") if d.archived else self.tr("Archivieren")
        )
        self.archive_button.setIcon(icon("archive-restore" if d.archived else "archive"))

    def _refresh_status_fields(self) -> None:
        leaving = self.data.status in LEAVING
        self.widgets["exit_reason"].setEnabled(leaving)

    def _refresh_undo_tips(self) -> None:
        for action, name, text, keys in (
            (self.undo_action, self.tr("Rückgängig"), self.undo_stack.undoText(), "Ctrl+Z"),
            (self.redo_action, self.tr("Wiederholen"), self.undo_stack.redoText(), "Ctrl+Y"),
        ):
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            what = f"{name}: {text}" if text else name
            action.setToolTip(f"{what} ({native})")

    def _refresh_modified(self) -> None:
        self.setWindowModified(self.data != self._original)

    def has_changes(self) -> bool:
        self.commit_pending()
        dates_typed = any(
            isinstance(f.widget, DateField) and not f.widget.is_valid()
            for f in self.fields.values()
        )
        return self.data != self._original or dates_typed or self.children_tab.pending()

    # -- undo keys inside text fields ---------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a field whose text is already a command goes to the dialog's undo."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            field = self._field_of.get(watched)
            is_undo_key = (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Shift+Z")
            )
            if is_undo_key and field is not None and not self._typing_in(field):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def _typing_in(self, field: _Field) -> bool:
        if isinstance(field.widget, DateField):
            if not field.widget.is_valid():
                return True
            return field.widget.edit.text() != format_date(self._model(field.key))
        value = field.read()
        return value != self._model(field.key)

    # -- saving, closing, archiving ------------------------------------------------------
    def save(self) -> None:
        self.commit_pending()
        self._show_message("")
        for field in self.fields.values():
            if isinstance(field.widget, DateField) and not field.widget.is_valid():
                self._show_message(
                    self.tr(
                        "„{field}“: {text} ist kein gültiges Datum. Bitte geben Sie es als "
                        "TT.MM.JJJJ ein, z. B. 07.03.1985."
                    ).format(field=field.label, text=field.widget.edit.text())
                )
                self._focus(field.key)
                return
        data = self.data.copy()
        try:
            roster.normalized(data)
            found = run_blocking(lambda: roster.warnings_for(self.ws, data))
            if found and not messages.confirm(
                self,
                self.tr("Trotzdem speichern?"),
                "\n\n".join(QCoreApplication.translate("errors", text) for text in found)
                + "\n\n"
                + self.tr("Möchten Sie den Eintrag trotzdem speichern?"),
                self.tr("Trotzdem speichern"),
            ):
                return
            self.saved_id = run_blocking(lambda: roster.save_participant(self.ws, data))
        except KnownError as exc:
            self._show_message(error_text(exc))
            self._focus(self._problem_field(exc))
            return
        bus.changed.emit(frozenset({"participants"}))
        self.accept()

    def reject(self) -> None:
        if self.has_changes() and not messages.confirm(
            self,
            self.tr("Änderungen verwerfen?"),
            self.tr(
                "Ihre Änderungen sind noch nicht gespeichert. Wenn Sie das Fenster schließen, "
                "gehen sie verloren."
            ),
            self.tr("Verwerfen"),
        ):
            return
        notes_tab = self.notes_tab
        if notes_tab is not None and notes_tab.has_unsaved_text():
            if not messages.confirm(
                self,
                self.tr("Notiz nicht gespeichert"),
                self.tr(
                    "Sie haben eine Notiz begonnen und noch nicht gespeichert. Der Entwurf "
                    "bleibt erhalten und erscheint wieder, wenn Sie den Eintrag öffnen."
                ),
                self.tr("Trotzdem schließen"),
            ):
                self.tabs.setCurrentIndex(TAB_NOTES)
                notes_tab.editor.setFocus()
                return
            notes_tab.flush_draft()
        super().reject()

    def _toggle_archived(self) -> None:
        pid = self.data.id
        if pid is None:
            return
        archive = not self.data.archived
        name = self.name_label.text()
        if archive and not messages.confirm(
            self,
            self.tr("Archivieren?"),
            self.tr(
                "{name} verschwindet aus der Liste der Teilnehmenden. Die Daten und der "
                "Verlauf bleiben erhalten; Sie können den Eintrag später wiederherstellen."
            ).format(name=name),
            self.tr("Archivieren"),
        ):
            return
        try:
            run_blocking(lambda: roster.set_archived(self.ws, pid, archive))
        except KnownError as exc:
            self._show_message(error_text(exc))
            return
        self.data.archived = self._original.archived = archive
        self.saved_id = pid
        bus.changed.emit(frozenset({"participants"}))
        self._refresh_header()

    def _status_saved(self) -> None:
        """A placement set the status in the database: take it over, unmodified."""
        pid = self.data.id
        if pid is None:
            return
        saved = run_blocking(lambda: roster.load_participant(self.ws, pid))
        for key in ("status", "exit_date", "exit_reason"):
            value = getattr(saved, key)
            setattr(self.data, key, value)
            setattr(self._original, key, value)
            self._write(self.fields[key], value)
        self._refresh_status_fields()
        self._refresh_header()
        self._refresh_modified()
        bus.changed.emit(frozenset({"participants"}))

    def _show_message(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _problem_field(self, exc: KnownError) -> str | None:
        """Which field a ``roster.normalized`` reason is about (None: cannot tell)."""
        label = exc.args_map.get("field")
        if label is not None:
            by_label = {lbl: key for key, (_limit, lbl) in roster.TEXT_FIELDS.items()}
            by_label |= {
                "Umfang der Einwilligung": "consent.scope",
                "Formularversion": "consent.form_version",
                "Vorname des Kindes": CHILDREN,
                "Hinweise zur Betreuung": CHILDREN,
            }
            return by_label.get(str(label))
        for word, key in (
            ("Nachnamen", "last_name"),
            ("Geburtsdatum", "birth_date"),
            ("Geburtsmonat eines Kindes", CHILDREN),
            ("Austrittsdatum", "exit_date"),
            ("Arbeitslos seit", "unemployed_since"),
            ("Wochenstunden", "max_weekly_hours"),
            ("E-Mail-Adresse", "email"),
            ("Widerruf", "consent.withdrawn_on"),
        ):
            if word in exc.template:
                return key
        return None

    def _focus(self, key: str | None) -> None:
        if key is None:
            return
        if key == CHILDREN:
            self.tabs.setCurrentIndex(TAB_CHILDREN)
            self.children_table.setFocus()
            return
        field = self.fields[key]
        self.tabs.setCurrentIndex(field.tab)
        field.widget.setFocus()
        edit = field.widget.edit if isinstance(field.widget, DateField) else field.widget
        if isinstance(edit, QLineEdit | QAbstractSpinBox):
            edit.selectAll()


def edit_participant(
    ws: Workspace, participant_id: int | None, project_id: int, parent: QWidget | None = None
) -> int | None:
    """Open the record dialog modally; the saved id, or None when nothing was saved."""
    try:
        dialog = ParticipantDialog(ws, participant_id, project_id, parent)
    except KnownError as exc:
        messages.show_error(parent, exc)
        return None
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    saved = dialog.saved_id
    dialog.deleteLater()
    return saved if accepted else None
