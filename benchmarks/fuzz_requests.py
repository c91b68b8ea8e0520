"""The random requests of the fuzz run: every mode, every shaping choice, every kidney case.

`random_request` draws a request the models accept (drawn again until they do);
`invalid_request` draws one that contradicts itself in a way the models must refuse.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from baclofen_desk.core.models import CONDITIONS, INDICATIONS, PRODUCT_IDS, Patient, PlanRequest

if TYPE_CHECKING:
    import random

#: Typed medication lines: known names, brands, combinations and words no dictionary has.
MEDICATIONS = (
    "oxycodone 5 mg q6h",
    "Percocet",
    "gabapentin 300 mg tid",
    "diazepam",
    "sertraline 50 mg",
    "baclofen 10 mg",
    "metformin",
    "xyzzy",
    "tizanidine 4 mg",
    "lisinopril 10 mg daily",
    "zolpidem",
    "",
)
START_RANGE = (dt.date(2000, 1, 1), dt.date(2100, 12, 31))
#: Alert codes a clinician may acknowledge (some apply to the request, some not).
OVERRIDE_CODES = (
    "kidney.dialysis",
    "kidney.severe",
    "plan.rise_too_fast",
    "plan.fall_too_fast",
    "plan.stop_too_high",
    "plan.taper_too_short",
    "plan.first_step_too_high",
    "taper.current_above_max",
    "dose.current_above_max",
)
#: Grids the clinician's typed doses lie on, mostly ones every product gives (0.3: none does).
GRIDS = (5.0, 5.0, 10.0, 2.5, 1.0, 0.5, 0.3)


def _maybe(rng: random.Random, value: object, chance: float = 0.5) -> object:
    return value if rng.random() < chance else None


def _age(rng: random.Random) -> float:
    """Children (dosed by weight), adults and older adults, in roughly equal parts."""
    low, high = rng.choice(((1, 12), (12, 18), (18, 65), (65, 110)))
    return float(round(rng.uniform(low, high), rng.choice((0, 1))))


def random_patient(rng: random.Random) -> dict[str, Any]:
    """A patient within every field's bounds (the models refuse the rest)."""
    age = _age(rng)
    child = age < 12
    crcl = _maybe(rng, round(rng.uniform(3, 200), 1), 0.3)
    weight = round(rng.uniform(8, 60 if child else 250), 1)
    return {
        "age_years": age,
        "weight_kg": weight if child or rng.random() < 0.5 else None,
        "height_cm": _maybe(rng, round(rng.uniform(60, 210))),
        "sex": _maybe(rng, rng.choice(("female", "male"))),
        "scr": _maybe(rng, round(rng.uniform(0.2, 12), 2)),
        "crcl_ml_min": crcl,
        "crcl_measured": crcl is not None and rng.random() < 0.3,
        "egfr": _maybe(rng, round(rng.uniform(3, 150), 1), 0.2),
        "dialysis": rng.random() < 0.15,
        "kidney_unstable": rng.random() < 0.1,
        "conditions": tuple(rng.sample(CONDITIONS, rng.choice((0, 0, 1, 2)))),
        "indication": _maybe(rng, rng.choice(INDICATIONS), 0.3),
    }


def _dose(rng: random.Random, low: float, high: float, grid: float) -> float:
    """A daily dose on `grid` between low and high (at least one grid unit)."""
    count = rng.randint(max(1, round(low / grid)), max(1, round(high / grid)))
    return round(count * grid, 2)


def _schedule(
    rng: random.Random, mode: str, current: float | None, grid: float
) -> list[dict[str, Any]]:
    """The clinician's own steps: rising for a titration, falling for a reduction or a taper."""
    count = rng.randint(1, 6)
    level = current if current is not None else _dose(rng, grid, 20, grid)
    doses: list[float] = []
    for _ in range(count):
        if mode == "titrate":
            jump = rng.random() < 0.05  # a step far above any maximum: must be refused
            level = _dose(rng, 150, 200, grid) if jump else level + _dose(rng, 0, 15, grid)
        else:
            level = max(grid, level - _dose(rng, grid, 20, grid))
        doses.append(min(level, 200.0))
    if mode == "taper":
        doses.append(0.0)
    steps = [{"daily_mg": d, "days": rng.randint(1, 30)} for d in doses]
    steps[-1]["days"] = None
    return steps


def _times(rng: random.Random) -> tuple[str, ...] | None:
    """Up to 4 dose times about 3 hours or more apart (some closer: the models refuse them)."""
    if rng.random() >= 0.2:
        return None
    first = rng.randint(0, 20)
    hours = sorted({first + 3 * k + rng.choice((0, 0, 1)) for k in range(rng.randint(1, 4))})
    return tuple(f"{h:02d}:{rng.choice(('00', '30'))}" for h in hours if h < 24) or None


