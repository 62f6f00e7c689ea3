"""SIGKILL in the middle of a write, a backup and a restore (real child processes): the
database and the newest backup still open and hold every committed row; nothing half-made
is ever used."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gemeinsam_desktop.errors import BackupTargetError, DiskFullError
from gemeinsam_desktop.services import backup
from gemeinsam_desktop.services.workspace import DataFolder, Workspace
from gemeinsam_desktop.store import backup as store
from gemeinsam_desktop.store import restore_swap
from gemeinsam_desktop.store.models import Participant
from tests.conftest import PASSPHRASE
from tests.helpers import REPO

OTHER = "Regenbogen über dem Dom 12"
PRELUDE = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from gemeinsam_desktop.store import vault
    vault.kdf_for_new_slots = vault.KdfParams(time_cost=1, memory_cost_kib=1024, parallelism=1)
    from gemeinsam_desktop.services import backup
    from gemeinsam_desktop.services.workspace import DataFolder
    from gemeinsam_desktop.store import backup as store, restore_swap
    from gemeinsam_desktop.store.models import Participant
    root, passphrase = Path(sys.argv[1]), sys.argv[2]
    arg = sys.argv[3] if len(sys.argv) > 3 else ""

    def pause(label):
        print(label, flush=True)
        time.sleep(120)
    """
)


def add_people(ws: Workspace, count: int, prefix: str) -> None:
    with ws.db.session() as s:
        s.add_all(
            Participant(project_id=1, last_name=f"{prefix} {i:05d}", first_name="Ümit")
            for i in range(count)
        )


def names(ws: Workspace) -> set[str]:
    with ws.db.session() as s:
        return set(s.scalars(select(Participant.last_name)))


def count(ws: Workspace) -> int:
    with ws.db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Participant)) or 0)


def run_until(code: str, args: list[str], wanted: str) -> list[str]:
    """Start a child, read its lines until one starts with ``wanted``, then SIGKILL it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEMEINSAM_")}
    env["PYTHONPATH"] = str(REPO)
    child = subprocess.Popen(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    lines: list[str] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            if line.startswith(wanted):
                break
        else:
            raise AssertionError(child.stderr.read() if child.stderr else "child ended")
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return lines


@pytest.fixture
def prepared(data_dir: Path) -> Path:
    """A locked store with 300 people and one backup of them."""
    folder = DataFolder(data_dir)
    ws, _recovery = folder.initialize("Anna Beispiel", PASSPHRASE)
    add_people(ws, 300, "Vorher")
    backup.make_backup(ws)
    ws.close()
    folder.release()
    return data_dir


def check_newest_backup(folder: DataFolder, ws: Workspace, expected: int) -> None:
    newest = backup.last_backup(folder)
    assert newest is not None and newest.good
    assert (
        backup.inspect(folder, newest.path, master=ws.master_key).counts["participant"] == expected
    )


# -- a write --------------------------------------------------------------------------------
@pytest.mark.slow
def test_sigkill_during_writes_keeps_database_and_backup(prepared: Path) -> None:
    lines = run_until(
        """
        ws = DataFolder(root).unlock_passphrase(passphrase)
        i = 0
        while True:
            i += 1
            with ws.db.session() as s:
                s.add(Participant(project_id=1, last_name=f"Kill{i:05d}", first_name="Ümit"))
            print(i, flush=True)
        """,
        [str(prepared), PASSPHRASE],
        "120",
    )
    committed = int(lines[-1])
    folder = DataFolder(prepared)
    ws = folder.unlock_passphrase(PASSPHRASE)
    try:
        assert {f"Kill{i:05d}" for i in range(1, committed + 1)} <= names(ws)
        assert ws.db.integrity_problems() == []
        check_newest_backup(folder, ws, 300)
    finally:
        ws.close()
        folder.release()


# -- a backup -------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("stage", ["copy", "zip"])
def test_sigkill_during_a_backup_leaves_the_last_good_one(prepared: Path, stage: str) -> None:
    run_until(
        """
        ws = DataFolder(root).unlock_passphrase(passphrase)
        with ws.db.session() as s:
            s.add_all(Participant(project_id=1, last_name=f"Neu {i}") for i in range(2000))
        print("committed", flush=True)
        store.STEP_PAGES = 2
        if arg == "copy":
            def progress(p):
                if 0 < p < 80:
                    pause("copying")
            backup.make_backup(ws, progress=progress)
        else:
            real = store.shutil.copyfileobj
            def half(src, dst, length=0):
                dst.write(src.read(20_000))
                dst.flush()
                pause("zipping")
            store.shutil.copyfileobj = half
            backup.make_backup(ws)
        """,
        [str(prepared), PASSPHRASE, stage],
        "copying" if stage == "copy" else "zipping",
    )
    folder = DataFolder(prepared)
    leftovers = [p.name for p in folder.paths.backups.iterdir() if p.name.startswith(".")]
    assert leftovers  # the kill left a half-made temporary file …
    ws = folder.unlock_passphrase(PASSPHRASE)
    try:
        assert count(ws) == 2300  # … every committed row is in the database …
        listed = backup.list_backups(folder)
        assert [(i.seq, i.good) for i in listed] == [(1, True)]  # … never listed …
        check_newest_backup(folder, ws, 300)  # … and the last good backup still opens.
        made = backup.make_backup(ws)
        assert made.participants == 2300
        assert [p.name for p in folder.paths.backups.iterdir() if p.name.startswith(".")] == []
    finally:
        ws.close()
        folder.release()


# -- a restore ------------------------------------------------------------------------------
RESTORE = """
    ws = DataFolder(root).unlock_passphrase(passphrase)
    source = Path(sys.argv[4])
    if arg == "verify":
        real_verify = store.verify_db_file
        def verify(*a, **k):
            real_verify(*a, **k)
            pause("verified")
        store.verify_db_file = verify
    elif arg == "marker":
        def stop(paths):
            pause("marker written")
        restore_swap._roll_forward = stop
    elif arg == "replaced":
        def stop(directory):
            pause("replaced")
        restore_swap._fsync_directory = stop
    backup.restore(ws, source, secret=sys.argv[5] if len(sys.argv) > 5 else None)
    print("done", flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("stage", "restored"), [("verify", False), ("marker", True), ("replaced", True)]
)
def test_sigkill_during_a_restore_leaves_old_or_new_never_a_mix(
    prepared: Path, stage: str, restored: bool
) -> None:
    folder = DataFolder(prepared)
    ws = folder.unlock_passphrase(PASSPHRASE)
    add_people(ws, 50, "Nachher")
    # The backup to restore holds 300; the data now holds 350.
    older = [i for i in backup.list_backups(folder) if i.participants == 300]
    ws.close()
    folder.release()
    run_until(RESTORE, [str(prepared), PASSPHRASE, stage, str(older[0].path)], {
        "verify": "verified", "marker": "marker written", "replaced": "replaced"}[stage])  # fmt: skip
    again = DataFolder(prepared)
    ws = again.unlock_passphrase(PASSPHRASE)
    try:
        assert count(ws) == (300 if restored else 350)
        assert ws.db.integrity_problems() == []
        leftovers = {
            restore_swap.RESTORE_DB,
            restore_swap.RESTORE_SLOTS,
            restore_swap.RESTORE_MARKER,
        }
        assert leftovers.isdisjoint(p.name for p in again.paths.root.iterdir())
    finally:
        ws.close()
        again.release()


