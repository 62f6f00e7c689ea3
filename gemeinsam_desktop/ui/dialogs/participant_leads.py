"""The record dialog's tab "Stellen": a person's leads, placements and fitting employers.

Three parts, one above the other (a splitter between them):

- **Hinweise**: the leads (open ones first) with stage and days in it, the history of the
  selected one, and buttons to move it on ("Weiter: …"), drop it (asks the reason), edit,
  delete or add one (Ctrl+N).
- **Vermittlungen**: the placements with a tick for the 3- and 6-month follow-up
  (ticking records "noch beschäftigt" today; possible once the day has come; "nicht mehr
  beschäftigt" is chosen in the placement dialog). Recording a placement can set the
  status to "vermittelt"; ``on_status_changed`` lets the record dialog take that over.
- **Passende Arbeitgeber**: ``services.matching.employers_for`` — sector fits the wishes,
  hours fit the childcare; "Als Hinweis übernehmen…" starts a lead there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.services import leads, matching, placements
from gemeinsam_desktop.services.leads import LeadData
from gemeinsam_desktop.services.matching import EmployerMatch
from gemeinsam_desktop.services.placements import FOLLOW_UP_MONTHS, PlacementData, add_months
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.enums import LeadStage
from gemeinsam_desktop.ui import messages, theme
from gemeinsam_desktop.ui.dialogs.lead_dialog import LeadDialog, ReasonDialog, error_label
from gemeinsam_desktop.ui.dialogs.placement_dialog import PlacementDialog, offer_placement
from gemeinsam_desktop.ui.i18n import error_text
from gemeinsam_desktop.ui.lead_labels import (
    hours_text,
    kind_label,
    kind_short_label,
    source_label,
    stage_label,
)
from gemeinsam_desktop.ui.operations import bus, run_blocking, run_op
from gemeinsam_desktop.ui.widgets.date_field import format_date
from gemeinsam_desktop.ui.widgets.sections import compact_table, section_button, titled_section

WATCHED = frozenset({"leads", "placements", "employers"})
ID_ROLE = Qt.ItemDataRole.UserRole


class LeadsTab(QWidget):
    """Leads, placements and matching employers of participant ``participant_id``."""

    def __init__(
        self,
        ws: Workspace,
        participant_id: int,
        parent: QWidget | None = None,
        *,
        on_status_changed: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leadsTab")
        self.ws = ws
        self.participant_id = participant_id
        self.on_status_changed = on_status_changed
        self.leads: list[LeadData] = []
        self.placements: list[PlacementData] = []
        self.matches: list[EmployerMatch] = []
        self.dialog: LeadDialog | PlacementDialog | None = None  # the one open, for tests
        self.reason_dialog: ReasonDialog | None = None
        self.today = dt.date.today()
        self._filling = False
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 8, 16, 12)
        box.setSpacing(6)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_leads())
        splitter.addWidget(self._build_placements())
        splitter.addWidget(self._build_matches())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        box.addWidget(splitter, 1)
        self.error = error_label()
        box.addWidget(self.error)
        add = QAction(self)
        add.setShortcut("Ctrl+N")
        add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        add.triggered.connect(self.add_lead)
        self.addAction(add)
        bus.changed.connect(self._on_changed)
        self._refresh_buttons()

    # -- building ------------------------------------------------------------------------
    def _build_leads(self) -> QWidget:
        self.lead_table = compact_table(
            [
                self.tr("Stelle"),
                self.tr("Arbeitgeber"),
                self.tr("Stand"),
                self.tr("Seit"),
                self.tr("Weitergegeben von"),
            ],
            "leadsTable",
            stretch=(0, 1, 4),
        )
        self.lead_table.itemSelectionChanged.connect(self._refresh_buttons)
        self.lead_table.itemDoubleClicked.connect(lambda _i: self.edit_lead())
        self.history_label = QLabel()
        self.history_label.setObjectName("leadHistoryLine")
        self.history_label.setWordWrap(True)
        self.history_label.setProperty("hint", True)
        self.history_label.setTextFormat(Qt.TextFormat.PlainText)
        self.no_leads = QLabel(
            self.tr(
                "Noch keine Hinweise. Fragen Sie nach Kontakten: Familie, Nachbarschaft, frühere Kolleginnen."
            )
        )
        self.forward_button = section_button(
            "chevron-right", self.tr("Weiter"), "leadForwardButton"
        )
        self.forward_button.clicked.connect(self.forward)
        self.drop_button = section_button("x", self.tr("Verwerfen…"), "leadDropButton")
        self.drop_button.clicked.connect(self.drop)
        self.edit_lead_button = section_button(
            "pencil", self.tr("Bearbeiten…"), "editLeadButton", icon_only=True
        )
        self.edit_lead_button.clicked.connect(self.edit_lead)
        self.delete_lead_button = section_button(
            "trash-2", self.tr("Löschen"), "deleteLeadButton", icon_only=True
        )
        self.delete_lead_button.clicked.connect(self.delete_lead)
        self.add_lead_button = section_button(
            "plus", self.tr("Hinweis hinzufügen…"), "addLeadButton"
        )
        self.add_lead_button.setToolTip(self.tr("Neuer Hinweis (Strg+N)"))
        self.add_lead_button.clicked.connect(self.add_lead)
        part, box = titled_section(
            self.tr("Hinweise"),
            self.lead_table,
            self.no_leads,
            [
                self.forward_button,
                self.drop_button,
                self.edit_lead_button,
                self.delete_lead_button,
                self.add_lead_button,
            ],  # fmt: skip
        )
        box.insertWidget(2, self.history_label)
        return part

    def _build_placements(self) -> QWidget:
        self.placement_table = compact_table(
            [
                self.tr("Arbeitgeber"),
                self.tr("Beginn"),
                self.tr("Art"),
                self.tr("Stunden"),
                self.tr("Nach 3 Monaten"),
                self.tr("Nach 6 Monaten"),
            ],
            "placementsTable",
            stretch=(0, 2),
        )
        self.placement_table.itemSelectionChanged.connect(self._refresh_buttons)
        self.placement_table.itemDoubleClicked.connect(self._placement_double_clicked)
        self.placement_table.itemChanged.connect(self._follow_up_ticked)
        self.no_placements = QLabel(self.tr("Noch keine Vermittlung."))
        self.edit_placement_button = section_button(
            "pencil", self.tr("Bearbeiten…"), "editPlacementButton", icon_only=True
        )
        self.edit_placement_button.clicked.connect(self.edit_placement)
        self.delete_placement_button = section_button(
            "trash-2", self.tr("Löschen"), "deletePlacementButton", icon_only=True
        )
        self.delete_placement_button.clicked.connect(self.delete_placement)
        self.add_placement_button = section_button(
            "briefcase", self.tr("Vermittlung erfassen…"), "addPlacementButton"
        )
        self.add_placement_button.clicked.connect(self.add_placement)
        part, _box = titled_section(
            self.tr("Vermittlungen und Nachbetreuung"),
            self.placement_table,
            self.no_placements,
            [self.edit_placement_button, self.delete_placement_button, self.add_placement_button],
        )
        return part

    def _build_matches(self) -> QWidget:
        self.match_table = compact_table(
            [
                self.tr("Arbeitgeber"),
                self.tr("Branche"),
                self.tr("Arbeitszeit"),
                self.tr("Praktikum frei"),
            ],
            "matchesTable",
        )
        self.match_table.itemSelectionChanged.connect(self._refresh_buttons)
        self.match_table.itemDoubleClicked.connect(lambda _i: self.lead_from_match())
        self.no_matches = QLabel()
        self.take_match_button = section_button(
            "plus", self.tr("Als Hinweis übernehmen…"), "takeMatchButton"
        )
        self.take_match_button.clicked.connect(self.lead_from_match)
        part, _box = titled_section(
            self.tr("Passende Arbeitgeber"),
            self.match_table,
            self.no_matches,
            [self.take_match_button],
        )
        return part

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        ws, pid = self.ws, self.participant_id
        self.today = dt.date.today()
        try:
            self.leads, self.placements, self.matches = run_blocking(
                lambda: (
                    leads.leads_of(ws, pid),
                    placements.placements_of(ws, pid),
                    matching.employers_for(ws, pid),
                )
            )
        except KnownError as exc:
            self._show(error_text(exc))
            return
        self._fill()

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & WATCHED:
            self.refresh()

    def _fill(self) -> None:
        keep_lead, keep_placement = self.selected_lead(), self.selected_placement()
        self._filling = True
        try:
            self._fill_leads(keep_lead.id if keep_lead else None)
            self._fill_placements(keep_placement.id if keep_placement else None)
            self._fill_matches()
        finally:
            self._filling = False
        self._refresh_buttons()

    def _fill_leads(self, keep: int | None) -> None:
        table, muted = self.lead_table, QColor(theme.colors().muted)
        table.setRowCount(len(self.leads))
        for row, lead in enumerate(self.leads):
            source = source_label(lead.source)
            if lead.source_detail:
                source = f"{source}: {lead.source_detail}"
            texts = (lead.position or "—", lead.employer_name or "—", stage_label(lead.stage),
                     format_date(lead.stage_changed_on), source)  # fmt: skip
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, lead.id)
                if lead.stage in leads.CLOSED:
                    item.setForeground(muted)
                if col == 2 and lead.dropped_reason:
                    item.setToolTip(self.tr("Grund: {reason}").format(reason=lead.dropped_reason))
                table.setItem(row, col, item)
            if lead.id == keep:
                table.selectRow(row)
        self.no_leads.setVisible(not self.leads)
        table.setVisible(bool(self.leads))

    def _fill_placements(self, keep: int | None) -> None:
        table = self.placement_table
        table.setRowCount(len(self.placements))
        for row, p in enumerate(self.placements):
            texts = (p.employer_name or "—", format_date(p.start_date), kind_short_label(p.kind),
                     hours_text(p.hours_per_week))  # fmt: skip
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, p.id)
                if col == 2:
                    item.setToolTip(kind_label(p.kind))
                table.setItem(row, col, item)
            for col, months in ((4, 3), (5, 6)):
                table.setItem(row, col, self._follow_up_item(p, months))
            if p.id == keep:
                table.selectRow(row)
        self.no_placements.setVisible(not self.placements)
        table.setVisible(bool(self.placements))

    def _follow_up_item(self, p: PlacementData, months: int) -> QTableWidgetItem:
        assert p.start_date is not None
        due = add_months(p.start_date, months)
        answer, checked = p.answer(months), p.checked_on(months)
        item = QTableWidgetItem()
        item.setData(ID_ROLE, p.id)
        item.setData(ID_ROLE + 1, months)
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if due <= self.today or answer is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(Qt.CheckState.Checked if answer else Qt.CheckState.Unchecked)
        when = format_date(checked) if checked else ""
        if answer is True:
            item.setText(
                self.tr("beschäftigt ({date})").format(date=when)
                if when
                else self.tr("beschäftigt")
            )
        elif answer is False:
            item.setText(
                self.tr("nicht mehr ({date})").format(date=when) if when else self.tr("nicht mehr")
            )
        elif due <= self.today:
            item.setText(self.tr("fällig seit {date}").format(date=format_date(due)))
            item.setForeground(QColor(theme.colors().danger))
        else:
            item.setText(self.tr("ab {date}").format(date=format_date(due)))
            item.setForeground(QColor(theme.colors().muted))
        item.setToolTip(
            self.tr("Ankreuzen, wenn die Person nach {months} Monaten noch dort arbeitet.").format(
                months=months
            )
        )
        return item

    def _fill_matches(self) -> None:
        table = self.match_table
        table.setRowCount(len(self.matches))
        for row, m in enumerate(self.matches):
            if m.hours == matching.HOURS_FIT:
                hours = (
                    self.tr("passt (ab {hours})").format(hours=hours_text(m.min_hours))
                    if m.min_hours is not None
                    else self.tr("passt")
                )
            else:
                hours = self.tr("Arbeitszeit klären")
            places = str(m.internships_open) if m.internships_open else "—"
            for col, text in enumerate((m.name, m.sector, hours, places)):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, m.employer_id)
                if col == 2 and m.hours != matching.HOURS_FIT:
                    item.setForeground(QColor(theme.colors().muted))
                table.setItem(row, col, item)
        self.no_matches.setText(
            self.tr(
                "Kein Arbeitgeber im Netzwerk passt zu Berufswunsch und Wochenstunden "
                "(Stammdaten) – oder es laufen schon Hinweise dorthin."
            )
        )
        self.no_matches.setVisible(not self.matches)
        table.setVisible(bool(self.matches))

    # -- selection -------------------------------------------------------------------------
    @staticmethod
    def _row(table: QTableWidget) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_lead(self) -> LeadData | None:
        row = self._row(self.lead_table)
        return self.leads[row] if 0 <= row < len(self.leads) else None

    def selected_placement(self) -> PlacementData | None:
        row = self._row(self.placement_table)
        return self.placements[row] if 0 <= row < len(self.placements) else None

    def selected_match(self) -> EmployerMatch | None:
        row = self._row(self.match_table)
        return self.matches[row] if 0 <= row < len(self.matches) else None

    def _refresh_buttons(self) -> None:
        lead = self.selected_lead()
        forward = leads.neighbour_stage(lead.stage, 1) if lead else None
        self.forward_button.setEnabled(forward is not None)
        if lead is not None and lead.stage is LeadStage.VERWORFEN:
            self.forward_button.setText(self.tr("Wieder aufnehmen"))
        elif forward is not None:
            self.forward_button.setText(
                self.tr("Weiter: {stage}").format(stage=stage_label(forward))
            )
        else:
            self.forward_button.setText(self.tr("Weiter"))
        self.drop_button.setEnabled(lead is not None and lead.stage is not LeadStage.VERWORFEN)
        self.edit_lead_button.setEnabled(lead is not None)
        self.delete_lead_button.setEnabled(lead is not None)
        self.history_label.setText(self._history_line(lead) if lead else "")
        self.history_label.setVisible(lead is not None)
        placement = self.selected_placement()
        self.edit_placement_button.setEnabled(placement is not None)
        self.delete_placement_button.setEnabled(placement is not None)
        self.take_match_button.setEnabled(self.selected_match() is not None)

    def _history_line(self, lead: LeadData) -> str:
        steps = [f"{stage_label(h.stage)} {format_date(h.changed_on)}" for h in lead.history]
        return self.tr("Verlauf: {steps}").format(steps=" → ".join(steps))

    # -- lead actions ----------------------------------------------------------------------
    def _open(self, dialog: LeadDialog | PlacementDialog) -> None:
        self._show("")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        dialog.open()

    def add_lead(self) -> None:
        self._open_lead(LeadData(participant_id=self.participant_id))

    def edit_lead(self) -> None:
        lead = self.selected_lead()
        if lead is not None:
            self._open_lead(lead)

    def lead_from_match(self) -> None:
        match = self.selected_match()
        if match is not None:
            self._open_lead(
                LeadData(
                    participant_id=self.participant_id,
                    employer_id=match.employer_id,
                    source="coach",
                )
            )

    def _open_lead(self, data: LeadData) -> None:
        dialog = LeadDialog(self.ws, data, self.window())

        def saved() -> None:
            if dialog.hired and dialog.saved_id is not None:
                self._offer(dialog.saved_id)

        dialog.accepted.connect(saved)
        self._open(dialog)

    def forward(self) -> None:
        lead = self.selected_lead()
        target = leads.neighbour_stage(lead.stage, 1) if lead else None
        if lead is not None and lead.id is not None and target is not None:
            self._move(lead.id, target, "")

    def drop(self) -> None:
        lead = self.selected_lead()
        if lead is None or lead.id is None:
            return
        lead_id = lead.id
        dialog = ReasonDialog(lead.position or lead.employer_name, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reason_dialog = dialog
        dialog.destroyed.connect(lambda _o=None: setattr(self, "reason_dialog", None))
        dialog.accepted.connect(lambda: self._move(lead_id, LeadStage.VERWORFEN, dialog.reason()))
        dialog.open()

    def _move(self, lead_id: int, stage: LeadStage, reason: str) -> None:
        self._show("")
        ws = self.ws

        def done(moved: bool) -> None:
            if moved and stage is LeadStage.EINGESTELLT:
                self._offer(lead_id)

        run_op(
            self,
            lambda: leads.move_stage(ws, lead_id, stage, reason=reason),
            done,
            on_failure=self._failed,
            changes=frozenset({"leads"}),
        )

    def delete_lead(self) -> None:
        lead = self.selected_lead()
        if lead is None or lead.id is None:
            return
        lead_id = lead.id
        if not messages.confirm(
            self,
            self.tr("Hinweis löschen?"),
            self.tr(
                "Der Hinweis „{what}“ und sein Verlauf werden gelöscht. Wenn er nur nicht "
                "geklappt hat, wählen Sie besser „Verwerfen“ – dann bleibt er in der Statistik."
            ).format(what=lead.position or lead.employer_name),
            self.tr("Löschen"),
        ):
            return
        run_op(
            self,
            lambda: leads.delete_lead(self.ws, lead_id),
            on_failure=self._failed,
            changes=frozenset({"leads"}),
        )

    def _offer(self, lead_id: int) -> None:
        offer_placement(self.ws, lead_id, self.window(), self._placement_saved)

    # -- placement actions -----------------------------------------------------------------
    def add_placement(self) -> None:
        self._open_placement(
            PlacementData(participant_id=self.participant_id, start_date=self.today)
        )

    def edit_placement(self) -> None:
        placement = self.selected_placement()
        if placement is not None:
            self._open_placement(placement)

    def _placement_double_clicked(self, item: QTableWidgetItem) -> None:
        if item.column() < 4:
            self.edit_placement()

    def _open_placement(self, data: PlacementData) -> None:
        dialog = PlacementDialog(self.ws, data, self.window())
        dialog.accepted.connect(lambda: self._placement_saved(dialog))
        self._open(dialog)

    def _placement_saved(self, dialog: PlacementDialog) -> None:
        if dialog.marked_placed and self.on_status_changed is not None:
            # After the dialog's own accept() has returned (it deletes itself on close).
            QTimer.singleShot(0, self.on_status_changed)

    def _follow_up_ticked(self, item: QTableWidgetItem) -> None:
        months = item.data(ID_ROLE + 1)
        if self._filling or months not in FOLLOW_UP_MONTHS:
            return
        placement_id = int(item.data(ID_ROLE))
        employed = True if item.checkState() == Qt.CheckState.Checked else None
        run_op(
            self,
            lambda: placements.record_follow_up(self.ws, placement_id, months, employed),
            on_failure=self._failed,
            changes=frozenset({"placements"}),
        )

    def delete_placement(self) -> None:
        placement = self.selected_placement()
        if placement is None or placement.id is None:
            return
        placement_id = placement.id
        if not messages.confirm(
            self,
            self.tr("Vermittlung löschen?"),
            self.tr(
                "Die Vermittlung bei {employer} wird gelöscht. Der Status der Person bleibt, "
                "wie er ist."
            ).format(employer=placement.employer_name),
            self.tr("Löschen"),
        ):
            return
        run_op(
            self,
            lambda: placements.delete_placement(self.ws, placement_id),
            on_failure=self._failed,
            changes=frozenset({"placements"}),
        )

    # -- messages ----------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, KnownError):
            self._show(error_text(exc))
            self.refresh()
            return True
        return False

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
