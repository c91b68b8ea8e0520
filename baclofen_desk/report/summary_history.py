"""The clinician summary's share of a shaped plan (policy P2a, P10): edited steps, soft
limits crossed with their reasons, the next review, and the plan history with its chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import fmt
from baclofen_desk.report.model import HistoryChart, SummaryPart, Table

if TYPE_CHECKING:
    from baclofen_desk.core.history_texts import HistoryText
    from baclofen_desk.core.models import DoseStep, Plan, PlanRequest
    from baclofen_desk.core.visit_models import HistoryEntry

#: Alert codes of the soft guard rails (core/guard_rails.py), whose reasons the plan prints.
SOFT_LIMIT_PREFIX = "plan."
#: Share of the frame width for each history column.
WIDTHS = (0.11, 0.1, 0.15, 0.07, 0.1, 0.25, 0.22)


def step_note(step: DoseStep, text: HistoryText) -> str:
    """A step's note, with "edited by the clinician" where the clinician set the step."""
    parts = [step.note or "", text.edited if step.edited else ""]
    return "; ".join(part for part in parts if part)


def shaping_paragraphs(plan: Plan, text: HistoryText) -> tuple[str, ...]:
    """The next review and every soft limit the clinician crossed, with the reason given."""
    lines = [] if plan.review_date is None else [text.review.format(date=plan.review_date)]
    lines += [
        text.overridden.format(code=alert.code, reason=alert.override_reason)
        for alert in plan.alerts
        if alert.code.startswith(SOFT_LIMIT_PREFIX) and alert.override_reason is not None
    ]
    return tuple(lines)


def _score(value: int | None, text: HistoryText) -> str:
    return text.no_score if value is None else str(value)


def what_changed(request: PlanRequest, steps: tuple[DoseStep, ...], text: HistoryText) -> str:
    """The plan that started at a visit, in a few words."""
    last = steps[-1].daily_mg if steps else 0.0
    schedule = request.schedule
    if schedule is not None and len(schedule) == 1 and request.current_daily_mg == last:
        key = "continue"
    elif schedule is not None:
        key = "schedule"
    else:
        key = request.mode
    return text.changes[key].format(dose=fmt(last))


def _next_plans(plan: Plan) -> list[tuple[PlanRequest, tuple[DoseStep, ...]]]:
    """For each history entry, the plan that followed it (the next entry's, or this one)."""
    later = [(entry.request, entry.steps) for entry in plan.history[1:]]
    return [*later, (plan.request, plan.steps)]


def _row(entry: HistoryEntry, following: tuple[str, ...], text: HistoryText) -> tuple[str, ...]:
    return (
        entry.visit_date.isoformat(),
        text.dose.format(dose=fmt(entry.taking_mg)),
        text.outcomes[entry.outcome],
        _score(entry.pain, text),
        _score(entry.spasms, text),
        entry.note,
        *following,
    )


def history_part(plan: Plan, text: HistoryText) -> SummaryPart | None:
    """The history table and, with two or more visits, the chart; None without a history."""
    if not plan.history:
        return None
    rows = tuple(
        _row(entry, (what_changed(request, steps, text),), text)
        for entry, (request, steps) in zip(plan.history, _next_plans(plan), strict=True)
    )
    return SummaryPart(
        heading=text.heading,
        paragraphs=(text.intro,),
        table=Table(columns=text.columns, widths=WIDTHS, rows=rows),
        chart=history_chart(plan.history, text) if len(plan.history) >= 2 else None,
    )


def history_chart(history: tuple[HistoryEntry, ...], text: HistoryText) -> HistoryChart:
    """Dose taken, pain and spasms at each visit (scores only where recorded)."""
    first = history[0].visit_date
    days = [(entry.visit_date - first).days for entry in history]
    visits = list(zip(days, history, strict=True))
    return HistoryChart(
        heading=text.chart_heading,
        dose_label=text.chart_dose,
        scores_label=text.chart_scores,
        pain_label=text.chart_pain,
        spasms_label=text.chart_spasms,
        x_labels=tuple((day, e.visit_date.isoformat()) for day, e in visits),
        x_max=max(days[-1], 1),
        dose=tuple((day, e.taking_mg) for day, e in visits),
        pain=tuple((day, float(e.pain)) for day, e in visits if e.pain is not None),
        spasms=tuple((day, float(e.spasms)) for day, e in visits if e.spasms is not None),
    )
