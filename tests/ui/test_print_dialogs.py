"""The printing dialogs: Teilnahmebescheinigungen of a project, and Einstellungen → Drucken."""

from __future__ import annotations

import datetime as dt
import io
import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton

from gemeinsam_desktop.services import demo, printing
from gemeinsam_desktop.ui import operations
from gemeinsam_desktop.ui.dialogs.certificates_dialog import NAME, NOTE, CertificatesDialog
from gemeinsam_desktop.ui.dialogs.print_settings import (
    TAB_CERTIFICATE,
    TAB_LOGOS,
    PrintSettingsDialog,
)
from gemeinsam_desktop.ui.pages.participants import ParticipantsPage
from gemeinsam_desktop.ui.pages.settings import SettingsPage
from gemeinsam_desktop.ui.widgets import print_buttons
from gemeinsam_desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from gemeinsam_desktop.ui.widgets.print_buttons import PREVIEW, BuildProgress, PrintCancelledError
from tests.ui.conftest import message_boxes
from tests.ui.typing_helper import type_text

pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.qt_log_ignore("This plugin does not support raise"),
]
PROJECT = 1


@pytest.fixture
def demo_ws(workspace):
    demo.fill_demo(workspace, add_coaches=False, today=dt.date(2026, 11, 20))
    return workspace


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def info_text(qtbot) -> str:
    qtbot.waitUntil(lambda: bool(message_boxes()), timeout=30_000)
    box = message_boxes()[0]
    text = box.text()
    box.close()
    return text


@pytest.fixture
def certificates(qtbot, demo_ws):
    dialog = CertificatesDialog(demo_ws, PROJECT)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# -- Teilnahmebescheinigungen -----------------------------------------------------------
def test_eligible_people_are_ticked_the_others_greyed_with_the_reason(certificates) -> None:
    candidates = printing.certificate_candidates(certificates.ws, PROJECT)
    assert certificates.tree.topLevelItemCount() == len(candidates)
    assert certificates.selected_ids() == [c.participant_id for c in candidates if c.eligible]
    below = [i for i, c in enumerate(candidates) if not c.eligible]
    assert below, "the demo has people below the minimum"
    item = certificates.tree.topLevelItem(below[0])
    assert item.checkState(NAME) == Qt.CheckState.Unchecked
    assert item.text(NOTE)
    grey = certificates.palette().color(QPalette.ColorRole.PlaceholderText)
    assert item.foreground(NAME).color() == QColor(grey)
    ticked = certificates.tree.topLevelItem(0 if 0 not in below else 1)
    assert ticked.text(NOTE) == ""
    assert "von" in certificates.count_label.text()


def test_select_none_disables_the_outputs_and_select_all_ticks_everyone(certificates) -> None:
    certificates.none_button.click()
    assert certificates.selected_ids() == []
    assert not certificates.one_pdf.isEnabled() and not certificates.files_button.isEnabled()
    certificates.all_button.click()
    assert len(certificates.selected_ids()) == certificates.tree.topLevelItemCount()
    assert certificates.files_button.isEnabled()


def choose(dialog: CertificatesDialog, count: int) -> list[int]:
    dialog.set_all(False)
    for index in range(count):
        dialog.tree.topLevelItem(index).setCheckState(NAME, Qt.CheckState.Checked)
    return dialog.selected_ids()


