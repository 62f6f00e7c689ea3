"""Print buttons: "Vorschau", "Drucken…" and "Als PDF speichern…" for one document.

A ``PrintJob`` names a document and how to build it; the build runs on the database worker
(``operations.run_op``), because it reads the store. A build that takes longer than half a
second gets a progress dialog (``BuildProgress``); a build that reports progress can be
cancelled there. Then the PDF bytes go to the preview, the printer or the file the coach
chose — never to a temporary file (``ui/widgets/pdf_preview.py``).

``PrintButton`` is a push button with that menu; ``add_print_menu`` adds the same three
entries as a submenu to a context menu. Both take a *factory* that returns the job when
the coach chooses (None: nothing to print right now).
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QProgressDialog, QPushButton, QWidget

from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import run_op

if TYPE_CHECKING:  # QtPdf and QtPrintSupport load on the first preview or print (issue #8)
    from PySide6.QtPrintSupport import QPrinter

    from gemeinsam_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
PREVIEW, PRINT, SAVE = "preview", "print", "save"
PRINT_KEYS = "Ctrl+P"
PREVIEW_KEYS = "Ctrl+Shift+P"
#: How long a build may run before the progress dialog appears.
PROGRESS_DELAY_MS = 500
_open_previews: set[PdfPreviewDialog] = set()


@dataclass(frozen=True)
class PrintJob:
    """One document: its title (window, print queue), a suggested file name, its build.

    ``build(progress)`` runs on the worker and returns the PDF bytes; it may call
    ``progress(done, total)`` (which raises ``PrintCancelledError`` once the coach cancelled).
    """

    title: str
    filename: str
    build: Callable[[Progress], bytes]


class PrintCancelledError(Exception):
    """Raised inside a build's progress callback after the coach pressed "Abbrechen"."""


