"""The FHIR export parses back as R4B and says exactly what the plan says."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest
from fhir.resources.R4B.medicationrequest import MedicationRequest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baclofen_desk.core.plan_state import PlanNotExportable
from baclofen_desk.interop.fhir import plan_to_fhir_json
from baclofen_desk.resources import default_knowledge
from tests.interop.conftest import make_plan

if TYPE_CHECKING:
    from baclofen_desk.core.models import Plan

UCUM = "http://unitsofmeasure.org"

KNOWLEDGE = default_knowledge()


def parse(plan: Plan) -> Any:
    return MedicationRequest.model_validate_json(plan_to_fhir_json(plan, knowledge=KNOWLEDGE))


def dosing_steps(plan: Plan) -> list[tuple[int, Any]]:
    """(sequence number, step) for every step that has doses."""
    return [(n, s) for n, s in enumerate(plan.steps, start=1) if s.doses_mg]


def doses_by_sequence(resource: Any) -> dict[int, list[tuple[str, float]]]:
    """Sequence number -> the day's (HH:MM, mg) doses, gathered over its instructions."""
    days: dict[int, list[tuple[str, float]]] = {}
    for dosage in resource.dosageInstruction:
        repeat = dosage.timing.repeat
        assert repeat.frequency == len(repeat.timeOfDay)
        assert (repeat.period, repeat.periodUnit) == (1, "d")
        quantity = dosage.doseAndRate[0].doseQuantity
        assert (quantity.unit, quantity.system, quantity.code) == ("mg", UCUM, "mg")
        for time in repeat.timeOfDay:
            days.setdefault(dosage.sequence, []).append(
                (time.strftime("%H:%M"), float(quantity.value))
            )
    return {seq: sorted(doses) for seq, doses in days.items()}


def assert_matches_plan(plan: Plan, resource: Any) -> None:
    """Every dose, time, date and limit of the plan, and nothing else."""
    steps = dosing_steps(plan)
    expected = {n: sorted(zip(s.times, s.doses_mg, strict=True)) for n, s in steps}
    assert doses_by_sequence(resource) == expected
    by_number = dict(steps)
    for dosage in resource.dosageInstruction:
        step = by_number[dosage.sequence]
        bounds = dosage.timing.repeat.boundsPeriod
        assert bounds.start == step.start
        assert bounds.end == step.end
        if plan.max_daily_mg is None:
            assert dosage.maxDosePerPeriod is None
        else:
            ratio = dosage.maxDosePerPeriod
            assert float(ratio.numerator.value) == plan.max_daily_mg
            assert (ratio.numerator.code, ratio.denominator.code) == ("mg", "d")
            assert float(ratio.denominator.value) == 1
        if plan.max_single_dose_mg is not None:
            assert float(dosage.maxDosePerAdministration.value) == plan.max_single_dose_mg
    per_step = [len(set(s.doses_mg)) for _, s in steps]
    assert len(resource.dosageInstruction) == sum(per_step)


def test_parses_back_as_an_r4b_draft_plan(titration: Plan) -> None:
    resource = parse(titration)
    assert resource.get_resource_type() == "MedicationRequest"
    assert (resource.status, resource.intent) == ("draft", "plan")
    medication = resource.medicationCodeableConcept
    [coding] = medication.coding
    assert (coding.system, coding.code, coding.display) == (
        "http://www.nlm.nih.gov/research/umls/rxnorm",
        "1292",
        "baclofen",
    )
    assert medication.text == titration.product_name == "Baclofen 10 mg tablets (scored)"


def test_titration_one_instruction_per_step(titration: Plan) -> None:
    resource = parse(titration)
    assert [d.sequence for d in resource.dosageInstruction] == [1, 2, 3, 4]
    assert_matches_plan(titration, resource)
    bounds = [d.timing.repeat.boundsPeriod for d in resource.dosageInstruction]
    assert [(str(b.start), str(b.end) if b.end else None) for b in bounds] == [
        ("2026-12-01", "2026-12-03"),
        ("2026-12-04", "2026-12-06"),
        ("2026-12-07", "2026-12-09"),
        ("2026-12-10", None),
    ]
    doses = [float(d.doseAndRate[0].doseQuantity.value) for d in resource.dosageInstruction]
    assert doses == [5, 10, 15, 20]


