"""A follow-up visit (policy P10): the earlier plan goes to the history, a new one starts.

The history is append-only: the earlier request and the steps computed for it
then are kept exactly as they were (a record, never recomputed), and nothing
here changes an entry already in the history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.models import PlanRequest
from baclofen_desk.core.visit_models import HistoryEntry, ScheduleStep

if TYPE_CHECKING:
    import datetime as dt

    from baclofen_desk.core.models import DoseStep
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
