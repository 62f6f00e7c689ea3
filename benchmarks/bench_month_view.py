"""How fast the Kalender opens a month, as a ratio to plain Python in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_month_view.py

Target (issue #4): opening the month view <= 50 ms, i.e. reading the month's sessions from
the encrypted store (``sessions_between`` over the 6-week grid), the holidays and
double-bookings (``build_data``), building the ``MonthView`` and painting it offscreen
(``widget.grab()``). The store holds one project with 60 active participants and 80 weekly
sessions (two series of 40 weeks, everyone enrolled). The baseline groups the same session
list by day in plain Python.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from gemeinsam_desktop.services import calendar, roster  # noqa: E402
from gemeinsam_desktop.services.calendar import SeriesData  # noqa: E402
from gemeinsam_desktop.services.roster import ParticipantData  # noqa: E402
from gemeinsam_desktop.services.workspace import DataFolder, Workspace  # noqa: E402
from gemeinsam_desktop.store.models import ParticipantStatus, SessionKind  # noqa: E402

FIRST = dt.date(2026, 9, 1)
MONTH = dt.date(2026, 11, 1)
TARGET_MS = 50.0


def median_ms(fn: Callable[[], object], repeat: int = 21) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def fill(ws: Workspace) -> int:
    pid = roster.list_projects(ws)[0].id
    for n in range(60):
        roster.save_participant(
            ws,
            ParticipantData(
                pid,
                f"Beispiel{n:02d}",
                "Teilnehmerin",
                status=ParticipantStatus.AKTIV,
                entry_date=FIRST - dt.timedelta(days=7),
            ),
        )
    rathaus = calendar.list_locations(ws)[0]
    for kind, weekday, t0, t1 in (
        (SessionKind.WORKSHOP, 1, dt.time(9), dt.time(12)),
        (SessionKind.GRUPPENGESPRAECH, 3, dt.time(9, 30), dt.time(11, 30)),
    ):
        first = FIRST + dt.timedelta(days=(weekday - FIRST.weekday()) % 7)
        calendar.create_series(
            ws,
            SeriesData(
                pid,
                kind,
                weekday,
                t0,
                t1,
                first,
                first + dt.timedelta(weeks=39),
                location_id=rathaus.id,
                room=rathaus.rooms[0] if rathaus.rooms else "",
                skip_holidays=False,
            ),  # fmt: skip
            enrol_active=True,
        )
    return pid


def main() -> None:
    from gemeinsam_desktop.app import create_application
    from gemeinsam_desktop.ui.widgets.calendar_views import MonthView, build_data, grid_start

    app = create_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    folder = DataFolder(Path(tempfile.mkdtemp()) / "daten")
    ws, _recovery = folder.initialize("Anna Beispiel", "Sonnenblume am Lahnufer 7")
    try:
        pid = fill(ws)
        total = len(calendar.sessions_between(ws, pid, FIRST, FIRST + dt.timedelta(weeks=60)))
        start = grid_start(MONTH.year, MONTH.month)
        end = start + dt.timedelta(days=41)
        days = [start + dt.timedelta(days=i) for i in range(42)]
        every = calendar.sessions_between(ws, pid, FIRST, FIRST + dt.timedelta(weeks=60))

        def load() -> object:
            sessions = calendar.sessions_between(ws, pid, start, end)
            holidays = {d: name for d in days if (name := calendar.holiday_name(d))}
            return build_data(sessions, holidays)

        def open_month() -> None:
            view = MonthView()
            view.set_month(MONTH.year, MONTH.month)
            view.set_data(load())  # type: ignore[arg-type]
            view.resize(1000, 700)
            view.grab()
            view.deleteLater()

        def paint_only(data: object = load()) -> None:
            view = MonthView()
            view.set_month(MONTH.year, MONTH.month)
            view.set_data(data)  # type: ignore[arg-type]
            view.resize(1000, 700)
            view.grab()
            view.deleteLater()

        def plain() -> object:
            by_day: dict[dt.date, list[object]] = defaultdict(list)
            for s in every:
                if start <= s.starts_at.date() <= end:
                    by_day[s.starts_at.date()].append(s)
            return by_day

        open_month()  # warm up fonts, icons and the SQL statement cache
        app.processEvents()
        base = median_ms(plain, 101)
        query = median_ms(load)
        paint = median_ms(paint_only)
        whole = median_ms(open_month)
        app.processEvents()
        print(f"store: 60 participants, {total} weekly sessions; month {MONTH:%m/%Y}")
        print(f"{'plain grouping by day (baseline)':<46} {base:8.3f} ms")
        print(f"{'sessions_between + holidays + build_data':<46} {query:8.2f} ms  "
              f"ratio {query / base:8.0f}x")  # fmt: skip
        print(f"{'MonthView built + filled + grab()':<46} {paint:8.2f} ms  "
              f"ratio {paint / base:8.0f}x")  # fmt: skip
        verdict = "ok" if whole <= TARGET_MS else "OVER TARGET"
        print(f"{'opening the month (all of the above)':<46} {whole:8.2f} ms  "
              f"ratio {whole / base:8.0f}x  target {TARGET_MS:.0f} ms  {verdict}")  # fmt: skip
    finally:
        ws.close()
        folder.release()


if __name__ == "__main__":
    main()
