"""The employer dialog: a partner company, its contact persons and the log of contacts.

The dialog edits a ``network.EmployerData`` it holds; "Speichern" writes everything in one
transaction (``network.save_employer``). Every change — a field when its editing finishes,
a contact added, changed or removed, an entry added to or removed from the log — is a
snapshot command on a ``QUndoStack`` (consecutive edits of one field merge into one step).
Planning an offered visit or Q&A saves pending changes first, then opens the session dialog
pre-filled (``employer_actions.plan_offer``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
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
from gemeinsam_desktop.services import network
from gemeinsam_desktop.services.network import EmployerData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages, theme
from gemeinsam_desktop.ui.dialogs import employer_actions
from gemeinsam_desktop.ui.dialogs.employer_tabs import ContactsTab, LogTab
from gemeinsam_desktop.ui.dialogs.employer_tabs import interaction_label as interaction_label
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import bus, run_blocking
from gemeinsam_desktop.ui.widgets.date_field import DateField
from gemeinsam_desktop.ui.widgets.fitting_participants import FittingParticipants

TAB_BASICS, TAB_CONTACTS, TAB_LOG = range(3)
SIZES = ("klein (bis 20)", "mittel (20–250)", "groß (über 250)")


class _Change(QUndoCommand):
    """Replace the dialog's data by ``after``; undo puts ``before`` back."""

    def __init__(
        self,
        dialog: EmployerDialog,
        text: str,
        before: EmployerData,
        after: EmployerData,
        key: str = "",
    ) -> None:
        super().__init__(text)
        self.dialog, self.before, self.after, self.key = dialog, before, after, key
        self._id = (1000 + list(network.EMPLOYER_COLUMNS).index(key)) if key else -1

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Change) or other.key != self.key:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        self.dialog.show_data(self.after.copy())

    def undo(self) -> None:
        self.dialog.show_data(self.before.copy())


