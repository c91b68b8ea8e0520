"""The dispense quantity: fixed steps in full, 30 days of the open-ended dose, and never
less than what lasts until 14 days after the review date."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from baclofen_desk.core.dispense import Dispense, dispense
from baclofen_desk.core.product_units import Amount
from tests.helpers import plan

START = dt.date(2026, 12, 1)
ADULT = {"age_years": 45, "weight_kg": 70, "sex": "male", "scr": 0.9, "start": START}


def test_rules_say_30_days_and_14_after_review(knowledge):
    rules = knowledge.handout.rules.prescription
    assert (rules.open_supply_days, rules.after_review_days) == (30, 14)


def test_titration_supplies_fixed_steps_and_30_open_days(knowledge):
    p = plan(**ADULT)  # 3 days each of 15, 30, 45 mg, then 60 mg/day (10 mg tablets)
    supply = dispense(p, knowledge.products["tablet-10"], knowledge.handout.rules.prescription)
    assert supply.amount.count == Fraction(3 * (3 / 2 + 3 + 9 / 2)) + 30 * 6
    assert (supply.quantity, supply.days, supply.refills) == (207, 39, 0)


@pytest.mark.parametrize(
    ("review", "open_days"),
    [
        (None, 30),
        (dt.date(2026, 12, 20), 30),  # 14 days after it is still within the 30 days
        (dt.date(2027, 1, 20), 56),  # Dec 10 .. Feb 3 inclusive
    ],
)
def test_a_late_review_never_leaves_the_patient_without(knowledge, review, open_days):
    p = plan(**ADULT)
    rules = knowledge.handout.rules.prescription
    supply = dispense(p, knowledge.products["tablet-10"], rules, review_date=review)
    assert supply.days == 9 + open_days
    assert supply.quantity == 27 + 6 * open_days
    if review is not None:
        last = p.steps[-1].start + dt.timedelta(days=open_days - 1)
        assert last >= review + dt.timedelta(days=rules.after_review_days)


def test_a_taper_supplies_until_the_last_dose(knowledge):
    p = plan(age_years=45, mode="taper", current_daily_mg=40, start=START)
    supply = dispense(p, knowledge.products["tablet-10"], knowledge.handout.rules.prescription)
    assert supply.days == sum(s.days or 0 for s in p.steps if s.doses_mg)
    assert supply.quantity == 18  # 7½ + 4½ + 4 + 2 tablets (25, 15, 10, 5 mg/day), halves as ½


@pytest.mark.parametrize(
    ("amount", "quantity"),
    [
        (Amount("tablet", Fraction(41, 2)), 21),
        (Amount("liquid", Fraction(301, 2)), 151),
        (Amount("granules", packets=((Fraction(10), 3), (Fraction(5), 2))), 5),
    ],
)
def test_whole_units_are_handed_out(amount, quantity):
    assert Dispense(amount=amount, days=1, refills=0).quantity == quantity
