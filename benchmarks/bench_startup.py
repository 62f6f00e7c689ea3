"""Start-up time and memory, as ratios against a bare PySide6 window measured in the same run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 5]
    ... benchmarks/bench_startup.py --bundle dist/gemeinsam-desktop     (the PyInstaller build)

Each case is a fresh process; the time runs from just before the process starts until its
first window is exposed (the app reports that, and its resident memory at that moment,
through ``$GEMEINSAM_QUIT_AFTER_MS``, see ui/startup.py). The peak (maximum RSS from start
to exit, ``os.wait4``) is shown beside it: for "main" it includes Argon2id's 64 MiB, which
are freed as soon as the key is derived, and the modules the app preloads after showing.

- bare:   ``python -c`` with a QApplication and one QWidget, nothing else;
- unlock: ``python -m gemeinsam_desktop`` on a set-up, locked data folder → unlock window;
- main:   ``python -m gemeinsam_desktop --demo`` on a demo folder made beforehand by the
          CLI → unlocked (Argon2id, production cost) main window with the demo data.

Targets (issue #8): unlock ≤ 1.5× bare time, main ≤ 4× bare time and ≤ 2.5× bare memory
(resident when shown). Exit status 1 when a median misses its target.

"ready" is when the work the window started is done too (the app reports
``gemeinsam-ready`` once its worker has gone idle): for "main" the database opened and the
first page's data shown; no target, reported so that a faster window never hides slower data.

Where "main" goes (2 cores, bare ≈ 0.11 s / 47 MiB): Python, Qt and the app's imports
~0.2 s on one core (GIL) while Argon2id (production cost, ~0.3 s of CPU, 4 lanes) runs
beside them from the first moment at lower priority (``preload.start_demo_unlock``); the
store checked with plain SQL ~10 ms; building the window with its first page ~50 ms; the
first paint ~20 ms. SQLAlchemy and the models (~0.25 s) load after that paint, on the worker
that opens the database and loads the page (``Workspace.db``), then the page's services
(~65 ms) and queries (~50 ms).
History (same-run medians): all pages built up front 1.16 s (11×), 169 MiB; lazy pages
~0.6 s (5.4×), 118 MiB; the window before SQLAlchemy (store checked with plain SQL, the
engine made on first use) 0.34–0.39 s (3.1–3.4×), 87–89 MiB (1.9×) — with its data shown at
~0.85 s, as before (old tree, same run: window 0.615 s, data 0.846 s); windows watched
instead of the whole application ~9 ms less. Unlock: 1.65× before; the style from the
command line, the app icon from Qt's SVG engine, lighter imports: 1.37–1.47× (three runs of
11, 2026-11-25), main 3.0–3.3×, 87 MiB (1.85×).
The PyInstaller bundle (``--bundle``) starts slower than the sources: unlock 1.56–1.65×,
main 3.5–3.6× — its bootloader and runtime hooks (inspect, pkgutil) run first; the bare
baseline is always the venv's Python.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
class Probe(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Expose and isinstance(obj, QWindow) and obj.isExposed():
            rss = next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmRSS:"))
            now = f"{time.time():.6f}"
            print(f"gemeinsam-shown QLabel {now} {rss}", file=sys.stderr, flush=True)
            print(f"gemeinsam-ready QLabel {now} {rss}", file=sys.stderr, flush=True)
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
probe = Probe()
app.installEventFilter(probe)
w = QLabel("Gemeinsam")
w.resize(720, 560)
w.show()
app.exec()
"""

TARGETS = {"unlock": (1.5, None), "main": (4.0, 2.5)}


@dataclass
class Run:
    seconds: float
    window: str
    rss_mib: float  # resident when the window showed
    peak_mib: float  # the process's maximum, start to exit
    ready_seconds: float  # until the work the window started was done (its data shown)


