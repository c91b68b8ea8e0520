"""The pure clinician-summary builder (English, whatever the handout's language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk import __version__
from baclofen_desk.core.plan_state import ensure_exportable
from baclofen_desk.report.model import SummaryData, SummaryPart
from baclofen_desk.report.prescription import prescription
from baclofen_desk.report.settings import HandoutSettings
from baclofen_desk.report.summary_acknowledged import acknowledged_part
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
#: The summary is written for the clinician, in English whatever the handout's language.
SUMMARY_LANGUAGE = "en"


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


def prescription_part(plan: Plan, knowledge: Knowledge, settings: HandoutSettings) -> SummaryPart:
    """The sig to paste into the EHR or send to the pharmacy."""
    return SummaryPart(
        heading="Prescription text",
        paragraphs=(prescription(plan, knowledge, refills=settings.refills).text,),
    )


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
    knowledge: Knowledge,
) -> SummaryData:
    """Everything the clinician pages print; raises PlanNotExportable if the plan is blocked."""
    ensure_exportable(plan)
    settings = settings or HandoutSettings()
    history_text = knowledge.handout.catalogue(SUMMARY_LANGUAGE).history
    history = history_part(plan, history_text)
    acknowledged = acknowledged_part(plan)
    parts = (
        patient_part(plan),
        kidney_part(plan, knowledge),
        plan_part(plan, history_text),
        prescription_part(plan, knowledge, settings),
        *(() if history is None else (history,)),
        alerts_part(plan),
        *(() if acknowledged is None else (acknowledged,)),
        *medication_parts(plan),
        rules_part(plan),
        handout_sources_part(knowledge.handout.rules, knowledge),
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
