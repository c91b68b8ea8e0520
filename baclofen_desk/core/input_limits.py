"""Plausibility limits on what is typed, checked where it is typed (policies P5, P7, P9).

These are limits on input, not dosing rules: a value outside them is refused at its
field with the reason, never corrected. The knowledge loader checks that the ages
here agree with the rule base.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from pydantic import BaseModel
from pydantic_core import PydanticCustomError

if TYPE_CHECKING:
    from collections.abc import Collection

#: At most this many doses a day, however they are given (policy P9).
MAX_DOSES_PER_DAY = 4
#: Dose times at least this many hours apart (policy P9; NHS: 6-8 hours for three doses).
MIN_HOURS_BETWEEN_DOSES = 3
#: The largest daily dose that may be typed anywhere (a current dose, a target, a step of
#: the clinician's own schedule, the dose taken at a visit), in mg/day. It is above every
#: maximum of the rule base, which refuses what lies between with its own reason; a value
#: beyond it is a typing error.
MAX_TYPED_DAILY_MG = 200
#: The scales a visit records: pain 0-10 (numeric rating) and spasm frequency 0-4 (Penn).
PAIN_SCALE = (0, 10)
SPASM_SCALE = (0, 4)
#: Under this age weight is required: children are dosed by weight (policy P5); below the
#: youngest age planned for (2 years) no plan is made, so nothing is asked for.
WEIGHT_REQUIRED_BELOW_AGE = 12
WEIGHT_REQUIRED_FROM_AGE = 2


class BodyRange(BaseModel):
    """Plausible height and weight from an age on (a typed value outside is refused)."""

    from_age: float
    height_cm: tuple[float, float]
    weight_kg: tuple[float, float]
    who: str


#: Plausibility limits by age (policy P7): wide enough for real patients, narrow enough to
#: catch inches typed as centimetres and pounds typed as kilograms.
BODY_RANGES: tuple[BodyRange, ...] = (
    BodyRange(from_age=0, height_cm=(40, 130), weight_kg=(2, 40), who="a child under 5"),
    BodyRange(from_age=5, height_cm=(80, 170), weight_kg=(8, 90), who="a child of 5 to 11"),
    BodyRange(from_age=12, height_cm=(110, 230), weight_kg=(18, 250), who="an adolescent"),
    BodyRange(from_age=18, height_cm=(100, 250), weight_kg=(25, 400), who="an adult"),
)

_CLOCK_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]", re.ASCII)


def clock_time(value: str) -> str:
    """HH:MM with ASCII digits: other digits would pass `\\d` and then fail on export."""
    if not _CLOCK_TIME.fullmatch(value):
        raise PydanticCustomError("clock_time", "not a clock time as HH:MM (24-hour, digits 0-9)")
    return value


def check_scr(scr: float | None, unit: str) -> None:
    """A creatinine typed in the other unit lands outside these limits (1.2 "umol/L" would
    otherwise give a CrCl in the thousands and hide kidney impairment)."""
    if scr is None:
        return
    low, high = (0.1, 20.0) if unit == "mg/dL" else (8.8, 1800.0)
    if not low <= scr <= high:
        raise PydanticCustomError(
            "scr_implausible",
            "serum creatinine {value} {unit} is {side} the plausible limit of {limit} {unit}; "
            "check the value and its unit",
            {
                "value": f"{scr:g}",
                "unit": unit,
                "side": "above" if scr > high else "below",
                "limit": f"{high if scr > high else low:g}",
            },
        )


def check_body(age_years: float, height_cm: float | None, weight_kg: float | None) -> None:
    """Height and weight plausible for the age."""
    body = next(r for r in reversed(BODY_RANGES) if age_years >= r.from_age)
    for name, value, (low, high), unit in (
        ("height", height_cm, body.height_cm, "cm"),
        ("weight", weight_kg, body.weight_kg, "kg"),
    ):
        if value is not None and not low <= value <= high:
            raise PydanticCustomError(
                f"{name}_implausible",
                "{name} {value} {unit} is implausible for {who} (plausible {low}-{high} "
                "{unit}){hint}; check the value and its unit",
                {
                    "name": name,
                    "value": f"{value:g}",
                    "unit": unit,
                    "who": body.who,
                    "low": f"{low:g}",
                    "high": f"{high:g}",
                    "hint": _unit_hint(name, value, low, high),
                },
            )


def check_child_weight(age_years: float, weight_kg: float | None) -> None:
    """Children are dosed by weight: no plan without it."""
    child = WEIGHT_REQUIRED_FROM_AGE <= age_years < WEIGHT_REQUIRED_BELOW_AGE
    if weight_kg is None and child:
        raise PydanticCustomError(
            "weight_required",
            "weight is required under {age} years: children are dosed by weight",
            {"age": WEIGHT_REQUIRED_BELOW_AGE},
        )


def check_sex_and_conditions(sex: str | None, conditions: Collection[str]) -> None:
    """Pregnancy or breastfeeding with sex male contradict each other."""
    contradicting = [c for c in ("pregnancy", "breastfeeding") if c in conditions]
    if sex == "male" and contradicting:
        raise PydanticCustomError(
            "sex_contradicts_condition",
            "{condition} contradicts sex male; correct the sex or the condition",
            {"condition": contradicting[0]},
        )


def check_times_apart(times: tuple[str, ...]) -> None:
    """Dose times (in order) at least MIN_HOURS_BETWEEN_DOSES apart."""
    for earlier, later in itertools.pairwise(times):
        if _minutes(later) - _minutes(earlier) < MIN_HOURS_BETWEEN_DOSES * 60:
            raise PydanticCustomError(
                "dose_times",
                "dose times {earlier} and {later} are less than {hours} hours apart",
                {"earlier": earlier, "later": later, "hours": MIN_HOURS_BETWEEN_DOSES},
            )


def _unit_hint(name: str, value: float, low: float, high: float) -> str:
    """A likely unit mix-up, said out loud ("60" in a height field is probably inches)."""
    if name == "height" and value < low:
        return ", probably inches"
    if name == "weight" and value > high:
        return ", probably pounds"
    return ""


def _minutes(time: str) -> int:
    hours, minutes = time.split(":")
    return int(hours) * 60 + int(minutes)
