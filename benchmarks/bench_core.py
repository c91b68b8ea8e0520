"""build_plan for a 12-week titration with 10 medications."""

from __future__ import annotations

import datetime as dt

from baclofen_desk.core.models import Patient, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.resources import default_knowledge
from benchmarks.bench_drugs import MEDICATIONS as DRUG_LINES
from benchmarks.common import Row, row, timings

#: Ten of the typed lines the dictionary benchmark checks.
MEDICATIONS = DRUG_LINES[:10]


def twelve_week_request() -> PlanRequest:
    """An older adult titrating weekly: about 12 weeks of steps."""
    return PlanRequest(
        patient=Patient(age_years=72, weight_kg=70, height_cm=165, sex="female", scr=0.8),
        start=dt.date(2026, 12, 1),
        medications=MEDICATIONS,
    )


def measure() -> list[Row]:
    knowledge = default_knowledge()
    request = twelve_week_request()
    plan = build_plan(request, knowledge)
    weeks = ((plan.steps[-1].start - plan.steps[0].start).days + 7) // 7
    samples = timings(lambda: build_plan(request, knowledge), repeat=300)
    return [
        row(
            f"build_plan: {weeks}-week titration, 10 medications",
            samples,
            target="fast enough for every keystroke (< 16 ms)",
            met=None,
        )
    ]


if __name__ == "__main__":
    for r in measure():
        print(f"{r.name}: median {r.median:.2f} ms (min {r.low:.2f}, max {r.high:.2f})")
