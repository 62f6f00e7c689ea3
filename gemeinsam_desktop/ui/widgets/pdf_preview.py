"""Preview of a generated PDF inside the app, with printing and "Als PDF speichern".

The PDF never touches the disk unless the coach saves it: QtPdf reads it from a QBuffer
its document owns, and printing paints rendered pages straight onto the printer.

The steps are also functions of their own, for buttons that print or save without showing
the preview first (``ui/widgets/print_buttons.py``): ``load_document`` (bytes → QPdfDocument
in memory), ``new_printer`` and ``choose_printer`` (Qt's print dialog — the one step a test
cannot click, so it stands apart), ``render_to_printer`` (pages onto a configured printer),
``print_pdf`` (all of these), ``ask_save_path`` and ``write_pdf`` / ``save_pdf_as``.
"""

from __future__ import annotations

import errno
import logging
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.files import atomic_write_bytes

log = logging.getLogger(__name__)

# Rendering a page at a 1200 dpi printer resolution would need ~550 MB per A4 image;
# 300 dpi is as sharp as office printers print text and needs ~35 MB.
_MAX_PRINT_DPI = 300
_ZOOM_STEP = 1.25
_ZOOM_MIN, _ZOOM_MAX = 0.25, 5.0


def save_pdf_atomically(data: bytes, path: Path) -> None:
    """Write the PDF so that an existing file is replaced whole or not at all.

    Mode 0600: printed documents hold participants' personal data.
    """
    atomic_write_bytes(path, data, mode=0o600)


# --- the steps, usable without the dialog ------------------------------------------------


