"""The PDF preview dialog: pages shown, saved whole or not at all, printed page by page."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import errno  # noqa: E402
import io  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtPdfWidgets import QPdfView  # noqa: E402
from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: E402
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402
from reportlab.platypus import PageBreak  # noqa: E402

from gemeinsam_desktop import files  # noqa: E402
from gemeinsam_desktop.printing.layout import build_pdf, paragraph  # noqa: E402
from gemeinsam_desktop.ui.widgets.pdf_preview import PdfPreviewDialog  # noqa: E402


@pytest.fixture(scope="module")
def two_pages() -> bytes:
    story = [paragraph("Erste Seite – Jülide Şahin-Groß"), PageBreak(), paragraph("Zweite Seite")]
    return build_pdf(story, title="Probe", author="Test")


@pytest.fixture
def dialog(qtbot: QtBot, two_pages: bytes) -> PdfPreviewDialog:
    dlg = PdfPreviewDialog(two_pages, "Anwesenheitsliste", "anwesenheitsliste.pdf")
    qtbot.addWidget(dlg)
    return dlg


# The offscreen platform says so whenever a dialog is shown; harmless.
SHOWN = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _show(dialog: PdfPreviewDialog, qtbot: QtBot) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.view.setFocus()


def _press(dialog: PdfPreviewDialog, qtbot: QtBot, key: Qt.Key, ctrl: bool = False) -> None:
    """Type a key the way the window system delivers it, so the shortcut map sees it.

    (A key event sent straight to a widget bypasses the shortcuts.)
    """
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(dialog.windowHandle(), key, modifier)


class Warnings:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.messages: list[tuple[str, str]] = []

        def capture(_parent: object, title: str, text: str, *args: object) -> object:
            self.messages.append((title, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "warning", capture)
        monkeypatch.setattr(QMessageBox, "critical", capture)


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """Stand in for Qt's file dialog (not the thing under test); records the proposed name."""
    proposed: list[str] = []

    def fake(_parent: object, _caption: str, directory: str, _filter: str) -> tuple[str, str]:
        proposed.append(directory)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return proposed


def test_shows_every_page(dialog: PdfPreviewDialog) -> None:
    assert dialog.document.pageCount() == 2
    assert dialog.page_label.text() == "2 Seiten"
    assert dialog.windowTitle() == "Anwesenheitsliste"
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.print_button.isEnabled()


def test_single_page_label(qtbot: QtBot) -> None:
    dlg = PdfPreviewDialog(build_pdf([paragraph("Nur eine")], title="t", author="a"), "t", "t.pdf")
    qtbot.addWidget(dlg)
    assert dlg.page_label.text() == "1 Seite"


def test_unreadable_pdf_disables_printing(qtbot: QtBot) -> None:
    dlg = PdfPreviewDialog(b"kein PDF", "Kaputt", "kaputt.pdf")
    qtbot.addWidget(dlg)
    assert not dlg.print_button.isEnabled()
    assert "nicht angezeigt" in dlg.page_label.text()


