"""The clinician's schedule as typed: `MG[xDAYS]` steps separated by commas (policy P2a).

`15x3,30x7,45x7,60` is 15 mg/day for 3 days, 30 for 7, 45 for 7, then 60 open-ended.
Decimals use "."; a step without days is open-ended. Whether the steps make a valid
schedule for the mode (the last one open-ended, a taper ending at 0) is checked by
`PlanRequest`; whether they are safe, by the guard rails.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from baclofen_desk.core.visit_models import ScheduleStep

_STEP = re.compile(r"^(?P<mg>\d+(?:\.\d+)?)(?:[xX](?P<days>\d+))?$")


class ScheduleTextError(ValueError):
    """The typed schedule cannot be read (the message says which step and why)."""


def parse_schedule(text: str) -> tuple[ScheduleStep, ...]:
    """The steps in `text`; raises ScheduleTextError naming the first step that is wrong."""
    parts = [part.strip() for part in text.split(",")]
    return tuple(_step(number, part) for number, part in enumerate(parts, start=1))


def _step(number: int, part: str) -> ScheduleStep:
    match = _STEP.match(part)
    if match is None:
        raise ScheduleTextError(
            f"step {number}: expected mg/day or mg/day x days (e.g. 30x7), got {part!r}"
        )
    days = match["days"]
    try:
        return ScheduleStep(daily_mg=float(match["mg"]), days=None if days is None else int(days))
    except ValidationError as exc:
        error = exc.errors()[0]
        if error["loc"] == ("days",):
            reason = "every step lasts at least 1 day" if int(days) < 1 else error["msg"].lower()
        else:
            reason = "mg/day " + error["msg"].lower().removeprefix("input ")
        raise ScheduleTextError(f"step {number} ({part}): {reason}") from None


def format_schedule(steps: tuple[ScheduleStep, ...]) -> str:
    """The steps written back the way they are typed."""
    return ",".join(
        f"{step.daily_mg:g}" + ("" if step.days is None else f"x{step.days}") for step in steps
    )
