"""How long a verified backup takes, as a ratio to a plain file copy of the same database.

    .venv/bin/python benchmarks/bench_backup.py [NOTES]

Builds a fresh encrypted store with 10,000 participants and 200,000 coaching notes (the
generator of ``bench_notes.py``; the FTS5 index is filled by the triggers), then measures
in the same run:

* a plain ``shutil.copyfile`` + fsync of the (checkpointed) database file — the floor;
* ``services.backup.make_backup``: online copy (SQLite backup API), verification (opens with
  the key, ``cipher_integrity_check``, ``integrity_check``, row counts), zip with the key
  slots, fsync, rename, rotation — and its parts;
* the check that runs at every unlock (read-only: every page's HMAC, the page count;
  ``quick_check`` only up to 32 MB).

Target (issue #8): the whole backup <= 5 s. Exit status 1 when it misses.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402

from benchmarks.bench_notes import FIRST, LAST, note_text  # noqa: E402
from gemeinsam_desktop.services import backup  # noqa: E402
from gemeinsam_desktop.services.workspace import DataFolder  # noqa: E402
from gemeinsam_desktop.store import backup as store_backup  # noqa: E402
from gemeinsam_desktop.store import vault  # noqa: E402
from gemeinsam_desktop.store.models import CoachingNote, Participant  # noqa: E402

PARTICIPANTS = 10_000
BATCH = 10_000
TARGET_S = 5.0
REPEAT = 3  # medians: the copy and the whole backup


def build(ws: object, total_notes: int) -> None:
    rng = random.Random(8)
    with ws.db.session() as s:  # type: ignore[attr-defined]
        s.execute(
            insert(Participant),
            [
                {"project_id": 1, "last_name": rng.choice(LAST), "first_name": rng.choice(FIRST)}
                for _ in range(PARTICIPANTS)
            ],
        )
        start = dt.datetime(2024, 1, 1, 9)
        for at in range(0, total_notes, BATCH):
            s.execute(
                insert(CoachingNote),
                [
                    {
                        "participant_id": rng.randint(1, PARTICIPANTS),
                        "author_id": 1,
                        "kind": "einzelcoaching",
                        "written_at": start + dt.timedelta(minutes=rng.randint(0, 1_000_000)),
                        "text": note_text(rng),
                        "visibility": "team",
                    }
                    for _ in range(min(BATCH, total_notes - at))
                ],
            )
    ws.db.checkpoint()  # type: ignore[attr-defined]


def timed(fn, repeat: int = 1):  # type: ignore[no-untyped-def]
    """(median seconds, last result) over ``repeat`` runs."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def plain_copy(source: Path, target: Path) -> None:
    """The floor: the same bytes copied and flushed to disk (as a backup must be)."""
    shutil.copyfile(source, target)
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())


def main(total_notes: int = 200_000) -> int:
    vault.kdf_for_new_slots = vault.KdfParams(time_cost=1, memory_cost_kib=1024, parallelism=1)
    root = Path(tempfile.mkdtemp())
    folder = DataFolder(root / "daten")
    ws, _recovery = folder.initialize("Anna Beispiel", "Sonnenblume am Lahnufer 7")
    try:
        t_build, _ = timed(lambda: build(ws, total_notes))
        db_file = ws.db.path
        size_mb = db_file.stat().st_size / 1e6
        print(
            f"store: {PARTICIPANTS:,} participants, {total_notes:,} notes, {size_mb:.0f} MB "
            f"encrypted (built in {t_build:.1f} s)"
        )
        scratch = root / "scratch"
        scratch.mkdir()
        t_copy, _ = timed(lambda: plain_copy(db_file, scratch / "plain-copy.db"), REPEAT)
        key = ws.master_key
        t_online, counts = timed(
            lambda: store_backup.online_copy(ws.db, scratch / "online.db", key)
        )
        t_verify, _ = timed(
            lambda: store_backup.verify_db_file(scratch / "online.db", key, expected=counts)
        )
        t_startup, problems = timed(lambda: store_backup.startup_problems(db_file, key))
        assert problems == [], problems
        for f in scratch.iterdir():
            f.unlink()
        t_backup, info = timed(lambda: backup.make_backup(ws), REPEAT)
        backup_mb = info.path.stat().st_size / 1e6
        print(f"\n{'step':52} {'seconds':>8} {'× copy':>7}")
        rows = (
            ("plain file copy (shutil.copyfile + fsync)", t_copy),
            ("online copy (SQLite backup API, re-encrypting)", t_online),
            ("verification (cipher + integrity check, counts)", t_verify),
            ("whole backup (copy, verify, zip, fsync, rotate)", t_backup),
            ("check at unlock (HMACs + page count, read-only)", t_startup),
        )
        for label, seconds in rows:
            print(f"{label:52} {seconds:8.2f} {seconds / t_copy:7.1f}")
        print(
            f"backup file: {backup_mb:.0f} MB; target whole backup <= {TARGET_S:.0f} s "
            f"(median of {REPEAT})"
        )
        return 0 if t_backup <= TARGET_S else 1
    finally:
        ws.close()
        folder.release()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000))
