"""Limits, units and descriptions of numeric input fields, read from the domain models.

A spin box never restates a bound: its range is the model field's `ge`/`gt`/`le`
metadata, its unit comes from the field's description, and its tool tip is the
description itself. How many decimals a field shows is the only choice made here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotated_types import Ge, Gt, Le, Lt

if TYPE_CHECKING:
    from pydantic import BaseModel

#: Upper display limit for a field the model bounds only by plausibility checks.
UNBOUNDED_DISPLAY_MAX = 99999.0


@dataclass(frozen=True)
class NumberSpec:
    """What a numeric input may hold."""

    minimum: float
    maximum: float
    decimals: int
    unit: str
    description: str

    @property
    def step(self) -> float:
        return float(10**-self.decimals)


def number_spec(model: type[BaseModel], name: str, *, decimals: int) -> NumberSpec:
    """The valid range of `model.name` at `decimals` places, with its unit and description."""
    field = model.model_fields[name]
    step = 10**-decimals
    minimum, maximum = 0.0, UNBOUNDED_DISPLAY_MAX
    for bound in field.metadata:
        if isinstance(bound, Ge):
            minimum = float(bound.ge)  # type: ignore[arg-type]
        elif isinstance(bound, Gt):
            minimum = round(float(bound.gt) + step, decimals)  # type: ignore[arg-type]
        elif isinstance(bound, Le):
            maximum = float(bound.le)  # type: ignore[arg-type]
        elif isinstance(bound, Lt):
            maximum = round(float(bound.lt) - step, decimals)  # type: ignore[arg-type]
    description = field.description or ""
    return NumberSpec(minimum, maximum, decimals, unit_of(description), description)


def unit_of(description: str) -> str:
    """The unit a description ends with: "Body weight in kg" -> "kg"."""
    if ", " in description:
        return description.rsplit(", ", 1)[1].removeprefix("in ")
    if " in " in description:
        return description.rsplit(" in ", 1)[1]
    return description.rsplit(" ", 1)[-1]
