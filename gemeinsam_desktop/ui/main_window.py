"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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

from gemeinsam_desktop import APP_NAME, __version__
from gemeinsam_desktop.services.workspace import Workspace
from gemeinsam_desktop.ui import messages, preferences
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.labels import role_label
from gemeinsam_desktop.ui.operations import run_op
from gemeinsam_desktop.ui.pages.base import Page
from gemeinsam_desktop.ui.pages.calendar import CalendarPage
from gemeinsam_desktop.ui.pages.overview import OverviewPage
from gemeinsam_desktop.ui.pages.participants import ParticipantsPage
from gemeinsam_desktop.ui.pages.settings import SettingsPage
from gemeinsam_desktop.ui.pages.upcoming import UpcomingPage


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, ws: Workspace, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.demo = demo
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(720, 480))  # 1366×768 at 150 % leaves ~910×512
        title = f"{APP_NAME} – {ws.project_name()}"
        self.setWindowTitle(title + (" – DEMO" if demo else ""))

        self.pages: list[Page] = []
        self.settings_page = SettingsPage(ws)
        self.participants_page: ParticipantsPage
        self._add_pages(
            OverviewPage(ws),
            (participants := ParticipantsPage(ws)),
            CalendarPage(ws),
            UpcomingPage(
                ws,
                self.tr("Netzwerk"),
                "handshake",
                self.tr(
                    "Hier entstehen Partnerbetriebe, Ansprechpersonen, Hinweise (Leads) und "
                    "Vermittlungen."
                ),
            ),
            UpcomingPage(
                ws,
                self.tr("Berichte"),
                "chart-column",
                self.tr("Hier entstehen Zwischen- und Abschlussberichte für JobCenter und Stadt."),
            ),
            self.settings_page,
        )
        self.participants_page = participants
        self._build_menus()
        self._build_status_bar()
        geometry = preferences.MAIN_GEOMETRY.get()
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        self.navigation.setCurrentRow(min(max(preferences.LAST_PAGE.get(), 0), len(self.pages) - 1))
        self._offer_drafts()

    # -- layout -----------------------------------------------------------------------
    def _add_pages(self, *pages: Page) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(230)
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for index, page in enumerate(pages):
            self.pages.append(page)
            item = QListWidgetItem(icon(page.icon_name), page.title)
            item.setToolTip(f"{page.title} (Strg+{index + 1})")
            self.navigation.addItem(item)
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self._show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _show_page(self, row: int) -> None:
        if row >= 0:
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
        quit_action = QAction(self.tr("&Beenden"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&Ansicht"))
        for index, page in enumerate(self.pages):
            action = QAction(icon(page.icon_name), page.title, self)
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
        hint = QLabel(self.tr("Strg+L sperrt"))
        hint.setProperty("hint", True)
        self.statusBar().addPermanentWidget(hint)

    def _offer_drafts(self) -> None:
        """After a crash or power cut: say where unsaved notes of this coach wait."""
        from gemeinsam_desktop.services import notes

        def show(drafts: list[notes.DraftData]) -> None:
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

        run_op(self, lambda: notes.drafts_of_current_coach(self.ws), show)

    def open_search(self) -> None:
        """Full-text search over notes and agreements of the project shown in the roster."""
        from gemeinsam_desktop.ui.dialogs.search_dialog import SearchDialog

        # Before the roster has loaded, the first project (made at set-up, never deleted).
        project_id = self.participants_page.project_id or 1
        SearchDialog(self.ws, project_id, self).exec()

    def _about(self) -> None:
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