def test_instruction_text_is_the_handout_line(titration: Plan) -> None:
    texts = [d.text for d in parse(titration).dosageInstruction]
    assert texts == [
        "5 mg three times daily (08:00, 14:00, 20:00) from 2026-12-01 to 2026-12-03",
        "10 mg three times daily (08:00, 14:00, 20:00) from 2026-12-04 to 2026-12-06",
        "15 mg three times daily (08:00, 14:00, 20:00) from 2026-12-07 to 2026-12-09",
        "20 mg three times daily (08:00, 14:00, 20:00) from 2026-12-10 onward",
    ]


def test_limits_are_the_plans(titration: Plan) -> None:
    raw = json.loads(plan_to_fhir_json(titration, knowledge=KNOWLEDGE))
    first = raw["dosageInstruction"][0]
    assert first["maxDosePerPeriod"] == {
        "numerator": {"value": 80.0, "unit": "mg", "system": UCUM, "code": "mg"},
        "denominator": {"value": 1, "unit": "day", "system": UCUM, "code": "d"},
    }
    assert first["maxDosePerAdministration"]["value"] == titration.max_single_dose_mg == 20
    assert first["route"]["coding"][0]["code"] == "26643006"


def test_unequal_doses_share_a_sequence_number(taper: Plan) -> None:
    resource = parse(taper)
    assert_matches_plan(taper, resource)
    first = [d for d in resource.dosageInstruction if d.sequence == 1]
    assert taper.steps[0].doses_mg == (5.0, 10.0, 10.0)
    assert [
        (float(d.doseAndRate[0].doseQuantity.value), d.timing.repeat.frequency) for d in first
    ] == [(5.0, 1), (10.0, 2)]
    assert [d.text for d in first] == [
        "5 mg once daily (08:00) from 2026-12-01 to 2026-12-03 "
        "(plus 10 mg at 14:00 and 20:00; 25 mg a day in all)",
        "10 mg twice daily (14:00, 20:00) from 2026-12-01 to 2026-12-03 "
        "(plus 5 mg at 08:00; 25 mg a day in all)",
    ]


def test_taper_stop_step_is_a_note_not_an_instruction(taper: Plan) -> None:
    resource = parse(taper)
    assert taper.steps[-1].daily_mg == 0
    assert len(taper.steps) == 5  # 25, 15, 10, 5, then 0 (never more than half a step)
    assert max(d.sequence for d in resource.dosageInstruction) == 4
    assert all(float(d.doseAndRate[0].doseQuantity.value) > 0 for d in resource.dosageInstruction)
    last = resource.dosageInstruction[-1].timing.repeat.boundsPeriod
    assert str(last.end) == "2026-12-14"
    notes = [n.text for n in resource.note]
    assert (
        "End of taper: the last dose is on 2026-12-14; no baclofen from 2026-12-15 "
        "(0 mg/day; not sent as a dosage instruction)." in notes
    )


def test_step_notes_are_kept(taper: Plan) -> None:
    notes = [n.text for n in parse(taper).note]
    assert taper.steps[3].note is not None
    assert f"Step 4 (5 mg/day): {taper.steps[3].note}" in notes


def test_overrides_are_listed_with_reasons(dialysis_overridden: Plan) -> None:
    resource = parse(dialysis_overridden)
    assert_matches_plan(dialysis_overridden, resource)
    overridden = [n.text for n in resource.note if "overridden" in n.text]
    assert len(overridden) == 1
    assert "kidney.dialysis" in overridden[0]
    assert "Reason: Nephrology agreed; weekly review" in overridden[0]


def test_no_override_note_without_overrides(titration: Plan) -> None:
    assert not [n for n in parse(titration).note if "overridden" in n.text]


