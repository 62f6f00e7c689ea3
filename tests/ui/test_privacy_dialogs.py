"""Privacy dialogs: erase only after the last name is typed, audit log, retention, Auskunft."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from gemeinsam_desktop.services import audit, privacy, roster
from gemeinsam_desktop.services.workspace import CoachInfo, Workspace
from gemeinsam_desktop.store.models import CoachRole, Participant
from gemeinsam_desktop.ui import messages, operations
from gemeinsam_desktop.ui.dialogs import privacy as dialogs
from gemeinsam_desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.services.test_privacy import FIRST, LAST, TODAY, fill_person, person, second_coach
from tests.ui.conftest import message_boxes
from tests.ui.typing_helper import type_text


@pytest.fixture
def record(workspace: Workspace) -> tuple[Workspace, int]:
    other = second_coach(workspace)
    pid = roster.save_participant(workspace, person(), TODAY)
    fill_person(workspace, pid, other)
    return workspace, pid


def is_erased(ws: Workspace, pid: int) -> bool:
    with ws.db.session() as s:
        p = s.get(Participant, pid)
        assert p is not None
        return p.erased_at is not None


def changes_seen() -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    operations.bus.changed.connect(seen.append)
    return seen


def when_erase_dialog_opens(action) -> None:  # type: ignore[no-untyped-def]
    tries = [100]  # give up after two seconds: never reach into a later test

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialogs.EraseDialog):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, run)
            return
        action(dialog)

    QTimer.singleShot(0, run)


# -- erase ------------------------------------------------------------------------------------
def test_erase_button_waits_for_the_last_name(qtbot, record) -> None:
    ws, pid = record
    dialog = dialogs.EraseDialog(privacy.erasure_summary(ws, pid))
    qtbot.addWidget(dialog)
    goes = dialog.goes.text()
    for expected in ("4 Coaching-Notizen", "1 Vereinbarung", "1 Hinweis auf eine Stelle",
                     "1 Unterschrift", "2 Bemerkungen zur Anwesenheit", "1 Kind",
                     "1 Einwilligung"):  # fmt: skip
        assert expected in goes
    assert "3 Einträge zur Anwesenheit" in dialog.stays.text()
    assert "1 Arbeitsaufnahme" in dialog.stays.text()
    assert dialog.erase_button.property("danger") is True
    assert not dialog.erase_button.isEnabled()
    type_text(dialog.confirm_field, "Zwetschgenbaum")
    assert not dialog.erase_button.isEnabled()
    dialog.accept()  # Enter in the field
    assert dialog.result() != dialog.DialogCode.Accepted
    type_text(dialog.confirm_field, "-Öztürk")
    assert dialog.erase_button.isEnabled()
    dialog.confirm_field.setText("zwetschgenbaum-oeztuerk ")  # without umlauts on the keyboard
    assert dialog.erase_button.isEnabled()
    dialog.confirm_field.setText(FIRST)
    assert not dialog.erase_button.isEnabled()


def test_confirming_erases_and_tells_the_pages(qtbot, record) -> None:
    ws, pid = record
    seen = changes_seen()

    def confirm(dialog: dialogs.EraseDialog) -> None:
        type_text(dialog.confirm_field, LAST)
        dialog.erase_button.click()

    when_erase_dialog_opens(confirm)
    assert dialogs.confirm_and_erase(None, ws, pid) is True
    assert is_erased(ws, pid)
    assert frozenset({"participants"}) in seen
    assert pid not in {r.id for r in roster.roster_rows(ws, 1)}


def test_cancelling_erases_nothing(qtbot, record) -> None:
    ws, pid = record
    when_erase_dialog_opens(lambda dialog: dialog.cancel_button.click())
    assert dialogs.confirm_and_erase(None, ws, pid) is False
    assert not is_erased(ws, pid)


def test_a_coach_is_told_before_typing_anything(qtbot, record) -> None:
    ws, pid = record
    ws.coach = CoachInfo(2, "Selin Musterfrau", CoachRole.COACH)
    opened: list[object] = []
    when_erase_dialog_opens(opened.append)
    assert dialogs.confirm_and_erase(None, ws, pid) is False
    assert opened == []
    assert not is_erased(ws, pid)
    (box,) = message_boxes()
    assert "Projektleitung" in box.text()


# -- audit log -------------------------------------------------------------------------------
def test_audit_log_lists_events_and_notices_tampering(qtbot, qtmodeltester, record) -> None:
    ws, pid = record
    roster.load_participant(ws, pid)
    dialog = dialogs.AuditLogDialog(ws)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() >= 5
    first = [model.index(0, c).data() for c in range(4)]
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", first[0])
    assert first[1:] == ["Anna Beispiel", "Person angesehen", f"{LAST}, {FIRST}"]
    assert "vollständig" in dialog.chain.text()

    with ws.db.raw() as raw:
        raw.execute("UPDATE audit_event SET action = 'participant.erased' WHERE id = 2")
    dialog.loaded = False
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert "Achtung" in dialog.chain.text()


def test_audit_log_of_one_record(qtbot, record) -> None:
    ws, pid = record
    dialog = dialogs.AuditLogDialog(ws, entity="participant", entity_id=pid)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    actions = {dialog.model.index(r, 2).data() for r in range(dialog.model.rowCount())}
    assert actions == {"Person angelegt"}


# -- retention -------------------------------------------------------------------------------
def test_retention_dialog_erases_the_selected(qtbot, record, monkeypatch) -> None:
    ws, running = record
    old = roster.create_project(ws, "Vorgänger", dt.date(2022, 1, 1), dt.date(2023, 6, 30))
    due = roster.save_participant(ws, person(old.id, customer_number=""), TODAY)
    dialog = dialogs.RetentionDialog(ws)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.months.value() == 24 and dialog.months.isEnabled()
    assert dialog.list.count() == 1 and "Vorgänger" in dialog.list.item(0).text()
    assert not dialog.erase_button.isEnabled()
    dialog.select_all.click()
    assert dialog.erase_button.isEnabled() and dialog.checked_ids() == [due]
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, _y: asked.append(text) or True)
    dialog.loaded = False
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert "1 Person endgültig löschen?" in asked[0]
    assert dialog.list.count() == 0
    assert is_erased(ws, due) and not is_erased(ws, running)


def test_retention_months_are_saved(qtbot, workspace) -> None:
    dialog = dialogs.RetentionDialog(workspace)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert not dialog.save_button.isEnabled()
    dialog.months.setValue(6)
    assert dialog.save_button.isEnabled()
    dialog.loaded = False
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.loaded)
    assert privacy.get_retention_months(workspace) == 6
    assert not dialog.save_button.isEnabled()


def test_retention_dialog_is_read_only_for_a_coach(qtbot, record) -> None:
    ws, _pid = record
    ws.coach = CoachInfo(2, "Selin Musterfrau", CoachRole.COACH)
    dialog = dialogs.RetentionDialog(ws)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert not dialog.months.isEnabled() and not dialog.erase_button.isEnabled()


# -- Auskunft --------------------------------------------------------------------------------
def test_format_dialog_choice(qtbot) -> None:
    dialog = dialogs.DisclosureFormatDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "pdf"
    dialog.json.click()
    assert dialog.chosen() == "json"


def test_disclosure_as_pdf_opens_the_preview(qtbot, record, monkeypatch) -> None:
    ws, pid = record
    monkeypatch.setattr(dialogs, "choose_disclosure_format", lambda _parent: "pdf")
    dialogs.export_disclosure(None, ws, pid)

    def preview() -> PdfPreviewDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: preview() is not None)
    shown = preview()
    assert shown is not None
    assert shown.document.pageCount() >= 2
    assert shown._suggested_filename.startswith("Auskunft-Zwetschgenbaum-Öztürk-Jülide-")
    shown.close()


def test_disclosure_as_json_is_saved_where_chosen(
    qtbot, record, monkeypatch, tmp_path: Path
) -> None:
    ws, pid = record
    target = tmp_path / "auskunft"  # without suffix: .json is added
    monkeypatch.setattr(dialogs, "choose_disclosure_format", lambda _parent: "json")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    dialogs.export_disclosure(None, ws, pid)
    saved = tmp_path / "auskunft.json"
    qtbot.waitUntil(saved.exists)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["person"]["last_name"] == LAST
    assert saved.stat().st_mode & 0o077 == 0
    qtbot.waitUntil(lambda: bool(message_boxes()))
    assert "gespeichert" in message_boxes()[0].text()


def test_nothing_happens_when_the_format_is_cancelled(qtbot, record, monkeypatch) -> None:
    ws, pid = record
    monkeypatch.setattr(dialogs, "choose_disclosure_format", lambda _parent: None)
    dialogs.export_disclosure(None, ws, pid)
    operations.wait_idle()
    entries = audit.list_events(ws, entity="participant", entity_id=pid)
    assert [e.action for e in entries] == ["participant.created"]


# -- anonymising -----------------------------------------------------------------------------
def test_anonymise_project_action(qtbot, workspace, monkeypatch) -> None:
    old = roster.create_project(
        workspace, "Abgeschlossen", dt.date(2024, 1, 1), dt.date(2024, 6, 30)
    )
    pid = roster.save_participant(workspace, person(old.id), TODAY)
    asked: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda _p, _t, text, _y: asked.append(text) or True)
    assert dialogs.anonymise_project_action(None, workspace, old.id) is True
    assert "„Abgeschlossen“" in asked[0]
    assert is_erased(workspace, pid)
    assert "1 Person wurde gelöscht" in message_boxes()[0].text()


def test_anonymise_refused_for_a_running_project(qtbot, workspace, monkeypatch) -> None:
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    pid = roster.save_participant(workspace, person(), TODAY)
    assert dialogs.anonymise_project_action(None, workspace, 1) is False
    assert not is_erased(workspace, pid)
    assert "Projektende" in message_boxes()[0].text()
