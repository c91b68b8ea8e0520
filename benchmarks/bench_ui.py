"""The window: edit -> updated table and chart, and start-up and memory against a bare window.

Edits run in-process on the offscreen platform: each edit changes the patient's
age through its number box (a new profile, so every view changes), and is timed
until the plan, table and chart hold the new data, and again until the window
has repainted. Start-up and peak memory run as fresh processes: `baclofen-desk
--quit-after-show` against a bare PySide6 QMainWindow script that shows a label
and quits the same way, alternating so both see the same machine state. Each
child reports, at exit, the time and its peak resident memory (VmHWM).

    .venv/bin/python -m benchmarks.bench_ui        (or `make bench` for every benchmark)
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Row, row

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from baclofen_desk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
EDITS = 300
LAUNCHES = 10

#: Run first in both children: at exit, report the wall time and the peak resident memory
#: (VmHWM belongs to the new program image; getrusage would also count the forked parent).
PROLOGUE = """
import atexit, sys, time
def _report():
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    print(f"BENCH {time.time()} {peak}", file=sys.stderr)
atexit.register(_report)
"""

BARE_WINDOW = (
    PROLOGUE
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("bare window"))
window.resize(1280, 800)
window.show()
def check():
    handle = window.windowHandle()
    if window.isVisible() and handle is not None and handle.isExposed():
        app.exit(0)
timer = QTimer()
timer.timeout.connect(check)
timer.start(5)
app.exec()
"""
)

APP_WINDOW = (
    PROLOGUE
    + """
from baclofen_desk.ui.app import run_app
run_app(["--quit-after-show"])
"""
)


def live_window() -> tuple[QApplication, MainWindow]:
    """A shown window with an older adult on three medications (settings isolated)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from baclofen_desk.core.models import Patient, PlanRequest
    from baclofen_desk.resources import default_knowledge
    from baclofen_desk.storage import HandoutChoices
    from baclofen_desk.ui.main_window import MainWindow
    from baclofen_desk.ui.qt_settings import name_application
    from baclofen_desk.ui.request_draft import draft_of

    settings = tempfile.mkdtemp(prefix="bench-ui-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    name_application()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    window = MainWindow(default_knowledge())
    request = PlanRequest(
        patient=Patient(age_years=72, weight_kg=70, height_cm=165, sex="female", scr=0.8),
        start=dt.date(2026, 12, 1),
        medications=("oxycodone 5 mg q6h", "gabapentin 300 mg tid", "lisinopril 10 mg"),
    )
    window.editor.load(draft_of(request), HandoutChoices())
    window.document.reset(window.editor.draft(), HandoutChoices())
    window.resize(1280, 800)
    window.show()
    for _ in range(20):
        app.processEvents()
    return app, window


def edit_timings() -> dict[str, list[float]]:
    """Edit -> plan, table and chart data, and edit -> window repainted (ms), per kind of edit."""
    app, window = live_window()
    numbers = window.editor.patient.numbers
    series_before = window.results.chart.series()
    times: dict[str, list[float]] = {}
    for field, values in (("age_years", (45, 72)), ("weight_kg", (71, 70))):
        data, painted = times.setdefault(f"{field} data", []), times.setdefault(field, [])
        for i in range(EDITS):
            start = time.perf_counter()
            numbers[field].setValue(values[i % 2])
            data.append((time.perf_counter() - start) * 1000)
            app.processEvents()
            painted.append((time.perf_counter() - start) * 1000)
    assert window.results.chart.series() == series_before  # an even number of edits
    window.document.set_modified(False)
    window.close()
    return times


def launch(code: str, env: dict[str, str]) -> tuple[float, float]:
    """(ms from spawn until the window was shown and its event loop left, peak resident MB)."""
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    report = [line for line in result.stderr.splitlines() if line.startswith("BENCH ")]
    if result.returncode != 0 or not report:
        raise RuntimeError(f"launch failed ({result.returncode}): {result.stderr[-500:]}")
    _, shown, peak_kb = report[-1].split()
    return (float(shown) - start) * 1000, int(peak_kb) / 1024


def headless_env() -> dict[str, str]:
    """Environment for a child process: offscreen, with a fresh home (no user settings)."""
    home = tempfile.mkdtemp(prefix="bench-ui-home-")
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": home,
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_CACHE_HOME": f"{home}/cache",
    }


def launches() -> dict[str, list[tuple[float, float]]]:
    env = headless_env()
    results: dict[str, list[tuple[float, float]]] = {"bare": [], "app": []}
    launch(APP_WINDOW, env)  # first run: bytecode compiled, files in the page cache
    launch(BARE_WINDOW, env)
    for _ in range(LAUNCHES):
        results["bare"].append(launch(BARE_WINDOW, env))
        results["app"].append(launch(APP_WINDOW, env))
    return results


def measure() -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    edits = edit_timings()
    runs = launches()
    bare_ms = [wall for wall, _ in runs["bare"]]
    app_ms = [wall for wall, _ in runs["app"]]
    bare_mb = [mb for _, mb in runs["bare"]]
    app_mb = [mb for _, mb in runs["app"]]
    start_ratio = statistics.median(app_ms) / statistics.median(bare_ms)
    memory_ratio = statistics.median(app_mb) / statistics.median(bare_mb)
    age_note = "age 45 <-> 72 in its number box: a new profile, so every view changes"
    weight_note = "weight 70 <-> 71 kg: the kidney estimate changes, the alerts do not"
    return [
        row(
            "edit age -> plan, table and chart data",
            edits["age_years data"],
            target="median < 16 ms",
            met=statistics.median(edits["age_years data"]) < 16,
            note=age_note,
        ),
        row(
            "edit age -> window repainted (offscreen)",
            edits["age_years"],
            target="median < 16 ms",
            met=statistics.median(edits["age_years"]) < 16,
        ),
        row(
            "edit weight -> window repainted (offscreen)",
            edits["weight_kg"],
            target="median < 16 ms",
            met=statistics.median(edits["weight_kg"]) < 16,
            note=weight_note,
        ),
        row("bare PySide6 window: start to shown", bare_ms),
        row(
            "window start to shown (--quit-after-show)",
            app_ms,
            ratio=start_ratio,
            ratio_of="bare window",
            target="< 1.5× bare window",
            met=start_ratio < 1.5,
            note="fresh process each time, from spawn until the shown window's event loop "
            "returns (interpreter shutdown not counted), offscreen platform",
        ),
        row("bare PySide6 window: peak memory", bare_mb, unit="MB"),
        row(
            "window peak memory",
            app_mb,
            unit="MB",
            ratio=memory_ratio,
            ratio_of="bare window",
            note="peak resident set size (VmHWM) of the process, read at exit",
        ),
    ]


def main() -> int:
    rows = measure()
    print(f"{'measurement':48} {'median':>10} {'p99':>10} {'min':>10} {'max':>10}  ratio")
    for r in rows:
        p99 = f"{r.p99:.2f}" if r.p99 is not None else ""
        ratio = f"{r.ratio:.2f}× {r.ratio_of}" if r.ratio is not None else ""
        print(
            f"{r.name:48} {r.median:>8.2f}{r.unit:>2} {p99:>10} {r.low:>10.2f} "
            f"{r.high:>10.2f}  {ratio} {r.target}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
