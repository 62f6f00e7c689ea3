"""How fast the roster filters, sorts and opens, as ratios to plain Python in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_roster.py

Targets (issue #3): filter incl. repaint <= 16 ms at 10,000 rows (<= 50 ms at 100,000),
sort incl. repaint <= 50 ms, opening the page <= 100 ms. The rows are synthetic
``RosterRow``s (no store): "page" is the real ParticipantsPage built and filled with
``show_loaded`` and painted; reading 10,000 rows out of the encrypted store is not in it.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

from gemeinsam_desktop.services.roster import ProjectInfo, RosterRow  # noqa: E402
from gemeinsam_desktop.services.text import fold, search_key  # noqa: E402
from gemeinsam_desktop.store.models import ParticipantStatus  # noqa: E402

LAST = ("Müller", "Schmidt", "Öztürk", "Yılmaz", "Becker", "Kowalczyk", "Al-Hassan", "Weiß",
        "Krüger", "Nowak", "Şahin", "Fuchs", "Groß", "Braun", "Kaya", "Hoffmann")  # fmt: skip
FIRST = ("Lea", "Anna", "Jülide", "René", "Ayşe", "Mehmet", "Zeynep", "Björn", "Tanja",
         "Miriam", "Chantal", "Jörg", "Sabine", "Özlem", "Agnieszka", "Svenja")  # fmt: skip
QUERY = "müll"  # a coach typing a name; about 1 in 16 rows match


def synthetic_rows(count: int, seed: int = 7) -> list[RosterRow]:
    rng = random.Random(seed)
    start = dt.date(2026, 6, 1)
    rows = []
    for pid in range(1, count + 1):
        last, first = rng.choice(LAST), rng.choice(FIRST)
        number = f"{rng.randint(100, 999)}D{rng.randint(100000, 999999)}"
        phone = f"0641 {rng.randint(10000, 999999)}"
        kids = tuple(sorted(rng.randint(0, 17) for _ in range(rng.randint(0, 3))))
        rows.append(
            RosterRow(
                id=pid,
                last_name=last,
                first_name=first,
                status=rng.choice(list(ParticipantStatus)),
                age=rng.choice([None, *range(18, 60)]),
                children_ages=kids,
                childcare_needed=sum(1 for k in kids if k <= 12),
                entry_date=start + dt.timedelta(days=rng.randint(0, 90)),
                last_attendance=rng.choice([None, start + dt.timedelta(days=rng.randint(0, 170))]),
                open_agreements=rng.randint(0, 4),
                customer_number=number,
                phone=phone,
                archived=rng.random() < 0.05,
                search=search_key(f"{last} {first} {number} {phone}")
                + "\x1f"
                + "".join(ch for ch in phone if ch.isdigit()),
            )
        )
    return rows


def median_ms(
    fn: Callable[[], object], repeat: int, before: Callable[[], object] | None = None
) -> float:
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(label: str, ms: float, base: float, target: float) -> None:
    verdict = "ok" if ms <= target else "OVER TARGET"
    print(f"{label:<44} {ms:8.2f} ms  ratio {ms / base:6.1f}x  target {target:5.0f} ms  {verdict}")


def shown_view(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.resize(900, 600)
    view.show()
    QApplication.processEvents()
    return view


def bench_filter(count: int, target: float) -> None:
    from gemeinsam_desktop.ui.models.roster_model import RosterModel

    rows = synthetic_rows(count)
    model = RosterModel()
    model.set_rows(rows)
    view = shown_view(model)
    words = fold(QUERY).split()

    def plain() -> list[RosterRow]:
        return [r for r in rows if not r.archived and all(w in r.search for w in words)]

    def filtered() -> None:
        model.set_filter(QUERY)
        view.viewport().repaint()

    base = median_ms(plain, 21)
    ours = median_ms(filtered, 21, before=lambda: model.set_filter(""))
    typing = median_ms(
        lambda: [model.set_filter(QUERY[:n]) or view.viewport().repaint() for n in (1, 2, 3, 4)],
        11,
        before=lambda: model.set_filter(""),
    )
    print(f"\n{count:,} rows ({model.visible_count():,} shown, {len(plain()):,} match {QUERY!r})")
    print(f"{'plain list comprehension (baseline)':<44} {base:8.2f} ms")
    report("set_filter + repaint", ours, base, target)
    report("typing 4 letters, 4 filters + 4 repaints", typing, base, 4 * target)
    view.close()


def bench_sort(count: int) -> None:
    from gemeinsam_desktop.ui.models import roster_model as rm
    from gemeinsam_desktop.ui.models.roster_model import RosterModel

    rows = synthetic_rows(count)
    model = RosterModel()
    model.set_rows(rows)
    view = shown_view(model)
    base = median_ms(lambda: sorted(rows, key=lambda r: (r.age is None, r.age or 0)), 21)
    names = median_ms(
        lambda: sorted(rows, key=lambda r: (fold(r.last_name), fold(r.first_name))), 5
    )
    print(f"{'plain sorted() by age (baseline)':<44} {base:8.2f} ms")
    print(f"{'plain sorted() by folded name':<44} {names:8.2f} ms")
    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 50)
    for column, label in ((rm.AGE, "age"), (rm.NAME, "name"), (rm.LAST_ATTENDANCE, "last date")):

        def sort(column: int = column) -> None:
            model.sort(column, next(orders))
            view.viewport().repaint()

        report(f"sort by {label} + repaint", median_ms(sort, 21), base, 50)
    view.close()


def bench_page(count: int) -> None:
    from gemeinsam_desktop.ui.models.roster_model import RosterModel
    from gemeinsam_desktop.ui.pages.participants import ParticipantsPage

    rows = synthetic_rows(count)
    base = median_ms(lambda: sorted(rows, key=lambda r: r.last_name), 11)
    print(f"{'plain sorted() by last name (baseline)':<44} {base:8.2f} ms")

    def model_and_view() -> None:
        model = RosterModel()
        view = QTableView()
        view.setModel(model)
        model.set_rows(rows)
        view.resize(900, 600)
        view.show()
        view.viewport().repaint()
        view.close()
        view.deleteLater()

    report("model.set_rows + new view shown + painted", median_ms(model_and_view, 11), base, 100)

    projects = [ProjectInfo(1, "Gemeinsam in Wetzlar", dt.date(2026, 6, 1), dt.date(2027, 1, 31))]

    def page() -> None:
        p = ParticipantsPage(None)  # type: ignore[arg-type]  # no store: rows come ready
        p._stale = False  # no load from a store when shown
        p.show_loaded((projects, 1, rows))
        p.resize(950, 700)
        p.show()
        p.repaint()
        p.close()
        p.deleteLater()

    report("ParticipantsPage built + filled + painted", median_ms(page, 11), base, 100)
    QApplication.processEvents()


def main() -> None:
    import tempfile

    from gemeinsam_desktop.app import create_application

    app = create_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    bench_filter(10_000, 16)
    bench_filter(100_000, 50)
    print("\nsort, 10,000 rows")
    bench_sort(10_000)
    print("\nopening, 10,000 rows")
    bench_page(10_000)
    app.processEvents()


if __name__ == "__main__":
    main()