def test_no_patient_identifiers() -> None:
    plan = make_plan(
        age_years=67, weight_kg=83.5, height_cm=171, sex="female", scr=1.37,
        medications=("oxycodone 5 mg q6h",),
    )  # fmt: skip
    text = plan_to_fhir_json(plan, knowledge=KNOWLEDGE)
    raw = json.loads(text)
    assert raw["subject"] == {"display": "Patient not identified in this export"}
    assert "identifier" not in raw
    for value in ("83.5", "171", "1.37", "female", "67", "oxycodone", "birthDate"):
        assert value not in text


def test_output_is_deterministic(taper: Plan) -> None:
    again = make_plan(mode="taper", current_daily_mg=40)
    assert plan_to_fhir_json(taper, knowledge=KNOWLEDGE) == plan_to_fhir_json(
        again, knowledge=KNOWLEDGE
    )


def test_blocked_plan_is_refused(dialysis_blocked: Plan) -> None:
    assert dialysis_blocked.blocked
    with pytest.raises(PlanNotExportable, match=r"kidney\.dialysis"):
        plan_to_fhir_json(dialysis_blocked, knowledge=KNOWLEDGE)


def test_refused_plan_is_refused() -> None:
    plan = make_plan(age_years=0.5)
    assert plan.refused
    with pytest.raises(PlanNotExportable):
        plan_to_fhir_json(plan, knowledge=KNOWLEDGE)


PRODUCTS = st.sampled_from(
    [None, "tablet-5", "tablet-10", "tablet-20", "solution-1mg-ml", "suspension-5mg-ml", "granules"]
)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    mode = draw(st.sampled_from(["titrate", "taper"]))
    fields: dict[str, Any] = {
        "age_years": draw(st.integers(12, 95)),
        "product": draw(PRODUCTS),
        "doses_per_day": draw(st.sampled_from([None, 3, 4])),
        "crcl_ml_min": draw(st.one_of(st.none(), st.integers(15, 140))),
        "mode": mode,
    }
    if mode == "taper":
        fields["current_daily_mg"] = draw(st.sampled_from([5, 10, 20, 25, 30, 45, 60, 80, 100]))
    else:
        fields["target_daily_mg"] = draw(st.sampled_from([None, 20, 35, 40, 60, 80]))
    return make_plan(**fields)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_every_exportable_plan_round_trips(plan: Plan) -> None:
    if plan.blocked:
        with pytest.raises(PlanNotExportable):
            plan_to_fhir_json(plan, knowledge=KNOWLEDGE)
        return
    assert_matches_plan(plan, parse(plan))


@pytest.mark.parametrize(
    ("product", "unit", "code", "quantity"),
    [
        ("tablet-10", "tablet", "{tablet}", 207),
        ("solution-1mg-ml", "mL", "mL", 2070),
        # 7 days of 2 x 5 mg, 7 of 2 x 5 + 10 mg, then 30 of 5 + 2 x 10 mg (25 kg: 1 mg/kg)
        ("granules", "packet", "{packet}", 14 + 21 + 90),
    ],
)
def test_dispense_request_in_the_products_unit(
    product: str, unit: str, code: str, quantity: int
) -> None:
    from baclofen_desk.report.prescription import prescription
    from baclofen_desk.resources import default_knowledge

    patient: dict[str, Any] = {"weight_kg": 70, "sex": "male", "scr": 0.9}
    if product == "granules":
        patient = {"age_years": 8, "weight_kg": 25}
    plan = make_plan(product=product, **patient)
    supply = prescription(plan, default_knowledge(), refills=1).dispense
    request = MedicationRequest.model_validate_json(
        plan_to_fhir_json(plan, supply, knowledge=KNOWLEDGE)
    )
    dispense = request.dispenseRequest
    assert (dispense.quantity.unit, dispense.quantity.code) == (unit, code)
    assert dispense.quantity.value == supply.quantity
    assert dispense.expectedSupplyDuration.value == supply.days
    assert dispense.expectedSupplyDuration.code == "d"
    assert dispense.numberOfRepeatsAllowed == 1
    assert dispense.quantity.value == quantity


def test_no_dispense_request_without_a_dispense(titration: Plan) -> None:
    assert "dispenseRequest" not in json.loads(plan_to_fhir_json(titration, knowledge=KNOWLEDGE))