def load_document(pdf_bytes: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument reading ``pdf_bytes`` from memory (no file anywhere).

    The buffer is a child of the document: QPdfDocument reads from it lazily, so it must
    live as long as the document does.
    """
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def new_printer(title: str) -> QPrinter:
    """A printer set up for our A4 documents, before the coach chooses one."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # The PDF brings its own margins; print the page as it is, not shrunk into the
    # printer's margins a second time.
    printer.setFullPage(True)
    return printer


def choose_printer(parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
    """Qt's print dialog for ``printer``; True when the coach pressed "Drucken"."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", "Drucken"))
    dialog.setMinMax(1, max(1, page_count))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    # The dialog points at the local printer: it must not outlive this call.
    dialog.deleteLater()
    return accepted


def render_to_printer(document: QPdfDocument, printer: QPrinter) -> bool:
    """Paint the chosen pages onto ``printer``; False if the printer could not start."""
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    painter = QPainter()
    if count == 0 or not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), _MAX_PRINT_DPI)
        paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for index, page in enumerate(range(first - 1, last)):
            if index:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            # Fit the page onto the paper, keeping its proportions, centred.
            scale = min(paper.width() / image.width(), paper.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            x = paper.x() + (paper.width() - width) / 2
            y = paper.y() + (paper.height() - height) / 2
            painter.drawImage(QRectF(x, y, width, height), image)
    finally:
        painter.end()
    return True


def show_print_failed(parent: QWidget | None) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("PdfPreviewDialog", "Drucken fehlgeschlagen"),
        QCoreApplication.translate(
            "PdfPreviewDialog",
            "Der Drucker konnte nicht angesprochen werden. Bitte prüfen Sie, ob er "
            "eingeschaltet und verbunden ist, und versuchen Sie es erneut.",
        ),
    )


def print_pdf(
    parent: QWidget | None, pdf_bytes: bytes, title: str, printer: QPrinter | None = None
) -> bool:
    """Print ``pdf_bytes``: the print dialog first unless a configured ``printer`` is given.

    True when it was printed; a printer that does not start gets a message.
    """
    document = load_document(pdf_bytes)
    try:
        if document.status() != QPdfDocument.Status.Ready:
            log.warning("Printing could not load the document (%s)", document.error())
            show_print_failed(parent)
            return False
        if printer is None:
            printer = new_printer(title)
            if not choose_printer(parent, printer, document.pageCount()):
                return False
        if not render_to_printer(document, printer):
            show_print_failed(parent)
            return False
        return True
    finally:
        document.close()
        document.deleteLater()


def ask_save_path(parent: QWidget | None, suggested_filename: str) -> Path | None:
    """The file dialog in the documents folder; None when cancelled. Adds ".pdf"."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PdfPreviewDialog", "Als PDF speichern"),
        str(Path(folder) / suggested_filename),
        QCoreApplication.translate("PdfPreviewDialog", "PDF-Dokumente (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    with_suffix = path.with_name(path.name + ".pdf")
    # Add the missing suffix, but never onto a file the dialog did not ask about.
    if path.suffix.lower() != ".pdf" and not with_suffix.exists():
        path = with_suffix
    return path


def write_pdf(parent: QWidget | None, pdf_bytes: bytes, path: Path) -> bool:
    """Write atomically with mode 0600; a failure gets a message saying what to do."""
    try:
        save_pdf_atomically(pdf_bytes, path)
    except OSError as error:
        log.warning("Saving a PDF failed: %s", error.strerror or type(error).__name__)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PdfPreviewDialog", "Speichern fehlgeschlagen"),
            save_error_text(error),
        )
        return False
    return True


def save_pdf_as(parent: QWidget | None, pdf_bytes: bytes, suggested_filename: str) -> Path | None:
    """Ask where to save, then write; the path written, or None."""
    path = ask_save_path(parent, suggested_filename)
    if path is None or not write_pdf(parent, pdf_bytes, path):
        return None
    return path


def save_error_text(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return QCoreApplication.translate(
            "PdfPreviewDialog",
            "Der Speicherplatz ist voll. Die Datei wurde nicht gespeichert. Bitte schaffen "
            "Sie Platz oder wählen Sie einen anderen Ort, zum Beispiel einen USB-Stick.",
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate(
            "PdfPreviewDialog",
            "In diesem Ordner dürfen keine Dateien gespeichert werden. Bitte wählen Sie "
            "einen anderen Ordner, zum Beispiel „Dokumente“.",
        )
    if error.errno == errno.ENOENT:
        return QCoreApplication.translate(
            "PdfPreviewDialog",
            "Diesen Ordner gibt es nicht (mehr), vielleicht wurde ein USB-Stick "
            "abgezogen. Bitte wählen Sie einen anderen Ordner.",
        )
    return QCoreApplication.translate(
        "PdfPreviewDialog",
        "Die Datei konnte nicht gespeichert werden ({detail}). Bitte wählen Sie einen anderen Ort.",
    ).format(detail=error.strerror or type(error).__name__)


class PdfPreviewDialog(QDialog):
    """Shows ``pdf_bytes`` page by page; prints, saves or closes."""

    def __init__(
        self,
        pdf_bytes: bytes,
        title: str,
        suggested_filename: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pdf_bytes = pdf_bytes
        self._title = title
        self._suggested_filename = suggested_filename
        self.setWindowTitle(title)
        self.resize(900, 1000)

        self.document = load_document(pdf_bytes, self)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self._build_actions()
        self._build_layout()
        loaded = self.document.status() == QPdfDocument.Status.Ready
        self.print_button.setEnabled(loaded)
        self.print_action.setEnabled(loaded)
        if not loaded:
            log.warning("PDF preview could not load the document (%s)", self.document.error())

    # --- construction ------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(shortcuts: list[QKeySequence], slot: object) -> QAction:
            act = QAction(self)
            act.setShortcuts(shortcuts)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        key = QKeySequence
        self.print_action = action([key(key.StandardKey.Print)], self.print_document)
        self.save_action = action([key(key.StandardKey.Save)], self.save_as)
        self.zoom_in_action = action([key(key.StandardKey.ZoomIn), key("Ctrl+=")], self.zoom_in)
        self.zoom_out_action = action([key(key.StandardKey.ZoomOut)], self.zoom_out)
        self.fit_width_action = action([key("Ctrl+0")], self.fit_to_width)

    def _tool_button(self, text: str, tooltip: str, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tooltip)
        button.setAccessibleName(tooltip)
        button.clicked.connect(action.trigger)
        return button

    def _build_layout(self) -> None:
        self.page_label = QLabel(self._page_count_text(), self)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.page_label)
        toolbar.addStretch(1)
        toolbar.addWidget(
            self._tool_button("−", self.tr("Verkleinern (Strg+-)"), self.zoom_out_action)
        )
        toolbar.addWidget(
            self._tool_button("+", self.tr("Vergrößern (Strg++)"), self.zoom_in_action)
        )
        toolbar.addWidget(
            self._tool_button(
                self.tr("Seitenbreite"),
                self.tr("An die Fensterbreite anpassen (Strg+0)"),
                self.fit_width_action,
            )
        )

        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("Drucken…"), self)
        self.save_button = QPushButton(self.tr("Als PDF speichern…"), self)
        self.close_button = QPushButton(self.tr("Schließen"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.close_button.clicked.connect(self.reject)
        # Enter in the dialog must not print or close by accident.
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _page_count_text(self) -> str:
        count = self.document.pageCount()
        if self.document.status() != QPdfDocument.Status.Ready:
            return self.tr("Das Dokument kann nicht angezeigt werden.")
        if count == 1:
            return self.tr("1 Seite")
        return self.tr("%n Seiten", "", count)

    # --- zoom -------------------------------------------------------------------------

    def _effective_zoom(self) -> float:
        """The zoom factor currently shown, also while the view fits the page to its width."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        page_width = self.document.pagePointSize(0).width() * self.view.logicalDpiX() / 72
        return max(_ZOOM_MIN, self.view.viewport().width() / page_width)

    def _set_zoom(self, factor: float) -> None:
        factor = min(_ZOOM_MAX, max(_ZOOM_MIN, factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def zoom_in(self) -> None:
        self._set_zoom(self._effective_zoom() * _ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._effective_zoom() / _ZOOM_STEP)

    def fit_to_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- printing ---------------------------------------------------------------------

    def print_document(self) -> None:
        printer = new_printer(self._title)
        if not choose_printer(self, printer, self.document.pageCount()):
            return
        if not self.render_to_printer(printer):
            show_print_failed(self)

    def render_to_printer(self, printer: QPrinter) -> bool:
        """Paint the chosen pages onto ``printer``; False if the printer could not start."""
        return render_to_printer(self.document, printer)

    # --- saving -----------------------------------------------------------------------

    def save_as(self) -> bool:
        """Ask where to save, then write the PDF; True when it was saved."""
        return save_pdf_as(self, self._pdf_bytes, self._suggested_filename) is not None
