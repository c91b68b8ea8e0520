"""The pure clinician-summary builder."""

from __future__ import annotations

import pytest

from baclofen_desk import __version__
from baclofen_desk.core.models import Interaction, MedicationMatch
from baclofen_desk.core.plan_state import PlanNotExportable
from baclofen_desk.report import HandoutSettings, summary_data
from baclofen_desk.report.summary_facts import kidney_part
from baclofen_desk.report.summary_medications import status
from baclofen_desk.resources import default_knowledge
from tests.report.conftest import ADULT, GENERATED, make_plan

OXYCODONE = Interaction(
    input="Percocet",
    drug="oxycodone",
    drug_class="opioid",
    class_label="Opioids",
    severity="major",
    effect="Additive CNS and respiratory depression.",
    advice="Avoid if possible; lowest doses; monitor breathing and sedation.",
    source="FDA Drug Safety Communication 2016",
)

KNOWLEDGE = default_knowledge()


def with_medications(plan, *, interactions=(), unrecognized=(), complete=False, typed=()):
    request = plan.request.model_copy(update={"medications": typed})
    matches = tuple(
        MedicationMatch(
            input=line,
            status="unrecognized" if line in unrecognized else "matched",
            matched_name=None if line in unrecognized else line.lower(),
        )
        for line in typed
    )
    return plan.model_copy(
        update={
            "request": request,
            "interactions": interactions,
            "medications": matches,
            "unrecognized_medications": unrecognized,
            "interaction_check_complete": complete,
        }
    )


def parts(plan, **options):
    data = summary_data(plan, generated_at=GENERATED, knowledge=KNOWLEDGE, **options)
    return {part.heading: part for part in data.parts}, data


def test_plan_table_has_every_step_as_in_the_json(adult_plan):
    table = parts(adult_plan)[0]["Plan (titrate)"].table
    assert table.rows == (
        ("1", "2026-12-01", "2026-12-03", "15 mg", "08:00 5 mg; 14:00 5 mg; 20:00 5 mg", ""),
        ("2", "2026-12-04", "2026-12-06", "30 mg", "08:00 10 mg; 14:00 10 mg; 20:00 10 mg", ""),
        ("3", "2026-12-07", "2026-12-09", "45 mg", "08:00 15 mg; 14:00 15 mg; 20:00 15 mg", ""),
        ("4", "2026-12-10", "open", "60 mg", "08:00 20 mg; 14:00 20 mg; 20:00 20 mg", ""),
    )


def test_patient_factors_and_kidney_with_formula(adult_plan):
    found = parts(adult_plan)[0]
    rows = found["Patient factors as entered"].table.rows
    factors = dict([row[:2] for row in rows] + [row[2:] for row in rows])
    assert len(rows) == 11  # 21 items, side by side
    assert (factors["Age"], factors["Weight"], factors["Serum creatinine"]) == (
        "45 years",
        "70 kg",
        "0.9 mg/dL",
    )
    kidney = dict(found["Kidney function"].table.rows)
    assert kidney["CrCl"].startswith("102.6 mL/min — Cockcroft-Gault: CrCl = (140 − age)")
    assert kidney["CrCl"].endswith("actual body weight, 70 kg")
    assert "CKD-EPI 2021 (race-free)" in kidney["eGFR"] and "0.9938^age" in kidney["eGFR"]


def test_rules_alerts_and_overrides():
    plan = make_plan(
        {"age_years": 45, "dialysis": True},
        overrides=({"code": "kidney.dialysis", "reason": "nephrology agrees"},),
    )
    found, data = parts(plan)
    alerts = {row[1]: row for row in found["Alerts"].table.rows}
    assert alerts["kidney.dialysis"][0] == "CRITICAL"
    assert alerts["kidney.dialysis"][4] == "Overridden: nephrology agrees"
    rules = [row[0] for row in found["Rules applied"].table.rows]
    assert rules == [rule.id for rule in plan.rules_applied]
    assert [row[2] for row in found["Rules applied"].table.rows] == [
        rule.source for rule in plan.rules_applied
    ]
    versions = (
        f"Rules version {plan.rules_version} · Baclofen Desk {__version__}"
        " · generated 2026-11-30 09:15"
    )
    assert data.versions == versions
    assert data.page_label == f"Clinician summary · page {{page}} of {{pages}} · {versions}"
    assert data.disclaimer == "Decision support — not a substitute for clinical judgement."


def test_interactions_are_listed(adult_plan):
    plan = with_medications(
        adult_plan, interactions=(OXYCODONE,), complete=True, typed=("Percocet",)
    )
    found = parts(plan)[0]
    assert found["Interactions"].paragraphs == (
        "1 interaction(s) found among the 1 medication(s) entered.",
    )
    assert found["Interactions"].table.rows[0][:3] == ("Percocet", "oxycodone (Opioids)", "MAJOR")


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"typed": ()}, "No medications were entered; interactions were not checked."),
        (
            {"typed": ("xyzzy", "sertraline"), "unrecognized": ("xyzzy",)},
            "Interaction check incomplete: 1 of 2 medication(s) not recognised (xyzzy). "
            "Check them yourself.",
        ),
        (
            {"typed": ("sertraline",)},
            "Interaction check incomplete: the drug dictionary was not available.",
        ),
        (
            {"typed": ("sertraline",), "complete": True},
            "No interactions found among the 1 medication(s) entered.",
        ),
    ],
)
def test_no_interactions_is_said_only_after_a_complete_check(adult_plan, options, expected):
    assert status(with_medications(adult_plan, **options)) == expected


def test_settings_name_the_people_but_a_blocked_plan_is_refused(adult_plan):
    settings = HandoutSettings(patient_name="Ana Peña", prescriber="Dr Ruiz")
    _, data = parts(adult_plan, settings=settings)
    assert data.intro == ("Patient: Ana Peña", "Prescriber: Dr Ruiz")
    with pytest.raises(PlanNotExportable):
        summary_data(
            make_plan({**ADULT, "dialysis": True}), generated_at=GENERATED, knowledge=KNOWLEDGE
        )


def test_the_summary_names_bedside_schwartz_for_an_adolescent():
    knowledge = default_knowledge()
    plan = make_plan({"age_years": 16, "weight_kg": 60, "sex": "male", "scr": 3.0})
    egfr = dict(kidney_part(plan, knowledge).table.rows)["eGFR"]
    assert egfr.startswith("27.5 mL/min/1.73 m² — bedside Schwartz: eGFR = 0.413")
    assert "height not entered, so at most this (with 200 cm)" in egfr
