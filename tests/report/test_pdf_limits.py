"""A PDF that never fails: a plan at every input limit still gives a complete PDF."""

from __future__ import annotations

import datetime as dt

import pytest

from baclofen_desk.core.models import CONDITIONS, MAX_TEXT, Override, Patient, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.report import HandoutSettings, build_pdf
from baclofen_desk.report.settings import MAX_SETTING
from baclofen_desk.resources import default_knowledge
from tests.report.conftest import GENERATED, page_texts

KNOWLEDGE = default_knowledge()
#: Medications typed as a busy clinic might: long lines, unbroken words, repeats.
MEDICATIONS = (
    *(f"unknown{i:03d} " + "z" * (MAX_TEXT - 11) for i in range(30)),
    *("w" * MAX_TEXT for _ in range(20)),
    *("oxycodone 5 mg every 6 hours as needed for pain " + "x" * 150 for _ in range(30)),
    *("oxycodone 5 mg" for _ in range(20)),
)


def limit_plan(lang: str = "en"):
    """Every condition, every medication line, and each critical alert overridden."""
    request = PlanRequest(
        patient=Patient(age_years=80, weight_kg=60, sex="female", scr=2.4, conditions=CONDITIONS),
        mode="taper",
        current_daily_mg=80,
        medications=MEDICATIONS,
        start=dt.date(2026, 12, 1),
    )
    plan = build_plan(request, KNOWLEDGE)
    reason = "r" * MAX_TEXT
    overrides = tuple(
        Override(code=a.code, reason=reason) for a in plan.alerts if a.blocking and a.overridable
    )
    return build_plan(request.model_copy(update={"overrides": overrides}), KNOWLEDGE)


@pytest.mark.parametrize(("lang", "large", "paper"), [("en", False, "letter"), ("es", True, "a4")])
def test_a_plan_at_the_input_limits_gives_a_pdf(lang, large, paper):
    plan = limit_plan()
    assert [o.code for o in plan.request.overrides] == ["kidney.severe", "taper.current_above_max"]
    assert len(plan.request.medications) >= 100
    assert not plan.blocked
    long = "n" * MAX_SETTING
    settings = HandoutSettings(
        clinic_name=long, clinic_phone="5" * MAX_SETTING, patient_name=long, prescriber=long
    )
    data = build_pdf(
        plan,
        generated_at=GENERATED,
        lang=lang,
        large_print=large,
        settings=settings.model_copy(update={"paper": paper}),
        knowledge=KNOWLEDGE,
    )
    texts = page_texts(data)
    assert len(texts) > 10
    joined = "".join(texts).replace("\n", "")
    assert f"unknown029 {'z' * 20}" in joined  # the last long line is there, wrapped
    assert "Prescription text" in joined
