"""Backups in the GUI: "Jetzt sichern", "Sicherung auf USB-Stick …", "Wiederherstellen …",
restoring into an empty folder (another installation) and after damage found at unlocking.

Every step runs on the database worker (``run_op``/``run_blocking``); long ones show a
progress dialog fed from the worker through a queued signal. The services decide, these
dialogs ask (services/backup.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QObject, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gemeinsam_desktop.errors import (
    BackupKeyNeededError,
    BackupWrongKeyError,
    DamagedStoreError,
    KnownError,
)
from gemeinsam_desktop.services import backup
from gemeinsam_desktop.services.workspace import DataFolder, Workspace
from gemeinsam_desktop.store.backup import KIND_AUTO, KIND_BEFORE_RESTORE, KIND_BEFORE_UPDATE
from gemeinsam_desktop.ui import messages
from gemeinsam_desktop.ui.i18n import error_text, locale
from gemeinsam_desktop.ui.icons import icon
from gemeinsam_desktop.ui.operations import run_blocking, run_op
from gemeinsam_desktop.ui.widgets.passphrase import password_field

T = TypeVar("T")
Progress = Callable[[int], None]
BACKUPS = frozenset({"backups"})
DASH = "–"


def format_when(value: dt.datetime | None) -> str:
    """A backup's time in the machine's time zone, "25.11.2026, 15:40"."""
    if value is None:
        return DASH
    local = value.astimezone() if value.tzinfo else value
    stamp = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return locale().toString(stamp, "dd.MM.yyyy, HH:mm")


def format_count(value: int | None) -> str:
    return locale().toString(value) if value is not None else DASH


def kind_label(kind: str) -> str:
    if kind == KIND_AUTO:
        return QCoreApplication.translate("BackupDialogs", "Automatisch")
    if kind == KIND_BEFORE_RESTORE:
        return QCoreApplication.translate("BackupDialogs", "Vor einer Wiederherstellung")
    if kind == KIND_BEFORE_UPDATE:
        return QCoreApplication.translate("BackupDialogs", "Vor einem Update")
    return QCoreApplication.translate("BackupDialogs", "Datei")


# -- progress -----------------------------------------------------------------------------
class _ProgressRelay(QObject):
    progress = Signal(int)


def run_with_progress(
    parent: QWidget | None,
    label: str,
    fn: Callable[[Progress], T],
    on_success: Callable[[T], None],
    *,
    on_failure: Callable[[BaseException], bool] | None = None,
    changes: frozenset[str] = BACKUPS,
) -> QProgressDialog:
    """Run ``fn(progress)`` on the worker with a window-modal progress dialog."""
    dialog = QProgressDialog(label, "", 0, 100, parent)
    dialog.setObjectName("backupProgress")
    dialog.setWindowTitle(QCoreApplication.translate("BackupDialogs", "Bitte warten"))
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    dialog.setValue(0)
    relay = _ProgressRelay(dialog)
    relay.progress.connect(dialog.setValue, Qt.ConnectionType.QueuedConnection)

    def done() -> None:
        dialog.close()
        dialog.deleteLater()

    def ok(result: T) -> None:
        done()
        on_success(result)

    def failed(exc: BaseException) -> bool:
        done()
        return on_failure(exc) if on_failure is not None else False

    run_op(parent, lambda: fn(relay.progress.emit), ok, on_failure=failed, changes=changes)
    return dialog


class _BackupBus(QObject):
    """``restored``: a backup replaced the data; the main window locks (and says so)."""

    restored = Signal(object)


backup_bus = _BackupBus()


# -- making backups -----------------------------------------------------------------------
class BackupActions(QObject):
    """The backup actions of the main window and the settings page (one place for both)."""

    def __init__(self, ws: Workspace, parent: QWidget) -> None:
        super().__init__(parent)
        self.ws = ws
        self.widget = parent

    def backup_now(self) -> None:
        def shown(info: backup.BackupInfo) -> None:
            messages.show_info(
                self.widget,
                self.tr("Die Sicherung vom {when} ist gespeichert und geprüft.").format(
                    when=format_when(info.created)
                ),
            )

        run_with_progress(
            self.widget,
            self.tr("Die Daten werden gesichert und geprüft …"),
            lambda progress: backup.make_backup(self.ws, progress=progress),
            shown,
        )

    def choose_folder(self) -> Path | None:
        """The folder for a USB backup (tests replace this chooser: no native dialog there)."""
        chosen = QFileDialog.getExistingDirectory(
            self.widget, self.tr("Ordner für die Sicherung wählen (z. B. USB-Stick)")
        )
        return Path(chosen) if chosen else None

    def backup_to_usb(self) -> None:
        target = self.choose_folder()
        if target is None:
            return

        def shown(path: Path) -> None:
            messages.show_info(
                self.widget,
                self.tr(
                    "Die Sicherung ist gespeichert: {path}\n\nSie ist verschlüsselt und lässt "
                    "sich nur mit einem Passwort dieser Daten oder dem "
                    "Wiederherstellungsschlüssel öffnen – auch auf einem anderen Computer "
                    "(„Wiederherstellen …“)."
                ).format(path=str(path)),
                self.tr("Sicherung gespeichert"),
            )

        run_with_progress(
            self.widget,
            self.tr("Die Sicherung wird geschrieben und geprüft …"),
            lambda progress: backup.backup_to(self.ws, target, progress=progress),
            shown,
        )

    def restore(self) -> backup.RestoreResult | None:
        dialog = RestoreDialog(self.ws, self.widget)
        dialog.exec()
        result = dialog.result_of_restore
        if result is not None:
            backup_bus.restored.emit(result)
        return result


# -- asking for a backup's own key ---------------------------------------------------------
class SecretDialog(QDialog):
    """A passphrase or the recovery key of a backup from another installation."""

    def __init__(self, parent: QWidget | None = None, problem: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("backupSecretDialog")
        self.setWindowTitle(self.tr("Sicherung entsperren"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Diese Sicherung stammt aus einem anderen Datenbestand. Geben Sie ein Passwort "
                "oder den Wiederherstellungsschlüssel dieser Sicherung ein."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = password_field(self.tr("Passwort oder Wiederherstellungsschlüssel"))
        self.field.setObjectName("backupSecretField")
        layout.addWidget(self.field)
        self.error = QLabel(problem)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(problem))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Prüfen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    @staticmethod
    def ask(parent: QWidget | None, problem: str = "") -> str | None:
        dialog = SecretDialog(parent, problem)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.field.text():
            return None
        return dialog.field.text()


# -- restore ------------------------------------------------------------------------------
class RestoreDialog(QDialog):
    """Choose a backup (the automatic ones, or a file), see its date and counts, restore."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.result_of_restore: backup.RestoreResult | None = None
        self._infos: list[backup.BackupInfo] = []
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Sicherung wiederherstellen"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Wählen Sie eine Sicherung. Vor dem Einspielen wird sie vollständig geprüft, und "
                "die jetzigen Daten werden im Ordner „sicherungen“ aufbewahrt. Danach melden "
                "Sie sich erneut an."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setObjectName("backupList")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [
                self.tr("Datum"),
                self.tr("Art"),
                self.tr("Teilnehmende"),
                self.tr("Notizen"),
                self.tr("Zustand"),
            ]
        )
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_a: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("Im Ordner „sicherungen“ liegt noch keine Sicherung."))
        self.empty.setProperty("hint", True)
        self.empty.setVisible(False)
        layout.addWidget(self.empty)

        buttons = QHBoxLayout()
        self.file_button = QPushButton(icon("folder-open"), self.tr("&Datei wählen …"))
        self.file_button.setObjectName("chooseBackupFile")
        self.file_button.clicked.connect(self.choose_file)
        self.restore_button = QPushButton(icon("archive-restore"), self.tr("&Wiederherstellen …"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setProperty("primary", True)
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        self.restore_button.setDefault(True)
        layout.addLayout(buttons)
        self._update_buttons()
        run_op(self, lambda: backup.list_backups(ws.folder), self._show)

    def _show(self, infos: list[backup.BackupInfo]) -> None:
        self._infos = sorted(
            infos,
            key=lambda i: i.created or dt.datetime.min.replace(tzinfo=dt.UTC),
            reverse=True,
        )
        self.table.clear()
        for info in self._infos:
            item = QTreeWidgetItem(
                [
                    format_when(info.created),
                    kind_label(info.kind),
                    format_count(info.participants),
                    format_count(info.notes),
                    self.tr("in Ordnung") if info.good else self.tr("beschädigt"),
                ]
            )
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            if not info.good:
                item.setIcon(4, icon("triangle-alert"))
            self.table.addTopLevelItem(item)
        self.empty.setVisible(not self._infos)
        good = [i for i, info in enumerate(self._infos) if info.good]
        first = self.table.topLevelItem(good[0]) if good else None
        if first is not None:
            self.table.setCurrentItem(first)
        self._update_buttons()

    def selected(self) -> backup.BackupInfo | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        return self._infos[self.table.indexOfTopLevelItem(item)]

    def _update_buttons(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.good)

    def choose_file_path(self) -> Path | None:
        """The file chooser (tests replace it: no native dialog offscreen)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Sicherung wählen"),
            "",
            self.tr("Sicherungen (*.sicherung);;Alle Dateien (*)"),
        )
        return Path(name) if name else None

    def choose_file(self) -> None:
        path = self.choose_file_path()
        if path is not None:
            self.start(path)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None and info.good:
            self.start(info.path)

    def start(self, path: Path, secret: str | None = None) -> None:
        """Check the backup with the key (asking for its own key when it is foreign)."""
        master = self.ws.master_key

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, BackupKeyNeededError | BackupWrongKeyError):
                problem = error_text(exc) if isinstance(exc, BackupWrongKeyError) else ""
                asked = SecretDialog.ask(self, problem)
                if asked is not None:
                    self.start(path, asked)
                return True
            run_op(self, lambda: backup.list_backups(self.ws.folder), self._show)
            return False

        run_with_progress(
            self,
            self.tr("Die Sicherung wird geprüft …"),
            lambda _p: backup.inspect(self.ws.folder, path, master=master, secret=secret),
            lambda info: self._confirm(info, secret),
            on_failure=failed,
            changes=frozenset(),
        )

    def _confirm(self, info: backup.BackupInfo, secret: str | None) -> None:
        text = self.tr(
            "Sicherung vom {when}: {people} Teilnehmende, {notes} Notizen, {sessions} Termine.\n\n"
            "Die jetzigen Daten werden durch diese Sicherung ersetzt. Sie bleiben im Ordner "
            "„sicherungen“ erhalten (als „vor-wiederherstellung-…“). Danach melden Sie sich "
            "erneut an."
        ).format(
            when=format_when(info.created),
            people=format_count(info.counts.get("participant", 0)),
            notes=format_count(info.counts.get("coaching_note", 0)),
            sessions=format_count(info.counts.get("session", 0)),
        )
        if not messages.confirm(
            self, self.tr("Sicherung wiederherstellen?"), text, self.tr("Wiederherstellen")
        ):
            return

        def done(result: backup.RestoreResult) -> None:
            self.result_of_restore = result
            self.accept()

        run_with_progress(
            self,
            self.tr("Die Sicherung wird eingespielt …"),
            lambda progress: backup.restore(self.ws, info.path, secret=secret, progress=progress),
            done,
        )


def restored_message(result: backup.RestoreResult) -> str:
    aside = result.kept_aside.name if result.kept_aside is not None else DASH
    if result.same_store:
        template = QCoreApplication.translate(
            "BackupDialogs",
            "Die Sicherung vom {when} ist eingespielt. Die bisherigen Daten liegen als "
            "„{aside}“ im Ordner „sicherungen“. Bitte melden Sie sich erneut an.",
        )
    else:
        template = QCoreApplication.translate(
            "BackupDialogs",
            "Die Sicherung vom {when} ist eingespielt. Die bisherigen Daten liegen als "
            "„{aside}“ im Ordner „sicherungen“. Bitte melden Sie sich mit einem Passwort "
            "dieser Sicherung oder ihrem Wiederherstellungsschlüssel an.",
        )
    return template.format(when=format_when(result.created), aside=aside)


# -- without an open workspace ------------------------------------------------------------
def offer_restore_after_damage(
    parent: QWidget | None, folder: DataFolder, exc: DamagedStoreError
) -> bool:
    """The database failed the check at unlocking: offer the newest good backup.

    Returns True when it was restored (the caller unlocks again).
    """
    info = exc.newest_good
    if not isinstance(info, backup.BackupInfo):
        messages.show_error(parent, exc)
        return False
    text = QCoreApplication.translate(
        "BackupDialogs",
        "{problem}\n\nDie neueste gute Sicherung ist vom {when} ({people} Teilnehmende, "
        "{notes} Notizen). Soll sie jetzt eingespielt werden? Die beschädigte Datei wird "
        "vorher im Ordner „sicherungen“ aufbewahrt.",
    ).format(
        problem=error_text(exc),
        when=format_when(info.created),
        people=format_count(info.participants),
        notes=format_count(info.notes),
    )
    if not messages.confirm(
        parent,
        QCoreApplication.translate("BackupDialogs", "Datenbank beschädigt"),
        text,
        QCoreApplication.translate("BackupDialogs", "Sicherung einspielen"),
    ):
        return False
    try:
        run_blocking(lambda: backup.restore_checked(folder, info))
    except KnownError as exc2:
        messages.show_error(parent, exc2)
        return False
    return True


def choose_backup_file(parent: QWidget | None) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupDialogs", "Sicherung wählen"),
        "",
        QCoreApplication.translate("BackupDialogs", "Sicherungen (*.sicherung);;Alle Dateien (*)"),
    )
    return Path(name) if name else None


def restore_into_empty_folder(
    parent: QWidget | None,
    folder: DataFolder,
    path: Path | None = None,
    secret: str | None = None,
) -> bool:
    """Another installation: a backup file into this empty data folder. True when done."""
    path = path or choose_backup_file(parent)
    if path is None:
        return False
    problem = ""
    while True:
        if secret is None:
            secret = SecretDialog.ask(parent, problem)
            if secret is None:
                return False
        chosen: str = secret

        def bring_in(chosen: str = chosen) -> backup.RestoreResult:
            return backup.restore_into_empty(folder, path, chosen)

        try:
            result = run_blocking(bring_in)
        except BackupWrongKeyError as exc:
            problem, secret = error_text(exc), None
            continue
        except KnownError as exc:
            messages.show_error(parent, exc)
            return False
        break
    messages.show_info(
        parent,
        QCoreApplication.translate(
            "BackupDialogs",
            "Die Sicherung vom {when} ist eingespielt. Melden Sie sich jetzt mit einem "
            "Passwort dieser Daten an.",
        ).format(when=format_when(result.created)),
    )
    return True
