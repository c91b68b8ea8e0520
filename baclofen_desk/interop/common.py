"""What both exports share: the plain wording of a dose step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baclofen_desk.core.amounts import fmt

if TYPE_CHECKING:
    from baclofen_desk.core.models import DoseStep

_TIMES_A_DAY = {1: "once daily", 2: "twice daily", 3: "three times daily", 4: "four times daily"}


def is_stop(step: DoseStep) -> bool:
    """A step without doses: the end of a taper (no more baclofen from its first day)."""
    return step.daily_mg == 0 or not step.doses_mg


def dose_groups(step: DoseStep) -> list[tuple[float, tuple[str, ...]]]:
    """The step's doses grouped by amount, in the order of the day: [(mg, times), ...].

    A step whose doses are all equal gives one group; 5, 5, 10 mg gives two.
    """
    groups: dict[float, list[str]] = {}
    for amount, time in zip(step.doses_mg, step.times, strict=True):
        groups.setdefault(amount, []).append(time)
    return [(amount, tuple(times)) for amount, times in groups.items()]


def times_a_day(count: int) -> str:
    """'once daily' ... 'four times daily' (and 'N times daily' beyond)."""
    return _TIMES_A_DAY.get(count, f"{count} times daily")


def period_words(step: DoseStep) -> str:
    """'from 2026-12-01 to 2026-12-03', or 'from 2026-12-10 onward' for an open-ended step."""
    if step.end is None:
        return f"from {step.start.isoformat()} onward"
    return f"from {step.start.isoformat()} to {step.end.isoformat()}"


def group_line(step: DoseStep, amount: float, times: tuple[str, ...]) -> str:
    """A handout-style line for one dose amount of a step.

    '5 mg three times daily (08:00, 14:00, 20:00) from 2026-12-01 to 2026-12-03'; when the
    step's doses differ, the line names the step's other doses and its daily total.
    """
    line = f"{fmt(amount)} mg {times_a_day(len(times))} ({', '.join(times)}) {period_words(step)}"
    others = [(a, t) for a, t in dose_groups(step) if a != amount]
    if others:
        rest = "; ".join(f"{fmt(a)} mg at {and_list(t)}" for a, t in others)
        line += f" (plus {rest}; {fmt(step.daily_mg)} mg a day in all)"
    return line


def and_list(words: tuple[str, ...] | list[str]) -> str:
    """'08:00', '08:00 and 14:00', '08:00, 14:00 and 20:00'."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"
