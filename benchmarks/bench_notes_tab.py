"""Opening a participant's notes timeline of 300 notes in the record dialog.

    .venv/bin/python benchmarks/bench_notes_tab.py

Median over 7 runs of building the Notizen tab (timeline query, editor, first cards) and
painting it offscreen, reported as a ratio to a plain Python sort of the same 300 notes
measured in the same run. Target: ≤ 50 ms (issue #5).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from gemeinsam_desktop.store import vault  # noqa: E402

vault.kdf_for_new_slots = vault.KdfParams(1, 1024, 1)  # set-up speed only; unlock is not measured


def main() -> None:
    from gemeinsam_desktop.app import create_application
    from gemeinsam_desktop.services import roster
    from gemeinsam_desktop.services.workspace import DataFolder
    from gemeinsam_desktop.store.models import CoachingNote
    from gemeinsam_desktop.ui.dialogs.participant_notes import NotesTab
    from gemeinsam_desktop.ui.operations import wait_idle
    from tests.conftest import PASSPHRASE, MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = create_application()
    folder = DataFolder(Path(tempfile.mkdtemp()) / "daten")
    ws, _key = folder.initialize("Anna Beispiel", PASSPHRASE)
    pid = roster.save_participant(ws, roster.ParticipantData(project_id=1, last_name="Viel"))
    start = dt.datetime(2026, 1, 1)
    rows = [
        {
            "participant_id": pid,
            "author_id": 1,
            "written_at": start + dt.timedelta(hours=i),
            "text": f"Notiz {i}: **Bewerbung** besprochen, nächster Schritt Praktikum.",
        }
        for i in range(300)
    ]
    with ws.db.session() as s:
        s.execute(insert(CoachingNote), rows)

    def baseline() -> None:
        sorted(rows, key=lambda r: r["written_at"], reverse=True)

    def open_tab() -> None:
        tab = NotesTab(ws, pid)
        tab.resize(900, 650)
        tab.show()
        for _ in range(3):
            wait_idle()
            app.processEvents()
        tab.grab()
        tab.deleteLater()
        app.processEvents()

    def median_ms(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t0) * 1000)
        return statistics.median(times)

    base = median_ms(baseline, 50)
    tab = median_ms(open_tab, 7)
    print(f"plain sort of 300 notes      {base:8.3f} ms (baseline)")
    print(f"Notizen tab, 300 notes       {tab:8.1f} ms  ratio {tab / base:8.0f}x  (target 50 ms)")
    ws.close()
    folder.release()


if __name__ == "__main__":
    main()
