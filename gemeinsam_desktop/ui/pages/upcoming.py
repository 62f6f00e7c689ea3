"""Pages whose full features arrive with later issues; each says what it will hold."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui.pages.base import Page, card, hint


class UpcomingPage(Page):
    def __init__(
        self, ws: Workspace, title: str, icon_name: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ws, title, parent)
        self.icon_name = icon_name
        frame, layout = card()
        layout.addWidget(hint(text))
        self.body.addWidget(frame)
        self.body.addStretch(1)
