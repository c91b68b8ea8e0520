"""The summary lists acknowledged warnings and major interactions, with the reasons, apart
from the overrides of critical alerts."""

from __future__ import annotations

from baclofen_desk.core.models import Override
from baclofen_desk.report import build_pdf, summary_data
from baclofen_desk.report.summary_acknowledged import HEADING, NOTE
from baclofen_desk.resources import default_knowledge
from tests.report.conftest import GENERATED, make_plan, page_texts

KNOWLEDGE = default_knowledge()
PATIENT = {"age_years": 50, "weight_kg": 70, "sex": "male", "scr": 0.9}
MEDICATIONS = ("oxycodone 5 mg q6h", "gabapentin 300 mg tid")
ACKNOWLEDGED = (
    Override(code="interaction.opioid.oxycodone", reason="Pain team agreed"),
    Override(code="medication.sedative_burden", reason="Reviewed with the patient"),
)


def parts(plan):
    data = summary_data(plan, generated_at=GENERATED, knowledge=KNOWLEDGE)
    return {part.heading: part for part in data.parts}


def facts(part):
    rows = part.table.rows
    return dict([row[:2] for row in rows] + [row[2:] for row in rows])


def test_acknowledged_ones_are_listed_apart_with_their_reasons():
    plan = make_plan(PATIENT, medications=MEDICATIONS, overrides=ACKNOWLEDGED)
    found = parts(plan)
    part = found[HEADING]
    burden = next(a for a in plan.alerts if a.code == "medication.sedative_burden")
    oxycodone = plan.interactions[0]
    assert part.paragraphs == (NOTE,)
    assert part.table.rows == (
        ("Warning medication.sedative_burden", burden.message, "Reviewed with the patient"),
        (
            "Major interaction: oxycodone (Opioid) — oxycodone 5 mg q6h",
            oxycodone.advice,
            "Pain team agreed",
        ),
    )
    alerts = {row[1]: row for row in found["Alerts"].table.rows}
    assert alerts["medication.sedative_burden"][0] == "WARNING"
    assert alerts["medication.sedative_burden"][4] == "Acknowledged: Reviewed with the patient"
    severities = [row[2] for row in found["Interactions"].table.rows]
    assert severities[0] == "MAJOR (acknowledged)"
    assert not severities[1].endswith("(acknowledged)")
    factors = facts(found["Patient factors as entered"])
    assert factors["Overrides"] == "none"
    assert factors["Acknowledged"] == (
        "interaction.opioid.oxycodone: Pain team agreed; "
        "medication.sedative_burden: Reviewed with the patient"
    )


def test_an_override_stays_an_override():
    override = Override(code="kidney.dialysis", reason="nephrology agrees")
    plan = make_plan({**PATIENT, "dialysis": True}, overrides=(override,))
    found = parts(plan)
    assert HEADING not in found
    factors = facts(found["Patient factors as entered"])
    assert (factors["Overrides"], factors["Acknowledged"]) == (
        "kidney.dialysis: nephrology agrees",
        "none",
    )


def test_the_printed_summary_says_acknowledged_with_the_reason():
    plan = make_plan(PATIENT, medications=MEDICATIONS, overrides=ACKNOWLEDGED)
    text = "\n".join(page_texts(build_pdf(plan, generated_at=GENERATED, knowledge=KNOWLEDGE)))
    flat = " ".join(text.split())
    assert HEADING in flat
    assert "Pain team agreed" in flat
    assert "Reviewed with the patient" in flat
    assert "MAJOR (acknowledged)" in flat
