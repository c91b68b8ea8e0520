"""The names of edits in Edit → Undo, and which edits merge while typing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from baclofen_desk.core.models import Override
from baclofen_desk.storage import HandoutChoices
from baclofen_desk.ui.document import PlanContent
from baclofen_desk.ui.request_draft import Draft
from baclofen_desk.ui.undo_texts import Change, ChangeNames, in_sentence

if TYPE_CHECKING:
    from baclofen_desk.core.knowledge import Knowledge

PATIENT = {"age_years": 45.0, "weight_kg": None, "dialysis": False, "conditions": ()}
PLAN = {"mode": "titrate", "target_daily_mg": 60.0, "schedule": None, "history": ()}
MEDICATIONS = ("oxycodone 5 mg q6h", "gabapentin")
BEFORE = PlanContent(Draft(PATIENT, PLAN, MEDICATIONS), HandoutChoices())
OVERRIDE = Override(code="kidney.severe", reason="Nephrology agreed")


def changed(
    patient: dict[str, Any] | None = None,
    plan: dict[str, Any] | None = None,
    medications: tuple[str, ...] = MEDICATIONS,
) -> PlanContent:
    draft = Draft({**PATIENT, **(patient or {})}, {**PLAN, **(plan or {})}, medications)
    return PlanContent(draft, HandoutChoices())


@pytest.fixture
def names(knowledge: Knowledge) -> ChangeNames:
    return ChangeNames(knowledge)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (changed({"age_years": 52.0}), Change("Change age", "patient.age_years", "age_years")),
        (changed({"weight_kg": 70.0}), Change("Change weight", "patient.weight_kg", "weight_kg")),
        (changed({"dialysis": True}), Change("Tick Dialysis", None, "dialysis")),
        (
            changed({"conditions": ("epilepsy",)}),
            Change("Tick Epilepsy or seizures", None, "conditions"),
        ),
        (
            changed({"conditions": ("epilepsy", "stroke")}),
            Change("Change conditions", None, "conditions"),
        ),
        (
            changed(plan={"target_daily_mg": 40.0}),
            Change("Change target dose", "plan.target_daily_mg", "target_daily_mg"),
        ),
        # a taper leaves the target to the rules: still one edit of the mode
        (
            changed(plan={"mode": "taper", "target_daily_mg": None}),
            Change("Change mode", None, "mode"),
        ),
        (changed(plan={"schedule": ()}), Change("Edit schedule", None, "schedule")),
        # a step interval that also gives up the own schedule: named after the schedule
        (
            changed(plan={"step_days": 7, "schedule": None}, medications=MEDICATIONS),
            Change("Change step interval", "plan.step_days", "step_days"),
        ),
        (changed(plan={"step_days": 7, "schedule": ()}), Change("Edit schedule", None, "schedule")),
        # a visit moves the plan to the history and starts a new one: one edit
        (
            changed(plan={"history": ("entry",), "schedule": (), "mode": "reduce"}),
            Change("Record visit", None, "history"),
        ),
        (changed({"age_years": 52.0}, {"target_daily_mg": 40.0}), Change("Edit plan")),
        (
            changed(medications=(*MEDICATIONS, "sertraline")),
            Change("Add medication", "medications.2", "medications"),
        ),
        (
            changed(medications=("oxycodone 10 mg q6h", "gabapentin")),
            Change("Change medication", "medications.0", "medications"),
        ),
        (
            changed(medications=("gabapentin",)),
            Change("Remove medication", "medications.0", "medications"),
        ),
        (
            changed(medications=("a", "b")),
            Change("Change current medications", None, "medications"),
        ),
        (
            PlanContent(BEFORE.draft, HandoutChoices(lang="es")),
            Change("Change handout language", "handout.lang", "lang"),
        ),
        (
            PlanContent(BEFORE.draft, HandoutChoices(large_print=True)),
            Change("Tick Large print", None, "large_print"),
        ),
        (
            PlanContent(BEFORE.draft, HandoutChoices(), (OVERRIDE,)),
            Change("Override alert"),
        ),
    ],
)
def test_an_edit_is_named_after_what_it_changed(
    names: ChangeNames, after: PlanContent, expected: Change
) -> None:
    assert names.of(BEFORE, after) == expected


def test_an_acknowledgement_is_named_apart_from_an_override(names: ChangeNames) -> None:
    acknowledgement = Override(
        code="interaction.opioids.oxycodone", reason="Seen", acknowledged_severity="major"
    )
    given = PlanContent(BEFORE.draft, HandoutChoices(), (acknowledgement,))
    assert names.of(BEFORE, given) == Change("Acknowledge finding")
    assert names.of(given, BEFORE) == Change("Withdraw acknowledgement")


def test_withdrawing_an_override_is_named_so(names: ChangeNames) -> None:
    given = PlanContent(BEFORE.draft, HandoutChoices(), (OVERRIDE,))
    assert names.of(given, BEFORE) == Change("Withdraw override")
    assert names.of(BEFORE, changed({"dialysis": True})).text == "Tick Dialysis"
    assert names.of(changed({"dialysis": True}), BEFORE).text == "Untick Dialysis"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Age", "age"),
        ("Handout language", "handout language"),
        ("Known eGFR", "known eGFR"),
        ("CrCl measured", "CrCl measured"),
        ("eGFR conocido", "eGFR conocido"),
    ],
)
def test_a_label_inside_a_sentence_keeps_the_capitals_of_an_abbreviation(
    label: str, expected: str
) -> None:
    assert in_sentence(label) == expected
