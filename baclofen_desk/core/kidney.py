"""Kidney function: every available value, typed or estimated, and the dosing band.

Every value (typed CrCl, typed eGFR, Cockcroft-Gault CrCl, CKD-EPI 2021 eGFR, or
bedside Schwartz under 18) is read on the same cut-offs and the most impaired band
decides: no source says which to prefer when they disagree (facts §3.7). Only a CrCl
the clinician marks as measured and reliable decides instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from baclofen_desk.core.amounts import fmt
from baclofen_desk.core.models import KidneyEstimate, KidneyValue, Patient

if TYPE_CHECKING:
    from collections.abc import Callable

    from baclofen_desk.core.alerts import Findings
    from baclofen_desk.core.knowledge import (
        CkdEpi2021,
        CockcroftGault,
        KidneyBandRule,
        KidneyRules,
        Knowledge,
        WeightRule,
    )
    from baclofen_desk.core.models import KidneyValueKind, Sex

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


def bedside_schwartz(height_cm: float, scr_mg_dl: float, coefficient: float) -> float:
    """Bedside Schwartz eGFR (mL/min/1.73 m²) for children and adolescents."""
    return coefficient * height_cm / scr_mg_dl


@dataclass(frozen=True)
class _Raw:
    """A value before banding, with the weight Cockcroft-Gault used."""

    kind: KidneyValueKind
    value: float
    upper_bound: bool = False
    weight: DosingWeight | None = None


def _typed(patient: Patient) -> list[_Raw]:
    raw: list[_Raw] = []
    if patient.crcl_ml_min is not None:
        raw.append(_Raw("crcl_entered", patient.crcl_ml_min))
    if patient.egfr is not None:
        raw.append(_Raw("egfr_entered", patient.egfr))
    return raw


def _child(patient: Patient, scr: float, rules: KidneyRules, findings: Findings) -> list[_Raw]:
    """Bedside Schwartz; without height bounded by the tallest plausible height."""
    rule = rules.bedside_schwartz
    if patient.height_cm is not None:
        return [_Raw("egfr_schwartz", bedside_schwartz(patient.height_cm, scr, rule.coefficient))]
    bound = bedside_schwartz(rule.tallest_height_cm, scr, rule.coefficient)
    findings.alert(
        rule.no_height_alert,
        rule.sources,
        value=fmt(round(bound, 1)),
        height=fmt(rule.tallest_height_cm),
        band=band_for(bound, rules).id,
    )
    return [_Raw("egfr_schwartz", bound, upper_bound=True)]


def _lowest_over_sexes(sexes: tuple[Sex, ...], estimate: Callable[[Sex], _Raw]) -> _Raw:
    return min((estimate(sex) for sex in sexes), key=lambda raw: raw.value)


def _adult(patient: Patient, scr: float, rules: KidneyRules, findings: Findings) -> list[_Raw]:
    """CKD-EPI 2021 and Cockcroft-Gault; both sexes (the lower value) when sex is missing."""
    sexes: tuple[Sex, ...] = (patient.sex,) if patient.sex is not None else ("female", "male")
    if patient.sex is None:
        findings.alert(rules.sex_missing_alert, rules.sources)
    age = patient.age_years
    raw = [
        _lowest_over_sexes(
            sexes,
            lambda sex: _Raw("egfr_ckd_epi_2021", ckd_epi_2021(scr, age, sex, rules.ckd_epi_2021)),
        )
    ]
    weight_kg = patient.weight_kg
    if weight_kg is None:
        findings.alert(rules.missing_for_estimate_alert, rules.sources)
        return raw

    def crcl(sex: Sex) -> _Raw:
        weight = dosing_weight(weight_kg, sex, patient.height_cm, rules.weight)
        value = cockcroft_gault(age, weight.kg, scr, sex, rules.cockcroft_gault)
        return _Raw("crcl_cockcroft_gault", value, weight=weight)

    raw.append(_lowest_over_sexes(sexes, crcl))
    if patient.height_cm is None:
        findings.alert(rules.no_height_alert, rules.weight.sources)
    return raw


def _raw_values(patient: Patient, rules: KidneyRules, findings: Findings) -> list[_Raw]:
    raw = _typed(patient)
    scr = scr_mg_dl(patient, rules)
    if scr is None:
        return raw
    if patient.age_years < rules.estimate_min_age_years:
        return raw + _child(patient, scr, rules, findings)
    return raw + _adult(patient, scr, rules, findings)


def _shown(value: KidneyValue, rules: KidneyRules) -> str:
    number = fmt(value.value)
    return rules.upper_bound_value.format(value=number) if value.upper_bound else number


def _listed(values: tuple[KidneyValue, ...], rules: KidneyRules) -> str:
    return "; ".join(
        rules.value_item.format(
            label=rules.value_labels[v.kind], value=_shown(v, rules), band=v.band
        )
        for v in values
    )


def _deciding(
    patient: Patient, values: tuple[KidneyValue, ...], rules: KidneyRules, findings: Findings
) -> KidneyValue:
    """The measured CrCl when marked (and kidney function is stable), else the most impaired."""
    if patient.crcl_measured and not patient.kidney_unstable:
        measured = next(v for v in values if v.kind == "crcl_entered")
        findings.alert(rules.measured_alert, rules.sources, value=_shown(measured, rules))
        return measured
    order = [band.id for band in rules.bands]
    worst = max(values, key=lambda v: (order.index(v.band), -v.value))
    if len({v.band for v in values}) > 1:
        findings.alert(
            rules.values_disagree_alert,
            rules.sources,
            values=_listed(values, rules),
            band=worst.band,
        )
    return worst


def _first(values: tuple[KidneyValue, ...], crcl: bool) -> KidneyValue | None:
    """The lowest value of one kind (CrCl or eGFR)."""
    matching = [v for v in values if v.is_crcl == crcl]
    return min(matching, key=lambda v: v.value) if matching else None


def _summary(values: tuple[KidneyValue, ...], raw: list[_Raw]) -> KidneyEstimate:
    """The lowest CrCl and eGFR with their methods, and the weight Cockcroft-Gault used."""
    crcl, egfr = _first(values, crcl=True), _first(values, crcl=False)
    weight = next((r.weight for r in raw if r.weight is not None), None)
    crcl_methods = {"crcl_entered": "measured", "crcl_cockcroft_gault": "cockcroft-gault"}
    egfr_methods = {
        "egfr_entered": "entered",
        "egfr_ckd_epi_2021": "ckd-epi-2021",
        "egfr_schwartz": "bedside-schwartz",
    }
    return KidneyEstimate.model_validate(
        {
            "crcl_ml_min": crcl.value if crcl else None,
            "crcl_method": crcl_methods[crcl.kind] if crcl else None,
            "egfr": egfr.value if egfr else None,
            "egfr_method": egfr_methods[egfr.kind] if egfr else None,
            "weight_used": weight.kind if weight else None,
            "weight_used_kg": _one_decimal(weight.kg) if weight else None,
            "ideal_weight_kg": _one_decimal(weight.ideal_kg) if weight else None,
            "values": values,
        }
    )


def _one_decimal(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def assess_kidney(patient: Patient, knowledge: Knowledge, findings: Findings) -> KidneyEstimate:
    """Every kidney value with its band, the band that decides, and their alerts."""
    rules = knowledge.rules.kidney
    raw = _raw_values(patient, rules, findings)
    # One decimal: rounding to a whole number can show a value of the next band (29.6 as 30).
    values = tuple(
        KidneyValue(
            kind=r.kind,
            value=round(r.value, 1),
            band=band_for(r.value, rules).id,
            upper_bound=r.upper_bound,
        )
        for r in raw
    )
    summary = _summary(values, raw)
    if patient.kidney_unstable:
        findings.alert(rules.unstable_alert, rules.sources)
    if patient.dialysis:
        _dialysis_contradiction(values, rules, findings)
        return replace_estimate(summary, band="dialysis", band_basis="dialysis")
    if not values:
        findings.alert(rules.unknown_alert, rules.sources)
        return summary
    decides = _deciding(patient, values, rules, findings)
    band = next(b for b in rules.bands if b.id == decides.band)
    if band.alert is not None:
        label = "CrCl" if decides.is_crcl else "eGFR"
        findings.alert(band.alert, band.sources, basis=label, value=_shown(decides, rules))
    return replace_estimate(
        summary,
        band=band.id,
        band_basis="crcl" if decides.is_crcl else "egfr",
        band_value=decides.value,
        dose_fraction=band.dose_fraction,
    )


def replace_estimate(estimate: KidneyEstimate, **fields: object) -> KidneyEstimate:
    """A copy with the band fields set (validated again)."""
    return KidneyEstimate.model_validate({**estimate.model_dump(), **fields})


def _dialysis_contradiction(
    values: tuple[KidneyValue, ...], rules: KidneyRules, findings: Findings
) -> None:
    """A typed value far above end-stage kidney disease next to dialysis: say so."""
    limit = rules.dialysis.typed_contradicts_above
    typed = tuple(
        v for v in values if v.kind in ("crcl_entered", "egfr_entered") and v.value > limit
    )
    if typed:
        findings.alert(
            rules.dialysis.contradiction_alert,
            rules.dialysis.sources,
            values=_listed(typed, rules),
            limit=fmt(limit),
        )


def gfr_for_ckd_rules(kidney: KidneyEstimate) -> tuple[float, str] | None:
    """eGFR for the eGFR-based rules (Beers, first step), else CrCl as a stand-in."""
    if kidney.egfr is not None:
        return kidney.egfr, "eGFR"
    if kidney.crcl_ml_min is not None:
        return kidney.crcl_ml_min, "CrCl"
    return None