def test_save_writes_identical_bytes_and_no_temp_files(
    dialog: PdfPreviewDialog, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "liste.pdf"
    proposed = _choose_file(monkeypatch, target)

    assert dialog.save_as() is True

    assert target.read_bytes() == two_pages
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.pdf"]
    assert proposed[0].endswith("anwesenheitsliste.pdf")


def test_save_adds_missing_suffix(
    dialog: PdfPreviewDialog, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose_file(monkeypatch, tmp_path / "liste")
    assert dialog.save_as() is True
    assert (tmp_path / "liste.pdf").read_bytes() == two_pages


def test_save_replaces_existing_file(
    dialog: PdfPreviewDialog, two_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "liste.pdf"
    target.write_bytes(b"alt")
    _choose_file(monkeypatch, target)
    assert dialog.save_as() is True
    assert target.read_bytes() == two_pages


def test_cancelled_save_writes_nothing(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose_file(monkeypatch, None)
    warnings = Warnings(monkeypatch)
    assert dialog.save_as() is False
    assert warnings.messages == []


def test_save_into_missing_folder_shows_message_and_leaves_nothing(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose_file(monkeypatch, tmp_path / "abgezogener-stick" / "liste.pdf")
    warnings = Warnings(monkeypatch)

    assert dialog.save_as() is False

    assert len(warnings.messages) == 1
    title, text = warnings.messages[0]
    assert title == "Speichern fehlgeschlagen"
    assert "Ordner" in text
    assert list(tmp_path.iterdir()) == []


def test_full_disk_shows_message_keeps_old_file_and_leaves_no_temp(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "liste.pdf"
    target.write_bytes(b"alt")
    _choose_file(monkeypatch, target)
    warnings = Warnings(monkeypatch)

    def full_disk(src: str, dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "replace", full_disk)
    assert dialog.save_as() is False

    assert len(warnings.messages) == 1
    assert "Speicherplatz ist voll" in warnings.messages[0][1]
    assert target.read_bytes() == b"alt"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.pdf"]


def test_read_only_folder_message(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, where chmod cannot take write access away: fake the refusal.
    _choose_file(monkeypatch, tmp_path / "liste.pdf")
    warnings = Warnings(monkeypatch)

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(files.tempfile, "mkstemp", refuse)
    assert dialog.save_as() is False
    assert "keine Dateien gespeichert" in warnings.messages[0][1]
    assert list(tmp_path.iterdir()) == []


@SHOWN
def test_ctrl_s_saves_and_escape_closes(
    dialog: PdfPreviewDialog,
    two_pages: bytes,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "kurz.pdf"
    _choose_file(monkeypatch, target)
    _show(dialog, qtbot)

    _press(dialog, qtbot, Qt.Key.Key_S, ctrl=True)
    assert target.read_bytes() == two_pages

    _press(dialog, qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@SHOWN
def test_zoom_in_out_and_back_to_width(dialog: PdfPreviewDialog, qtbot: QtBot) -> None:
    _show(dialog, qtbot)

    _press(dialog, qtbot, Qt.Key.Key_Plus, ctrl=True)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    larger = dialog.view.zoomFactor()
    _press(dialog, qtbot, Qt.Key.Key_Minus, ctrl=True)
    assert dialog.view.zoomFactor() == pytest.approx(larger / 1.25)
    _press(dialog, qtbot, Qt.Key.Key_0, ctrl=True)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


@SHOWN
def test_ctrl_p_opens_the_print_dialog(
    dialog: PdfPreviewDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []

    def cancel(print_dialog: QPrintDialog) -> int:
        opened.append(print_dialog.printer().docName())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    rendered: list[QPrinter] = []
    monkeypatch.setattr(dialog, "render_to_printer", rendered.append)
    _show(dialog, qtbot)

    _press(dialog, qtbot, Qt.Key.Key_P, ctrl=True)

    assert opened == ["Anwesenheitsliste"]
    assert rendered == []  # cancelled: nothing printed


def test_failed_printer_start_shows_message(
    dialog: PdfPreviewDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Accepted.value)
    handed: list[bool] = []

    def printer_off(printer: QPrinter) -> bool:
        handed.append(printer.fullPage())
        return False

    monkeypatch.setattr(dialog, "render_to_printer", printer_off)
    warnings = Warnings(monkeypatch)

    dialog.print_document()

    assert handed == [True]  # the PDF's own margins, not the printer's on top
    assert warnings.messages[0][0] == "Drucken fehlgeschlagen"


def test_prints_every_page(dialog: PdfPreviewDialog, tmp_path: Path) -> None:
    # A PDF printer stands in for a real one; the output shows what the printer received.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "gedruckt.pdf"))
    printer.setFullPage(True)

    assert dialog.render_to_printer(printer) is True

    printed = PdfReader(io.BytesIO((tmp_path / "gedruckt.pdf").read_bytes()))
    assert len(printed.pages) == 2


def test_prints_only_the_chosen_page_range(dialog: PdfPreviewDialog, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "seite2.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)

    assert dialog.render_to_printer(printer) is True

    assert len(PdfReader(io.BytesIO((tmp_path / "seite2.pdf").read_bytes())).pages) == 1
