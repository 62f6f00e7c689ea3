"""Every message box of the app, in one place (STYLE habit 3).

Known errors (wrong passphrase, disk full, damaged file, …) get their German text that says
what to do; anything else is a bug and gets the crash message that names the log file.
Error boxes are window-modal and non-blocking (``open``), so the app goes on painting.
"""

from __future__ import annotations

import logging
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.ui.i18n import error_text

if TYPE_CHECKING:  # QMessageBox loads with the first box: the first window needs none
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)
_log_path: str = ""
_open_boxes: set[QMessageBox] = set()


def set_log_path(path: str) -> None:
    global _log_path
    _log_path = path


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("messageBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    # A parentless box would be deleted with its Python wrapper: keep it until answered.
    _open_boxes.add(box)
    box.finished.connect(lambda _r, b=box: _open_boxes.discard(b))
    box.open()
    return box


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return _box(
        parent,
        QMessageBox.Icon.Information,
        title or QCoreApplication.translate("messages", "Hinweis"),
        text,
    )


def show_known_error(parent: QWidget | None, exc: KnownError) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    return _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("messages", "Das hat nicht geklappt"),
        error_text(exc),
    )


def show_bug(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    log_unexpected(exc)
    text = QCoreApplication.translate(
        "messages",
        "Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherten Daten sind sicher.\n\n"
        "Bitte melden Sie den Fehler und nennen Sie dabei die Protokolldatei:\n{path}",
    ).format(path=_log_path or QCoreApplication.translate("messages", "(kein Protokoll)"))
    return _box(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("messages", "Unerwarteter Fehler"),
        text,
    )


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    if isinstance(exc, KnownError):
        log.info("known error: %s", type(exc).__name__)
        return show_known_error(parent, exc)
    return show_bug(parent, exc)


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """Ask before something destructive; the safe answer is the default."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("messages", "Abbrechen"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def log_unexpected(exc: BaseException) -> None:
    """Log where a bug happened without its message: messages may quote personal data."""
    frames = "\n".join(
        f"  {frame.filename}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(exc.__traceback__)
    )
    log.error("unexpected %s\n%s", type(exc).__name__, frames)
