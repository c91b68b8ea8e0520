"""The pure clinician-summary builder (English, whatever the handout's language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk import __version__
from baclofen_desk.report.catalogue import load_catalogue
from baclofen_desk.report.context import refuse_blocked
from baclofen_desk.report.handout_rules import checked_rules
from baclofen_desk.report.model import SummaryData
from baclofen_desk.report.settings import HandoutSettings
from baclofen_desk.report.summary_facts import kidney_part, patient_part
from baclofen_desk.report.summary_history import history_part
from baclofen_desk.report.summary_medications import medication_parts
from baclofen_desk.report.summary_tables import (
    alerts_part,
    handout_sources_part,
    plan_part,
    rules_part,
)

if TYPE_CHECKING:
    import datetime as dt

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan

TITLE = "Clinician summary: oral baclofen plan"
DISCLAIMER = "Decision support — not a substitute for clinical judgement."
PAGE_LABEL = "Clinician summary · page {page} of {pages}"


def _running_head(settings: HandoutSettings) -> str:
    parts = (TITLE, settings.patient_name, settings.clinic_name)
    return " · ".join(part for part in parts if part)


def _who(settings: HandoutSettings) -> tuple[str, ...]:
    named = (
        ("Patient", settings.patient_name),
        ("Prescriber", settings.prescriber),
        ("Clinic", settings.clinic_name),
        ("Clinic phone", settings.clinic_phone),
    )
    return tuple(f"{label}: {value}" for label, value in named if value)


def _versions(plan: Plan, generated_at: dt.datetime) -> str:
    """Rules version, program version and generation time (on every summary page)."""
    zone = generated_at.tzname()
    stamp = generated_at.strftime("%Y-%m-%d %H:%M") + (f" {zone}" if zone else "")
    return f"Rules version {plan.rules_version} · Baclofen Desk {__version__} · generated {stamp}"


def summary_data(
    plan: Plan,
    *,
    generated_at: dt.datetime,
    settings: HandoutSettings | None = None,
    knowledge: Knowledge | None = None,
) -> SummaryData:
    """Everything the clinician pages print; raises PlanRefused if the plan is blocked."""
    from baclofen_desk.resources import default_knowledge

    refuse_blocked(plan)
    knowledge = knowledge or default_knowledge()
    settings = settings or HandoutSettings()
    history = history_part(plan, load_catalogue("en").history)
    parts = (
        patient_part(plan),
        kidney_part(plan, knowledge),
        plan_part(plan),
        *(() if history is None else (history,)),
        alerts_part(plan),
        *medication_parts(plan),
        rules_part(plan),
        handout_sources_part(checked_rules(knowledge), knowledge),
    )
    versions = _versions(plan, generated_at)
    return SummaryData(
        title=TITLE,
        page_label=f"{PAGE_LABEL} · " + versions.replace("{", "{{").replace("}", "}}"),
        running_head=_running_head(settings),
        disclaimer=DISCLAIMER,
        versions=versions,
        intro=_who(settings),
        parts=parts,
    )
