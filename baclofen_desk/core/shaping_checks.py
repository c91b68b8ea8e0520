"""Whole-request checks of the clinician's shaping choices (policy P2a, P6, P10).

Each check raises a `PydanticCustomError` whose type names the field it is about
(`SHAPING_ERROR_FIELDS`), so the window and the command line can refuse the
input at that field with the reason instead of silently correcting it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic_core import PydanticCustomError

if TYPE_CHECKING:
    from baclofen_desk.core.models import PlanRequest
    from baclofen_desk.core.visit_models import ScheduleStep

#: Plausibility bound on a typed step length (a year); the clinical minimum is in the rules.
MAX_STEP_DAYS = 365
#: Longest visit note.
MAX_NOTE = 500

#: Error type -> the request field it is about.
SHAPING_ERROR_FIELDS: dict[str, str] = {
    "reduce_needs_current": "current_daily_mg",
    "reduce_needs_target": "target_daily_mg",
    "reduce_target_not_below": "target_daily_mg",
    "schedule_with_choices": "schedule",
    "schedule_form": "schedule",
    "slow_not_taper": "slow_taper",
    "review_before_start": "review_date",
    "history_invalid": "history",
}


def check_shaping(request: PlanRequest) -> None:
    """Refuse shaping choices that contradict each other or the mode."""
    _check_reduction(request)
    if request.slow_taper and request.mode != "taper":
        raise PydanticCustomError(
            "slow_not_taper",
            "the slow taper is for a taper to 0; for a slower titration or reduction "
            "give the days per step",
        )
    if request.schedule is not None:
        _check_schedule(request)
    if request.review_date is not None and request.review_date < request.start:
        raise PydanticCustomError(
            "review_before_start",
            "the review date {review} is before the plan starts ({start})",
            {"review": request.review_date.isoformat(), "start": request.start.isoformat()},
        )


def _check_reduction(request: PlanRequest) -> None:
    if request.mode != "reduce":
        return
    if request.current_daily_mg is None:
        raise PydanticCustomError(
            "reduce_needs_current", "a reduction needs the current daily dose"
        )
    if request.schedule is not None:
        return
    if request.target_daily_mg is None:
        raise PydanticCustomError(
            "reduce_needs_target",
            "a reduction needs its target: the lower daily dose to keep (there is no default)",
        )
    if request.target_daily_mg >= request.current_daily_mg:
        raise PydanticCustomError(
            "reduce_target_not_below",
            "the target of a reduction must be below the current dose of {current} mg/day",
            {"current": f"{request.current_daily_mg:g}"},
        )


def _check_schedule(request: PlanRequest) -> None:
    chosen = [
        name
        for name, value in (
            ("the target", request.target_daily_mg),
            ("the days per step", request.step_days),
            ("the step size", request.step_daily_mg),
        )
        if value is not None
    ]
    if chosen or request.slow_taper:
        named = ", ".join(chosen + (["the slow taper"] if request.slow_taper else []))
        raise PydanticCustomError(
            "schedule_with_choices",
            "the clinician's own schedule replaces {named}: give one or the other",
            {"named": named},
        )
    assert request.schedule is not None
    for number, step in enumerate(request.schedule, start=1):
        problem = _step_problem(step, number == len(request.schedule), request.mode == "taper")
        if problem is not None:
            raise PydanticCustomError(
                "schedule_form", "step {number}: {problem}", {"number": number, "problem": problem}
            )


def _step_problem(step: ScheduleStep, last: bool, taper: bool) -> str | None:
    """What is wrong with one step of the clinician's schedule, or None."""
    if not last and step.days is None:
        return "only the last step may be open-ended; give its days (e.g. 30x7)"
    if step.daily_mg == 0 and not (taper and last):
        return "0 mg/day is only for the last step of a taper"
    if last and taper and step.daily_mg != 0:
        return "a taper's last step is 0 (e.g. 15x7,5x7,0)"
    if last and step.days is not None:
        return "the last step has no length: it is open-ended (or 0 for a taper)"
    return None


def check_history(request: PlanRequest) -> None:
    """The history is a record in date order, each entry without a history of its own."""
    previous = None
    for number, entry in enumerate(request.history, start=1):
        problem = None
        if entry.request.history:
            problem = "an earlier plan carries its own history"
        elif entry.visit_date < entry.request.start:
            problem = "the visit is before the plan it ended had started"
        elif previous is not None and entry.visit_date < previous:
            problem = "visits are not in date order"
        if problem is not None:
            raise PydanticCustomError(
                "history_invalid",
                "history entry {number}: {problem}",
                {"number": number, "problem": problem},
            )
        previous = entry.visit_date
    if previous is not None and request.start < previous:
        raise PydanticCustomError(
            "history_invalid",
            "the plan starts before the last visit ({visit})",
            {"visit": previous.isoformat()},
        )