def measure(cmd: list[str], env: dict[str, str]) -> Run:
    start = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    stderr = proc.stderr.read().decode(errors="replace")
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    lines = [line.split() for line in stderr.splitlines()]
    shown = [line for line in lines if line and line[0] == "gemeinsam-shown"]
    ready = [line for line in lines if line and line[0] == "gemeinsam-ready"]
    if proc.returncode != 0 or not shown or not ready:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr}")
    _, window, when, rss_kib = shown[0]
    return Run(
        float(when) - start,
        window,
        int(rss_kib) / 1024,
        usage.ru_maxrss / 1024,
        float(ready[0][2]) - start,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--bundle",
        type=Path,
        metavar="DIR",
        help="measure a PyInstaller build (e.g. dist/gemeinsam-desktop) instead of the sources",
    )
    args = parser.parse_args()

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["GEMEINSAM_QUIT_AFTER_MS"] = "0"
    work = Path(tempfile.mkdtemp(prefix="gemeinsam-bench-"))
    env["XDG_CONFIG_HOME"] = str(work / "config")  # QSettings of this run only
    # Installed apps start from compiled byte code (pip and PyInstaller write it): the
    # source tree's modules get theirs in this run's own cache, never beside the sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    # with --demo the GUI uses the "demo" sub-folder of --data-dir
    locked, demo_root = work / "locked", work / "demo-root"
    demo = demo_root / "demo"
    py = sys.executable
    cli = [py, "-m", "gemeinsam_desktop"]
    gui = cli
    if args.bundle:
        cli = [str(args.bundle.resolve() / "gemeinsam-desktop-cli")]
        gui = [str(args.bundle.resolve() / "gemeinsam-desktop")]
    setup_env = {**env, "GEMEINSAM_PASSPHRASE": "Sonnenblume am Lahnufer 7"}
    for folder, sub in ((locked, ["init", "--coach", "Erika Beispiel"]), (demo, ["demo"])):
        subprocess.run(
            [*cli, "--data-dir", str(folder), *sub],
            env=setup_env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    cases = {
        "bare": [py, "-c", BARE],
        "unlock": [*gui, "--data-dir", str(locked)],
        "main": [*gui, "--data-dir", str(demo_root), "--demo"],
    }
    expected = {"bare": "QLabel", "unlock": "UnlockWindow", "main": "MainWindow"}
    results: dict[str, list[Run]] = {name: [] for name in cases}
    for cmd in cases.values():  # warm the file cache and write the byte code once
        measure(cmd, env)
    for _ in range(args.runs):
        for name, cmd in cases.items():  # interleaved: drift hits every case alike
            run = measure(cmd, env)
            if run.window != expected[name]:
                raise SystemExit(f"{name}: first window was {run.window}, not {expected[name]}")
            results[name].append(run)

    base_s = statistics.median(r.seconds for r in results["bare"])
    base_mib = statistics.median(r.rss_mib for r in results["bare"])
    base_peak = statistics.median(r.peak_mib for r in results["bare"])
    print(f"{args.runs} runs each, medians; memory: resident when shown (peak start to exit)")
    print("ready: until the work the window started is done too (main: its page's data shown)")
    print(
        f"{'case':8} {'seconds':>8} {'ratio':>6} {'ready':>6} {'ratio':>6} "
        f"{'MiB':>6} {'ratio':>6} {'peak':>6} {'ratio':>6}  target"
    )
    ok = True
    for name, runs in results.items():
        secs = statistics.median(r.seconds for r in runs)
        mib = statistics.median(r.rss_mib for r in runs)
        peak = statistics.median(r.peak_mib for r in runs)
        ready = statistics.median(r.ready_seconds for r in runs)
        t_ratio, m_ratio = secs / base_s, mib / base_mib
        time_target, mem_target = TARGETS.get(name, (None, None))
        wanted = []
        if time_target is not None:
            wanted.append(f"time ≤ {time_target}×")
            ok &= t_ratio <= time_target
        if mem_target is not None:
            wanted.append(f"memory ≤ {mem_target}×")
            ok &= m_ratio <= mem_target
        print(
            f"{name:8} {secs:8.3f} {t_ratio:5.2f}× {ready:6.3f} {ready / base_s:5.2f}× "
            f"{mib:6.1f} {m_ratio:5.2f}× "
            f"{peak:6.1f} {peak / base_peak:5.2f}×  " + (", ".join(wanted) or "(baseline)")
        )
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