@pytest.mark.slow
def test_sigkill_after_the_marker_of_a_foreign_restore_finishes_with_its_key(
    prepared: Path, tmp_path: Path
) -> None:
    other_folder = DataFolder(tmp_path / "anderswo")
    other, _recovery = other_folder.initialize("Bea Beispiel", OTHER)
    add_people(other, 7, "Dort")
    copy = backup.backup_to(other, tmp_path)
    other.close()
    other_folder.release()
    run_until(RESTORE, [str(prepared), PASSPHRASE, "marker", str(copy), OTHER], "marker written")
    folder = DataFolder(prepared)
    ws = folder.unlock_passphrase(OTHER)  # the slots came along with the database
    try:
        assert count(ws) == 7 and ws.current_coach.name == "Bea Beispiel"
    finally:
        ws.close()
        folder.release()


def test_a_restore_that_never_reached_its_marker_is_cleared_at_start(prepared: Path) -> None:
    paths = DataFolder(prepared).paths
    db_tmp, slots_tmp = store.restore_temp_paths(paths)
    db_tmp.write_bytes(b"halb")
    slots_tmp.write_bytes(b"{}")
    folder = DataFolder(prepared)
    ws = folder.unlock_passphrase(PASSPHRASE)
    try:
        assert count(ws) == 300
        assert not db_tmp.exists() and not slots_tmp.exists()
    finally:
        ws.close()
        folder.release()


# -- a really full disk (a tiny tmpfs, where mounting is allowed) ----------------------------
@pytest.fixture
def tiny_disk(tmp_path: Path):
    """A 256 KiB tmpfs; skipped where this user may not mount (e.g. not root)."""
    mount_point = tmp_path / "klein"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    yield mount_point
    subprocess.run(["umount", str(mount_point)], check=True)


def test_a_full_stick_and_a_full_backup_folder_lose_nothing(prepared: Path, tiny_disk) -> None:
    folder = DataFolder(prepared)
    ws = folder.unlock_passphrase(PASSPHRASE)
    try:
        add_people(ws, 3000, "Viel Platz " + "x" * 200)
        ws.db.checkpoint()
        assert ws.db.path.stat().st_size > 512 * 1024
        # The stick is full: a clear message, nothing half-written on it.
        with pytest.raises(BackupTargetError) as caught:
            backup.backup_to(ws, tiny_disk)
        assert "kein Platz" in caught.value.message()
        assert list(tiny_disk.iterdir()) == []
        # The backup folder itself is full.
        kept = {p.name for p in folder.paths.backups.iterdir()}
        (tiny_disk / "sicherungen").mkdir()
        for name in kept:
            (tiny_disk / "sicherungen" / name).write_bytes(b"")  # placeholders, no room used
        real_backups = folder.paths.backups
        real_backups.rename(prepared / "sicherungen-echt")
        (prepared / "sicherungen").symlink_to(tiny_disk / "sicherungen")
        try:
            with pytest.raises(DiskFullError):
                backup.make_backup(ws)
            assert {p.name for p in (tiny_disk / "sicherungen").iterdir()} == kept
        finally:
            (prepared / "sicherungen").unlink()
            (prepared / "sicherungen-echt").rename(real_backups)
        assert count(ws) == 3300
        assert ws.db.integrity_problems() == []
    finally:
        ws.close()
        folder.release()