def request_fields(rng: random.Random) -> dict[str, Any]:
    """The fields of one request of any mode, with or without the clinician's shaping."""
    mode = rng.choice(("titrate", "reduce", "taper"))
    current: float | None = round(rng.uniform(0.5, 200), rng.choice((0, 1)))
    if mode == "titrate" and rng.random() < 0.7:
        current = None
    target = None
    if mode == "titrate":
        target = _maybe(rng, round(rng.uniform(1, 200)), 0.4)
    elif mode == "reduce" and current is not None:
        target = round(rng.uniform(0.5, current), rng.choice((0, 1)))
    times = _times(rng)
    days = (START_RANGE[1] - START_RANGE[0]).days
    start = START_RANGE[0] + dt.timedelta(days=rng.randint(0, days))
    fields: dict[str, Any] = {
        "patient": random_patient(rng),
        "mode": mode,
        "product": _maybe(rng, rng.choice(PRODUCT_IDS), 0.7),
        "allow_half_tablets": rng.random() < 0.3,
        "doses_per_day": _maybe(rng, rng.randint(1, 4), 0.4) if times is None else None,
        "dose_times": times,
        "start": start,
        "current_daily_mg": current,
        "target_daily_mg": target,
        "medications": tuple(rng.sample(MEDICATIONS, rng.choice((0, 0, 1, 3)))),
        "review_date": _maybe(rng, start + dt.timedelta(days=rng.randint(0, 120)), 0.1),
    }
    if rng.random() < 0.3:
        grid = rng.choice(GRIDS)
        if current is not None and rng.random() < 0.8:  # mostly within the maxima
            current = _dose(rng, grid, 60, grid)
        fields |= {
            "schedule": _schedule(rng, mode, current, grid),
            "current_daily_mg": current,
            "target_daily_mg": None,
        }
    else:
        fields |= {
            "step_days": _maybe(rng, rng.randint(1, 30), 0.3),
            "step_daily_mg": _maybe(rng, rng.choice((0.5, 1, 2.5, 5, 7.5, 10, 15, 20, 30)), 0.3),
            "slow_taper": mode == "taper" and rng.random() < 0.2,
        }
    if rng.random() < 0.3:
        codes = rng.sample(OVERRIDE_CODES, rng.randint(1, 3))
        fields["overrides"] = tuple({"code": c, "reason": "seen by the clinician"} for c in codes)
    return fields


def _valid_fields(rng: random.Random) -> tuple[dict[str, Any], PlanRequest]:
    """Fields the models accept, with the request they make; drawn again until they do."""
    while True:
        fields = request_fields(rng)
        try:
            fields["patient"] = Patient.model_validate(fields["patient"])
            return fields, PlanRequest.model_validate(fields)
        except ValidationError:
            continue


def random_request(rng: random.Random) -> PlanRequest:
    """A valid request of any mode."""
    return _valid_fields(rng)[1]


def _contradiction(rng: random.Random, fields: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """One change that makes a valid request's fields contradict themselves or the mode."""
    current = fields.get("current_daily_mg") or 10.0
    changes: list[tuple[str, dict[str, Any]]] = [
        (
            "reduction target not below the current dose",
            {
                "mode": "reduce",
                "current_daily_mg": current,
                "target_daily_mg": current,
                "schedule": None,
            },
        ),
        (
            "taper with a target",
            {
                "mode": "taper",
                "current_daily_mg": current,
                "target_daily_mg": 5.0,
                "schedule": None,
            },
        ),
        (
            "schedule with days per step",
            {
                "schedule": [{"daily_mg": 5.0, "days": None}],
                "step_days": 7,
                "mode": "titrate",
                "target_daily_mg": None,
            },
        ),
        ("slow taper for a titration", {"mode": "titrate", "slow_taper": True, "schedule": None}),
        (
            "taper schedule not ending at 0",
            {
                "mode": "taper",
                "current_daily_mg": current,
                "target_daily_mg": None,
                "step_days": None,
                "step_daily_mg": None,
                "slow_taper": False,
                "schedule": [{"daily_mg": 5.0, "days": 7}, {"daily_mg": 2.5, "days": None}],
            },
        ),
        (
            "five dose times",
            {"dose_times": ("02:00", "06:00", "10:00", "14:00", "18:00"), "doses_per_day": None},
        ),
        ("review before the start", {"review_date": fields["start"] - dt.timedelta(days=1)}),
        ("reduction without a current dose", {"mode": "reduce", "current_daily_mg": None}),
    ]
    return rng.choice(changes)


def invalid_request(rng: random.Random) -> tuple[str, dict[str, Any]]:
    """What is wrong, and the fields of a request the models must refuse."""
    fields, _ = _valid_fields(rng)
    what, change = _contradiction(rng, fields)
    return what, fields | change
