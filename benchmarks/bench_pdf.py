"""Handout + clinician summary for a 12-week titration, against a bare ReportLab document.

The bare document has the same number of pages and plain text only: the floor
ReportLab itself sets on this machine. Prints median, min and max over repeated
runs and the ratio of the medians (wall and thread-CPU time). Targets: under
300 ms, and at most twice the bare document, for handout + summary.

    .venv/bin/python -m benchmarks.bench_pdf        (or `make bench` for every benchmark)
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from pypdf import PdfReader
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from baclofen_desk.core.models import Patient, Plan, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.report import build_pdf
from baclofen_desk.resources import default_knowledge
from benchmarks.common import Row, against, row, timings

TARGET_MS = 300.0
TARGET_RATIO = 2.0
RUNS = 30
GENERATED = dt.datetime(2026, 11, 30, 9, 0)


def twelve_week_plan() -> Plan:
    """Age 72: weekly steps for 10 weeks, then maintenance (the calendar shows 14 weeks)."""
    patient = Patient(age_years=72, weight_kg=70, sex="male", scr=0.9)
    request = PlanRequest(patient=patient, start=dt.date(2026, 12, 1))
    return build_plan(request, default_knowledge())


def bare_document(pages: int) -> bytes:
    """A plain-text Platypus document with `pages` pages."""
    buffer = io.BytesIO()
    body = getSampleStyleSheet()["BodyText"]
    story = []
    for page in range(pages):
        story += [Paragraph(f"Page {page + 1}: plain text line {n}.", body) for n in range(40)]
        story.append(PageBreak())
    SimpleDocTemplate(buffer, pagesize=letter, invariant=1).build(story[:-1])
    return buffer.getvalue()


def accelerated() -> bool:
    """Whether ReportLab runs its C accelerator (the rl-accel package) or Python fallbacks."""
    from reportlab.lib import rl_accel

    return not rl_accel._py_funcs


def measure() -> list[Row]:
    plan = twelve_week_plan()
    pages = len(
        PdfReader(
            io.BytesIO(build_pdf(plan, generated_at=GENERATED, knowledge=default_knowledge()))
        ).pages
    )
    ours = timings(
        lambda: build_pdf(plan, generated_at=GENERATED, knowledge=default_knowledge()), repeat=RUNS
    )
    bare = row(
        f"bare ReportLab document, {pages} pages of plain text",
        timings(lambda: bare_document(pages), repeat=RUNS),
    )
    measured = against(
        row(f"build_pdf: 12-week titration, handout + summary ({pages} pages)", ours),
        bare,
        f"bare {pages}-page text PDF",
    )
    assert measured.ratio is not None
    met = measured.median < TARGET_MS and measured.ratio <= TARGET_RATIO
    accel = "in use" if accelerated() else "missing (pure-Python fallbacks)"
    return [
        replace(
            measured,
            target=f"< {TARGET_MS:.0f} ms and ≤ {TARGET_RATIO:g}× bare",
            met=met,
            note=f"ReportLab's C accelerator (rl-accel): {accel}",
        ),
        bare,
    ]


def main() -> None:
    for r in measure():
        ratio = f"; {r.ratio:.1f}x the {r.ratio_of}" if r.ratio is not None else ""
        print(f"{r.name}: median {r.median:.1f} ms (min {r.low:.1f}, max {r.high:.1f}){ratio}")


if __name__ == "__main__":
    main()
