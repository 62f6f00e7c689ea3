"""What every page of the main window has: a title, an icon, and a refresh on change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui.operations import bus


class Page(QWidget):
    """A navigation entry. Subclasses fill ``self.body`` and implement ``refresh``."""

    icon_name = "info"
    #: kinds of data (as named by operations) whose change makes this page refresh
    watches: frozenset[str] = frozenset()

    def __init__(self, ws: Workspace, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.title = title
        self._stale = True
        self._waiting: _WhenExposed | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("pageContent")
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(32, 24, 32, 24)
        self.body.setSpacing(16)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.body.addWidget(heading)
        scroll.setWidget(content)
        outer.addWidget(scroll)
        bus.changed.connect(self._on_changed)

    def _on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.watches:
            self._stale = True
            if self.isVisible():
                self.refresh_now()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._stale:
            return
        handle = self.window().windowHandle()
        if handle is not None and not handle.isExposed():
            # A window about to appear: it paints first, its data loads right after
            # (start-up time, issue #8), instead of the worker competing with the paint.
            if self._waiting is None:
                self._waiting = _WhenExposed(handle, self._refresh_if_stale)
            return
        self.refresh_now()

    def _refresh_if_stale(self) -> None:
        self._waiting = None
        if self._stale and self.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows from the workspace."""


def after_exposed(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``widget``'s window is on screen (at once if it already is)."""
    handle = widget.window().windowHandle()
    if handle is None or handle.isExposed():
        QTimer.singleShot(0, callback)
    else:
        _WhenExposed(handle, callback)


class _WhenExposed(QObject):
    """Calls ``callback`` once, right after ``window`` is first on screen."""

    def __init__(self, window: QWindow, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)  # after this expose's paint
            self.deleteLater()
        return False


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(10)
    return frame, layout


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("hint", True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