class EmployerDialog(QDialog):
    """Create (``employer_id=None``) or edit one employer; Accepted when saved or deleted."""

    def __init__(
        self, ws: Workspace, employer_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("employerDialog")
        self.ws = ws
        self.saved_id: int | None = None
        self.deleted = False
        if employer_id is None:
            self.data = EmployerData()
        else:
            self.data = run_blocking(lambda: network.load_employer(ws, employer_id))
        self._original = self.data.copy()
        sectors = run_blocking(lambda: network.sectors(ws))
        self._applying = False
        self.undo_stack = QUndoStack(self)
        self.resize(820, 680)
        self.setMinimumSize(620, 480)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(12)
        outer.addLayout(self._build_header())
        self.tabs = QTabWidget()
        basics = QScrollArea()
        basics.setWidgetResizable(True)
        basics.setFrameShape(QFrame.Shape.NoFrame)
        basics.setWidget(self._build_basics(sectors))
        self.tabs.addTab(basics, self.tr("Betrieb"))
        self.tabs.addTab(self._build_contacts(), self.tr("Ansprechpersonen"))
        self.tabs.addTab(self._build_log(), self.tr("Kontaktverlauf"))
        self.fitting: FittingParticipants | None = None
        if employer_id is not None:
            # Matching the other way round: who of the project would fit here.
            self.fitting = FittingParticipants(ws, employer_id)
            self.tabs.addTab(self.fitting, self.tr("Passende Teilnehmende"))
            self.fitting.refresh()
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
        self.show_data(self.data)
        self.undo_stack.indexChanged.connect(self._index_changed)  # a method: disconnected
        # when the dialog goes (a lambda would be called on the deleted dialog)
        self.name.setFocus()

    # -- building -----------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.title, 1)
        self.undo_action = QAction(icon("undo-2"), self.tr("Rückgängig"), self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(icon("redo-2"), self.tr("Wiederholen"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        for action, can in (
            (self.undo_action, self.undo_stack.canUndoChanged),
            (self.redo_action, self.undo_stack.canRedoChanged),
        ):
            action.setEnabled(False)
            can.connect(action.setEnabled)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            row.addWidget(button)
        self.undo_stack.undoTextChanged.connect(self._refresh_undo_tips)
        self.undo_stack.redoTextChanged.connect(self._refresh_undo_tips)
        self._refresh_undo_tips()
        return row

    def _line(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field_{key}")
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(lambda: self._field_edited(key))
        return edit

    def _build_basics(self, sectors: list[str]) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(16, 14, 16, 14)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.name = self._line("name", self.tr("z. B. Bäckerei Beispiel GmbH"))
        self.sector = self._line("sector", self.tr("z. B. Pflege, Einzelhandel"))
        completer = QCompleter(sectors, self.sector)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.sector.setCompleter(completer)
        self.address = self._line("address", self.tr("Straße Nr., PLZ Ort"))
        self.size_combo = QComboBox()
        self.size_combo.setObjectName("field_size")
        self.size_combo.setEditable(True)
        self.size_combo.addItems(["", *SIZES])
        self.size_combo.setMinimumContentsLength(18)
        self.size_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.size_combo.currentTextChanged.connect(lambda _t: self._field_edited("size"))
        self.partner_since = DateField()
        self.partner_since.setObjectName("field_partner_since")
        self.partner_since.editingFinished.connect(lambda: self._field_edited("partner_since"))
        self.offers_tour = QCheckBox(self.tr("Betriebs&besichtigung"))
        self.offers_tour.setObjectName("field_offers_tour")
        self.offers_qa = QCheckBox(self.tr("&Fragerunde zu Erwartungen und Bewerbung"))
        self.offers_qa.setObjectName("field_offers_qa")
        self.internships = QSpinBox()
        self.internships.setObjectName("field_offers_internships")
        self.internships.setRange(0, network.MAX_INTERNSHIPS)
        self.internships.setSpecialValueText(self.tr("keine"))
        self.internships.setKeyboardTracking(False)
        for box, key in ((self.offers_tour, "offers_tour"), (self.offers_qa, "offers_qa")):
            box.toggled.connect(lambda _c, k=key: self._field_edited(k))
        self.internships.valueChanged.connect(lambda _v: self._field_edited("offers_internships"))
        self.min_hours = QSpinBox()
        self.min_hours.setObjectName("field_min_weekly_hours")
        self.min_hours.setRange(0, network.MAX_WEEKLY_HOURS)
        self.min_hours.setSpecialValueText(self.tr("nicht bekannt"))
        self.min_hours.setSuffix(self.tr(" Std./Woche"))
        self.min_hours.setKeyboardTracking(False)
        self.min_hours.setToolTip(
            self.tr(
                "Die wenigsten Wochenstunden, die eine Stelle dort verlangt – für den Abgleich "
                "mit den Arbeitszeiten der Teilnehmenden."
            )
        )
        self.min_hours.valueChanged.connect(lambda _v: self._field_edited("min_weekly_hours"))
        places = QHBoxLayout()
        places.setSpacing(8)
        places.addWidget(self.internships)
        places.addStretch(1)
        self.follow_up = DateField()
        self.follow_up.setObjectName("field_next_follow_up")
        self.follow_up.editingFinished.connect(lambda: self._field_edited("next_follow_up"))
        self.follow_up_hint = QLabel()
        self.follow_up_hint.setObjectName("followUpHint")
        follow = QHBoxLayout()
        follow.setSpacing(8)
        follow.addWidget(self.follow_up)
        in_two_weeks = QPushButton(self.tr("in 2 Wochen"))
        in_two_weeks.setObjectName("followUpTwoWeeks")
        in_two_weeks.setAutoDefault(False)
        in_two_weeks.clicked.connect(self._follow_up_in_two_weeks)
        follow.addWidget(in_two_weeks)
        follow.addWidget(self.follow_up_hint)
        follow.addStretch(1)
        rows: list[tuple[str, Any, QWidget]] = [
            (self.tr("&Name*:"), self.name, self.name),
            (self.tr("&Branche:"), self.sector, self.sector),
            (self.tr("&Adresse:"), self.address, self.address),
            (self.tr("&Größe:"), self.size_combo, self.size_combo),
            (self.tr("Partner &seit:"), self.partner_since, self.partner_since),
            (self.tr("Angebote:"), self.offers_tour, self.offers_tour),
            ("", self.offers_qa, self.offers_qa),
            (self.tr("&Praktikumsplätze:"), places, self.internships),
            (self.tr("Stellen a&b:"), self.min_hours, self.min_hours),
            (self.tr("&Wiedervorlage am:"), follow, self.follow_up),
        ]
        for r, (text, item, buddy) in enumerate(rows):
            if text:
                label = QLabel(text)
                label.setBuddy(buddy)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(label, r, 0)
            if isinstance(item, QWidget):
                grid.addWidget(item, r, 1, Qt.AlignmentFlag(0))
            else:
                grid.addLayout(item, r, 1)
        self.size_combo.setMaximumWidth(260)
        self.min_hours.setMaximumWidth(220)
        plan = QHBoxLayout()
        plan.setSpacing(8)
        self.plan_tour_button = QPushButton(
            icon("calendar-plus"), self.tr("Betriebsbesichtigung planen…")
        )
        self.plan_tour_button.setObjectName("planTourButton")
        self.plan_tour_button.clicked.connect(lambda: self.plan("tour"))
        self.plan_qa_button = QPushButton(icon("calendar-plus"), self.tr("Fragerunde planen…"))
        self.plan_qa_button.setObjectName("planQaButton")
        self.plan_qa_button.clicked.connect(lambda: self.plan("qa"))
        for button in (self.plan_tour_button, self.plan_qa_button):
            button.setAutoDefault(False)
            plan.addWidget(button)
        plan.addStretch(1)
        grid.setRowMinimumHeight(len(rows), 8)
        grid.addLayout(plan, len(rows) + 1, 1)
        required = QLabel(self.tr("* Pflichtfeld"))
        required.setProperty("hint", True)
        grid.addWidget(required, len(rows) + 2, 1)
        grid.setRowStretch(len(rows) + 3, 1)
        return page

    def _build_contacts(self) -> QWidget:
        self.contacts_tab = ContactsTab(self)
        return self.contacts_tab

    def _build_log(self) -> QWidget:
        self.log_tab = LogTab(self)
        return self.log_tab

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.delete_button = QPushButton(icon("trash-2", "#ffffff"), self.tr("&Löschen…"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setProperty("danger", True)
        self.delete_button.setAutoDefault(False)
        self.delete_button.setVisible(self.data.id is not None)
        self.delete_button.clicked.connect(self.delete)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(icon("save", theme.colors().on_accent), self.tr("Speichern"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        save_action = QAction(self.tr("Speichern"), self)
        save_action.setShortcuts(QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # -- showing and changing the data ----------------------------------------------------
    def _readers(self) -> dict[str, Callable[[], Any]]:
        return {
            "name": self.name.text,
            "sector": self.sector.text,
            "address": self.address.text,
            "size": lambda: self.size_combo.currentText().strip(),
            "partner_since": self.partner_since.date,
            "offers_tour": self.offers_tour.isChecked,
            "offers_internships": self.internships.value,
            "offers_qa": self.offers_qa.isChecked,
            "next_follow_up": self.follow_up.date,
            "min_weekly_hours": lambda: self.min_hours.value() or None,
        }

    def show_data(self, data: EmployerData) -> None:
        """Put ``data`` into the dialog and every widget (from a command: no new command)."""
        self.data = data
        was, self._applying = self._applying, True
        try:
            for edit, text in (
                (self.name, data.name),
                (self.sector, data.sector),
                (self.address, data.address),
            ):
                if edit.text() != text:
                    edit.setText(text)
                    edit.setCursorPosition(0)
            self.size_combo.setCurrentText(data.size)
            self.partner_since.set_date(data.partner_since)
            self.offers_tour.setChecked(data.offers_tour)
            self.offers_qa.setChecked(data.offers_qa)
            self.internships.setValue(data.offers_internships)
            self.follow_up.set_date(data.next_follow_up)
            self.min_hours.setValue(data.min_weekly_hours or 0)
            self.contacts_tab.show_contacts(data.contacts)
            self.log_tab.show_entries(data.interactions)
        finally:
            self._applying = was
        self._refresh_header()

    def change(self, text: str, after: EmployerData, key: str = "") -> None:
        """Make ``after`` the dialog's data as one undoable step named ``text``."""
        if after != self.data:
            self.undo_stack.push(_Change(self, text, self.data.copy(), after, key))

    def _field_edited(self, key: str) -> None:
        if self._applying:
            return
        widget = {"partner_since": self.partner_since, "next_follow_up": self.follow_up}.get(key)
        if isinstance(widget, DateField) and not widget.is_valid():
            return  # kept in the field; saving names the problem
        value = self._readers()[key]()
        if value != getattr(self.data, key):
            after = self.data.copy()
            setattr(after, key, value)
            self.change(self.tr("„{field}“ ändern").format(field=self._field_name(key)), after, key)

    def _field_name(self, key: str) -> str:
        return {
            "name": self.tr("Name"),
            "sector": self.tr("Branche"),
            "address": self.tr("Adresse"),
            "size": self.tr("Größe"),
            "partner_since": self.tr("Partner seit"),
            "offers_tour": self.tr("Betriebsbesichtigung"),
            "offers_internships": self.tr("Praktikumsplätze"),
            "offers_qa": self.tr("Fragerunde"),
            "next_follow_up": self.tr("Wiedervorlage"),
            "min_weekly_hours": self.tr("Stellen ab"),
        }[key]

    def commit_pending(self) -> None:
        for key in self._readers():
            self._field_edited(key)

    def _follow_up_in_two_weeks(self) -> None:
        self.follow_up.set_date(dt.date.today() + dt.timedelta(days=14))
        self._field_edited("next_follow_up")

    def _refresh_header(self) -> None:
        d = self.data
        new_title = self.tr("Neuer Arbeitgeber")
        self.title.setText(d.name.strip() or new_title)
        title = self.tr("{name} – Arbeitgeber").format(name=d.name.strip()) if d.id else new_title
        self.setWindowTitle(title + "[*]")
        self.setWindowModified(d != self._original)
        saved = d.id is not None
        self.plan_tour_button.setEnabled(d.offers_tour)
        self.plan_qa_button.setEnabled(d.offers_qa)
        tip = "" if saved else self.tr("Der Arbeitgeber wird dabei gespeichert.")
        for button in (self.plan_tour_button, self.plan_qa_button):
            button.setToolTip(tip)
        due = d.next_follow_up is not None and d.next_follow_up <= dt.date.today()
        self.follow_up_hint.setText(self.tr("fällig") if due else "")
        color = "#ff9b8f" if theme.is_dark() else theme.colors().danger
        self.follow_up_hint.setStyleSheet(f"color: {color}; font-weight: 600;")
        self.tabs.setTabText(
            TAB_CONTACTS, self.tr("Ansprechpersonen ({count})").format(count=len(d.contacts))
        )
        self.tabs.setTabText(
            TAB_LOG, self.tr("Kontaktverlauf ({count})").format(count=len(d.interactions))
        )

    def _index_changed(self, _index: int) -> None:
        self._refresh_header()

    def _refresh_undo_tips(self) -> None:
        for action, name, text in (
            (self.undo_action, self.tr("Rückgängig"), self.undo_stack.undoText()),
            (self.redo_action, self.tr("Wiederholen"), self.undo_stack.redoText()),
        ):
            action.setToolTip(f"{name}: {text}" if text else name)

    def has_changes(self) -> bool:
        self.commit_pending()
        dates_typed = not (self.partner_since.is_valid() and self.follow_up.is_valid())
        return self.data != self._original or dates_typed or self.contacts_tab.pending()

    # -- saving, closing, planning, deleting ----------------------------------------------
    def show_message(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def store(self) -> bool:
        """Check and write the data; the dialog stays open. True when written."""
        self.commit_pending()
        self.show_message("")
        for field, label in (
            (self.partner_since, self.tr("Partner seit")),
            (self.follow_up, self.tr("Wiedervorlage")),
        ):
            if not field.is_valid():
                self.show_message(
                    self.tr(
                        "„{field}“: {text} ist kein gültiges Datum. Bitte als TT.MM.JJJJ "
                        "eingeben, z. B. 07.03.2026."
                    ).format(field=label, text=field.edit.text())
                )
                self.tabs.setCurrentIndex(TAB_BASICS)
                field.setFocus()
                return False
        data = self.data.copy()
        try:
            network.normalized(data)
            found = run_blocking(lambda: network.warnings_for(self.ws, data))
            if found and not messages.confirm(
                self,
                self.tr("Trotzdem speichern?"),
                "\n\n".join(QCoreApplication.translate("errors", text) for text in found)
                + "\n\n"
                + self.tr("Möchten Sie den Arbeitgeber trotzdem speichern?"),
                self.tr("Trotzdem speichern"),
            ):
                return False
            self.saved_id = run_blocking(lambda: network.save_employer(self.ws, data))
            saved_id = self.saved_id
            fresh = run_blocking(lambda: network.load_employer(self.ws, saved_id))
        except KnownError as exc:
            self.show_message(error_text(exc))
            if not self.name.text().strip():
                self.tabs.setCurrentIndex(TAB_BASICS)
                self.name.setFocus()
            return False
        bus.changed.emit(frozenset({"employers"}))
        self._original = fresh.copy()
        self.undo_stack.clear()
        self.show_data(fresh)
        self.delete_button.setVisible(True)
        return True

    def save(self) -> None:
        if self.store():
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
        if self.saved_id is not None:
            self.accept()  # saved on the way (when planning): the list refreshes
            return
        super().reject()

    def plan(self, offer: str) -> None:
        """Plan the offered visit ("tour") or Q&A ("qa"); pending changes are saved first."""
        if (self.data.id is None or self.has_changes()) and not self.store():
            return
        employer_id = self.data.id
        assert employer_id is not None
        if employer_actions.plan_offer(self.ws, self, employer_id, offer) is not None:
            fresh = run_blocking(lambda: network.load_employer(self.ws, employer_id))
            self._original = fresh.copy()
            self.undo_stack.clear()
            self.show_data(fresh)
            self.saved_id = employer_id

    def delete(self) -> None:
        if self.data.id is None:
            return
        name = self._original.name
        if employer_actions.delete_employer(self.ws, self, self.data.id, name):
            self.deleted = True
            self.accept()
