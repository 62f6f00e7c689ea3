"""The record's tab "Stellen": leads, placements with follow-ups, fitting employers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gemeinsam_desktop.services import leads, placements, roster
from gemeinsam_desktop.services.placements import PlacementData, add_months
from gemeinsam_desktop.services.roster import ParticipantData
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.store.models import Employer, LeadStage, ParticipantStatus
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.dialogs.lead_dialog import LeadDialog
from gemeinsam_desktop.ui.dialogs.participant_dialog import TAB_LEADS, ParticipantDialog
from gemeinsam_desktop.ui.dialogs.placement_dialog import PlacementDialog
from gemeinsam_desktop.ui.operations import wait_idle
from tests.ui.typing_helper import type_text

S = LeadStage
TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def asked(monkeypatch):
    questions: list[str] = []
    monkeypatch.setattr(
        messages, "confirm", lambda _p, title, _t, _y: questions.append(title) or True
    )
    return questions


def person(ws: Workspace, **kw) -> int:
    return roster.save_participant(
        ws,
        ParticipantData(
            project_id=1,
            last_name="Öztürk-Weiß",
            first_name="Jülide",
            status=ParticipantStatus.AKTIV,
            entry_date=TODAY - dt.timedelta(days=200),
            occupation_wishes="Verkauf",
            max_weekly_hours=25,
            **kw,
        ),
    )


def employer(ws: Workspace, name: str, sector: str, min_hours: int | None = None) -> int:
    with ws.db.session() as s:
        e = Employer(name=name, sector=sector, min_weekly_hours=min_hours, offers_internships=2)
        s.add(e)
        s.flush()
        return e.id


def open_record(qtbot, ws: Workspace, pid: int) -> ParticipantDialog:
    dialog = ParticipantDialog(ws, pid, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.tabs.setCurrentIndex(TAB_LEADS)
    assert dialog.tabs.tabText(TAB_LEADS) == "Stellen"
    return dialog


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_add_a_lead_move_it_on_and_drop_it(qtbot, workspace) -> None:
    pid = person(workspace)
    employer(workspace, "Bäckerei Süßholz", "Lebensmittel")
    record = open_record(qtbot, workspace, pid)
    tab = record.leads_tab
    assert tab is not None and tab.no_leads.isVisible() and not tab.lead_table.isVisible()
    tab.add_lead_button.setFocus()
    qtbot.keyClick(tab.add_lead_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert isinstance(dialog, LeadDialog)
    type_text(dialog.position_edit, "Verkäuferin")
    # As picked from the list (typing would open the completer's popup, which grabs the
    # keyboard: something the offscreen test platform cannot do).
    dialog.employer_combo.setCurrentIndex(dialog.employer_combo.findText("Bäckerei Süßholz"))
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findData("teilnehmende"))
    type_text(dialog.source_detail, "Tipp von Ayşe")
    click(qtbot, dialog.save_button)
    [lead] = leads.leads_of(workspace, pid)
    assert (lead.position, lead.employer_name, lead.source_detail) == (
        "Verkäuferin",
        "Bäckerei Süßholz",
        "Tipp von Ayşe",
    )
    assert lead.employer_id is not None  # chosen from the network, not free text
    qtbot.waitUntil(lambda: tab.lead_table.rowCount() == 1)
    tab.lead_table.selectRow(0)
    assert tab.forward_button.text() == "Weiter: angesprochen"
    assert tab.history_label.text().startswith("Verlauf: Idee")
    click(qtbot, tab.forward_button)
    qtbot.waitUntil(lambda: tab.lead_table.item(0, 2).text() == "angesprochen")
    click(qtbot, tab.drop_button)
    reason = tab.reason_dialog
    assert reason is not None
    reason.reason_combo.setCurrentIndex(0)  # "Stelle bereits vergeben"
    click(qtbot, reason.ok_button)
    qtbot.waitUntil(lambda: tab.lead_table.item(0, 2).text() == "verworfen")
    saved = leads.load_lead(workspace, lead.id)
    assert [h.stage for h in saved.history] == [S.IDEE, S.ANGESPROCHEN, S.VERWORFEN]
    assert saved.dropped_reason == "Stelle bereits vergeben"
    assert tab.forward_button.text() == "Wieder aufnehmen"


def test_a_placement_sets_vermittelt_and_the_record_takes_it_over(qtbot, workspace) -> None:
    pid = person(workspace)
    record = open_record(qtbot, workspace, pid)
    tab = record.leads_tab
    assert tab is not None
    click(qtbot, tab.add_placement_button)
    dialog = tab.dialog
    assert isinstance(dialog, PlacementDialog)
    assert dialog.mark_box.isChecked() and not dialog.answers[3].isEnabled()
    line = dialog.employer_combo.lineEdit()
    assert line is not None
    type_text(line, "Drogerie Müller-Groß")
    dialog.hours_spin.setValue(20)
    click(qtbot, dialog.save_button)
    [saved] = placements.placements_of(workspace, pid)
    assert (saved.employer_name, saved.start_date, saved.hours_per_week) == (
        "Drogerie Müller-Groß",
        TODAY,
        20,
    )
    assert roster.load_participant(workspace, pid).status is ParticipantStatus.VERMITTELT
    qtbot.waitUntil(lambda: record.data.status is ParticipantStatus.VERMITTELT)
    assert record.status_chip.text() == "vermittelt"
    assert record.data.exit_reason == "Arbeitsaufnahme"
    assert not record.has_changes()  # nothing left to save: saving would not undo it
    qtbot.waitUntil(lambda: tab.placement_table.rowCount() == 1)
    assert tab.placement_table.item(0, 2).text() == "Teilzeit (SV)"


def test_follow_up_ticks_record_the_answer_once_due(qtbot, workspace) -> None:
    pid = person(workspace)
    start = add_months(TODAY, -4)
    plid = placements.save_placement(
        workspace,
        PlacementData(participant_id=pid, start_date=start, employer_text="Hotel am Domplatz"),
    )
    record = open_record(qtbot, workspace, pid)
    tab = record.leads_tab
    assert tab is not None
    three, six = tab.placement_table.item(0, 4), tab.placement_table.item(0, 5)
    assert three.text().startswith("fällig seit")
    assert three.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not six.flags() & Qt.ItemFlag.ItemIsUserCheckable  # not yet due
    assert [d.months for d in placements.due_placement_follow_ups(workspace)] == [3]
    three.setCheckState(Qt.CheckState.Checked)
    wait_idle()
    qtbot.waitUntil(lambda: tab.placement_table.item(0, 4).text().startswith("beschäftigt"))
    [saved] = placements.placements_of(workspace, pid)
    assert (saved.id, saved.employed_after_3m, saved.followup_3m_checked_on) == (plid, True, TODAY)
    assert placements.due_placement_follow_ups(workspace) == []


def test_fitting_employers_become_a_lead(qtbot, workspace) -> None:
    pid = person(workspace)
    fits = employer(workspace, "Einkaufsmarkt Forum", "Einzelhandel", min_hours=15)
    employer(workspace, "Möbelhaus Groß", "Einzelhandel", min_hours=38)  # too many hours
    employer(workspace, "Logistik Dill", "Lager/Logistik", min_hours=10)  # other sector
    record = open_record(qtbot, workspace, pid)
    tab = record.leads_tab
    assert tab is not None
    assert [tab.match_table.item(r, 0).text() for r in range(tab.match_table.rowCount())] == [
        "Einkaufsmarkt Forum"
    ]
    assert tab.match_table.item(0, 2).text() == "passt (ab 15 Std.)"
    tab.match_table.selectRow(0)
    click(qtbot, tab.take_match_button)
    dialog = tab.dialog
    assert isinstance(dialog, LeadDialog)
    assert dialog.employer_combo.currentText() == "Einkaufsmarkt Forum"
    type_text(dialog.position_edit, "Kasse")
    click(qtbot, dialog.save_button)
    [lead] = leads.leads_of(workspace, pid)
    assert (lead.employer_id, lead.source) == (fits, "coach")
    # Followed now: no longer suggested.
    qtbot.waitUntil(lambda: tab.match_table.rowCount() == 0)
    assert tab.no_matches.isVisible()


def test_fitting_participants_of_an_employer(qtbot, workspace) -> None:
    from gemeinsam_desktop.ui.widgets.fitting_participants import FittingParticipants

    eid = employer(workspace, "Einkaufsmarkt Forum", "Einzelhandel", min_hours=20)
    pid = person(workspace)  # Verkauf, 25 hours
    roster.save_participant(
        workspace,
        ParticipantData(project_id=1, last_name="Becker", occupation_wishes="Pflegehilfe"),
    )
    widget = FittingParticipants(workspace, eid)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    assert widget.table.rowCount() == 1
    assert widget.table.item(0, 0).text() == "Öztürk-Weiß, Jülide"
    widget.table.selectRow(0)
    click(qtbot, widget.lead_button)
    dialog = widget.dialog
    assert dialog is not None and dialog.employer_combo.currentText() == "Einkaufsmarkt Forum"
    type_text(dialog.position_edit, "Kassiererin")
    click(qtbot, dialog.save_button)
    [lead] = leads.leads_of(workspace, pid)
    assert (lead.employer_id, lead.position, lead.source) == (eid, "Kassiererin", "partner")
    qtbot.waitUntil(lambda: widget.table.item(0, 3).text() == "läuft schon")


def test_employer_dialog_lists_the_fitting_participants(qtbot, workspace):
    from gemeinsam_desktop.ui.dialogs.employer_dialog import EmployerDialog

    eid = employer(workspace, "Einkaufsmarkt Forum", "Einzelhandel", min_hours=20)
    person(workspace)  # Verkauf, 25 hours: fits
    roster.save_participant(
        workspace,
        ParticipantData(project_id=1, last_name="Becker", occupation_wishes="Pflegehilfe"),
    )
    dialog = EmployerDialog(workspace, eid)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[-1] == "Passende Teilnehmende"
    assert dialog.fitting is not None
    qtbot.waitUntil(lambda: dialog.fitting.table.rowCount() == 1)
    assert dialog.fitting.table.item(0, 0).text() == "Öztürk-Weiß, Jülide"
    new = EmployerDialog(workspace, None)  # nothing to match before the employer exists
    qtbot.addWidget(new)
    assert new.fitting is None and new.tabs.count() == 3
