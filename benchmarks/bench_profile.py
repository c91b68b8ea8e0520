"""Where the time goes: start-up stage by stage, and the slowest edit under a profiler.

Start-up runs in fresh processes (median of several), each stage timed (wall
and main-thread CPU) from the previous one, in the program's order: pydantic,
the core modules, Qt, the knowledge base (rules and drug dictionary), the
window's modules, building the window, showing it. The slowest edit (age, which
changes every view) is profiled with cProfile; the functions with the most
cumulative time are listed.

    .venv/bin/python -m benchmarks.bench_profile
"""

from __future__ import annotations

import cProfile
import json
import pstats
import subprocess
import sys
from pathlib import Path

from benchmarks.bench_ui import headless_env, live_window
from benchmarks.common import Row, Samples, row

ROOT = Path(__file__).resolve().parents[1]
RUNS = 7

#: The window's start-up in the program's order, with the collector paused as `main` does.
STAGES = r"""
import gc, json, sys, time
from baclofen_desk.__main__ import without_pydantic_plugins
without_pydantic_plugins()
gc.disable()
marks = [("start", time.perf_counter(), time.thread_time())]
def mark(name):
    marks.append((name, time.perf_counter(), time.thread_time()))
import pydantic
mark("import pydantic")
from baclofen_desk.__main__ import CORE_MODULES
for name in CORE_MODULES:
    __import__(name)
mark("import the core (model classes built)")
from PySide6.QtWidgets import QApplication
mark("import Qt (PySide6 widgets)")
from baclofen_desk.resources import default_knowledge
knowledge = default_knowledge()
mark("load and validate the knowledge base")
from baclofen_desk.ui.main_window import MainWindow
from baclofen_desk.ui.qt_settings import name_application
mark("import the window's modules")
name_application()
app = QApplication(sys.argv[:1])
window = MainWindow(knowledge)
mark("create QApplication and build the window (first plan)")
window.resize(1280, 800)
window.show()
while not (window.windowHandle() and window.windowHandle().isExposed()):
    app.processEvents()
app.processEvents()
mark("show and paint")
window.document.set_modified(False)
stages = [(n, (t - p) * 1000, (c - q) * 1000) for (n, t, c), (_, p, q) in zip(marks[1:], marks)]
print("STAGES " + json.dumps(stages))
"""


def startup_stages() -> dict[str, Samples]:
    """Wall and main-thread CPU time (ms) of each start-up stage, per stage."""
    env = headless_env()
    out: dict[str, Samples] = {}
    for i in range(RUNS + 1):
        result = subprocess.run(
            [sys.executable, "-c", STAGES],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        line = next(x for x in result.stdout.splitlines() if x.startswith("STAGES "))
        if i == 0:
            continue  # first run compiles bytecode and warms the page cache
        for name, wall, cpu in json.loads(line.removeprefix("STAGES ")):
            samples = out.setdefault(name, Samples([], []))
            samples.wall.append(wall)
            samples.cpu.append(cpu)
    return out


def profile_age_edit(edits: int = 60, top: int = 8) -> str:
    """cProfile of age edits in a live window: the top functions by cumulative time."""
    app, window = live_window()
    age = window.editor.patient.numbers["age_years"]
    profiler = cProfile.Profile()
    profiler.enable()
    for i in range(edits):
        age.setValue((45, 72)[i % 2])
        app.processEvents()
    profiler.disable()
    window.document.set_modified(False)
    window.close()
    stats = pstats.Stats(profiler)
    rows = sorted(
        ((v[3] / edits * 1000, f"{Path(k[0]).name}:{k[2]}") for k, v in stats.stats.items()),  # type: ignore[attr-defined]
        reverse=True,
    )
    # Qt's own entry points (processEvents, setValue, emit) wrap everything: list ours.
    shown = [f"{name} {ms:.1f} ms" for ms, name in rows if "<" not in name][:top]
    return "; ".join(shown)


def measure() -> list[Row]:
    rows = [row(f"start-up stage: {name}", s) for name, s in startup_stages().items()]
    rows.append(
        Row(
            name="profile: age edit (cumulative per edit)",
            median=float("nan"),
            low=float("nan"),
            high=float("nan"),
            note=profile_age_edit(),
        )
    )
    return rows


if __name__ == "__main__":
    for r in measure():
        print(f"{r.name}: {r.median:.1f} ms (min {r.low:.1f}, max {r.high:.1f}) {r.note}")
