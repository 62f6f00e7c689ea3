"""Printing in the app: the buttons build the PDF on the worker, then preview, print or save.

Real parts throughout: a demo workspace, the real builders, QtPdf, a QPrinter writing a
PDF file (the one step replaced is Qt's print dialog, which cannot be clicked offscreen),
pypdf reading back what was saved or printed.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import stat
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from sqlalchemy import func, select

from gemeinsam_desktop.services import demo, printing
from gemeinsam_desktop.store.models import Attendance, Session
from gemeinsam_desktop.store.models import AttendanceState as S
from gemeinsam_desktop.ui import operations
from gemeinsam_desktop.ui.dialogs.participant_dialog import ParticipantDialog
from gemeinsam_desktop.ui.dialogs.session_sheet import SessionSheetDialog
from gemeinsam_desktop.ui.pages.calendar import CalendarPage
from gemeinsam_desktop.ui.widgets import pdf_preview
from gemeinsam_desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from gemeinsam_desktop.ui.widgets.print_buttons import PREVIEW, PRINT, SAVE, file_part

# The offscreen platform says so whenever a window is shown; harmless.
pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.qt_log_ignore("This plugin does not support raise"),
]
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def demo_ws(workspace):
    demo.fill_demo(workspace, add_coaches=False, today=TODAY)
    return workspace


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of this test's own, for Python and Qt alike (other programs share /tmp)."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert tempfile.gettempdir() == str(folder)
    return folder


def busiest_session(ws, *, childcare: bool = True) -> int:
    with ws.db.session() as s:
        return s.execute(
            select(Attendance.session_id)
            .join(Session, Session.id == Attendance.session_id)
            .where(Session.cancelled.is_(False), Session.childcare_offered.is_(childcare))
            .group_by(Attendance.session_id)
            .order_by(func.count().desc(), Attendance.session_id)
            .limit(1)
        ).scalar_one()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def previews() -> list[PdfPreviewDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PdfPreviewDialog) and w.isVisible()
    ]


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Stand in for Qt's save dialog; records the proposed name."""
    proposed: list[str] = []

    def fake(_parent: object, _caption: str, directory: str, _filter: str) -> tuple[str, str]:
        proposed.append(directory)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return proposed


def pdf_printer(path: Path) -> QPrinter:
    printer = pdf_preview.new_printer("Test")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


@pytest.fixture
def sheet(qtbot, demo_ws):
    dialog = SessionSheetDialog(demo_ws, busiest_session(demo_ws))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_preview_of_the_signin_sheet_shows_its_pages_and_leaves_no_temp_file(
    qtbot, sheet, private_tmp
) -> None:
    expected = printing.signin_sheets_pdf(sheet.ws, [sheet.session_id])
    results: list[object] = []

    sheet.print_signin.run(PREVIEW, on_done=results.append)

    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    preview = results[0]
    assert isinstance(preview, PdfPreviewDialog) and preview in previews()
    assert preview.windowTitle() == "Anwesenheitsliste"
    assert preview.document.pageCount() == page_count(expected) >= 1
    text = pdf_text(preview._pdf_bytes)
    first = next(r for r in sheet.model.rows() if r.state not in (S.ENTSCHULDIGT, S.KRANK))
    assert first.last_name in text and first.first_name in text
    preview.close()
    operations.wait_idle()
    assert list(private_tmp.iterdir()) == []


def test_ctrl_shift_p_opens_the_preview(qtbot, sheet) -> None:
    sheet.activateWindow()
    qtbot.keyClick(
        sheet.windowHandle(),
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(previews()), timeout=20_000)
    previews()[0].close()


