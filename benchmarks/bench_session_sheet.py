"""How fast one session opens with its attendance, as a ratio to plain Python in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_session_sheet.py

Target (issue #4): opening a session <= 50 ms: ``attendance.session_sheet`` on the worker
(encrypted store), building ``SessionSheetDialog`` with its model, and the first paint
(``grab``). The store is the demo project (about 64 participants, 95 sessions, most of them
weekly); the session measured is the one with the most enrolments.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from gemeinsam_desktop.store import vault as vault_module  # noqa: E402
from gemeinsam_desktop.store.models import Attendance, Participant, Session  # noqa: E402

TARGET_MS = 50.0


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(label: str, ms: float, base: float, target: float | None = None) -> None:
    verdict = "" if target is None else ("ok" if ms <= target else "OVER TARGET")
    goal = "" if target is None else f"  target {target:5.0f} ms  {verdict}"
    print(f"{label:<52} {ms:8.2f} ms  ratio {ms / base:8.1f}x{goal}")


def main() -> None:
    from gemeinsam_desktop.app import create_application
    from gemeinsam_desktop.services import attendance, demo
    from gemeinsam_desktop.services.workspace import DataFolder
    from gemeinsam_desktop.ui.dialogs.session_sheet import SessionSheetDialog
    from gemeinsam_desktop.ui.models.attendance_model import AttendanceModel
    from gemeinsam_desktop.ui.operations import wait_idle

    # A throw-away store: cheap key slots, an in-memory keychain, settings in a temp folder.
    vault_module.kdf_for_new_slots = vault_module.KdfParams(
        time_cost=1, memory_cost_kib=1024, parallelism=1
    )
    from tests.conftest import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = create_application()
    tmp = Path(tempfile.mkdtemp(prefix="bench-session-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    folder = DataFolder(tmp / "daten")
    ws, _recovery = folder.initialize("Anna Beispiel", "Sonnenblume am Lahnufer 7")
    demo.fill_demo(ws, add_coaches=False, today=dt.date(2026, 11, 20))
    with ws.db.session() as s:
        people = s.scalar(select(func.count()).select_from(Participant))
        sessions = s.scalar(select(func.count()).select_from(Session))
        sid, enrolled = s.execute(
            select(Attendance.session_id, func.count())
            .group_by(Attendance.session_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    print(f"demo store: {people} participants, {sessions} sessions; session {sid}: {enrolled} rows")

    rows = attendance.session_sheet(ws, sid).rows
    tuples = [(r.last_name, r.first_name, r.state.value, r.note) for r in rows]
    base = median_ms(lambda: sorted(tuples, key=lambda t: (t[0], t[1])), 201)
    print(f"{'plain sorted() of the rows by name (baseline)':<52} {base:8.4f} ms")

    load = median_ms(lambda: attendance.session_sheet(ws, sid), 21)
    report("session_sheet (service, calling thread)", load, base)

    def model_only() -> None:
        AttendanceModel().set_rows(rows)

    report("AttendanceModel.set_rows", median_ms(model_only, 21), base)

    def open_dialog() -> None:
        dlg = SessionSheetDialog(ws, sid)
        dlg.show()
        dlg.grab()
        dlg.close()
        dlg.deleteLater()

    open_dialog()  # first time: icons, fonts, stylesheet caches
    QApplication.processEvents()
    timings = []
    for _ in range(15):
        start = time.perf_counter()
        open_dialog()
        timings.append((time.perf_counter() - start) * 1000)
        QApplication.processEvents()
    report(
        "dialog: session_sheet + build + first paint", statistics.median(timings), base, TARGET_MS
    )
    wait_idle()
    ws.close()
    folder.release()
    app.processEvents()


if __name__ == "__main__":
    main()
