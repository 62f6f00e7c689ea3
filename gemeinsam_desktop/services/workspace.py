"""The data folder and the unlocked workspace: set up, unlock, lock.

``DataFolder`` is the folder on disk (lock file, key slots, database) and needs no key.
``Workspace`` is what unlocking gives: the open database, the vault and the coach at work.
The GUI and the command line both go through here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from gemeinsam_desktop.errors import (
    QT_TRANSLATE_NOOP,
    KeySlotFileError,
    NoStoreError,
    StoreExistsError,
    ValidationError,
    WrongKeyError,
)
from gemeinsam_desktop.store.lock import InstanceLock
from gemeinsam_desktop.store.paths import DataPaths

# SQLAlchemy, Alembic, the models and the key slots' crypto load when a folder is opened,
# not on import: the unlock window shows before them (benchmarks/bench_startup.py).
if TYPE_CHECKING:
    from gemeinsam_desktop.store.database import Database
    from gemeinsam_desktop.store.enums import CoachRole
    from gemeinsam_desktop.store.vault import Vault

log = logging.getLogger(__name__)

DEFAULT_PROJECT_NAME = "Gemeinsam in Wetzlar"
DEFAULT_LOCATIONS = (
    ("Rathaus Wetzlar", "Ernst-Leitz-Straße 30, 35578 Wetzlar", "Sitzungssaal\nRaum 1.12"),
    ("Nachbarschaftszentrum Westend", "Westend, 35578 Wetzlar", "Gruppenraum\nBeratungsraum"),
)


class FolderState(Enum):
    NEW = "new"  # nothing there yet: the set-up wizard runs
    READY = "ready"  # key slots and database present
    DAMAGED = "damaged"  # key slots without database, or the reverse


@dataclass(frozen=True)
class CoachInfo:
    id: int
    name: str
    role: CoachRole

    @property
    def is_lead(self) -> bool:
        from gemeinsam_desktop.store.enums import CoachRole

        return self.role == CoachRole.PROJEKTLEITUNG


def clean_name(name: str, *, field: str = "Name") -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Bitte geben Sie einen Namen ein."))
    if len(cleaned) > 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Der Name ist zu lang (höchstens 120 Zeichen).")
        )
    return cleaned


class DataFolder:
    def __init__(self, root: Path) -> None:
        self.paths = DataPaths(Path(root))
        self.lock = InstanceLock(self.paths.lock)

    @property
    def root(self) -> Path:
        return self.paths.root

    @property
    def _setup_db(self) -> Path:
        return self.paths.root / ".gemeinsam.db.setup"

    def acquire(self) -> None:
        """Claim the folder for this process (one writer at a time)."""
        self.paths.ensure_root()
        self.lock.acquire()

    def release(self) -> None:
        self.lock.release()

    def state(self) -> FolderState:
        from gemeinsam_desktop.store.restore_swap import finish_interrupted_restore

        finish_interrupted_restore(self.paths)  # a restore cut off by a crash (issue #8)
        self._finish_interrupted_setup()
        slots = self.paths.keyslots.exists()
        database = self.paths.database.exists()
        if not slots and not database:
            return FolderState.NEW
        if slots and database:
            return FolderState.READY
        return FolderState.DAMAGED

    def _finish_interrupted_setup(self) -> None:
        # Set-up writes the database under a temporary name, then the key slots, then
        # renames the database: a crash before the rename leaves both, and the rename is
        # all that is missing. Without key slots the half-made database is worthless.
        if not self._setup_db.exists():
            return
        if self.paths.keyslots.exists() and not self.paths.database.exists():
            os.replace(self._setup_db, self.paths.database)
        else:
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(self._setup_db) + suffix).unlink()

    def vault(self) -> Vault:
        from gemeinsam_desktop.store.restore_swap import restore_pending
        from gemeinsam_desktop.store.vault import Vault

        if restore_pending(self.paths):
            # A restore cut off after its marker may still have to put its key slots in place
            # (issue #8): finish it, holding the folder, before the slots are read.
            self.acquire()
            self.state()
        if not self.paths.keyslots.exists():
            if self.paths.database.exists():
                raise KeySlotFileError(detail="fehlt")
            raise NoStoreError(path=str(self.root))
        return Vault.load(self.paths.keyslots)

    # -- set-up -----------------------------------------------------------------------
    def initialize(
        self, coach_name: str, passphrase: str, project_name: str = DEFAULT_PROJECT_NAME
    ) -> tuple[Workspace, str]:
        """New store with its first coach (Projektleitung). Returns it and the recovery key."""
        from gemeinsam_desktop.services import audit
        from gemeinsam_desktop.store.database import Database
        from gemeinsam_desktop.store.models import Coach, CoachRole, Location, Project
        from gemeinsam_desktop.store.vault import Vault, check_passphrase_strength

        coach_name = clean_name(coach_name)
        project_name = clean_name(project_name) if project_name.strip() else DEFAULT_PROJECT_NAME
        check_passphrase_strength(passphrase)
        self.acquire()
        if self.state() is not FolderState.NEW:
            raise StoreExistsError(path=str(self.root))
        vault, master, recovery = Vault.create(self.paths.keyslots, 1, passphrase, save=False)
        db = Database.create(self._setup_db, master)
        try:
            with db.session() as s:
                coach = Coach(name=coach_name, role=CoachRole.PROJEKTLEITUNG)
                s.add(coach)
                s.add(Project(name=project_name))
                for name, address, rooms in DEFAULT_LOCATIONS:
                    s.add(Location(name=name, address=address, rooms=rooms))
                s.flush()
                assert coach.id == 1, "the first coach's slot was made for id 1"
                audit.record(s, coach.id, "store.created")
        finally:
            db.close()
        vault.save()
        os.replace(self._setup_db, self.paths.database)
        log.info("data folder set up")
        return self._open(vault, master, 1), recovery

    # -- unlocking --------------------------------------------------------------------
    def unlock_passphrase(self, passphrase: str, coach_id: int | None = None) -> Workspace:
        return self.open_with_key(*self.derive_passphrase_key(passphrase, coach_id))

    def derive_passphrase_key(
        self, passphrase: str, coach_id: int | None = None
    ) -> tuple[Vault, bytearray, int]:
        """The slow half of ``unlock_passphrase`` (Argon2id), without the database: the
        vault, the master key and the coach whose slot opened. Needs no SQLAlchemy."""
        vault = self.vault()
        master, slot_coach = vault.unlock_passphrase(passphrase, coach_id)
        return vault, master, slot_coach

    def open_with_key(self, vault: Vault, master: bytearray, coach_id: int) -> Workspace:
        """The other half: open the database with a key ``derive_passphrase_key`` gave."""
        return self._open(vault, master, coach_id)

    def unlock_recovery(self, recovery_key: str) -> Workspace:
        """Open with the recovery key; the caller then sets a new passphrase for a coach."""
        vault = self.vault()
        master = vault.unlock_recovery(recovery_key)
        return self._open(vault, master, None)

    def unlock_keychain(self) -> Workspace | None:
        vault = self.vault()
        found = vault.unlock_keychain()
        if found is None:
            return None
        master, coach_id = found
        return self._open(vault, master, coach_id)

    def _open(self, vault: Vault, master: bytearray, coach_id: int | None) -> Workspace:
        """Check the store with plain SQL and return the workspace; SQLAlchemy's engine is
        made when first used (``Workspace.db``), so the main window can show before it has
        loaded (issue #8). A store whose schema must change is upgraded here, at once."""
        from gemeinsam_desktop.services.backup import check_at_unlock
        from gemeinsam_desktop.store.enums import CoachRole
        from gemeinsam_desktop.store.rawdb import read_facts
        from gemeinsam_desktop.store.vault import wipe

        self.acquire()
        self.state()  # finishes an interrupted set-up, clears a restore cut off early
        try:
            # Missing, empty or damaged: never opened for writing; names the newest good backup.
            check_at_unlock(self, master, vault.store_id)
            facts = read_facts(self.paths.database, master, coach_id)
            if not facts.current:
                self._upgrade(master)
                facts = read_facts(self.paths.database, master, coach_id)
        except BaseException:
            wipe(master)
            raise
        coach: CoachInfo | None = None
        if coach_id is not None:
            row = facts.coach
            if row is None or not row.active:
                wipe(master)
                raise WrongKeyError()
            coach = CoachInfo(row.id, row.name, CoachRole(row.role))
        log.info("unlocked")
        return Workspace(self, vault, master, coach, project_name=facts.project_name)

    def _upgrade(self, master: bytearray) -> None:
        """Open the store once with SQLAlchemy: that migrates an older schema (after taking
        an encrypted copy, see store/database.py)."""
        from gemeinsam_desktop.store.database import Database

        Database.open(self.paths.database, master, backup_dir=self.paths.backups).close()


class Workspace:
    """An unlocked data folder: the database, the vault and the coach at work.

    The database (SQLAlchemy's engine) opens on first use of ``db``, from whichever thread
    comes first; that first use also records the unlock in the audit log. In the app that is
    the first page loading its data, right after the window shows.
    """

    def __init__(
        self,
        folder: DataFolder,
        vault: Vault,
        master: bytearray,
        coach: CoachInfo | None,
        *,
        project_name: str | None = None,
        db: Database | None = None,
    ) -> None:
        self.folder = folder
        self.vault = vault
        self._master = master
        self.coach = coach
        self._db: Database | None = db  # given: already open (another coach's view of it)
        self._closed = False
        self._opening = threading.Lock()
        self._project_name = project_name

    @property
    def db(self) -> Database:
        """The open database; opened here on first use."""
        db = self._db
        if db is not None:
            return db
        with self._opening:
            if self._db is None:
                self._db = self._open_database()
            return self._db

    @db.setter
    def db(self, db: Database) -> None:
        """The database opened again (after a restore that failed before its swap)."""
        with self._opening:
            self._db = db

    @property
    def is_open(self) -> bool:
        """Unlocked and usable: not locked, and its database not closed (by a restore).
        True too while the database waits for its first use."""
        db = self._db
        return not self._closed and (db is None or db.engine is not None)

    def _open_database(self) -> Database:
        from gemeinsam_desktop.errors import DatabaseBusyError
        from gemeinsam_desktop.services import audit
        from gemeinsam_desktop.store.database import Database

        if self._closed:
            raise DatabaseBusyError(
                QT_TRANSLATE_NOOP(
                    "errors", "Die Daten sind gesperrt. Bitte melden Sie sich erneut an."
                )
            )
        paths = self.folder.paths
        db = Database.open(paths.database, self._master, backup_dir=paths.backups)
        if self.coach is not None:
            try:
                with db.session() as s:
                    audit.record(s, self.coach.id, "unlocked")
            except BaseException:
                db.close()
                raise
        return db

    @property
    def master_key(self) -> bytearray:
        return self._master

    @property
    def current_coach(self) -> CoachInfo:
        if self.coach is None:
            raise WrongKeyError()
        return self.coach

    def project_name(self) -> str:
        """The (first) project's name; read at unlocking, then from the database."""
        if self._db is None and self._project_name is not None:
            return self._project_name
        from sqlalchemy import select

        from gemeinsam_desktop.store.models import Project

        with self.db.session() as s:
            name = s.scalars(select(Project.name).order_by(Project.id).limit(1)).first()
        return name or DEFAULT_PROJECT_NAME

    def close(self) -> None:
        """Lock: close the database and overwrite the key. The folder lock stays held."""
        from gemeinsam_desktop.store.vault import wipe

        with self._opening:
            if self._db is not None:
                self._db.close()
            self._closed = True
            wipe(self._master)
        log.info("locked")
