"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from gemeinsam_desktop import APP_NAME
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages, preferences
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import role_label
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.page_registry import PAGE_SPECS, LazyPages, first_page_row, page_titles
from gemeinsam_desktop.ui.pages.base import Page, after_exposed

if TYPE_CHECKING:
    from gemeinsam_desktop.services.notes import DraftData
    from gemeinsam_desktop.ui.pages.calendar import CalendarPage
    from gemeinsam_desktop.ui.pages.network import NetworkPage
    from gemeinsam_desktop.ui.pages.overview import OverviewPage
    from gemeinsam_desktop.ui.pages.participants import ParticipantsPage
    from gemeinsam_desktop.ui.pages.reports import ReportsPage
    from gemeinsam_desktop.ui.pages.settings import SettingsPage


class MainWindow(QMainWindow):
    """Pages are built when first shown (start-up time, issue #8): the stack holds an empty
    placeholder for each page until then. ``pages`` and the ``*_page`` properties build the
    page they return."""

    lock_requested = Signal()
    language_changed = Signal(str)  # from the settings page, once it is built
    auto_lock_changed = Signal(int)

    def __init__(self, ws: Workspace, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.demo = demo
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(720, 480))  # 1366×768 at 150 % leaves ~910×512
        title = f"{APP_NAME} – {ws.project_name()}"
        self.setWindowTitle(title + (" – DEMO" if demo else ""))

        self._built: list[Page | None] = [None] * len(PAGE_SPECS)
        self.pages = LazyPages(self._built, self.page_at)
        self._titles = page_titles()
        self._build_layout()
        self._build_menus()
        self._build_status_bar()
        geometry = preferences.MAIN_GEOMETRY.get()
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        self.navigation.setCurrentRow(first_page_row())
        self._drafts_offered = False

    # -- layout -----------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(230)
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for index, (spec, title) in enumerate(zip(PAGE_SPECS, self._titles, strict=True)):
            item = QListWidgetItem(icon(spec.icon_name), title)
            item.setToolTip(f"{title} (Strg+{index + 1})")
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # the placeholder until the page is first shown
        self.navigation.currentRowChanged.connect(self._show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def page_at(self, row: int) -> Page:
        """The page in navigation row ``row``, built now if it has not been shown yet."""
        page = self._built[row]
        if page is not None:
            return page
        page = PAGE_SPECS[row].page_class()(self.ws)
        self._built[row] = page
        placeholder = self.stack.widget(row)
        assert placeholder is not None
        was_current = self.stack.currentIndex() == row
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.insertWidget(row, page)
        if was_current:
            self.stack.setCurrentIndex(row)
        self._connect_page(page)
        return page

    def _connect_page(self, page: Page) -> None:
        key = PAGE_SPECS[self._built.index(page)].key
        if key == "overview":
            from gemeinsam_desktop.ui.pages.overview import open_figure

            page.navigate.connect(  # type: ignore[attr-defined]
                lambda target, arg: open_figure(self, target, arg)
            )
        elif key == "settings":
            page.language_changed.connect(self.language_changed)  # type: ignore[attr-defined]
            page.auto_lock_changed.connect(self.auto_lock_changed)  # type: ignore[attr-defined]

    def _page(self, key: str) -> Page:
        return self.page_at(next(i for i, spec in enumerate(PAGE_SPECS) if spec.key == key))

    def built_page(self, key: str) -> Page | None:
        """The page named ``key`` if it has been built, else None (builds nothing)."""
        index = next(i for i, spec in enumerate(PAGE_SPECS) if spec.key == key)
        return self._built[index]

    @property
    def overview_page(self) -> OverviewPage:
        return cast("OverviewPage", self._page("overview"))

    @property
    def participants_page(self) -> ParticipantsPage:
        return cast("ParticipantsPage", self._page("participants"))

    @property
    def calendar_page(self) -> CalendarPage:
        return cast("CalendarPage", self._page("calendar"))

    @property
    def network_page(self) -> NetworkPage:
        return cast("NetworkPage", self._page("network"))

    @property
    def reports_page(self) -> ReportsPage:
        return cast("ReportsPage", self._page("reports"))

    @property
    def settings_page(self) -> SettingsPage:
        return cast("SettingsPage", self._page("settings"))

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.page_at(row)
            self.stack.setCurrentIndex(row)
            preferences.LAST_PAGE.set(row)

    def show_page(self, page: Page) -> None:
        self.navigation.setCurrentRow(self.pages.index(page))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
        self.lock_action = QAction(icon("lock"), self.tr("&Sperren"), self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addAction(self.lock_action)
        self.search_action = QAction(icon("search"), self.tr("&Notizen durchsuchen …"), self)
        self.search_action.setObjectName("searchAction")
        self.search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.search_action.triggered.connect(self.open_search)
        file_menu.addAction(self.search_action)
        file_menu.addSeparator()
        from gemeinsam_desktop.ui.dialogs.backup_dialogs import BackupActions, backup_bus

        self.backup_actions = BackupActions(self.ws, self)
        backup_bus.restored.connect(self._after_restore)
        usb = QAction(icon("save"), self.tr("Sicherung auf &USB-Stick …"), self)
        usb.setObjectName("usbBackupAction")
        usb.triggered.connect(self.backup_actions.backup_to_usb)
        restore = QAction(icon("archive-restore"), self.tr("&Wiederherstellen …"), self)
        restore.setObjectName("restoreAction")
        restore.triggered.connect(self.backup_actions.restore)
        file_menu.addActions([usb, restore])
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Beenden"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&Ansicht"))
        for index, (spec, title) in enumerate(zip(PAGE_SPECS, self._titles, strict=True)):
            action = QAction(icon(spec.icon_name), title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _c=False, row=index: self.navigation.setCurrentRow(row))
            view_menu.addAction(action)
            self.addAction(action)

        help_menu = bar.addMenu(self.tr("&Hilfe"))
        about = QAction(self.tr("Ü&ber Gemeinsam Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        coach = self.ws.current_coach
        label = QLabel(
            self.tr("Angemeldet: {name} ({role})").format(
                name=coach.name, role=role_label(coach.role)
            )
        )
        label.setObjectName("coachLabel")
        self.statusBar().addWidget(label)
        if self.demo:
            banner = QLabel(self.tr("DEMO – fiktive Daten"))
            banner.setObjectName("demoBanner")
            self.statusBar().addPermanentWidget(banner)
        from gemeinsam_desktop.ui.backup_scheduler import BackupScheduler

        self.backup_scheduler = BackupScheduler(self.ws, self)  # daily backup, old-backup warning
        self.statusBar().addPermanentWidget(self.backup_scheduler.warning)
        hint = QLabel(self.tr("Strg+L sperrt"))
        hint.setProperty("hint", True)
        self.statusBar().addPermanentWidget(hint)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._drafts_offered:  # once the window is on screen: it comes first
            self._drafts_offered = True
            after_exposed(self, self._offer_drafts)
            after_exposed(self, self.backup_scheduler.refresh)  # the status bar's warning

    def _offer_drafts(self) -> None:
        """After a crash or power cut: say where unsaved notes of this coach wait."""
        ws = self.ws

        def load() -> list[DraftData]:
            from gemeinsam_desktop.services import notes  # on the worker: not before the window

            return notes.drafts_of_current_coach(ws)

        def show(drafts: list[DraftData]) -> None:
            if not drafts:
                return
            names = ", ".join(sorted({d.participant_name for d in drafts if d.participant_name}))
            messages.show_info(
                self,
                self.tr(
                    "Es gibt ungespeicherte Notiz-Entwürfe bei: {names}. Öffnen Sie die Person, "
                    "um weiterzuschreiben; der Entwurf steht im Reiter „Notizen“."
                ).format(names=names),
                self.tr("Entwürfe gefunden"),
            )

        run_op(self, load, show)

    def _after_restore(self, result: object) -> None:
        """A backup replaced the data: lock, then say how to go on (issue #8)."""
        from gemeinsam_desktop.services.backup import RestoreResult
        from gemeinsam_desktop.ui.dialogs.backup_dialogs import restored_message

        assert isinstance(result, RestoreResult)
        text = restored_message(result)
        self.lock_requested.emit()
        messages.show_info(None, text, self.tr("Sicherung eingespielt"))

    def open_search(self) -> None:
        """Full-text search over notes and agreements of the project shown in the roster."""
        from gemeinsam_desktop.ui.dialogs.search_dialog import SearchDialog

        # Before the roster has loaded, the first project (made at set-up, never deleted).
        roster = cast("ParticipantsPage | None", self.built_page("participants"))
        project_id = (roster.project_id if roster is not None else 0) or 1
        SearchDialog(self.ws, project_id, self).exec()

    def _about(self) -> None:
        from gemeinsam_desktop import __version__  # a metadata look-up: not at start-up

        QMessageBox.about(
            self,
            self.tr("Über Gemeinsam Desktop"),
            self.tr(
                "Gemeinsam Desktop {version}\n\nFür die Job-Coaches von „Gemeinsam in Wetzlar“, "
                "einem Projekt des JobCenters Lahn-Dill und der Stadt Wetzlar.\n\n"
                "Alle Daten bleiben verschlüsselt auf diesem Computer."
            ).format(version=__version__),
        )

    # -- state ------------------------------------------------------------------------
    def save_geometry(self) -> None:
        preferences.MAIN_GEOMETRY.set(self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)
