"""The rule-base entries for plans the clinician shapes: review dates and what their
choices raise (policy P2a, P6, P10)."""

from __future__ import annotations

from pydantic import Field

from baclofen_desk.core.kb_io import Entry
from baclofen_desk.core.rule_entries import AlertRule, Sourced


class ReviewRule(Sourced):
    """When the next review falls by default (policy P10)."""

    dialysis_after_days: int = Field(ge=1, le=90)


class ShapingParts(Entry):
    """Names of the choices listed in the 'clinician chose it' alert."""

    step_days: str = Field(min_length=1)
    step_size: str = Field(min_length=1)
    slow: str = Field(min_length=1)
    schedule: str = Field(min_length=1)
    target: str = Field(min_length=1)


class ShapingRules(Sourced):
    """What the clinician's own choices raise and how they are described (policy P2a, P6)."""

    review: ReviewRule
    chosen_alert: AlertRule
    no_benefit_alert: AlertRule
    chosen_parts: ShapingParts
    reduction_description: str = Field(min_length=1)
