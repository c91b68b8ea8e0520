"""Kidney function: Cockcroft-Gault CrCl, CKD-EPI 2021 eGFR and the dosing band.

Values typed by the clinician (measured CrCl, known eGFR) win over estimates.
The band is read from the best value available, in this order: measured CrCl,
entered eGFR, estimated CrCl, estimated eGFR.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from baclofen_desk.core.amounts import fmt
from baclofen_desk.core.models import KidneyBand, KidneyEstimate, Patient

if TYPE_CHECKING:
    from baclofen_desk.core.alerts import Findings
    from baclofen_desk.core.knowledge import (
        CkdEpi2021,
        CockcroftGault,
        KidneyBandRule,
        KidneyRules,
        Knowledge,
        WeightRule,
    )

WeightKind = Literal["actual", "ideal", "adjusted"]


@dataclass(frozen=True)
class DosingWeight:
    """The weight Cockcroft-Gault uses, and why."""

    kind: WeightKind
    kg: float
    ideal_kg: float | None


def ideal_body_weight(sex: str, height_cm: float, rule: WeightRule) -> float:
    """Devine ideal body weight in kg."""
    base = rule.ibw_male_base_kg if sex == "male" else rule.ibw_female_base_kg
    inches = height_cm / rule.cm_per_inch
    return base + rule.ibw_kg_per_inch * (inches - rule.ibw_base_height_inches)


def dosing_weight(
    weight_kg: float, sex: str, height_cm: float | None, rule: WeightRule
) -> DosingWeight:
    """Actual weight at or below ideal; ideal up to the ratio; adjusted above it."""
    if height_cm is None:
        return DosingWeight("actual", weight_kg, None)
    ideal = ideal_body_weight(sex, height_cm, rule)
    if ideal <= 0 or weight_kg <= ideal:
        return DosingWeight("actual", weight_kg, ideal if ideal > 0 else None)
    if weight_kg <= ideal * rule.ideal_up_to_ratio:
        return DosingWeight("ideal", ideal, ideal)
    adjusted = ideal + rule.adjusted_excess_fraction * (weight_kg - ideal)
    return DosingWeight("adjusted", adjusted, ideal)


def cockcroft_gault(
    age_years: float, weight_kg: float, scr_mg_dl: float, sex: str, rule: CockcroftGault
) -> float:
    """Creatinine clearance in mL/min."""
    crcl = (rule.age_constant - age_years) * weight_kg / (rule.divisor * scr_mg_dl)
    return crcl * rule.female_factor if sex == "female" else crcl


def ckd_epi_2021(scr_mg_dl: float, age_years: float, sex: str, rule: CkdEpi2021) -> float:
    """Race-free CKD-EPI 2021 eGFR in mL/min/1.73 m²."""
    female = sex == "female"
    kappa = rule.kappa_female if female else rule.kappa_male
    alpha = rule.alpha_female if female else rule.alpha_male
    ratio = scr_mg_dl / kappa
    egfr: float = (
        rule.constant
        * math.pow(min(ratio, 1.0), alpha)
        * math.pow(max(ratio, 1.0), rule.exponent_above_kappa)
        * math.pow(rule.age_base, age_years)
    )
    return egfr * rule.female_factor if female else egfr


def band_for(value: float, rules: KidneyRules) -> KidneyBandRule:
    """The band a CrCl (or eGFR) value falls in."""
    for band in rules.bands:
        if band.contains(value):
            return band
    return rules.bands[-1]


def scr_mg_dl(patient: Patient, rules: KidneyRules) -> float | None:
    """Serum creatinine in mg/dL, whatever unit it was typed in."""
    if patient.scr is None:
        return None
    if patient.scr_unit == "umol/L":
        return patient.scr / rules.scr_umol_per_mg_dl
    return patient.scr


def _one_decimal(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


@dataclass
class _Estimates:
    crcl: float | None = None
    crcl_method: Literal["measured", "cockcroft-gault"] | None = None
    egfr: float | None = None
    egfr_method: Literal["entered", "ckd-epi-2021"] | None = None
    weight: DosingWeight | None = None


def _estimate(patient: Patient, knowledge: Knowledge, findings: Findings) -> _Estimates:
    rules = knowledge.rules.kidney
    found = _Estimates()
    if patient.crcl_ml_min is not None:
        found.crcl, found.crcl_method = patient.crcl_ml_min, "measured"
    if patient.egfr is not None:
        found.egfr, found.egfr_method = patient.egfr, "entered"
    scr = scr_mg_dl(patient, rules)
    if scr is None:
        return found
    if patient.age_years < rules.estimate_min_age_years:
        if found.crcl is None and found.egfr is None:
            findings.alert(
                rules.child_alert, rules.sources, min_age=f"{rules.estimate_min_age_years:g}"
            )
        return found
    missing = [
        name
        for name, value in (("sex", patient.sex), ("weight (for CrCl)", patient.weight_kg))
        if value is None
    ]
    if missing and found.crcl is None:
        # Without weight the eGFR is still estimated (with sex) and chooses the band.
        what = (
            "kidney function could not be estimated"
            if patient.sex is None and found.egfr is None
            else "CrCl could not be estimated; the eGFR is used instead"
        )
        verb = "is" if len(missing) == 1 else "are"
        findings.alert(
            rules.missing_for_estimate_alert,
            rules.sources,
            missing=f"{' and '.join(missing)} {verb} missing",
            what=what,
        )
    if patient.sex is None:
        return found
    if found.egfr is None:
        found.egfr = ckd_epi_2021(scr, patient.age_years, patient.sex, rules.ckd_epi_2021)
        found.egfr_method = "ckd-epi-2021"
    if found.crcl is None and patient.weight_kg is not None:
        found.weight = dosing_weight(
            patient.weight_kg, patient.sex, patient.height_cm, rules.weight
        )
        found.crcl = cockcroft_gault(
            patient.age_years, found.weight.kg, scr, patient.sex, rules.cockcroft_gault
        )
        found.crcl_method = "cockcroft-gault"
        if patient.height_cm is None:
            findings.alert(rules.no_height_alert, rules.weight.sources)
    return found


def assess_kidney(patient: Patient, knowledge: Knowledge, findings: Findings) -> KidneyEstimate:
    """Estimate kidney function, pick the dosing band and raise its alerts."""
    rules = knowledge.rules.kidney
    found = _estimate(patient, knowledge, findings)
    weight = found.weight

    def estimate(
        band: KidneyBand = "unknown",
        basis: Literal["crcl", "egfr", "dialysis"] | None = None,
        fraction: str = "1",
    ) -> KidneyEstimate:
        return KidneyEstimate(
            crcl_ml_min=_one_decimal(found.crcl),
            crcl_method=found.crcl_method,
            egfr=_one_decimal(found.egfr),
            egfr_method=found.egfr_method,
            weight_used=weight.kind if weight else None,
            weight_used_kg=_one_decimal(weight.kg) if weight else None,
            ideal_weight_kg=_one_decimal(weight.ideal_kg) if weight else None,
            band=band,
            band_basis=basis,
            dose_fraction=fraction,
        )

    if patient.dialysis:
        return estimate("dialysis", "dialysis")
    basis: Literal["crcl", "egfr"]
    if found.crcl_method == "measured" or (
        found.crcl is not None and found.egfr_method != "entered"
    ):
        assert found.crcl is not None
        basis, value = "crcl", found.crcl
    elif found.egfr is not None:
        basis, value = "egfr", found.egfr
    else:
        if not any(a.code == rules.child_alert.code for a in findings.alerts):
            findings.alert(rules.unknown_alert, rules.sources)
        return estimate()
    band = band_for(value, rules)
    if band.alert is not None:
        label = "CrCl" if basis == "crcl" else "eGFR"
        # One decimal: rounding to a whole number can show a value of the next band (29.6 as 30).
        findings.alert(band.alert, band.sources, basis=label, value=fmt(round(value, 1)))
    return estimate(band.id, basis, band.dose_fraction)


def gfr_for_ckd_rules(kidney: KidneyEstimate) -> tuple[float, str] | None:
    """eGFR for the eGFR-based rules (Beers, first step), else CrCl as a stand-in."""
    if kidney.egfr is not None:
        return kidney.egfr, "eGFR"
    if kidney.crcl_ml_min is not None:
        return kidney.crcl_ml_min, "CrCl"
    return None
