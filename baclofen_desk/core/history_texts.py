"""The handout catalogue's wording for the next review and the plan history (policy P10)."""

from __future__ import annotations

from pydantic import Field, field_validator

from baclofen_desk.core.kb_io import Entry
from baclofen_desk.core.visit_models import OUTCOMES

#: How the plan after a visit is described in the history ("what changed").
CHANGES = ("continue", "titrate", "reduce", "taper", "schedule")


class ReviewText(Entry):
    """The next review date on the handout and in the exports (policy P10)."""

    schedule: str
    calendar_mark: str
    calendar_note: str
    event_summary: str
    event_description: str
    fhir_note: str


class HistoryText(Entry):
    """The plan history, the clinician's edits and the soft limits crossed (summary)."""

    heading: str
    intro: str
    columns: tuple[str, ...] = Field(min_length=7, max_length=7)
    no_score: str
    dose: str
    edited: str
    review: str
    overridden: str
    chart_heading: str
    chart_dose: str
    chart_scores: str
    chart_pain: str
    chart_spasms: str
    outcomes: dict[str, str]
    changes: dict[str, str]

    @field_validator("outcomes")
    @classmethod
    def _every_outcome(cls, value: dict[str, str]) -> dict[str, str]:
        if set(value) != set(OUTCOMES):
            raise ValueError(f"needs exactly the outcomes {', '.join(OUTCOMES)}")
        return value

    @field_validator("changes")
    @classmethod
    def _every_change(cls, value: dict[str, str]) -> dict[str, str]:
        if set(value) != set(CHANGES):
            raise ValueError(f"needs exactly the changes {', '.join(CHANGES)}")
        return value
