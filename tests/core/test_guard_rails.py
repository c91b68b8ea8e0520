"""The guard rails check any steps, also ones the clinician typed instead of the rules."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from baclofen_desk.core.guard_rails import Limits, breach_alerts, check_steps
from baclofen_desk.core.kb_io import KnowledgeError
from baclofen_desk.core.knowledge import load_knowledge
from baclofen_desk.core.message_translations import load_message_catalogue
from baclofen_desk.core.models import DoseStep
from baclofen_desk.resources import resource
from tests.helpers import edit_file

START = dt.date(2026, 12, 1)
ADULT = Limits(
    unit=Fraction(5),
    max_daily=Fraction(80),
    max_single=Fraction(20),
    rise_daily=Fraction(15),
    rise_days=3,
    fall_daily=Fraction(15),
    fall_part=Fraction(1, 2),
    fall_days=3,
    stop_from=Fraction(5),
    start=Fraction(15),
)


def steps(*levels: tuple[float, list[float], int | None]) -> tuple[DoseStep, ...]:
    """Steps laid end to end from START: (daily, doses, days)."""
    out = []
    day = START
    for daily, doses, days in levels:
        end = None if days is None else day + dt.timedelta(days=days - 1)
        times = ("08:00", "12:00", "16:00", "20:00")[: len(doses)]
        out.append(DoseStep(start=day, end=end, daily_mg=daily, doses_mg=tuple(doses), times=times))
        if end is not None:
            day = end + dt.timedelta(days=1)
    return tuple(out)


def kinds(found: tuple) -> list[tuple[str, int, bool]]:
    return [(b.kind, b.step, b.hard) for b in found]


def test_a_label_titration_keeps_every_limit():
    label = steps(
        (15, [5, 5, 5], 3), (30, [10, 10, 10], 3), (45, [15, 15, 15], 3), (60, [20] * 3, None)
    )
    assert check_steps(label, ADULT) == ()


def test_a_typed_step_above_the_maximum_is_a_hard_breach():
    typed = steps((15, [5, 5, 5], 3), (30, [10, 10, 10], 3), (85, [20, 20, 20, 25], None))
    assert kinds(check_steps(typed, ADULT)) == [
        ("above_max", 2, True),
        ("rise_too_fast", 2, False),
    ]


def test_a_rise_after_too_short_a_step_is_soft():
    typed = steps((15, [5, 5, 5], 2), (30, [10, 10, 10], None))
    found = check_steps(typed, ADULT)
    assert kinds(found) == [("rise_too_soon", 1, False)]
    assert (found[0].amount, found[0].limit) == (2, 3)


def test_a_first_step_above_the_start_is_soft():
    assert kinds(check_steps(steps((30, [10, 10, 10], None)), ADULT)) == [
        ("first_step_too_high", 0, False)
    ]


def test_undispensable_and_uneven_doses_are_hard():
    typed = steps((15, [5, 2.5, 7.5], 3), (30, [5, 5, 20], None))
    assert kinds(check_steps(typed, ADULT)) == [
        ("not_dispensable", 0, True),
        ("not_dispensable", 1, True),
    ]


def test_a_fall_from_a_current_dose_above_the_maximum_is_allowed():
    taper = Limits(**{**ADULT.__dict__, "current": Fraction(100), "start": None})
    typed = steps((90, [20, 20, 25, 25], 3), (80, [20] * 4, 3), (65, [15, 15, 15, 20], None))
    assert kinds(check_steps(typed, taper)) == []
    rising = steps((90, [20, 20, 25, 25], 3), (95, [20, 25, 25, 25], None))
    assert ("above_max", 1, True) in kinds(check_steps(rising, taper))


def test_a_plan_never_stays_above_the_maximum_even_at_the_current_dose():
    """A fall may start above the maximum; the open-ended step the patient stays on may not
    (a visit at 100 mg/day taken would otherwise continue at 100 for good)."""
    above = Limits(**{**ADULT.__dict__, "current": Fraction(100), "start": None})
    staying = steps((100, [25] * 4, None))
    assert kinds(check_steps(staying, above)) == [("above_max", 0, True)]
    held_then_staying = steps((100, [25] * 4, 7), (90, [20, 20, 25, 25], None))
    assert ("above_max", 1, True) in kinds(check_steps(held_then_staying, above))
    assert ("above_max", 0, True) not in kinds(check_steps(held_then_staying, above))


def test_steps_must_follow_each_other_without_gaps():
    first, second = steps((15, [5, 5, 5], 3), (30, [10, 10, 10], None))
    gap = second.model_copy(update={"start": second.start + dt.timedelta(days=1)})
    assert kinds(check_steps((first, gap), ADULT)) == [("not_contiguous", 1, True)]


def test_a_too_short_step_is_named_in_days_under_the_same_code():
    from tests.helpers import plan

    fast = plan(age_years=45, crcl_ml_min=100, step_days=2)
    messages = [a.message for a in fast.alerts if a.code == "plan.rise_too_fast"]
    assert messages == [
        "Step 2 (from 2026-12-03) rises after only 2 days; the label and the profile allow "
        "this rise after 3 days at the soonest: faster than they allow. Later steps rise faster "
        "than they allow too: 3, 4. Give a reason to keep them."
    ]
    slow_fall = plan(age_years=45, crcl_ml_min=100, mode="taper", current_daily_mg=30, step_days=2)
    assert "falls after only 2 days" in next(
        a.message for a in slow_fall.alerts if a.code == "plan.fall_too_fast"
    )


def rise_alerts(typed: tuple[DoseStep, ...], knowledge) -> list[str]:
    found = breach_alerts(check_steps(typed, ADULT), typed, knowledge, "titrate")
    return [a.message for a in found.alerts if a.code == "plan.rise_too_fast"]


def test_one_step_rising_too_fast_is_worded_as_before(knowledge):
    typed = steps((15, [5, 5, 5], 3), (35, [10, 10, 15], 3), (45, [15, 15, 15], None))
    assert rise_alerts(typed, knowledge) == [
        "Step 2 (from 2026-12-04) rises faster than the label and the profile allow (by 20 "
        "mg/day where at most 15 mg/day is allowed). Give a reason to keep it."
    ]


def test_later_steps_crossing_the_same_rule_are_named_in_its_one_alert(knowledge):
    """A reason given for step 2 must not cover step 3 unseen: the message names step 3."""
    typed = steps(
        (15, [5, 5, 5], 3), (35, [10, 10, 15], 3), (55, [15, 20, 20], 3), (75, [25] * 3, None)
    )
    assert rise_alerts(typed, knowledge) == [
        "Step 2 (from 2026-12-04) rises faster than the label and the profile allow (by 20 "
        "mg/day where at most 15 mg/day is allowed), and so do later steps: 3, 4. Give a reason "
        "to keep them."
    ]


def test_a_later_rise_too_soon_is_named_under_the_same_code(knowledge):
    typed = steps((15, [5, 5, 5], 3), (35, [10, 10, 15], 2), (50, [15, 15, 20], None))
    assert kinds(check_steps(typed, ADULT)) == [
        ("rise_too_fast", 1, False),
        ("rise_too_soon", 2, False),
    ]
    assert rise_alerts(typed, knowledge) == [
        "Step 2 (from 2026-12-04) rises faster than the label and the profile allow (by 20 "
        "mg/day where at most 15 mg/day is allowed), and so do later steps: 3. Give a reason "
        "to keep them."
    ]


def test_a_hard_limit_crossed_at_several_steps_names_them_all(knowledge):
    typed = steps((15, [5, 2.5, 7.5], 3), (30, [5, 5, 20], 3), (30, [10, 10, 10], None))
    found = breach_alerts(check_steps(typed, ADULT), typed, knowledge, "titrate")
    assert [a.message for a in found.alerts] == [
        "Step 1 (from 2026-12-01) cannot be given as whole 5 mg units of the product, nor can "
        "later steps: 2. No plan is made."
    ]


def test_the_wording_naming_later_steps_is_shown_in_spanish(knowledge):
    catalogue = load_message_catalogue(resource("knowledge"), "es")
    assert catalogue is not None
    typed = steps(
        (15, [5, 5, 5], 3), (35, [10, 10, 15], 3), (55, [15, 20, 20], 3), (75, [25] * 3, None)
    )
    assert catalogue.translate("plan.rise_too_fast", rise_alerts(typed, knowledge)[0], ",") == (
        "El paso 2 (desde el 2026-12-04) sube más deprisa de lo que permiten la ficha técnica y "
        "el perfil (20 mg/día cuando se permite como máximo 15 mg/día), y también pasos "
        "posteriores: 3, 4. Indique un motivo para mantenerlos."
    )


def test_every_wording_naming_later_steps_has_its_own_spanish(knowledge):
    """Each template filled in reads back as its own translation, not the one-step wording's."""
    catalogue = load_message_catalogue(resource("knowledge"), "es")
    assert catalogue is not None
    rails = knowledge.rules.guard_rails
    values = {"step": "2", "start": "2026-12-04", "amount": "20", "limit": "15", "steps": "3, 5"}
    for name in type(rails).model_fields.keys() - {"sources"}:
        rule = getattr(rails, name)
        for template in filter(None, (rule.message, getattr(rule, "message_more", None))):
            pairs = [p for p in catalogue.pairs[rule.code] if p.en == template]
            spanish = catalogue.translate(rule.code, template.format(**values))
            assert spanish == pairs[0].text.format(**values), (name, template)


def test_a_later_steps_wording_without_the_steps_is_refused(knowledge_copy):
    edit_file(
        knowledge_copy / "rules.toml",
        "and so do later steps: {steps}. Give a reason to keep them.",
        "and so do later steps. Give a reason to keep them.",
    )
    with pytest.raises(KnowledgeError, match=r"plan\.rise_too_fast: message_more has the mes"):
        load_knowledge(knowledge_copy)
