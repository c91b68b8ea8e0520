"""`make bench`: run every benchmark, print one table, write benchmarks/results.md.

Each benchmark module offers `measure() -> list[Row]`. Figures are medians of
repeated runs with min and max; ratios compare against the fastest thing the
same stack can do, measured in the same run on the same machine.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import platform
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.common import fmt, ratio_text, table
from benchmarks.fuzz import kept_fuzz_section

if TYPE_CHECKING:
    from benchmarks.common import Row

ROOT = Path(__file__).resolve().parents[1]

MODULES = (
    "bench_core",
    "bench_drugs",
    "bench_pdf",
    "bench_ui",
    "bench_medications",
    "bench_bundle",
    "bench_profile",
)


#: Why the missed targets are missed, read off the start-up stages, the edit profile and
#: the measurements made while closing the gaps (each change measured in its commit).
MISSED_CAUSES = [
    "Start-up (CPU about 3.4x the bare window; wall 3.3x-4x with the load): done, each measured:",
    "garbage collection paused until the window is shown, then frozen (-9 %); the pure",
    "core imported before PySide6, so shiboken's import hook skips it (-3 %, -5 MB);",
    "no pydantic plugin lookup (-1 %); rapidfuzz imported at the first close-spelling",
    "search (-2 %, -2 MB). The `start-up stage` rows show what is left: building about a",
    "hundred pydantic model classes (`import the core`, the largest; `defer_build` gains",
    "nothing measurable, as nearly every model is validated before the first paint),",
    "importing Qt and the window's modules, and reading and validating the knowledge",
    "base, half of it the drug dictionary. To close the gap: load the drug dictionary",
    "after the first paint (the form is usable without completion for the first moment),",
    "or a validated-knowledge snapshot keyed by a hash of the files (not done: it must",
    "never be trusted over changed validation rules). Peak memory has the same causes.",
    "",
    "PDF (3.0x bare ReportLab): rl-accel made the handout 17 % faster, but the bare",
    "document is accelerated as well, so the ratio stays. A profile: table drawing is",
    "half the time, most of it ReportLab wrapping each cell's list of flowables a second",
    "time while drawing (`_listCellGeom`), and parsing about 470 Paragraphs a document",
    "is a fifth; the calendar week tables and the summary tables hold most of them.",
    "Cells of plain strings (or one flowable, not a list) where no markup is needed",
    "would close it.",
    "",
    "Edits: wall time on a loaded machine is about twice the CPU time; the CPU column",
    "is the cost of the edit itself. An age edit repaints about 4 Mpx, the whole window",
    "once: labels in the form that re-wrap and move (the kidney estimate, the plan",
    "panel's notes) and the condition boxes repaint; keeping the schedule's notes",
    "label a fixed height changed nothing measurable, so the remaining cost is in the",
    "form's layout. Opening 100 medication lines (not a target) takes most of its time",
    "in Qt measuring 100 word-wrapped status labels for the scrolling form.",
]


def kept_coverage_section(results: Path) -> list[str]:
    """The drug coverage section (written by bench_drug_coverage), kept as it was."""
    from benchmarks.bench_drug_coverage import BEGIN, END

    old = results.read_text(encoding="utf-8") if results.exists() else ""
    if BEGIN not in old or END not in old:
        return []
    section = BEGIN + old.partition(BEGIN)[2].partition(END)[0] + END
    return ["", *section.splitlines()]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = []
    for name in ("PySide6", "reportlab", "pydantic"):
        try:
            versions.append(f"{name} {importlib.import_module(name).__version__}")
        except (ImportError, AttributeError):
            versions.append(f"{name} ?")
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores; "
        f"Python {platform.python_version()}; " + ", ".join(versions)
    )


def measured(r: Row) -> str:
    """The figure a target is judged on, with its CPU counterpart."""
    if r.ratio is not None:
        return ratio_text(r)
    cpu = f" (CPU {fmt(r.cpu, r.unit)})" if r.cpu is not None else ""
    p99 = f", p99 {fmt(r.p99, r.unit)}" if r.p99 is not None else ""
    return f"median {fmt(r.median, r.unit)}{cpu}{p99}"


def load() -> str:
    """The machine's load average (1 minute) now, against its core count."""
    try:
        return f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    except OSError:
        return "unknown"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    load_before = load()
    rows: list[Row] = []
    notes: list[str] = []
    for name in MODULES:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ImportError as exc:
            notes.append(f"- `{name}` not run: {exc}")
            continue
        print(f"running {name} ...", flush=True)
        rows.extend(module.measure())
    notes.extend(f"- {r.name}: {r.note}" for r in rows if r.note)
    missed = [f"- **{r.name}**: {measured(r)} against {r.target}." for r in rows if r.met is False]
    body = table(rows)
    print("\n".join(body))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = [
        "# Benchmark results",
        "",
        f"Measured {stamp} on: {machine()}.",
        f"Load average: {load_before} at the start, {load()} at the end (other work on a",
        "loaded machine inflates wall time, the CPU column far less).",
        "",
        "Medians of repeated runs (min, max, and the 99th percentile where many runs were",
        "taken). Ratios compare with the fastest thing the same stack can do, measured in",
        "the same run. Produced by `make bench` (`benchmarks/run.py`).",
        "",
        *body,
    ]
    if missed:
        text += ["", "## Targets missed", "", *missed, "", *MISSED_CAUSES]
    if notes:
        text += ["", "## Notes", "", *notes]
    results = ROOT / "benchmarks" / "results.md"
    text += kept_coverage_section(results)
    text += kept_fuzz_section()  # `make fuzz` writes it; a benchmark run keeps it
    results.write_text("\n".join(text) + "\n", encoding="utf-8")
    print("\nwrote benchmarks/results.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
