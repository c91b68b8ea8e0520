"""Clinician summary: the patient factors as entered and the kidney estimates, with formulas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import fmt
from baclofen_desk.report.model import SummaryPart, Table
from baclofen_desk.report.summary_acknowledged import is_acknowledgement

if TYPE_CHECKING:
    from collections.abc import Iterable

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import KidneyEstimate, Override, Plan

NOT_GIVEN = "not given"
#: Typographic signs for the formulas (escaped so the source shows what they are).
TIMES, MINUS, ALPHA, KAPPA = "\u00d7", "\u2212", "\u03b1", "\u03ba"
TWO_COLUMNS = (0.32, 0.68)


def _value(value: float | None, unit: str = "") -> str:
    if value is None:
        return NOT_GIVEN
    return f"{fmt(value)} {unit}".strip()


def _listed(values: tuple[str, ...]) -> str:
    return "; ".join(values) if values else "none"


def _reasons(overrides: Iterable[Override]) -> str:
    return _listed(tuple(f"{o.code}: {o.reason}" for o in overrides))


def patient_rows(plan: Plan) -> tuple[tuple[str, str], ...]:
    """Every input as the clinician typed it (nothing derived)."""
    request, patient = plan.request, plan.request.patient
    return (
        ("Age", _value(patient.age_years, "years")),
        ("Sex", patient.sex or NOT_GIVEN),
        ("Weight", _value(patient.weight_kg, "kg")),
        ("Height", _value(patient.height_cm, "cm")),
        ("Serum creatinine", _value(patient.scr, patient.scr_unit)),
        ("Measured CrCl", _value(patient.crcl_ml_min, "mL/min")),
        ("Known eGFR", _value(patient.egfr, "mL/min/1.73 m²")),
        ("Dialysis / end-stage kidney disease", "yes" if patient.dialysis else "no"),
        ("Conditions", _listed(patient.conditions)),
        ("Indication", patient.indication or NOT_GIVEN),
        ("Mode", request.mode),
        ("Current dose", _value(request.current_daily_mg, "mg/day")),
        ("Target dose", _value(request.target_daily_mg, "mg/day")),
        ("Product requested", request.product or "default of the rules"),
        ("Half tablets of unscored tablets", "allowed" if request.allow_half_tablets else "no"),
        ("Doses per day", str(request.doses_per_day or "default of the rules")),
        ("Dose times", _listed(request.dose_times or ()) if request.dose_times else "default"),
        ("Start", request.start.isoformat()),
        ("Medications as typed", _listed(request.medications)),
        ("Overrides", _reasons(o for o in request.overrides if not is_acknowledgement(o, plan))),
        ("Acknowledged", _reasons(o for o in request.overrides if is_acknowledgement(o, plan))),
    )


def _g(value: float) -> str:
    """A constant exactly as the rule base holds it (0.9938, not 0.99)."""
    return f"{value:g}"


def cockcroft_gault_formula(knowledge: Knowledge) -> str:
    rule = knowledge.rules.kidney.cockcroft_gault
    return (
        f"Cockcroft-Gault: CrCl = ({_g(rule.age_constant)} {MINUS} age) {TIMES} weight / "
        f"({_g(rule.divisor)} {TIMES} SCr mg/dL), {TIMES} {_g(rule.female_factor)} if female"
    )


def ckd_epi_formula(knowledge: Knowledge) -> str:
    r = knowledge.rules.kidney.ckd_epi_2021
    return (
        f"CKD-EPI 2021 (race-free): eGFR = {_g(r.constant)} {TIMES} "
        f"min(SCr/{KAPPA}, 1)^{ALPHA} {TIMES} max(SCr/{KAPPA}, 1)^{_g(r.exponent_above_kappa)} "
        f"{TIMES} {_g(r.age_base)}^age "
        f"({TIMES} {_g(r.female_factor)} if female); {KAPPA} {_g(r.kappa_female)} F / "
        f"{_g(r.kappa_male)} M; {ALPHA} {_g(r.alpha_female)} F / {_g(r.alpha_male)} M"
    )


def _crcl(kidney: KidneyEstimate, knowledge: Knowledge) -> str:
    if kidney.crcl_ml_min is None:
        return "not available"
    value = f"{fmt(kidney.crcl_ml_min)} mL/min"
    if kidney.crcl_method == "measured":
        return f"{value} (measured, as entered)"
    weight = f"{kidney.weight_used} body weight, {fmt(kidney.weight_used_kg or 0)} kg"
    ideal = "" if kidney.ideal_weight_kg is None else f"; ideal {fmt(kidney.ideal_weight_kg)} kg"
    return f"{value} — {cockcroft_gault_formula(knowledge)}; {weight}{ideal}"


def _egfr(kidney: KidneyEstimate, knowledge: Knowledge) -> str:
    if kidney.egfr is None:
        return "not available"
    value = f"{fmt(kidney.egfr)} mL/min/1.73 m²"
    if kidney.egfr_method == "entered":
        return f"{value} (as entered)"
    if kidney.egfr_method == "bedside-schwartz":
        rule = knowledge.rules.kidney.bedside_schwartz
        formula = f"bedside Schwartz: eGFR = {_g(rule.coefficient)} {TIMES} height cm / SCr mg/dL"
        if any(v.upper_bound for v in kidney.values):
            tallest = _g(rule.tallest_height_cm)
            formula += f"; height not entered, so at most this (with {tallest} cm)"
        return f"{value} — {formula}"
    return f"{value} — {ckd_epi_formula(knowledge)}"


def kidney_part(plan: Plan, knowledge: Knowledge) -> SummaryPart:
    kidney = plan.kidney
    rows = (
        ("CrCl", _crcl(kidney, knowledge)),
        ("eGFR", _egfr(kidney, knowledge)),
        ("Band", f"{kidney.band} (from {kidney.band_basis or 'no value'})"),
        (
            "Dose fraction",
            f"{TIMES} {kidney.dose_fraction} on the suggested doses and the maximum",
        ),
    )
    return SummaryPart(
        heading="Kidney function",
        table=Table(columns=("Estimate", "Value and method"), widths=TWO_COLUMNS, rows=rows),
    )


def side_by_side(rows: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], ...]:
    """Item/value pairs in two halves next to each other (half the height on paper)."""
    half = (len(rows) + 1) // 2
    right = [*rows[half:], ("", "")]
    return tuple((*left, *other) for left, other in zip(rows[:half], right, strict=False))


def patient_part(plan: Plan) -> SummaryPart:
    return SummaryPart(
        heading="Patient factors as entered",
        table=Table(
            columns=("Item", "Value", "Item", "Value"),
            widths=(0.22, 0.28, 0.22, 0.28),
            rows=side_by_side(patient_rows(plan)),
        ),
    )
