"""The window: edit -> updated table and chart, and start-up and memory against a bare window.

Edits run in-process on the offscreen platform: each edit changes the patient's
age through its number box (a new profile, so every view changes), and is timed
until the plan, table and chart hold the new data, and again until the window
has repainted. Start-up and peak memory run as fresh processes: the program's
own entry point with `--quit-after-show` against a bare PySide6 QMainWindow
script that shows a label and quits the same way, alternating so both see the
same machine state. Each child reports, at exit, the time, the CPU time of the
whole process (all its threads) and its peak resident memory (VmHWM). Children
run with bytecode caching on, as an installed program does.

    .venv/bin/python -m benchmarks.bench_ui [--start-up]   (or `make bench` for every benchmark)

`--start-up` runs only the start-up and memory launches.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import Row, Samples, against, judged, row, table

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from baclofen_desk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
EDITS = 300
LAUNCHES = 10

#: Run first in both children: at exit, report the wall time, the process CPU time and the
#: peak resident memory (VmHWM belongs to the new program image; getrusage would also count
#: the forked parent).
PROLOGUE = """
import atexit, sys, time
def _report():
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    print(f"BENCH {time.time()} {time.process_time()} {peak}", file=sys.stderr)
atexit.register(_report)
"""

#: Targets of the window: start-up and memory against the bare window, edits absolute.
START_RATIO = 2.5
MEMORY_RATIO = 1.6
EDIT_MEDIAN_MS = 10.0
EDIT_P99_MS = 16.0

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
from baclofen_desk.__main__ import main
main(["--quit-after-show"])
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


def edit_timings() -> dict[str, Samples]:
    """Edit -> plan, table and chart data, and edit -> window repainted (ms), per kind of edit."""
    app, window = live_window()
    numbers = window.editor.patient.numbers
    series_before = window.results.chart.series()
    times: dict[str, Samples] = {}
    for field, values in (("age_years", (45, 72)), ("weight_kg", (71, 70))):
        data = times.setdefault(f"{field} data", Samples([], []))
        painted = times.setdefault(field, Samples([], []))
        for i in range(EDITS):
            start, start_cpu = time.perf_counter(), time.thread_time()
            numbers[field].setValue(values[i % 2])
            data.wall.append((time.perf_counter() - start) * 1000)
            data.cpu.append((time.thread_time() - start_cpu) * 1000)
            app.processEvents()
            painted.wall.append((time.perf_counter() - start) * 1000)
            painted.cpu.append((time.thread_time() - start_cpu) * 1000)
    assert window.results.chart.series() == series_before  # an even number of edits
    window.document.set_modified(False)
    window.close()
    return times


def launch(code: str, env: dict[str, str]) -> tuple[float, float, float]:
    """(ms from spawn until the window was shown and its event loop left, the process CPU ms
    until then, peak resident MB)."""
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
    _, shown, cpu, peak_kb = report[-1].split()
    return (float(shown) - start) * 1000, float(cpu) * 1000, int(peak_kb) / 1024


def headless_env() -> dict[str, str]:
    """Environment for a child process: offscreen, with a fresh home (no user settings).

    Bytecode caching stays on (as in an installed program or the bundle): without it every
    module would be compiled again at each start.
    """
    home = tempfile.mkdtemp(prefix="bench-ui-home-")
    inherited = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **inherited,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": home,
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_CACHE_HOME": f"{home}/cache",
    }


def launches() -> dict[str, list[tuple[float, float, float]]]:
    env = headless_env()
    results: dict[str, list[tuple[float, float, float]]] = {"bare": [], "app": []}
    launch(APP_WINDOW, env)  # first run: bytecode compiled, files in the page cache
    launch(BARE_WINDOW, env)
    for _ in range(LAUNCHES):
        results["bare"].append(launch(BARE_WINDOW, env))
        results["app"].append(launch(APP_WINDOW, env))
    return results


def edit_rows(edits: dict[str, Samples]) -> list[Row]:
    age_note = "age 45 <-> 72 in its number box: a new profile, so every view changes"
    weight_note = "weight 70 <-> 71 kg: the kidney estimate changes, the alerts do not"
    target = f"median ≤ {EDIT_MEDIAN_MS:g} ms, p99 ≤ {EDIT_P99_MS:g} ms"
    rows = [
        row("edit age -> plan, table and chart data", edits["age_years data"], note=age_note),
        row("edit age -> window repainted (offscreen)", edits["age_years"]),
        row("edit weight -> window repainted (offscreen)", edits["weight_kg"], note=weight_note),
    ]
    return [
        replace(
            r,
            target=target,
            met=r.median <= EDIT_MEDIAN_MS and (r.p99 or 0) <= EDIT_P99_MS,
        )
        for r in rows
    ]


def launch_rows(runs: dict[str, list[tuple[float, float, float]]]) -> list[Row]:
    def timed(kind: str) -> Samples:
        return Samples([wall for wall, _, _ in runs[kind]], [cpu for _, cpu, _ in runs[kind]])

    bare = row("bare PySide6 window: start to shown", timed("bare"))
    ours = against(row("window start to shown (--quit-after-show)", timed("app")), bare, "bare")
    bare_mb = row("bare PySide6 window: peak memory", [mb for _, _, mb in runs["bare"]], unit="MB")
    ours_mb = against(
        row("window peak memory", [mb for _, _, mb in runs["app"]], unit="MB"), bare_mb, "bare"
    )
    assert ours.ratio is not None and ours_mb.ratio is not None
    return [
        bare,
        replace(
            judged(ours, ours.ratio <= START_RATIO),
            target=f"≤ {START_RATIO:g}× bare window",
            note="fresh process each time, from spawn until the shown window's event loop "
            "returns (interpreter shutdown not counted), offscreen platform; CPU: the "
            "whole process, all threads",
        ),
        bare_mb,
        replace(
            judged(ours_mb, ours_mb.ratio <= MEMORY_RATIO),
            target=f"≤ {MEMORY_RATIO:g}× bare window",
            note="peak resident set size (VmHWM) of the process, read at exit",
        ),
    ]


def measure() -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return edit_rows(edit_timings()) + launch_rows(launches())


def main() -> int:
    rows = launch_rows(launches()) if "--start-up" in sys.argv[1:] else measure()
    print("\n".join(table(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
