"""The summary and the exports show the shaped plan: edited steps, the reason for a soft
limit crossed, the next review, and the plan history (policy P2a, P10)."""

from __future__ import annotations

import datetime as dt
import json

from baclofen_desk.core.models import Override, PlanRequest, ScheduleStep
from baclofen_desk.core.planner import build_plan
from baclofen_desk.core.visit_models import Visit
from baclofen_desk.core.visits import after_visit, history_entry
from baclofen_desk.interop.fhir import plan_to_fhir_json
from baclofen_desk.report import summary_data
from baclofen_desk.resources import default_knowledge
from tests.helpers import plan
from tests.report.conftest import GENERATED

ADULT = {"age_years": 45, "weight_kg": 70, "sex": "male", "scr": 0.9}

KNOWLEDGE = default_knowledge()


def parts(p):
    return {
        part.heading: part
        for part in summary_data(p, generated_at=GENERATED, knowledge=KNOWLEDGE).parts
    }


def visited(earlier, date, taking, outcome, **details):
    p = plan(**earlier) if isinstance(earlier, dict) else earlier
    visit = Visit(date=date, taking_mg=taking, outcome=outcome, **details)
    entry = history_entry(
        p.request, p.steps, visit, review_date=p.review_date, rules_version=p.rules_version
    )
    return after_visit(p.request, entry)


def test_edited_steps_the_override_reason_and_the_review_are_printed():
    fast = (ScheduleStep(daily_mg=15, days=2), ScheduleStep(daily_mg=30))
    override = Override(code="plan.rise_too_fast", reason="spasticity pain; seen daily")
    p = plan(**ADULT, schedule=fast, overrides=(override,))
    part = parts(p)["Plan (titrate)"]
    assert part.paragraphs[1:] == (
        "Next review: 2026-12-03.",
        "Soft limit crossed: plan.rise_too_fast. Reason given: spasticity pain; seen daily",
    )
    assert [row[-1] for row in part.table.rows] == ["edited by the clinician"] * 2
    generated = parts(plan(**ADULT))["Plan (titrate)"]
    assert [row[-1] for row in generated.table.rows] == [""] * 4


def test_history_table_and_chart_after_two_visits():
    second = visited(ADULT, dt.date(2026, 12, 15), 30, "side-effects", pain=6, note="drowsy")
    second = second.model_copy(update={"mode": "reduce", "schedule": None, "target_daily_mg": 20.0})
    second = PlanRequest.model_validate(second.model_dump())
    reduced = build_plan(second, default_knowledge())
    third = build_plan(
        visited(reduced, dt.date(2027, 1, 5), 20, "tolerated", pain=3, spasms=1),
        default_knowledge(),
    )
    part = parts(third)["Plan history"]
    assert part.table.columns == (
        "Visit", "Dose taken", "Outcome", "Pain", "Spasms", "Note", "What changed",
    )  # fmt: skip
    assert part.table.rows == (
        ("2026-12-15", "30 mg/day", "side effects", "6", "—", "drowsy", "reduce to 20 mg/day"),
        ("2027-01-05", "20 mg/day", "tolerated", "3", "1", "", "continue at 20 mg/day"),
    )
    assert part.chart is not None
    assert (part.chart.dose, part.chart.pain, part.chart.spasms) == (
        ((0, 30.0), (21, 20.0)),
        ((0, 6.0), (21, 3.0)),
        ((21, 1.0),),
    )
    assert third.history[0].steps == plan(**ADULT).steps  # the record, unchanged


def test_one_visit_has_a_table_but_no_chart():
    after = visited(ADULT, dt.date(2026, 12, 15), 30, "tolerated")
    part = parts(build_plan(after, default_knowledge()))["Plan history"]
    assert len(part.table.rows) == 1 and part.chart is None
    assert "Plan history" not in parts(plan(**ADULT))


def test_fhir_has_the_review_as_a_note_not_as_the_validity_end():
    data = json.loads(plan_to_fhir_json(plan(**ADULT), knowledge=KNOWLEDGE))
    assert data["note"][-1]["text"] == (
        "Next review of this plan: 2026-12-10. "
        "This is a follow-up date, not the end of the prescription."
    )
    assert "dispenseRequest" not in data or "validityPeriod" not in data["dispenseRequest"]
