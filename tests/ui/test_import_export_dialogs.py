"""The import and export dialogs, driven as a coach would (file dialogs answered by the test)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from gemeinsam_desktop.services import importing
from gemeinsam_desktop.ui import operations
from gemeinsam_desktop.ui.dialogs.export_dialog import ExportDialog
from gemeinsam_desktop.ui.dialogs.import_dialog import ImportDialog
from tests.services.test_importing import BAD_FILE, SAMPLE
from tests.ui.conftest import message_boxes


def answer_open(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def open_import(qtbot, workspace, monkeypatch, path: Path) -> ImportDialog:
    dialog = ImportDialog(workspace, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    answer_open(monkeypatch, path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    return dialog


def tick(qtbot, check) -> None:
    """Click on the box itself (a checkbox stretched by its layout ignores its far right)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def participants(workspace) -> int:
    return workspace.db.table_counts()["participant"]


def test_import_the_sample(qtbot, workspace, monkeypatch) -> None:
    dialog = open_import(qtbot, workspace, monkeypatch, SAMPLE)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.summary.text() == "64 Zeilen bereit, 0 fehlerhaft, 0 bereits vorhanden"
    assert dialog.file_label.text() == SAMPLE.name
    assert len(dialog.combos) == 14 and dialog.combos[0].currentData() == "last_name"
    assert dialog.model.rowCount() == 64
    assert dialog.model.index(0, 1).data() == "OK"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(operations.bus.changed, timeout=10_000) as changed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert changed.args == [frozenset({"participants"})]
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert dialog.import_result is not None and dialog.import_result.imported == 64
    assert participants(workspace) == 64
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=5_000)
    assert "64 Teilnehmende importiert." in message_boxes()[0].text()


def test_bad_rows_block_the_import_until_skipped(qtbot, workspace, monkeypatch, tmp_path) -> None:
    bad = tmp_path / "fehler.csv"
    bad.write_text(BAD_FILE, encoding="utf-8")
    dialog = open_import(qtbot, workspace, monkeypatch, bad)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.summary.text() == "3 Zeilen bereit, 6 fehlerhaft, 0 bereits vorhanden"
    assert not dialog.import_button.isEnabled()
    model = dialog.model
    row = model.lines.index(3)
    assert "31.02.1990" in model.index(row, 1).data()
    good = model.lines.index(2)
    tint = model.index(row, 4).data(Qt.ItemDataRole.BackgroundRole)
    assert tint is not None and tint != model.index(good, 4).data(Qt.ItemDataRole.BackgroundRole)
    tick(qtbot, dialog.skip_invalid)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10_000)
    assert participants(workspace) == 3


def test_existing_rows_are_shown_and_skipped(qtbot, workspace, monkeypatch) -> None:
    importing.import_rows(workspace, importing.preview(SAMPLE, project_id=1, ws=workspace))
    dialog = open_import(qtbot, workspace, monkeypatch, SAMPLE)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.summary.text() == "0 Zeilen bereit, 0 fehlerhaft, 64 bereits vorhanden"
    assert dialog.model.index(0, 1).data() == "bereits vorhanden"
    assert not dialog.import_button.isEnabled()  # nothing to do


def test_assigning_a_column_reruns_the_preview(qtbot, workspace, monkeypatch, tmp_path) -> None:
    odd = tmp_path / "liste.csv"
    odd.write_text("Familie;Vorname;Notiz\r\nMüller;Jana;x\r\nŞahin;Rüya;y\r\n", encoding="utf-8")
    dialog = open_import(qtbot, workspace, monkeypatch, odd)
    qtbot.waitUntil(lambda: dialog.mapping is not None, timeout=10_000)
    assert "Nachname" in dialog.summary.text()
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 2  # the raw rows are shown meanwhile
    dialog.set_mapping(0, "last_name")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.summary.text().startswith("2 Zeilen bereit")
    assert dialog.import_button.isEnabled()
    # Giving the field to another column lets the first one go.
    dialog.set_mapping(1, "last_name")
    assert dialog.combos[0].currentData() is None
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert [r.data.last_name for r in dialog.preview.rows if r.data] == ["Jana", "Rüya"]


def test_the_preview_model_is_a_proper_model(qtbot, qtmodeltester, workspace, monkeypatch) -> None:
    dialog = open_import(qtbot, workspace, monkeypatch, SAMPLE)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    qtmodeltester.check(dialog.model)


def test_an_unreadable_file_gets_a_german_message(qtbot, workspace, monkeypatch, tmp_path) -> None:
    junk = tmp_path / "kaputt.xlsx"
    junk.write_bytes(b"PK\x03\x04 kein Excel")
    dialog = open_import(qtbot, workspace, monkeypatch, junk)
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=10_000)
    assert "keine Tabelle" in message_boxes()[0].text()
    assert not dialog.import_button.isEnabled()
    assert participants(workspace) == 0


def _filled(workspace) -> None:
    importing.import_rows(workspace, importing.preview(SAMPLE, project_id=1, ws=workspace))


def test_export_chosen_columns_to_csv(qtbot, workspace, monkeypatch, tmp_path) -> None:
    _filled(workspace)
    dialog = ExportDialog(workspace, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert all(c.isChecked() for c in dialog.checks.values())
    for key, check in dialog.checks.items():
        if key not in ("last_name", "first_name", "phone"):
            tick(qtbot, check)
    # The coach types a name without suffix and picks the CSV filter.
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "telefonliste"), "CSV für Excel (*.csv)"),
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.count is not None, timeout=10_000)
    target = tmp_path / "telefonliste.csv"
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Nachname;Vorname;Telefon" and len(lines) == 65
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_export_to_xlsx_and_no_columns(qtbot, workspace, monkeypatch, tmp_path) -> None:
    _filled(workspace)
    dialog = ExportDialog(workspace, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    for check in dialog.checks.values():
        check.setChecked(False)
    assert not dialog.save_button.isEnabled()
    dialog._check_all(True)
    target = tmp_path / "alle.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.count == 64, timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    assert sheet.max_row == 65 and sheet["A1"].value == "Nachname"


def test_export_failure_is_a_german_message(qtbot, workspace, monkeypatch, tmp_path) -> None:
    dialog = ExportDialog(workspace, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "gibt-es-nicht" / "liste.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=10_000)
    assert "kann nicht geschrieben werden" in message_boxes()[0].text()
    assert dialog.save_button.isEnabled() and dialog.isVisible()
    assert not target.exists()


def test_cancelled_file_choice_does_nothing(qtbot, workspace, monkeypatch) -> None:
    dialog = ExportDialog(workspace, 1)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog.choose_and_export()
    assert dialog.count is None and message_boxes() == []
    imp = ImportDialog(workspace, 1)
    qtbot.addWidget(imp)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    imp.choose_file()
    assert imp.table is None and not imp.mapping_box.isVisible()