def file_part(text: str, fallback: str = "Dokument") -> str:
    """A piece of a file name without umlaut or punctuation trouble: "Öztürk-Weiß" → "Oeztuerk-Weiss"."""
    for old, new in (("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        text = text.replace(old, new)
    text = text.replace("ß", "ss")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9-]+", "_", ascii_text).strip("_-") or fallback


def _alive(widget: QWidget | None) -> QWidget | None:
    """``widget`` if Qt has not deleted it meanwhile (a dialog closed during a build)."""
    return widget if widget is not None and shiboken6.isValid(widget) else None


class BuildProgress(QObject):
    """The progress dialog of one build: shown after ``PROGRESS_DELAY_MS``, cancellable.

    ``callback`` is handed to the build and called on the worker thread; the signal
    carries the numbers to the GUI thread.
    """

    progressed = Signal(int, int)

    def __init__(self, parent: QWidget | None, label: str, *, cancellable: bool = True) -> None:
        super().__init__(parent)
        self._parent = parent
        self._label = label
        self._cancellable = cancellable
        self._cancel = threading.Event()
        self._numbers = (0, 0)
        self._reported = 0
        self.dialog: QProgressDialog | None = None
        self.progressed.connect(self._show_numbers, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.show_dialog)

    def start(self, delay_ms: int | None = None) -> None:
        self._timer.start(PROGRESS_DELAY_MS if delay_ms is None else delay_ms)

    def callback(self, done: int, total: int) -> None:
        """For the worker: report progress; raises ``PrintCancelledError`` after a cancel.

        The last ``done`` reported is kept: after a cancel it says how far the build got.
        """
        self._reported = done
        if self._cancel.is_set():
            raise PrintCancelledError
        self.progressed.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def done_count(self) -> int:
        """The last ``done`` the build reported (read it after the build ended)."""
        return self._reported

    def show_dialog(self) -> None:
        if self.dialog is not None:
            return
        dialog = QProgressDialog(
            self._label,
            QCoreApplication.translate("PrintButton", "Abbrechen"),
            0,
            0,
            _alive(self._parent),
        )
        dialog.setObjectName("printProgress")
        dialog.setWindowTitle(QCoreApplication.translate("PrintButton", "Bitte warten"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(420)
        if self._cancellable:
            dialog.canceled.connect(self._cancel_requested)
        else:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
        self.dialog = dialog
        self._show_numbers(*self._numbers)
        dialog.show()

    def _show_numbers(self, done: int, total: int) -> None:
        self._numbers = (done, total)
        if self.dialog is None or self._cancel.is_set():
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)
            self.dialog.setLabelText(
                QCoreApplication.translate("PrintButton", "{label}\n{done} von {total}").format(
                    label=self._label, done=done, total=total
                )
            )

    def _cancel_requested(self) -> None:
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(
                QCoreApplication.translate("PrintButton", "Wird abgebrochen …")
            )
            self.dialog.show()  # QProgressDialog hides itself on cancel; stay until the end

    def finish(self) -> None:
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()


def show_preview(parent: QWidget | None, pdf_bytes: bytes, job: PrintJob) -> PdfPreviewDialog:
    """The preview, window-modal but not blocking; it deletes itself when closed."""
    from gemeinsam_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

    preview = PdfPreviewDialog(pdf_bytes, job.title, job.filename, _alive(parent))
    preview.setObjectName("printPreview")
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_previews.add(preview)  # a parentless dialog would vanish with its wrapper
    preview.finished.connect(lambda _r, d=preview: _open_previews.discard(d))
    preview.open()
    return preview


def run_job(
    parent: QWidget | None,
    job: PrintJob,
    action: str,
    *,
    printer: QPrinter | None = None,
    on_done: Callable[[Any], None] | None = None,
) -> None:
    """Build ``job`` on the worker, then preview, print or save it.

    ``printer``: print onto this configured printer instead of asking (tests, a PDF
    printer). ``on_done`` gets the preview dialog, True/False (printed), or the saved
    path / None.
    """
    progress = BuildProgress(
        parent,
        QCoreApplication.translate("PrintButton", "„{title}“ wird erstellt …").format(
            title=job.title
        ),
    )

    def built(pdf_bytes: bytes) -> None:
        from gemeinsam_desktop.ui.widgets import pdf_preview

        progress.finish()
        where = _alive(parent)
        result: Any
        if action == PREVIEW:
            result = show_preview(where, pdf_bytes, job)
        elif action == PRINT:
            result = pdf_preview.print_pdf(where, pdf_bytes, job.title, printer)
        else:
            result = pdf_preview.save_pdf_as(where, pdf_bytes, job.filename)
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> bool:
        progress.finish()
        return isinstance(exc, PrintCancelledError)  # anything else: run_op's message

    progress.start()
    run_op(parent, lambda: job.build(progress.callback), built, on_failure=failed)


JobFactory = Callable[[], PrintJob | None]


def _actions(owner: QObject) -> tuple[QAction, QAction, QAction]:
    preview = QAction(icon("eye"), QCoreApplication.translate("PrintButton", "&Vorschau"), owner)
    preview.setObjectName("previewAction")
    printing = QAction(
        icon("printer"), QCoreApplication.translate("PrintButton", "&Drucken…"), owner
    )
    printing.setObjectName("printAction")
    save = QAction(
        icon("file-down"), QCoreApplication.translate("PrintButton", "Als PDF &speichern…"), owner
    )
    save.setObjectName("savePdfAction")
    return preview, printing, save


def add_print_menu(
    menu: QMenu, text: str, factory: JobFactory, parent: QWidget | None = None
) -> QMenu:
    """A submenu "text ▸ Vorschau / Drucken… / Als PDF speichern…" of ``menu``."""
    sub = menu.addMenu(icon("printer"), text)
    owner = parent if parent is not None else menu.parentWidget()
    for action, kind in zip(_actions(sub), (PREVIEW, PRINT, SAVE), strict=True):
        action.triggered.connect(lambda _c=False, k=kind: _start(owner, factory, k))
        sub.addAction(action)
    return sub


def _start(parent: QWidget | None, factory: JobFactory, action: str) -> None:
    job = factory()
    if job is not None:
        run_job(parent, job, action)


class PrintButton(QPushButton):
    """ "Anwesenheitsliste ▾" with Vorschau, Drucken… and Als PDF speichern….

    ``shortcuts=True`` binds Strg+P (Drucken…) and Strg+Umschalt+P (Vorschau) in the
    button's window — for the one main document of a window.
    """

    def __init__(
        self,
        text: str,
        factory: JobFactory,
        parent: QWidget | None = None,
        *,
        shortcuts: bool = False,
    ) -> None:
        super().__init__(icon("printer"), text, parent)
        self.setObjectName("printButton")
        self.setAutoDefault(False)
        self.factory = factory
        self.preview_action, self.print_action, self.save_action = _actions(self)
        menu = QMenu(self)
        menu.setObjectName("printMenu")
        for action, kind in zip(
            (self.preview_action, self.print_action, self.save_action),
            (PREVIEW, PRINT, SAVE),
            strict=True,
        ):
            action.triggered.connect(lambda _c=False, k=kind: self.run(k))
            menu.addAction(action)
        self.setMenu(menu)
        if shortcuts:
            self.print_action.setShortcut(QKeySequence(PRINT_KEYS))
            self.preview_action.setShortcut(QKeySequence(PREVIEW_KEYS))
            for action in (self.print_action, self.preview_action):
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                self.addAction(action)  # active while the button's window is
            keys = QKeySequence(PRINT_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
            self.setToolTip(
                QCoreApplication.translate(
                    "PrintButton", "Vorschau, Drucken oder als PDF speichern ({keys})"
                ).format(keys=keys)
            )
        else:
            self.setToolTip(
                QCoreApplication.translate(
                    "PrintButton", "Vorschau, Drucken oder als PDF speichern"
                )
            )

    def run(
        self,
        action: str,
        *,
        printer: QPrinter | None = None,
        on_done: Callable[[Any], None] | None = None,
    ) -> None:
        """Build the current job and preview, print or save it (tests pass a printer)."""
        if not self.isEnabled():
            return
        job = self.factory()
        if job is not None:
            run_job(self.window(), job, action, printer=printer, on_done=on_done)
