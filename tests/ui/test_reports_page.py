"""Berichte: period presets, the figures of the period, preview, exports, Fehlzeiten."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gemeinsam_desktop.ui.pages import reports
from gemeinsam_desktop.ui.pages.reports import ReportsPage, preset_period
from gemeinsam_desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.services import figures_data
from tests.ui.typing_helper import type_text


@pytest.fixture
def project(workspace):
    return figures_data.build(workspace, dt.date.today() - dt.timedelta(days=180))


@pytest.fixture
def page(qtbot, workspace, project) -> ReportsPage:
    p = ReportsPage(workspace)
    qtbot.addWidget(p)
    p.resize(1000, 800)
    p.show()
    qtbot.waitUntil(lambda: "Integrationsquote" in p.summary.text(), timeout=10_000)
    return p


def _previews() -> list[PdfPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]


def test_presets_give_whole_months_and_quarters() -> None:
    day = dt.date(2026, 5, 20)
    assert preset_period(reports.MONTH, day, None, None) == (
        dt.date(2026, 5, 1),
        dt.date(2026, 5, 31),
    )
    assert preset_period(reports.LAST_MONTH, day, None, None) == (
        dt.date(2026, 4, 1), dt.date(2026, 4, 30))  # fmt: skip
    assert preset_period(reports.QUARTER, day, None, None) == (
        dt.date(2026, 4, 1), dt.date(2026, 6, 30))  # fmt: skip
    assert preset_period(reports.LAST_QUARTER, dt.date(2026, 2, 3), None, None) == (
        dt.date(2025, 10, 1), dt.date(2025, 12, 31))  # fmt: skip
    start, end = dt.date(2026, 1, 5), dt.date(2026, 9, 30)
    assert preset_period(reports.PROJECT, day, start, end) == (start, end)


def test_page_opens_on_the_project_period_with_its_figures(page, project) -> None:
    assert page.preset.currentIndex() == reports.PROJECT
    assert page.date_from.date() == project.start
    assert page.date_to.date() == project.end
    assert "23 Teilnehmende" in page.summary.text()
    assert "Integrationsquote 90 %" in page.summary.text()
    assert "Anwesenheit 57 %" in page.summary.text()
    assert page.named_warning.isHidden()
    page.named.setChecked(True)
    assert page.named_warning.isVisible()
    # Fehlzeiten: every month of the project so far, and everyone who took part.
    assert page.month.count() >= 6
    assert page.person.itemText(0) == "Alle Teilnehmenden"
    assert page.person.findText("Öztürk-Weiß, Jülide") > 0


def test_typing_a_period_switches_to_custom_and_updates(qtbot, page, project) -> None:
    first = project.session_days[0]
    page.date_from.edit.clear()
    type_text(page.date_from.edit, first.strftime("%d.%m.%Y"))
    page.date_to.edit.clear()
    type_text(page.date_to.edit, project.session_days[3].strftime("%d.%m.%Y"))
    page.date_to.edit.editingFinished.emit()
    assert page.preset.currentIndex() == reports.CUSTOM
    qtbot.waitUntil(lambda: "Anwesenheit 100 %" in page.summary.text(), timeout=10_000)
    page.date_to.edit.setText("31.02.2026")
    page.date_to.edit.editingFinished.emit()
    assert "gültigen Zeitraum" in page.summary.text()


def report_entries(ws, action: str) -> int:
    from sqlalchemy import func, select

    from gemeinsam_desktop.store.models import AuditEvent

    with ws.db.session() as s:
        return s.scalar(select(func.count()).where(AuditEvent.action == action)) or 0


def test_preview_opens_the_report_without_names(qtbot, page) -> None:
    assert report_entries(page.ws, "report.exported") == 0
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_previews()) == 1, timeout=15_000)
    preview = _previews()[0]
    assert preview.windowTitle() == "Zwischenbericht"
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(preview._pdf_bytes)).pages)
    assert "18 von 20" in " ".join(text.split())
    assert "Öztürk-Weiß" not in text
    preview.close()
    page.final.setChecked(True)
    page.named.setChecked(True)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_previews()) == 1 and _previews()[0].isVisible(), timeout=15_000)
    preview = _previews()[0]
    assert preview.windowTitle() == "Abschlussbericht"
    named = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(preview._pdf_bytes)).pages)
    assert "Öztürk-Weiß" in named
    assert figures_data.SECRET_NOTE not in named
    preview.close()
    # each report made is in the audit log, as from the command line
    assert report_entries(page.ws, "report.exported") == 2


def test_figures_and_absences_are_saved_where_asked(qtbot, page, project, tmp_path) -> None:
    target = tmp_path / "zahlen.xlsx"
    page.export_figures_to(target, 1, project.start, project.end)
    qtbot.waitUntil(target.exists, timeout=10_000)
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert ("Integrationsquote", "Integrationsquote", pytest.approx(0.9)) in rows

    day = project.session_days[4]
    page.month.setCurrentIndex(page.month.findData(f"{day:%Y-%m}"))
    page.person.setCurrentIndex(page.person.findData(project.julide))
    out = tmp_path / "fehlzeiten.csv"
    choice = page._absence_choice()
    assert choice is not None
    pid, year, month, person = choice
    page.save_absence_csv_to(out, pid, year, month, person)
    qtbot.waitUntil(out.exists, timeout=10_000)
    lines = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert [line[6] for line in lines[1:]] == ["E", "K", "UE"]
    assert lines[1][2] == "123D456789"


def test_absence_preview_opens(qtbot, page, project) -> None:
    day = project.session_days[4]
    page.month.setCurrentIndex(page.month.findData(f"{day:%Y-%m}"))
    qtbot.mouseClick(page.absence_preview, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_previews()) == 1, timeout=15_000)
    preview = _previews()[0]
    text = " ".join(
        "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(preview._pdf_bytes)).pages).split()
    )
    assert "Fehlzeitenbescheinigung" in text
    assert "Öztürk-Weiß, Jülide" in text
    preview.close()
    assert report_entries(page.ws, "absences.exported") == 1
