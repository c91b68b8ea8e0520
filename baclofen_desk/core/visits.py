"""A follow-up visit (policy P10): the earlier plan goes to the history, a new one starts.

The history is append-only: the earlier request and the steps computed for it
then are kept exactly as they were (a record, never recomputed), and nothing
here changes an entry already in the history. The new plan continues at the dose
taken until the clinician chooses another (`with_new_choices`: the window's form; the
command line does the same for the plan options given with `--visit`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from baclofen_desk.core.models import PlanRequest
from baclofen_desk.core.visit_models import HistoryEntry, ScheduleStep

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from baclofen_desk.core.models import DoseStep, Plan
    from baclofen_desk.core.visit_models import Visit

#: What a new plan keeps from the earlier one: the patient, the medicines and how doses are given.
KEPT_FIELDS = (
    "patient",
    "medications",
    "product",
    "allow_half_tablets",
    "doses_per_day",
    "dose_times",
)


def history_entry(
    earlier: PlanRequest,
    steps: tuple[DoseStep, ...],
    visit: Visit,
    *,
    review_date: dt.date | None,
    rules_version: str,
) -> HistoryEntry:
    """The earlier plan as the visit found it, with what the visit recorded."""
    return HistoryEntry(
        visit_date=visit.date,
        taking_mg=visit.taking_mg,
        outcome=visit.outcome,
        note=visit.note,
        pain=visit.pain,
        spasms=visit.spasms,
        request=earlier.model_copy(update={"history": ()}),
        steps=steps,
        review_date=review_date,
        rules_version=rules_version,
    )


def after_visit(earlier: PlanRequest, entry: HistoryEntry) -> PlanRequest:
    """The new plan: from the visit date at the dose taken, one open-ended step.

    Keeps patient, medicines and dosing choices; the clinician's new plan choices
    (mode, target, schedule, ...) replace the continuing step afterwards.
    """
    kept = {name: getattr(earlier, name) for name in KEPT_FIELDS}
    return PlanRequest(
        **kept,
        mode="titrate",
        start=entry.visit_date,
        current_daily_mg=entry.taking_mg,
        schedule=(ScheduleStep(daily_mg=entry.taking_mg),),
        history=(*earlier.history, entry),
    )


def dose_on(plan: Plan, day: dt.date) -> float | None:
    """The plan's daily dose on `day`, or None when no step covers it."""
    for step in plan.steps:
        if step.start <= day and (step.end is None or day <= step.end):
            return step.daily_mg
    return None


def earliest_visit(request: PlanRequest) -> dt.date:
    """The first day a visit may be on: the plan's start, and not before the last visit."""
    visits = [entry.visit_date for entry in request.history]
    return max([request.start, *visits])


#: Plan fields that make a new plan at a visit (as the command line's PLAN_CHOICES do).
NEW_PLAN_FIELDS = ("target_daily_mg", "step_days", "step_daily_mg")


def _get(value: Any, name: str) -> Any:
    """A field of a model or of its dump (a plan file's values are dumps)."""
    return value.get(name) if isinstance(value, dict) else getattr(value, name)


def continuing(plan: Mapping[str, Any]) -> bool:
    """True while the plan is still the one a visit started: at the dose taken, one open step."""
    history: tuple[Any, ...] = tuple(plan.get("history") or ())
    schedule: tuple[Any, ...] = tuple(plan.get("schedule") or ())
    if not history or len(schedule) != 1:
        return False
    taking, day = _get(history[-1], "taking_mg"), _get(history[-1], "visit_date")
    step = schedule[0]
    return (
        _get(step, "daily_mg") == taking
        and _get(step, "days") is None
        and plan.get("current_daily_mg") == taking
        and plan.get("start") == day
    )


def with_new_choices(plan: Mapping[str, Any]) -> dict[str, Any]:
    """The plan fields with the continuing step left out once the clinician chooses a new plan
    (another mode, a target, a step), as `--visit` with `--mode`, `--target-mg`... does."""
    chosen = plan.get("mode", "titrate") != "titrate" or plan.get("slow_taper")
    chosen = chosen or any(plan.get(name) is not None for name in NEW_PLAN_FIELDS)
    if chosen and continuing(plan):
        return {**plan, "schedule": None}
    return dict(plan)
