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
    "Start-up (about 4.3x the bare window, CPU 4.5x; it was 4.7x when first measured, and",
    "this round added the shaping controls, the History page, undo, acknowledgements and",
    "the export menus to the first paint): done, each measured in its commit: garbage",
    "collection paused until the window is shown, then frozen (-9 %); the pure core",
    "imported before PySide6 (-3 %, -5 MB); no pydantic plugin lookup (-1 %); rapidfuzz",
    "imported at the first close-spelling search (-2 %). A validated-knowledge snapshot",
    "in the user's cache folder was measured (-12 %) and left out: it is a pickle, which",
    "runs whatever code the file names, and it must never be trusted over changed files or",
    "validation code. What is",
    "left, by the `start-up stage` rows: creating about a hundred pydantic model classes",
    "and seventy dataclasses while importing the core (about 90 ms, the largest;",
    "`defer_build` changes nothing measurable, as the knowledge base validates nearly",
    "every model before the first paint); validating the knowledge base (about 65 ms,",
    "half of it the drug dictionary and its name index); importing the window's modules",
    "(about 70 ms, nearly half of it shiboken creating some 190 Qt enum types on first use",
    "and reading each module's source in its import hook); building the window and its",
    "first plan (about 35 ms); pydantic itself (about 20 ms). To close the gap: load the",
    "drug dictionary and the handout part of the knowledge base after the first paint",
    "(the form is usable without them for the first moment), which needs `Knowledge`",
    "split into parts that load on first use, and build the History page, the dialogs",
    "and the export menus when first opened. Peak memory (about 2x) has the same causes:",
    "the core, the knowledge base and the window's modules each add 15-20 MB.",
    "",
    "PDF (about 2.5x bare ReportLab, CPU alike; CPU 3.3x before): each paragraph now",
    "breaks its lines once per width (ReportLab wrapped every table cell three times:",
    "-14 % CPU), a calendar works out each dose in tablets once (-6 %), and the 366 of",
    "479 paragraphs that are plain text skip the markup parser (-6 %); the PDF is byte",
    "for byte the same. What is left is ReportLab drawing: the table cells (about a third",
    "of the time: 15 calendar week tables and the summary tables, 690 cells a document),",
    "the paragraphs' line breaking and text output, the chart, and embedding the subset of",
    "the Unicode TrueType font (the bare document uses Helvetica, which is never",
    "embedded; the handout needs ½, ☐ and Spanish). To close it: draw the",
    "one-line cells (dates, times, labels) directly, as the calendar's dose cells",
    "already are, each checked against the rendered pages.",
    "",
    "Edits (met at a quiet moment; missed in runs under load): an age edit repaints in",
    "about 8 ms of CPU; on a loaded machine wall time is two to three times the CPU time,",
    "which the median and p99 then show. An age edit chooses a new profile, so every",
    "view changes: the banner at the top and the lists at the bottom are redrawn, and Qt",
    "repaints the bounding rectangle of what changed, the whole results side (about",
    "0.5 Mpx, several widget layers);",
    "keeping the notes label a fixed height or the lists' scroll bars always on changed",
    "nothing measurable. Of the 8 ms of CPU, about 3 ms is the new plan and the views'",
    "Python code, 4.7 ms Qt's layout and painting, 1.4 ms of it the schedule table (its",
    "model answers some 600 data() calls through Python per repaint). To close the p99:",
    "a schedule model whose cells Qt reads without calling Python (QStandardItemModel),",
    "and fewer layers painting their backgrounds under the results.",
    "",
    "Opening 100 medication lines (not a target) takes most of its time in Qt measuring",
    "100 word-wrapped status labels for the scrolling form.",
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
