"""Qt fixtures: the app's own look and language, settings in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from gemeinsam_desktop.services.workspace import DataFolder
from gemeinsam_desktop.ui import operations
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="session")
def gemeinsam_app(qapp: QApplication) -> QApplication:
    """The app's look and language, set once: re-styling a live app is what users never do."""
    from gemeinsam_desktop.app import create_application

    return create_application()


@pytest.fixture(autouse=True)
def app_setup(gemeinsam_app: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    yield gemeinsam_app
    operations.wait_idle()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


@pytest.fixture
def ready_folder(data_dir: Path) -> Iterator[DataFolder]:
    """A set-up data folder (coach "Anna Beispiel", passphrase PASSPHRASE), locked."""
    folder = DataFolder(data_dir)
    ws, recovery = folder.initialize("Anna Beispiel", PASSPHRASE)
    ws.close()
    folder.release()
    folder.recovery_key = recovery  # type: ignore[attr-defined]
    yield folder
    folder.release()


def message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
