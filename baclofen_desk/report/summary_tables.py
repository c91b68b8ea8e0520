"""Clinician summary: the plan table, alerts, medications and the rules with their sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import fmt
from baclofen_desk.report.model import SummaryPart, Table
from baclofen_desk.report.summary_acknowledged import ACKNOWLEDGED
from baclofen_desk.report.summary_history import shaping_paragraphs, step_note

if TYPE_CHECKING:
    from baclofen_desk.core.handout_rules import HandoutRules
    from baclofen_desk.core.history_texts import HistoryText
    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Alert, DoseStep, Plan


def _doses(step: DoseStep) -> str:
    if not step.doses_mg:
        return "none (stopped)"
    return "; ".join(f"{t} {fmt(d)} mg" for t, d in zip(step.times, step.doses_mg, strict=True))


def step_row(number: int, step: DoseStep, text: HistoryText) -> tuple[str, ...]:
    return (
        str(number),
        step.start.isoformat(),
        step.end.isoformat() if step.end else "open",
        f"{fmt(step.daily_mg)} mg",
        _doses(step),
        step_note(step, text),
    )


def _limit(value: float | None) -> str:
    return "none" if value is None else f"{fmt(value)} mg"


def plan_part(plan: Plan, text: HistoryText) -> SummaryPart:
    limits = (
        f"Product: {plan.product_name} (smallest amount {fmt(plan.unit_mg)} mg). "
        f"Profile: {plan.profile or 'none'}. Maximum {_limit(plan.max_daily_mg)}/day; "
        f"single dose at most {_limit(plan.max_single_dose_mg)}; "
        f"target {_limit(plan.target_daily_mg)}{'/day' if plan.target_daily_mg else ''}."
    )
    return SummaryPart(
        heading=f"Plan ({plan.mode})",
        paragraphs=(limits, *shaping_paragraphs(plan, text)),
        table=Table(
            columns=("Step", "Start", "End", "Daily", "Doses (time, mg)", "Note"),
            widths=(0.08, 0.12, 0.12, 0.09, 0.33, 0.26),
            rows=tuple(step_row(n, step, text) for n, step in enumerate(plan.steps, 1)),
        ),
    )


def _answer(alert: Alert) -> str:
    """The clinician's override of a critical alert or acknowledgement of a warning."""
    if alert.override_reason:
        return f"Overridden: {alert.override_reason}"
    if alert.acknowledged_reason:
        return f"{ACKNOWLEDGED}: {alert.acknowledged_reason}"
    return ""


def alerts_part(plan: Plan) -> SummaryPart:
    rows = tuple(
        (
            a.severity.upper(),
            a.code,
            a.message,
            a.source,
            _answer(a),
        )
        for a in plan.alerts
    )
    return SummaryPart(
        heading="Alerts",
        paragraphs=() if rows else ("No alerts.",),
        table=Table(
            columns=("Severity", "Code", "Message", "Source", "Reason given"),
            widths=(0.1, 0.2, 0.36, 0.2, 0.14),
            rows=rows,
        )
        if rows
        else None,
    )


def rules_part(plan: Plan) -> SummaryPart:
    return SummaryPart(
        heading="Rules applied",
        table=Table(
            columns=("Rule", "What it did", "Sources"),
            widths=(0.2, 0.45, 0.35),
            rows=tuple((r.id, r.description, r.source) for r in plan.rules_applied),
        ),
    )


def handout_sources_part(rules: HandoutRules, knowledge: Knowledge) -> SummaryPart:
    """What the printed advice rests on, and the handout's own numbers."""
    numbers = (
        f"Missed dose: skip it when the next dose is due within "
        f"{fmt(rules.missed_dose.skip_within_hours)} hours "
        f"({knowledge.cite(rules.missed_dose.sources)}). An open-ended dose is shown for "
        f"{rules.maintenance.weeks_shown} weeks and supplied per {rules.maintenance.supply_days} "
        f"days ({knowledge.cite(rules.maintenance.sources)})."
    )
    rows = tuple(
        (name.replace("_", " "), knowledge.cite(keys)) for name, keys in rules.sections.items()
    )
    return SummaryPart(
        heading="Patient handout: what its advice is based on",
        paragraphs=(numbers,),
        table=Table(columns=("Section", "Sources"), widths=(0.25, 0.75), rows=rows),
    )
