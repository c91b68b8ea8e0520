"""The plan as a FHIR R4 MedicationRequest (JSON), validated with the `fhir.resources.R4B` models.

R4B is wire-compatible with R4 for MedicationRequest, so the JSON is read by R4
systems. The resource is a `draft` `plan`: a proposal for the prescriber's own
system to turn into an order. It carries no patient identifiers; `subject` (required
by FHIR) is a display-only reference for the receiving system to replace.

How the plan is expressed:

- One `dosageInstruction` per step; `sequence` is the step number (1, 2, ...), so
  different numbers follow each other and equal numbers apply together.
- `timing.repeat`: `boundsPeriod` holds the step's dates (`end` inclusive, as in the
  plan; no `end` on an open-ended maintenance step), `frequency` doses per 1 day, and
  `timeOfDay` the step's clock times.
- When the doses of a day differ (e.g. 5, 5 and 10 mg) the step becomes one
  instruction per distinct amount, all with the step's sequence number, each with
  its own `frequency` and `timeOfDay`; together they give exactly the plan's doses.
- `doseAndRate[0].doseQuantity` is the single dose in UCUM mg; `maxDosePerPeriod` is
  the plan's maximum mg per 1 day and `maxDosePerAdministration` its per-dose maximum.
- `text` is the handout-style line ("5 mg three times daily (08:00, 14:00, 20:00)
  from 2026-12-01 to 2026-12-03").
- The 0 mg step that ends a taper is not sent as an instruction: a dosage without a
  dose (or with 0 mg) is ambiguous to a receiving system, while the end date of the
  last dosing step is the structured way to say "stop". A note states the last dose
  and the first day without baclofen.
- `dispenseRequest` (when a `Dispense` is given): the quantity in the product's
  unit (whole tablets, mL, or packets), the expected supply duration in days and
  the refills (`numberOfRepeatsAllowed`), the same numbers as the prescription text.
- Notes (`note`) list the critical alerts the clinician overrode, with the reasons,
  and the plan's notes on single steps.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from fhir.resources.R4B.medicationrequest import MedicationRequest

from baclofen_desk.core.amounts import fmt
from baclofen_desk.core.plan_state import ensure_exportable
from baclofen_desk.interop.common import dose_groups, group_line, is_stop
from baclofen_desk.interop.review import EXPORT_LANGUAGE, review_note

if TYPE_CHECKING:
    from baclofen_desk.core.dispense import Dispense
    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import DoseStep, Plan

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
#: RxNorm ingredient concept for baclofen.
BACLOFEN_RXCUI = "1292"
#: SNOMED CT "Oral route".
ORAL_ROUTE = {"coding": [{"system": SNOMED, "code": "26643006", "display": "Oral route"}]}
#: `subject` is required by FHIR; the export names no patient.
ANONYMOUS_SUBJECT = {"display": "Patient not identified in this export"}


#: The product's unit of a dispensed quantity (UCUM code), by product form.
DISPENSE_UNITS = {
    "tablet": ("tablet", "{tablet}"),
    "liquid": ("mL", "mL"),
    "granules": ("packet", "{packet}"),
}


def dispense_request(supply: Dispense) -> dict[str, Any]:
    """How much to hand out, for how long, and how many refills."""
    unit, code = DISPENSE_UNITS[supply.amount.form]
    return {
        "quantity": {
            "value": Decimal(int(supply.quantity)),
            "unit": unit,
            "system": UCUM,
            "code": code,
        },
        "expectedSupplyDuration": {
            "value": supply.days,
            "unit": "days",
            "system": UCUM,
            "code": "d",
        },
        "numberOfRepeatsAllowed": supply.refills,
    }


def _mg(value: float) -> dict[str, Any]:
    return {"value": Decimal(repr(value)), "unit": "mg", "system": UCUM, "code": "mg"}


def _dosages(plan: Plan, number: int, step: DoseStep) -> list[dict[str, Any]]:
    bounds = {"start": step.start.isoformat()}
    if step.end is not None:
        bounds["end"] = step.end.isoformat()
    dosages: list[dict[str, Any]] = []
    for amount, times in dose_groups(step):
        dosage: dict[str, Any] = {
            "sequence": number,
            "text": group_line(step, amount, times),
            "timing": {
                "repeat": {
                    "boundsPeriod": bounds,
                    "frequency": len(times),
                    "period": 1,
                    "periodUnit": "d",
                    "timeOfDay": [f"{time}:00" for time in times],
                }
            },
            "route": ORAL_ROUTE,
            "doseAndRate": [{"doseQuantity": _mg(amount)}],
        }
        if plan.max_daily_mg is not None:
            dosage["maxDosePerPeriod"] = {
                "numerator": _mg(plan.max_daily_mg),
                "denominator": {"value": 1, "unit": "day", "system": UCUM, "code": "d"},
            }
        if plan.max_single_dose_mg is not None:
            dosage["maxDosePerAdministration"] = _mg(plan.max_single_dose_mg)
        dosages.append(dosage)
    return dosages


def _notes(plan: Plan, knowledge: Knowledge) -> list[str]:
    kind = {"taper": "taper", "reduce": "reduction"}.get(plan.mode, "titration")
    notes = [
        f"Oral baclofen {kind} planned with Baclofen Desk (rules {plan.rules_version}). "
        "Each dosage instruction is one step of the plan; instructions with the same "
        "sequence number are taken together on the same days."
    ]
    for alert in plan.alerts:
        if alert.override_reason is not None:
            notes.append(
                f"Critical alert overridden by the prescriber: {alert.code}. "
                f"Alert: {alert.message} Reason: {alert.override_reason}"
            )
    for number, step in enumerate(plan.steps, start=1):
        if is_stop(step):
            last = plan.steps[number - 2] if number > 1 else None
            ended = f"the last dose is on {last.end.isoformat()}; " if last and last.end else ""
            notes.append(
                f"End of {kind}: {ended}no baclofen from {step.start.isoformat()} "
                f"(0 mg/day; not sent as a dosage instruction)."
            )
        elif step.note:
            notes.append(f"Step {number} ({fmt(step.daily_mg)} mg/day): {step.note}")
    review = review_note(plan, knowledge.handout.catalogue(EXPORT_LANGUAGE).review)
    return notes if review is None else [*notes, review]


def plan_to_fhir_dict(
    plan: Plan, dispense: Dispense | None = None, *, knowledge: Knowledge
) -> dict[str, Any]:
    """The MedicationRequest as a plain dict (before validation)."""
    ensure_exportable(plan)
    dosages = [
        dosage
        for number, step in enumerate(plan.steps, start=1)
        if not is_stop(step)
        for dosage in _dosages(plan, number, step)
    ]
    request = {
        "resourceType": "MedicationRequest",
        "status": "draft",
        "intent": "plan",
        "medicationCodeableConcept": {
            "coding": [{"system": RXNORM, "code": BACLOFEN_RXCUI, "display": "baclofen"}],
            "text": plan.product_name,
        },
        "subject": ANONYMOUS_SUBJECT,
        "dosageInstruction": dosages,
        "note": [{"text": text} for text in _notes(plan, knowledge)],
    }
    if dispense is not None:
        request["dispenseRequest"] = dispense_request(dispense)
    return request


def plan_to_fhir(plan: Plan, dispense: Dispense | None = None, *, knowledge: Knowledge) -> Any:
    """The plan as a validated `fhir.resources.R4B` MedicationRequest.

    Raises `PlanNotExportable` for a blocked or refused plan.
    """
    return MedicationRequest.model_validate(plan_to_fhir_dict(plan, dispense, knowledge=knowledge))


def plan_to_fhir_json(plan: Plan, dispense: Dispense | None = None, *, knowledge: Knowledge) -> str:
    """The plan as FHIR R4 MedicationRequest JSON (same plan, same text).

    Raises `PlanNotExportable` for a blocked or refused plan.
    """
    return str(plan_to_fhir(plan, dispense, knowledge=knowledge).model_dump_json(indent=2)) + "\n"
