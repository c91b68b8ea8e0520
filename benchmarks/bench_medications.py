"""The window with 100 medication lines: opening them, and edits while they are shown.

A long medication list is where per-line work shows: every line has its own
status under it, and every line is checked against the drug dictionary at each
re-plan. Timed in-process on the offscreen platform until the window has
repainted: the list put into the form, an age edit (every view changes), and
one line's text changed.

    .venv/bin/python -m benchmarks.bench_medications
"""

from __future__ import annotations

import dataclasses
import os
import time
from typing import TYPE_CHECKING

from benchmarks.bench_drugs import MEDICATIONS as TYPED_LINES
from benchmarks.bench_ui import live_window
from benchmarks.common import Row, Samples, judged, row, table

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication

    from baclofen_desk.ui.main_window import MainWindow

LINES = 100
EDITS = 60
OPENS = 5
TARGET_MS = 50.0


def hundred_lines(names: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The typed lines of the drug benchmark, then dictionary names with a dose, 100 in all."""
    rest = LINES - len(TYPED_LINES)
    step = max(1, len(names) // rest)
    return TYPED_LINES + tuple(f"{name} 10 mg daily" for name in list(names)[::step][:rest])


def painted(app: QApplication, change: Callable[[], object]) -> tuple[float, float]:
    """(wall ms, thread-CPU ms) from `change` until the window has processed its events."""
    start, start_cpu = time.perf_counter(), time.thread_time()
    change()
    app.processEvents()
    return (time.perf_counter() - start) * 1000, (time.thread_time() - start_cpu) * 1000


def repeated(app: QApplication, changes: list[Callable[[], object]]) -> Samples:
    samples = Samples([], [])
    for change in changes:
        wall, cpu = painted(app, change)
        samples.wall.append(wall)
        samples.cpu.append(cpu)
    return samples


def open_lines(window: MainWindow, lines: tuple[str, ...]) -> None:
    """Put `lines` into the form as opening a plan file does, and re-plan."""
    draft = dataclasses.replace(window.editor.draft(), medications=lines)
    window.editor.load(draft, window.editor.handout_choices())
    window.document.reset(window.editor.draft(), window.editor.handout_choices())


def measure() -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app, window = live_window()
    lines = hundred_lines(window.document.knowledge.drugs.names())
    opening = repeated(
        app, [lambda: open_lines(window, lines[:-1]), lambda: open_lines(window, lines)] * OPENS
    )
    age = window.editor.patient.numbers["age_years"]
    ages = repeated(app, [lambda a=a: age.setValue(a) for a in (45, 72)] * (EDITS // 2))
    edit = window.editor.medications.line_widgets()[LINES // 2].edit
    texts = (lines[LINES // 2] + " prn", lines[LINES // 2])
    typing = repeated(app, [lambda t=t: edit.setText(t) for t in texts] * (EDITS // 2))
    assert window.editor.medications.lines() == lines  # every edit was undone
    window.document.set_modified(False)
    window.close()
    target = f"median ≤ {TARGET_MS:g} ms"
    rows = [
        row(f"open {LINES} medication lines -> window repainted", opening),
        row(f"edit age with {LINES} medication lines -> repainted", ages, target=target),
        row(f"edit one of {LINES} medication lines -> repainted", typing, target=target),
    ]
    return [rows[0], *(judged(r, r.median <= TARGET_MS) for r in rows[1:])]


if __name__ == "__main__":
    print("\n".join(table(measure())))