def test_ctrl_p_prints_through_the_print_dialog_without_temp_files(
    qtbot, sheet, tmp_path, private_tmp, monkeypatch
) -> None:
    out = tmp_path / "gedruckt.pdf"
    asked: list[int] = []

    def dialog_says_print(_parent, printer: QPrinter, pages: int) -> bool:
        # What the coach does in Qt's print dialog: choose a printer (here: a PDF file).
        asked.append(pages)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)
        return True

    monkeypatch.setattr(pdf_preview, "choose_printer", dialog_says_print)
    expected = page_count(printing.signin_sheets_pdf(sheet.ws, [sheet.session_id]))
    sheet.activateWindow()

    qtbot.keyClick(sheet.windowHandle(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=30_000)
    operations.wait_idle()
    assert asked == [expected]
    assert page_count(out.read_bytes()) == expected
    assert list(private_tmp.iterdir()) == []


def test_cancelled_print_dialog_prints_nothing(qtbot, sheet, monkeypatch) -> None:
    monkeypatch.setattr(pdf_preview, "choose_printer", lambda *_a: False)
    results: list[object] = []
    sheet.print_signin.run(PRINT, on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results == [False]


def test_print_onto_a_configured_printer(qtbot, sheet, tmp_path) -> None:
    out = tmp_path / "drucker.pdf"
    results: list[object] = []
    sheet.print_childcare.run(PRINT, printer=pdf_printer(out), on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert results == [True]
    expected = printing.childcare_pdf(sheet.ws, [sheet.session_id])
    assert page_count(out.read_bytes()) == page_count(expected)


def test_save_writes_the_pdf_only_where_chosen_readable_by_the_owner(
    qtbot, sheet, tmp_path, private_tmp, monkeypatch
) -> None:
    target = tmp_path / "liste.pdf"
    proposed = choose_file(monkeypatch, target)
    results: list[object] = []

    sheet.print_signin.run(SAVE, on_done=results.append)

    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert results == [target]
    info = sheet.sheet.session
    assert proposed[0].endswith(f"Anwesenheitsliste_{info.starts_at:%Y-%m-%d}_Workshop.pdf")
    text = pdf_text(target.read_bytes())
    listed = [r for r in sheet.model.rows() if r.state not in (S.ENTSCHULDIGT, S.KRANK)]
    assert listed and all(row.last_name in text for row in listed)
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert list(private_tmp.iterdir()) == []


def test_childcare_list_only_for_sessions_with_childcare(qtbot, demo_ws) -> None:
    with_care = SessionSheetDialog(demo_ws, busiest_session(demo_ws, childcare=True))
    without = SessionSheetDialog(demo_ws, busiest_session(demo_ws, childcare=False))
    for dialog in (with_care, without):
        qtbot.addWidget(dialog)
        dialog.show()
    assert with_care.print_childcare.isVisible()
    assert not without.print_childcare.isVisible()
    assert without.print_signin.isVisible()


def test_a_build_error_is_shown_and_nothing_opens(qtbot, demo_ws, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(operations.messages, "show_error", lambda _parent, exc: shown.append(exc))
    dialog = SessionSheetDialog(demo_ws, busiest_session(demo_ws))
    qtbot.addWidget(dialog)
    dialog.session_id = 999_999  # deleted meanwhile
    dialog.print_signin.run(PREVIEW)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert previews() == []


# -- calendar ---------------------------------------------------------------------------
@pytest.fixture
def calendar_page(qtbot, demo_ws):
    page = CalendarPage(demo_ws)
    qtbot.addWidget(page)
    page.resize(1180, 800)
    page.show()
    qtbot.waitUntil(lambda: bool(page.project_id) and bool(page.data.sessions), timeout=10_000)
    return page


def busy_day(page: CalendarPage) -> dt.date:
    days = [d for d, sessions in page.data.by_day.items() if any(not s.cancelled for s in sessions)]
    return max(days, key=lambda d: len(page.data.by_day[d]))


def test_day_lists_preview_holds_every_sheet_of_the_day(qtbot, calendar_page) -> None:
    day = busy_day(calendar_page)
    calendar_page.go_to(day)
    assert calendar_page.selected_day() == day
    expected = page_count(printing.signin_day_pdf(calendar_page.ws, day))

    calendar_page.print_day(PREVIEW)

    qtbot.waitUntil(lambda: bool(previews()), timeout=20_000)
    preview = previews()[0]
    assert preview.document.pageCount() == expected
    assert preview.windowTitle() == f"Anwesenheitslisten vom {day:%d.%m.%Y}"
    preview.close()


def test_day_print_menu_names_the_day_and_offers_both_lists(calendar_page) -> None:
    day = busy_day(calendar_page)
    calendar_page.go_to(day)
    calendar_page._fill_day_print_menu()
    texts = [a.text() for a in calendar_page.day_print_menu.actions()]
    assert day.strftime("%d.%m.%Y") in texts[0]
    assert "Anwesenheitslisten des Tages" in texts
    assert "Betreuungslisten des Tages" in texts


def test_context_menu_prints_the_session_and_its_series(qtbot, calendar_page) -> None:
    info = next(s for s in calendar_page.data.sessions if s.series_id and s.childcare_offered)
    menu = calendar_page.context_menu(info.starts_at.date(), info.id)
    subs = {a.text(): a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)}
    assert {"Anwesenheitsliste", "Betreuungsliste", "Anwesenheitslisten der Serie"} <= set(subs)
    series_menu = subs["Anwesenheitslisten der Serie"]
    assert [a.text() for a in series_menu.actions()] == [
        "&Vorschau",
        "&Drucken…",
        "Als PDF &speichern…",
    ]
    series_menu.actions()[0].trigger()  # Vorschau
    qtbot.waitUntil(lambda: bool(previews()), timeout=30_000)
    ids = printing.series_signin_ids(calendar_page.ws, info.series_id)
    assert previews()[0].document.pageCount() >= len(ids) > 1
    previews()[0].close()


# -- participant record -----------------------------------------------------------------
def test_participant_record_saves_the_certificate(qtbot, demo_ws, tmp_path, monkeypatch) -> None:
    candidate = next(
        c for c in printing.certificate_candidates(demo_ws, 1) if c.eligible and c.sessions > 3
    )
    dialog = ParticipantDialog(demo_ws, candidate.participant_id, 1)
    qtbot.addWidget(dialog)
    target = tmp_path / "bescheinigung.pdf"
    proposed = choose_file(monkeypatch, target)
    results: list[object] = []

    dialog.certificate_button.run(SAVE, on_done=results.append)

    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    last, first = dialog.data.last_name, dialog.data.first_name
    assert Path(proposed[0]).name == (
        f"Teilnahmebescheinigung_{file_part(last)}_{file_part(first)}.pdf"
    )
    text = pdf_text(target.read_bytes())
    assert "Teilnahmebescheinigung" in text
    assert last in text and first in text


def test_file_part_spells_umlauts_out() -> None:
    assert file_part("Öztürk-Weiß") == "Oeztuerk-Weiss"
    assert file_part("Şahin Groß") == "Sahin_Gross"
    assert file_part("  ") == "Dokument"
