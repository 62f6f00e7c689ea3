"""The main window's pages, known by name, icon and title before any of them is built.

Building every page up front cost the main window ~0.4 s at start (issue #8); now the
window lists the pages from ``PAGE_SPECS`` and builds each one when it is first shown.
Importing a page's module is part of building it, so the modules behind the other pages
(printing, the network's board, the reports) load only when the coach goes there.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast, overload

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from gemeinsam_desktop.services.workspace import Workspace
    from gemeinsam_desktop.ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    key: str  # "overview" → MainWindow.overview_page
    module: str
    class_name: str
    icon_name: str  # the same as the class's ``icon_name`` (tests/ui/test_lazy_pages.py)

    def page_class(self) -> Callable[[Workspace], Page]:
        module = importlib.import_module(self.module)
        return cast("Callable[[Workspace], Page]", getattr(module, self.class_name))


_PAGES = "gemeinsam_desktop.ui.pages."
PAGE_SPECS: tuple[PageSpec, ...] = (
    PageSpec("overview", _PAGES + "overview", "OverviewPage", "layout-dashboard"),
    PageSpec("participants", _PAGES + "participants", "ParticipantsPage", "users"),
    PageSpec("calendar", _PAGES + "calendar", "CalendarPage", "calendar-days"),
    PageSpec("network", _PAGES + "network", "NetworkPage", "handshake"),
    PageSpec("reports", _PAGES + "reports", "ReportsPage", "chart-column"),
    PageSpec("settings", _PAGES + "settings", "SettingsPage", "settings"),
)


def page_titles() -> list[str]:
    """The pages' titles in the UI language, in ``PAGE_SPECS`` order.

    Each is translated in its page's own context with the page's own source text, so the
    navigation and the page heading share one translation.
    """
    translate = QCoreApplication.translate
    return [
        translate("OverviewPage", "Übersicht"),
        translate("ParticipantsPage", "Teilnehmende"),
        translate("CalendarPage", "Kalender"),
        translate("NetworkPage", "Netzwerk"),
        translate("ReportsPage", "Berichte"),
        translate("SettingsPage", "Einstellungen"),
    ]


def first_page_row() -> int:
    """The row the main window opens on: the page shown last (preferences.LAST_PAGE)."""
    from gemeinsam_desktop.ui import preferences

    return min(max(preferences.LAST_PAGE.get(), 0), len(PAGE_SPECS) - 1)


class LazyPages(Sequence["Page"]):
    """``MainWindow.pages``: indexing builds the page; ``index`` and ``len`` build nothing."""

    def __init__(self, built: list[Page | None], build: Callable[[int], Page]) -> None:
        self._built = built
        self._build = build

    def __len__(self) -> int:
        return len(self._built)

    @overload
    def __getitem__(self, index: int) -> Page: ...

    @overload
    def __getitem__(self, index: slice) -> list[Page]: ...

    def __getitem__(self, index: int | slice) -> Page | list[Page]:
        if isinstance(index, slice):
            return [self._build(i) for i in range(len(self._built))[index]]
        if not -len(self._built) <= index < len(self._built):
            raise IndexError(index)
        return self._build(index % len(self._built))

    def __iter__(self) -> Iterator[Page]:
        return (self._build(i) for i in range(len(self._built)))

    def __contains__(self, value: object) -> bool:
        return any(page is value for page in self._built)

    def index(self, value: object, start: int = 0, stop: int | None = None) -> int:
        for i, page in enumerate(self._built[start:stop], start):
            if page is not None and page is value:
                return i
        raise ValueError("not a page of this window")

    def built(self) -> list[Page]:
        """The pages built so far."""
        return [page for page in self._built if page is not None]
