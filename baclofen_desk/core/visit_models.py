"""The clinician's own steps and the plan history (policy P2a, P10).

`HistoryEntry` refers to `PlanRequest` and `DoseStep`; core/models.py resolves
those names once it has defined them, so this module imports nothing from it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from baclofen_desk.core.input_limits import MAX_TYPED_DAILY_MG, PAIN_SCALE, SPASM_SCALE
from baclofen_desk.core.shaping_checks import MAX_NOTE, MAX_STEP_DAYS

if TYPE_CHECKING:
    from baclofen_desk.core.models import DoseStep, PlanRequest  # noqa: TC004  (resolved there)

Outcome = Literal["tolerated", "side-effects", "no-benefit", "no-benefit-at-max"]
OUTCOMES: tuple[str, ...] = Outcome.__args__  # type: ignore[attr-defined]


class _Frozen(BaseModel):
    """As core/models.py `Frozen`: immutable, strict about unknown fields, no NaN."""

    model_config = ConfigDict(defer_build=True, frozen=True, extra="forbid", allow_inf_nan=False)


class ScheduleStep(_Frozen):
    """One step of the clinician's own schedule: a daily dose held for some days."""

    daily_mg: float = Field(ge=0, le=MAX_TYPED_DAILY_MG, description="mg/day")
    days: int | None = Field(
        None, ge=1, le=MAX_STEP_DAYS, description="None: open-ended (the last step only)"
    )


class _VisitFacts(_Frozen):
    """What a visit found: the dose taken, how it went, the scores and a note."""

    taking_mg: float = Field(gt=0, le=MAX_TYPED_DAILY_MG, description="Daily dose actually taken")
    outcome: Outcome
    note: str = Field("", max_length=MAX_NOTE)
    pain: int | None = Field(None, ge=PAIN_SCALE[0], le=PAIN_SCALE[1], description="Pain 0-10")
    spasms: int | None = Field(
        None, ge=SPASM_SCALE[0], le=SPASM_SCALE[1], description="Spasm frequency 0-4"
    )


class Visit(_VisitFacts):
    """A follow-up visit: what the patient takes and how it went."""

    date: dt.date


class HistoryEntry(_VisitFacts):
    """An earlier plan, kept as a record at the visit that ended it (never recomputed)."""

    visit_date: dt.date
    request: PlanRequest = Field(description="The earlier request, without its own history")
    steps: tuple[DoseStep, ...] = Field(description="The steps computed for it then")
    review_date: dt.date | None = Field(None, description="The review date it had")
    rules_version: str = Field("", description="Rule base the steps were computed with")
