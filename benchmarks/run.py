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

from benchmarks.common import fmt, table

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


#: Why the missed targets are missed, read off the start-up stages and the edit profile above.
MISSED_CAUSES = [
    "Start-up: the `start-up stage` rows time each stage in a fresh process. Qt itself",
    "(the bare window's cost) is about a quarter; the rest is Python work before the first",
    "paint: pydantic builds the schemas of about a hundred frozen models at import (the",
    "`import the core` stage, the largest), the window's modules import, and the knowledge",
    "base (rules and a 2,500-name drug dictionary) is read and validated. Showing an empty",
    "window first would meet the ratio without making the window usable sooner, so it is",
    "not done. Ways to close the gap: pydantic models built lazily (`defer_build`), or a",
    "validated knowledge snapshot; both trade start-up time for complexity.",
    "",
    "Age edit: an age change switches the dosing profile, so every view is rebuilt (table,",
    "chart, alerts, interactions); the profile row shows re-planning and the views' update",
    "each take a few milliseconds and Qt's repaint of the whole window the rest. The",
    "typical edit (weight) is well under the target; the age edit runs just over it.",
]


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


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
    missed = [
        f"- **{r.name}**: {fmt(r.median, r.unit)} against {r.target}."
        for r in rows
        if r.met is False
    ]
    body = table(rows)
    print("\n".join(body))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = [
        "# Benchmark results",
        "",
        f"Measured {stamp} on: {machine()}.",
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
    (ROOT / "benchmarks" / "results.md").write_text("\n".join(text) + "\n", encoding="utf-8")
    print("\nwrote benchmarks/results.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
