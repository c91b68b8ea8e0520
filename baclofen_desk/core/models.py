"""Domain models: what the clinician asks for (`PlanRequest`) and what the core answers (`Plan`).

All models are frozen and forbid unknown fields, so a typo in a plan file or a
JSON request is refused instead of silently ignored. Bounds on input fields are
plausibility limits for typed values; the dosing limits themselves live in the
knowledge base.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    computed_field,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from baclofen_desk.core.alert_models import SEVERITY_ORDER as SEVERITY_ORDER
from baclofen_desk.core.alert_models import Alert as Alert
from baclofen_desk.core.alert_models import RuleApplied as RuleApplied
from baclofen_desk.core.alert_models import Severity as Severity
from baclofen_desk.core.input_limits import (
    MAX_DOSES_PER_DAY,
    MAX_TYPED_DAILY_MG,
    check_body,
    check_child_weight,
    check_scr,
    check_sex_and_conditions,
    check_times_apart,
    clock_time,
)
from baclofen_desk.core.kidney_models import KidneyBand as KidneyBand
from baclofen_desk.core.kidney_models import KidneyEstimate as KidneyEstimate
from baclofen_desk.core.kidney_models import KidneyValue as KidneyValue
from baclofen_desk.core.kidney_models import KidneyValueKind as KidneyValueKind
from baclofen_desk.core.medication_models import Interaction as Interaction
from baclofen_desk.core.medication_models import InteractionSeverity as InteractionSeverity
from baclofen_desk.core.medication_models import MedicationMatch as MedicationMatch
from baclofen_desk.core.override_models import MAX_TEXT as MAX_TEXT
from baclofen_desk.core.override_models import Override as Override
from baclofen_desk.core.plain_text import PlainText
from baclofen_desk.core.shaping_checks import (
    MAX_STEP_DAYS,
    SHAPING_ERROR_FIELDS,
    check_history,
    check_shaping,
)
from baclofen_desk.core.visit_models import HistoryEntry, ScheduleStep

Sex = Literal["female", "male"]
ScrUnit = Literal["mg/dL", "umol/L"]
Mode = Literal["titrate", "reduce", "taper"]
Condition = Literal[
    "epilepsy",
    "stroke",
    "psychiatric",
    "autonomic-dysreflexia",
    "pregnancy",
    "breastfeeding",
    "liver-disease",
    "diabetes",
    "posture",
]
Indication = Literal[
    "ms", "spinal-cord", "cerebral-palsy", "stroke", "parkinsons", "rheumatic", "other"
]
ProductId = Literal[
    "tablet-5",
    "tablet-10",
    "tablet-20",
    "solution-1mg-ml",
    "solution-2mg-ml",
    "suspension-5mg-ml",
    "granules",
]

INTERACTION_SEVERITY_ORDER: dict[str, int] = {"minor": 0, "moderate": 1, "major": 2}

CONDITIONS: tuple[str, ...] = Condition.__args__  # type: ignore[attr-defined]
INDICATIONS: tuple[str, ...] = Indication.__args__  # type: ignore[attr-defined]
PRODUCT_IDS: tuple[str, ...] = ProductId.__args__  # type: ignore[attr-defined]

#: Which field a whole-model validation error is about (error type -> field name).
MODEL_ERROR_FIELDS: dict[str, str] = {
    "scr_implausible": "scr",
    "taper_needs_current": "current_daily_mg",
    "taper_has_target": "target_daily_mg",
    "target_not_above_current": "target_daily_mg",
    "dose_times": "dose_times",
    "override_twice": "overrides",
    "weight_required": "weight_kg",
    "weight_implausible": "weight_kg",
    "height_implausible": "height_cm",
    "sex_contradicts_condition": "conditions",
    "crcl_measured_without_crcl": "crcl_measured",
    **SHAPING_ERROR_FIELDS,
}

#: Most medication lines, overrides and history entries one plan holds (window, CLI, files).
MAX_MEDICATIONS = 100
MAX_OVERRIDES = 50
MAX_HISTORY = 200
#: The earliest and latest day a plan may start (a date typo cannot reach year 9999).
FIRST_START = dt.date(2000, 1, 1)
LAST_START = dt.date(2100, 12, 31)


ClockTime = Annotated[str, AfterValidator(clock_time), Field(description="HH:MM")]


#: Validation context for a request saved under an earlier rule base: the input checks that
#: rule base v2 added are left to the form, which marks each at its field.
EARLIER_RULES = {"saved_under_earlier_rules": True}


def _earlier_rules(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("saved_under_earlier_rules"))


class Frozen(BaseModel):
    """Base for every domain model: immutable, strict about unknown fields, no NaN."""

    model_config = ConfigDict(defer_build=True, frozen=True, extra="forbid", allow_inf_nan=False)


class Patient(Frozen):
    """Patient factors as the clinician typed them."""

    age_years: float = Field(ge=0, le=120, description="Age in years")
    weight_kg: float | None = Field(None, gt=0, le=400, description="Body weight in kg")
    height_cm: float | None = Field(None, ge=40, le=250, description="Height in cm")
    sex: Sex | None = Field(None, description="Sex used by the kidney equations")
    scr: float | None = Field(None, gt=0, description="Serum creatinine, in scr_unit")
    scr_unit: ScrUnit = Field("mg/dL", description="Unit of scr")
    crcl_ml_min: float | None = Field(None, gt=0, le=250, description="Measured CrCl, mL/min")
    egfr: float | None = Field(None, gt=0, le=250, description="Known eGFR, mL/min/1.73 m²")
    dialysis: bool = Field(False, description="On dialysis or end-stage kidney disease")
    crcl_measured: bool = Field(
        False,
        description="The CrCl is measured and reliable (24-hour urine); it decides the band",
    )
    kidney_unstable: bool = Field(
        False, description="Creatinine not stable or acute kidney injury: estimates not valid"
    )
    conditions: tuple[Condition, ...] = ()
    indication: Indication | None = None

    @field_validator("scr")
    @classmethod
    def _scr_finite(cls, value: float | None) -> float | None:
        if value is not None and not math.isfinite(value):
            raise ValueError("must be a finite number")
        return value

    @model_validator(mode="after")
    def _plausible(self, info: ValidationInfo) -> Patient:
        check_scr(self.scr, self.scr_unit)  # a rule of v1 too: always checked
        if _earlier_rules(info):
            return self  # the form checks the v2 input limits again, at their fields
        check_body(self.age_years, self.height_cm, self.weight_kg)
        check_child_weight(self.age_years, self.weight_kg)
        check_sex_and_conditions(self.sex, self.conditions)
        return self

    @model_validator(mode="after")
    def _measured_needs_value(self) -> Patient:
        if self.crcl_measured and self.crcl_ml_min is None:
            raise PydanticCustomError(
                "crcl_measured_without_crcl", "marked as measured, but no CrCl was entered"
            )
        return self

    @field_validator("conditions")
    @classmethod
    def _unique_conditions(cls, value: tuple[Condition, ...]) -> tuple[Condition, ...]:
        return tuple(dict.fromkeys(value))


class PlanRequest(Frozen):
    """Everything the planner needs: patient, medications and the clinician's choices."""

    patient: Patient
    mode: Mode = "titrate"
    product: ProductId | None = Field(None, description="None: the rule base's default")
    allow_half_tablets: bool = Field(
        False, description="Allow halves of unscored tablets (clinician's choice)"
    )
    doses_per_day: int | None = Field(
        None, ge=1, le=MAX_DOSES_PER_DAY, description="None: from the rules"
    )
    dose_times: tuple[ClockTime, ...] | None = Field(
        None,
        min_length=1,
        description="Clock times for the doses; None: from the rules",
    )
    start: dt.date = Field(ge=FIRST_START, le=LAST_START, description="First day of the plan")
    current_daily_mg: float | None = Field(
        None, gt=0, le=MAX_TYPED_DAILY_MG, description="Current mg/day"
    )
    target_daily_mg: float | None = Field(
        None, gt=0, le=MAX_TYPED_DAILY_MG, description="Target mg/day"
    )
    medications: tuple[PlainText, ...] = Field((), description="Medications as typed")
    overrides: tuple[Override, ...] = Field(
        (),
        max_length=MAX_OVERRIDES,
        description="Critical alerts overridden, warnings and major interactions acknowledged",
    )
    step_days: int | None = Field(
        None, ge=1, le=MAX_STEP_DAYS, description="Days per step; None: from the rules"
    )
    step_daily_mg: float | None = Field(
        None, gt=0, le=80, description="Change of the daily dose per step; None: from the rules"
    )
    slow_taper: bool = Field(False, description="The slow taper (policy P6), chosen")
    schedule: tuple[ScheduleStep, ...] | None = Field(
        None, min_length=1, description="The clinician's own steps (policy P2a)"
    )
    review_date: dt.date | None = Field(
        None, ge=FIRST_START, le=LAST_START, description="Next review; None: from the rules"
    )
    history: tuple[HistoryEntry, ...] = Field(
        (), max_length=MAX_HISTORY, description="Earlier plans, oldest first"
    )

    @property
    def chosen_doses_per_day(self) -> int | None:
        """Doses a day the clinician chose: directly, or by typing that many dose times."""
        if self.doses_per_day is not None:
            return self.doses_per_day
        return len(self.dose_times) if self.dose_times else None

    @field_validator("medications")
    @classmethod
    def _medications_kept(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(value) > MAX_MEDICATIONS:
            raise ValueError(f"at most {MAX_MEDICATIONS} medication lines (got {len(value)})")
        for text in value:
            if len(text) > MAX_TEXT:
                raise ValueError(f"a medication line is longer than {MAX_TEXT} characters")
        return tuple(text for text in value if text.strip())

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> PlanRequest:
        if self.mode == "taper" and self.current_daily_mg is None:
            raise PydanticCustomError("taper_needs_current", "a taper needs the current daily dose")
        if self.mode == "taper" and self.target_daily_mg is not None:
            # Ignoring it would stop baclofen when a lower dose was meant.
            raise PydanticCustomError(
                "taper_has_target",
                "a taper always ends at 0 mg/day; a target is for a titration or a reduction",
            )
        if (
            self.mode == "titrate"
            and self.schedule is None
            and self.current_daily_mg is not None
            and self.target_daily_mg is not None
            and self.target_daily_mg <= self.current_daily_mg
        ):
            raise PydanticCustomError(
                "target_not_above_current",
                "the target must be above the current dose for a titration; "
                "use a taper to lower the dose",
            )
        if self.dose_times is not None:
            if len(self.dose_times) > MAX_DOSES_PER_DAY and not _earlier_rules(info):
                raise PydanticCustomError(
                    "dose_times",
                    "at most {most} doses a day: give at most {most} dose times",
                    {"most": MAX_DOSES_PER_DAY},
                )
            count = self.doses_per_day
            if count is not None and len(self.dose_times) != count:
                raise PydanticCustomError(
                    "dose_times",
                    "give one time for each dose: {count} doses a day need {count} times",
                    {"count": count},
                )
            if len(set(self.dose_times)) != len(self.dose_times):
                raise PydanticCustomError("dose_times", "dose times must differ from each other")
            if list(self.dose_times) != sorted(self.dose_times):
                raise PydanticCustomError(
                    "dose_times", "dose times must be in order through the day"
                )
            if not _earlier_rules(info):
                check_times_apart(self.dose_times)
        codes = [o.code for o in self.overrides]
        if len(set(codes)) != len(codes):
            raise PydanticCustomError("override_twice", "each alert can be overridden only once")
        check_shaping(self)
        check_history(self)
        return self


class DoseStep(Frozen):
    """One stretch of days with the same daily schedule."""

    start: dt.date
    end: dt.date | None = Field(description="Inclusive; None for an open-ended last step")
    daily_mg: float = Field(ge=0)
    doses_mg: tuple[float, ...] = Field(description="Single doses in the order of the day")
    times: tuple[ClockTime, ...] = Field(description="Clock time of each dose")
    note: str | None = None
    edited: bool = Field(False, description="Set by the clinician's schedule, not the rules")

    @property
    def days(self) -> int | None:
        """Number of days in the step, or None when it is open-ended."""
        return None if self.end is None else (self.end - self.start).days + 1


class Plan(Frozen):
    """The answer of the core: schedule, limits, kidney estimate, alerts and checks."""

    model_config = ConfigDict(populate_by_name=True)

    request: PlanRequest
    rules_version: str
    mode: Mode
    profile: str | None = Field(description="Dosing profile used (adult, older-adult, ...)")
    product: ProductId
    product_name: str
    unit_mg: float = Field(description="Smallest amount the product gives")
    steps: tuple[DoseStep, ...]
    max_daily_mg: float | None
    max_single_dose_mg: float | None = None
    target_daily_mg: float | None = None
    kidney: KidneyEstimate
    alerts: tuple[Alert, ...]
    interactions: tuple[Interaction, ...] = ()
    medications: tuple[MedicationMatch, ...] = ()
    unrecognized_medications: tuple[str, ...] = ()
    interaction_check_complete: bool = Field(
        False, description="True only when every medication was recognised"
    )
    rules_applied: tuple[RuleApplied, ...] = ()
    refused: bool = Field(False, description="No plan could be made")
    unmatched_overrides: tuple[str, ...] = Field(
        (),
        description=(
            "Override codes that match no overridable critical alert, warning or major interaction"
        ),
    )

    review_date: dt.date | None = Field(None, description="Next review (policy P10)")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def history(self) -> tuple[HistoryEntry, ...]:
        """Earlier plans, oldest first (kept in the request; a record, never recomputed)."""
        return self.request.history

    @computed_field  # type: ignore[prop-decorator]
    @property
    def blocked(self) -> bool:
        """True while a critical alert has not been overridden (no handout)."""
        return self.refused or any(a.blocking for a in self.alerts)

    @property
    def exportable(self) -> bool:
        """May this plan leave the program (handout, exports)? Not while blocked or empty."""
        return not self.blocked and bool(self.steps)


# An earlier plan in the history holds a request and its steps (models defined above).
HistoryEntry.model_rebuild(_types_namespace={"PlanRequest": PlanRequest, "DoseStep": DoseStep})
PlanRequest.model_rebuild()
