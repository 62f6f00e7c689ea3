"""GUI start-up: QApplication, language, look, the data folder's lock, then the first window.

Qt is imported inside the functions: ``run_gui --demo`` starts the key derivation and the
SQLAlchemy import first (``preload.start_demo_unlock``), and both then run beside Qt's.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING

from gemeinsam_desktop import APP_NAME, ORG_NAME
from gemeinsam_desktop.errors import KnownError
from gemeinsam_desktop.logging_setup import setup_logging
from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.store.paths import resolve_data_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    from gemeinsam_desktop.ui import pyside_imports

    pyside_imports.skip_source_scan()
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from gemeinsam_desktop.ui import preferences, theme
    from gemeinsam_desktop.ui.app_icon import app_icon
    from gemeinsam_desktop.ui.i18n import install_language

    app = QApplication.instance()
    if app is None:
        app = QApplication([*(argv or [sys.argv[0]]), *theme.style_arguments()])
        theme.styled_from_arguments(app)
    assert isinstance(app, QApplication)
    from gemeinsam_desktop.ui import gc_main_thread

    gc_main_thread.install(app)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    QGuiApplication.setDesktopFileName("gemeinsam-desktop")
    install_language(preferences.LANGUAGE.get())
    theme.apply_theme(app)
    app.setWindowIcon(app_icon())
    return app


def install_excepthook() -> None:
    """Bugs reach the crash message (with the log's path) instead of vanishing."""
    from gemeinsam_desktop.ui import messages

    def hook(exc_type, exc, tb):  # type: ignore[no-untyped-def]
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, KnownError):
            messages.show_known_error(None, exc)
        else:
            messages.show_bug(None, exc)

    sys.excepthook = hook


def _log_version() -> None:
    from PySide6.QtWidgets import QApplication

    from gemeinsam_desktop import __version__

    QApplication.setApplicationVersion(__version__)
    log.info("version %s", __version__)


def run_gui(args: argparse.Namespace) -> int:
    root = resolve_data_dir(args.data_dir, demo=args.demo)
    log_path = setup_logging(root)
    log.info("start")
    folder = DataFolder(root)
    demo_key = None
    if args.demo:  # before Qt: see the module's docstring
        from gemeinsam_desktop.preload import start_demo_unlock

        demo_key = start_demo_unlock(folder)

    from gemeinsam_desktop.ui import pyside_imports  # the first Qt import: see there

    pyside_imports.skip_source_scan()
    from gemeinsam_desktop.ui import messages, preferences
    from gemeinsam_desktop.ui.controller import AppController
    from gemeinsam_desktop.ui.i18n import install_language

    messages.set_log_path(str(log_path))
    app = create_application()
    from gemeinsam_desktop.ui import startup

    # the heavy imports (and the version's look-up) wait until the first window is on screen
    startup.watch_first_window(app, after=_log_version)
    if args.lang:
        preferences.LANGUAGE.set(args.lang)
        install_language(args.lang)
    install_excepthook()
    try:
        folder.acquire()
    except KnownError as exc:
        from PySide6.QtWidgets import QMessageBox

        from gemeinsam_desktop.ui.i18n import error_text

        QMessageBox.warning(None, APP_NAME, error_text(exc))
        return 1
    controller = AppController(folder, demo=args.demo, demo_key=demo_key)
    if not controller.start():
        app.processEvents()
        folder.release()
        return 1
    code = app.exec()
    log.info("exit")
    return code