def test_one_pdf_for_the_chosen_people(qtbot, certificates) -> None:
    chosen = choose(certificates, 3)
    results: list[object] = []
    certificates.one_pdf.run(PREVIEW, on_done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    preview = results[0]
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.document.pageCount() >= len(chosen)
    text = text_of(preview._pdf_bytes)
    for index in range(3):
        last, first = certificates.tree.topLevelItem(index).text(NAME).split(", ")
        assert last in text and first in text
    preview.close()


def test_one_file_per_chosen_person_and_a_summary(qtbot, certificates, tmp_path) -> None:
    chosen = choose(certificates, 4)
    out = tmp_path / "bescheinigungen"
    certificates.choose_folder = lambda: out  # Qt's folder dialog

    certificates.save_files()

    text = info_text(qtbot)
    assert "4 Teilnahmebescheinigung" in text and str(out) in text
    files = sorted(out.iterdir())
    assert len(files) == len(chosen) == len(certificates.written)
    assert all(f.name.startswith("Teilnahmebescheinigung_") for f in files)
    last = certificates.tree.topLevelItem(0).text(NAME).split(", ")[0]
    assert any(last in text_of(f.read_bytes()) for f in files)


def test_cancel_stops_between_files_and_says_how_many_were_saved(
    qtbot, certificates, tmp_path, monkeypatch
) -> None:
    choose(certificates, 5)
    out = tmp_path / "abgebrochen"
    certificates.choose_folder = lambda: out
    report = BuildProgress.callback

    def coach_cancels_after_two(self: BuildProgress, done: int, total: int) -> None:
        if done == 2:
            self._cancel_requested()  # what "Abbrechen" in the progress dialog does
        report(self, done, total)

    monkeypatch.setattr(BuildProgress, "callback", coach_cancels_after_two)

    certificates.save_files()

    text = info_text(qtbot)
    assert text.startswith("Abgebrochen. 2 Bescheinigung")
    assert len(list(out.iterdir())) == 2
    assert not any(p.name.endswith(".tmp") for p in out.iterdir())


def test_progress_dialog_shows_numbers_and_cancel_stops_the_build(qtbot) -> None:
    progress = BuildProgress(None, "Bescheinigungen werden erstellt …")
    progress.show_dialog()
    dialog = progress.dialog
    assert isinstance(dialog, QProgressDialog)
    progress.callback(3, 10)
    qtbot.waitUntil(lambda: dialog.value() == 3, timeout=5_000)
    assert dialog.maximum() == 10 and "3 von 10" in dialog.labelText()
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Abbrechen"
    cancel.click()
    assert "abgebrochen" in dialog.labelText()
    with pytest.raises(PrintCancelledError):
        progress.callback(4, 10)
    assert progress.done_count() == 4
    progress.finish()


def test_only_builds_longer_than_half_a_second_get_a_progress_dialog(
    qtbot, demo_ws, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(BuildProgress, "show_dialog", lambda self: shown.append(self._label))
    pdf = printing.certificate_sample_pdf(demo_ws)

    def build(seconds: float) -> print_buttons.PrintJob:
        def slow(_progress: print_buttons.Progress) -> bytes:
            time.sleep(seconds)
            return pdf

        return print_buttons.PrintJob(f"Probe {seconds}", "probe.pdf", slow)

    results: list[PdfPreviewDialog] = []
    for number, seconds in enumerate((0.0, 0.9), start=1):
        print_buttons.run_job(None, build(seconds), PREVIEW, on_done=results.append)
        qtbot.waitUntil(lambda n=number: len(results) == n, timeout=20_000)
    assert shown == ["„Probe 0.9“ wird erstellt …"]
    for preview in results:
        preview.close()


def test_participants_page_opens_the_certificates(qtbot, demo_ws, monkeypatch) -> None:
    page = ParticipantsPage(demo_ws)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.certificates_button.isEnabled(), timeout=10_000)
    opened: list[int] = []
    monkeypatch.setattr(CertificatesDialog, "exec", lambda self: opened.append(self.project_id))
    page.certificates_button.click()
    assert opened == [page.project_id]


# -- Einstellungen → Drucken ------------------------------------------------------------
@pytest.fixture
def settings(qtbot, workspace):
    dialog = PrintSettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_unknown_placeholder_is_named_and_nothing_is_saved(qtbot, settings) -> None:
    ws = settings.ws
    before = printing.load_certificate_settings(ws)
    settings.template.setPlainText("")
    type_text(settings.template, "{anrede} {name} hat am {projektname} teilgenommen.")
    settings.min_sessions.setValue(7)
    settings.check_template()
    assert "projektname" in settings.template_state.text()
    assert not settings.preview_button.isEnabled()

    settings.save_button.click()
    operations.wait_idle()
    qtbot.wait(10)

    assert settings.isVisible() and settings.result() != QDialog.DialogCode.Accepted
    assert settings.error.isVisible() and "nichts gespeichert" in settings.error.text()
    assert settings.tabs.currentIndex() == TAB_CERTIFICATE
    assert printing.load_certificate_settings(ws) == before


def test_placeholders_insert_at_the_cursor_and_the_default_comes_back(qtbot, settings) -> None:
    settings.template.setPlainText("Für ")
    settings.template.moveCursor(settings.template.textCursor().MoveOperation.End)
    item = next(
        settings.placeholders.item(i)
        for i in range(settings.placeholders.count())
        if settings.placeholders.item(i).data(Qt.ItemDataRole.UserRole) == "name"
    )
    settings.placeholders.itemClicked.emit(item)
    assert settings.template.toPlainText() == "Für {name}"

    settings.restore_default()
    assert settings.template.toPlainText() == printing.DEFAULT_CERTIFICATE_TEMPLATE
    settings.template.undo()  # one step back to what the coach wrote
    assert settings.template.toPlainText() == "Für {name}"


def test_saving_stores_every_setting(qtbot, settings, tmp_path) -> None:
    logo = tmp_path / "traeger.png"
    image = QImage(240, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d6b74"))
    assert image.save(str(logo))
    settings.choose_logo_file = lambda: logo
    settings.tabs.setCurrentIndex(TAB_LOGOS)
    settings.findChild(QPushButton, "chooseLogo0").click()
    assert not settings.thumbs[0].pixmap().isNull()
    settings.template.setPlainText("{anrede} {name} war dabei: {termine}.")
    settings.min_sessions.setValue(4)
    settings.place.setText("Gießen")
    settings.blank_rows.setValue(8)
    settings.times.setChecked(True)

    settings.save_button.click()

    qtbot.waitUntil(lambda: settings.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    ws = settings.ws
    cert = printing.load_certificate_settings(ws)
    assert (cert.template, cert.min_sessions, cert.place) == (
        "{anrede} {name} war dabei: {termine}.",
        4,
        "Gießen",
    )
    assert printing.load_signin_options(ws) == printing.SigninOptions(8, True)
    assert printing.load_logo_paths(ws) == (logo.resolve(), None)


def test_a_file_that_is_no_image_is_refused_and_nothing_saved(qtbot, settings, tmp_path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_bytes(b"kein Bild")
    settings.choose_logo_file = lambda: fake
    settings.choose_logo(1)
    settings.min_sessions.setValue(9)
    settings.tabs.setCurrentIndex(TAB_CERTIFICATE)

    settings.save_button.click()

    qtbot.waitUntil(lambda: settings.error.isVisible(), timeout=10_000)
    assert "logo.png" in settings.error.text()
    assert settings.tabs.currentIndex() == TAB_LOGOS
    assert printing.load_logo_paths(settings.ws) == (None, None)
    assert printing.load_certificate_settings(settings.ws).min_sessions == 1


def test_sample_preview_uses_the_unsaved_wording(qtbot, settings) -> None:
    settings.template.setPlainText("Probetext für {name} aus {projekt}.")
    settings.check_template()
    settings.preview_button.click()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PdfPreviewDialog) and w.isVisible()
            for w in settings.findChildren(QDialog)
        ),
        timeout=20_000,
    )
    preview = next(w for w in settings.findChildren(PdfPreviewDialog) if w.isVisible())
    assert preview.document.pageCount() == 1
    assert "Probetext für" in text_of(preview._pdf_bytes)
    preview.close()


def test_settings_page_opens_the_print_settings(qtbot, workspace, monkeypatch) -> None:
    page = SettingsPage(workspace)
    qtbot.addWidget(page)
    opened: list[bool] = []
    monkeypatch.setattr(PrintSettingsDialog, "exec", lambda self: opened.append(True))
    page.findChild(QPushButton, "printSettingsButton").click()
    assert opened == [True]
