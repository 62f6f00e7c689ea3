"""Netzwerk: partner employers and, in further tabs, what grows from them (leads).

The page holds a ``QTabWidget``; the tab "Arbeitgeber" (``employers_tab.EmployersTab``) is
its first. Further tabs come through ``add_tab(widget, icon_name, title)``; a tab widget
with a ``refresh()`` method is refreshed when it is shown and the page's data changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.pages.base import Page
from gemeinsam_desktop.ui.pages.employers_tab import EmployersTab
from gemeinsam_desktop.ui.widgets.lead_board import LeadBoard


class NetworkPage(Page):
    icon_name = "handshake"
    watches = frozenset({"employers", "leads", "placements", "sessions", "participants"})

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(ws, self.tr("Netzwerk"), parent)
        self.body.setSpacing(12)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("networkTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.body.addWidget(self.tabs, 1)
        self.employers = EmployersTab(ws)
        self.add_tab(self.employers, "building", self.tr("Arbeitgeber"))
        self.leads = LeadBoard(ws)
        self.add_tab(self.leads, "list", self.tr("Hinweise"))

    def add_tab(self, widget: QWidget, icon_name: str, title: str) -> int:
        """Add a tab (its title already translated); returns its index."""
        return self.tabs.addTab(widget, icon(icon_name), title)

    def show_section(self, section: str) -> None:
        """Show a part of the page: "follow_ups" (employers whose follow-up is due), or a
        section a further tab knows (its ``show_section(section)`` returns True)."""
        if section == "follow_ups":
            self.tabs.setCurrentWidget(self.employers)
            self.employers.show_due_only()
            return
        for index in range(self.tabs.count()):
            handler = getattr(self.tabs.widget(index), "show_section", None)
            if callable(handler) and handler(section):
                self.tabs.setCurrentIndex(index)
                return

    def _tab_changed(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        refresh = getattr(current, "refresh", None)
        if callable(refresh):
            refresh()
