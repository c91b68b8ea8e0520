"""The knowledge base: typed models of the TOML files and their validating loader.

A knowledge file that fails validation raises `KnowledgeError` naming the file
and the entry, and the program stops at start; a plan is never made from a
partly understood rule base.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Annotated, Any, Literal

from annotated_types import Gt, Le
from pydantic import BaseModel, Field, field_validator, model_validator

from baclofen_desk.core.drug_dictionary import DrugKnowledge, load_drug_knowledge
from baclofen_desk.core.handout_knowledge import HandoutKnowledge, load_handout_knowledge
from baclofen_desk.core.input_limits import (
    MAX_DOSES_PER_DAY,
    WEIGHT_REQUIRED_BELOW_AGE,
    WEIGHT_REQUIRED_FROM_AGE,
)
from baclofen_desk.core.kb_io import Entry, KnowledgeError, read_toml, validate_file
from baclofen_desk.core.kidney_rules import (
    BedsideSchwartz,
    CkdEpi2021,
    CkdFirstStep,
    CockcroftGault,
    DialysisRule,
    KidneyBandRule,
    KidneyRules,
    WeightRule,
)
from baclofen_desk.core.models import PRODUCT_IDS, Severity
from baclofen_desk.core.rule_entries import AlertRule, GuardRail, NoteTemplate, Sourced
from baclofen_desk.core.shaping_rules import ShapingRules

__all__ = [
    "AlertRule",
    "BedsideSchwartz",
    "CkdEpi2021",
    "CkdFirstStep",
    "CockcroftGault",
    "DialysisRule",
    "KidneyBandRule",
    "KidneyRules",
    "Knowledge",
    "KnowledgeError",
    "NoteTemplate",
    "Sourced",
    "WeightRule",
    "load_knowledge",
]

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

#: One packet of granules, in mg (bounds: a typo such as 200 cannot pass).
PacketMg = Annotated[float, Gt(0), Le(50)]


class Source(Entry):
    short: str
    citation: str
    grade: Literal["V", "V2", "D", "U"]


class DoseTimes(Entry):
    doses: int = Field(ge=1, le=4)
    times: tuple[str, ...]

    @field_validator("times")
    @classmethod
    def _sorted(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if list(value) != sorted(value):
            raise ValueError("times must be in order")
        return value


class Defaults(Sourced):
    adult_product: str
    child_product: str
    child_product_below_age_years: float = Field(gt=0, le=18)
    dialysis_product: str


class AgeRule(Sourced):
    minimum_years: float = Field(gt=0, le=18)
    refused_alert: AlertRule
    profile_description: str = Field(min_length=1, description="The profile as a rule record")


class Profile(Sourced):
    """A titration profile for an age band."""

    id: str
    label: str
    min_age_years: float = Field(ge=0, le=120)
    below_age_years: float | None = Field(None, gt=0, le=120)
    start_daily_mg: float = Field(gt=0, le=30)
    start_doses_per_day: int = Field(ge=1, le=4)
    doses_per_day: int = Field(ge=1, le=4)
    increment_daily_mg: float = Field(gt=0, le=20)
    step_days: int = Field(ge=1, le=28)
    default_target_daily_mg: float = Field(gt=0, le=120)
    max_daily_mg: float = Field(gt=0, le=120)
    max_single_dose_mg: float | None = Field(None, gt=0, le=30)
    four_doses_above_daily_mg: float | None = Field(None, gt=0, le=120)
    first_step_below_daily_mg: float | None = Field(None, gt=0, le=60)
    usual_range: str = Field(min_length=1, description="The usual effective range, as quoted")
    alert: AlertRule | None = None

    def covers(self, age_years: float) -> bool:
        """Whether a patient of this age uses this profile."""
        upper_ok = self.below_age_years is None or age_years < self.below_age_years
        return self.min_age_years <= age_years and upper_ok


class ChildrenByWeight(Sourced):
    """Weight-based limits under 12 (UpToDate table, UK SmPC)."""

    below_age_years: float = Field(gt=0, le=18)
    max_mg_per_kg: float = Field(gt=0, le=2)
    start_mg_per_kg: float = Field(gt=0, le=0.5)
    rise_mg_per_kg: float = Field(gt=0, le=0.5)
    target_mg_per_kg: float = Field(gt=0, le=2)
    alert: AlertRule


class TargetRule(Sourced):
    capped_alert: AlertRule
    rounded_alert: AlertRule
    kept_alert: AlertRule


class FollowUp(Sourced):
    trial_weeks_min: int = Field(gt=0, le=26)
    trial_weeks_max: int = Field(gt=0, le=26)
    alert: AlertRule


class BeersRule(Sourced):
    min_age_years: float = Field(ge=50, le=100)
    egfr_below: float = Field(gt=0, le=120)
    alert: AlertRule
    crcl_instead: str = Field(min_length=1, description="Shown for eGFR when only CrCl is known")
    dialysis_instead: str = Field(min_length=1, description="Shown for eGFR on dialysis")


class SlowTaperReasons(Entry):
    """Why a taper is slow: one whole sentence per reason."""

    current_high: str = Field(min_length=1)
    older: str = Field(min_length=1)
    dialysis: str = Field(min_length=1)
    low_crcl: str = Field(min_length=1)
    chosen: str = Field(min_length=1, description="The clinician chose the slow taper")


class TaperRule(Sourced):
    max_decrease_daily_mg: float = Field(gt=0, le=20)
    max_decrease_fraction: float = Field(gt=0, le=0.5)
    stop_from_daily_mg: float = Field(gt=0, le=10)
    child_stop_from_daily_mg: float = Field(gt=0, le=5)
    min_step_days: int = Field(ge=1, le=28)
    min_total_days: int = Field(ge=14, le=180)
    slow_min_total_days: int = Field(ge=14, le=365)
    slow_above_current_daily_mg: float = Field(gt=0, le=200)
    slow_from_age_years: float = Field(ge=18, le=120)
    slow_below_crcl_ml_min: float = Field(gt=0, le=150)
    slow_alert: AlertRule
    slow_reasons: SlowTaperReasons
    above_max_alert: AlertRule
    withdrawal_alert: AlertRule
    description: str = Field(min_length=1)


class DispensingRule(Sourced):
    fewer_doses_note: NoteTemplate
    more_doses_note: NoteTemplate
    above_single_note: NoteTemplate
    rounded_alert: AlertRule
    cannot_dispense_alert: AlertRule
    current_above_max_alert: AlertRule
    product_description: str = Field(min_length=1)
    liquid_hint: str = Field(min_length=1)


class GuardRails(Sourced):
    """One alert per limit a schedule can cross (AlertRule: one only the first or last step can)."""

    above_max: GuardRail
    single_above_max: GuardRail
    not_dispensable: GuardRail
    bad_length: GuardRail
    not_contiguous: GuardRail
    rise_too_fast: GuardRail
    rise_too_soon: GuardRail
    first_step_too_high: AlertRule
    fall_too_fast: GuardRail
    fall_too_soon: GuardRail
    taper_too_short: AlertRule
    ckd_first_step: AlertRule
    stop_too_high: GuardRail
    too_many_doses: GuardRail


class RuleChange(Entry):
    """What changed for plans saved under an earlier rules version (one sentence)."""

    since: str = Field(min_length=1, description="Plans saved under this version")
    summary: str = Field(min_length=1)


class Rules(Entry):
    version: str = Field(min_length=1)
    title: str
    changes: tuple[RuleChange, ...] = ()
    defaults: Defaults
    dose_times: tuple[DoseTimes, ...]
    age: AgeRule
    profiles: tuple[Profile, ...] = Field(min_length=1)
    children_by_weight: ChildrenByWeight
    target: TargetRule
    followup: FollowUp
    kidney: KidneyRules
    beers: BeersRule
    taper: TaperRule
    dispensing: DispensingRule
    guard_rails: GuardRails
    shaping: ShapingRules

    def changes_since(self, version: str) -> tuple[str, ...]:
        """What changed for a plan saved under `version` (empty when nothing is recorded)."""
        return tuple(change.summary for change in self.changes if change.since == version)

    def times_for(self, doses: int) -> tuple[str, ...]:
        for entry in self.dose_times:
            if entry.doses == doses:
                return entry.times
        raise KeyError(doses)


class Product(Sourced):
    id: str
    name: str
    form: Literal["tablet", "liquid", "granules"]
    strength_mg: float | None = Field(None, gt=0, le=50)
    scored: bool = False
    concentration_mg_per_ml: float | None = Field(None, gt=0, le=20)
    volume_step_ml: float | None = Field(None, gt=0, le=5)
    packet_strengths_mg: tuple[PacketMg, ...] = ()
    note: str | None = None

    @field_validator("id")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in PRODUCT_IDS:
            raise ValueError(f"unknown product id {value!r}; known: {', '.join(PRODUCT_IDS)}")
        return value

    @model_validator(mode="after")
    def _fields_for_form(self) -> Product:
        needed = {
            "tablet": ("strength_mg",),
            "liquid": ("concentration_mg_per_ml", "volume_step_ml"),
            "granules": ("packet_strengths_mg",),
        }[self.form]
        missing = [name for name in needed if not getattr(self, name)]
        if missing:
            raise ValueError(f"a {self.form} product needs {', '.join(missing)}")
        return self

    def unit_mg(self, allow_half_tablets: bool = False) -> Fraction:
        """The smallest amount this product gives (every dose is a multiple of it)."""
        if self.form == "tablet":
            strength = Fraction(str(self.strength_mg))
            return strength / 2 if (self.scored or allow_half_tablets) else strength
        if self.form == "liquid":
            return Fraction(str(self.concentration_mg_per_ml)) * Fraction(str(self.volume_step_ml))
        return min(Fraction(str(s)) for s in self.packet_strengths_mg)


class Products(Entry):
    products: tuple[Product, ...] = Field(min_length=1)


class ConditionRule(Sourced):
    id: str
    label: str
    severity: Severity
    message: str


class IndicationRule(Sourced):
    id: str
    label: str
    severity: Severity | None = None
    message: str | None = None


class Conditions(Entry):
    conditions: tuple[ConditionRule, ...]
    indications: tuple[IndicationRule, ...]


class Knowledge(Entry):
    """The whole validated rule base handed to `build_plan`."""

    rules: Rules
    products: dict[str, Product]
    conditions: dict[str, ConditionRule]
    indications: dict[str, IndicationRule]
    sources: dict[str, Source]
    drugs: DrugKnowledge
    handout: HandoutKnowledge

    @property
    def version(self) -> str:
        return self.rules.version

    def cite(self, keys: tuple[str, ...]) -> str:
        """Short references for source keys, joined for display."""
        return "; ".join(self.sources[k].short for k in keys)

    def profile_for(self, age_years: float) -> Profile | None:
        for profile in self.rules.profiles:
            if profile.covers(age_years):
                return profile
        return None


def _source_keys(node: Any) -> list[str]:
    if isinstance(node, BaseModel):
        node = dict(node)
    if isinstance(node, dict):
        keys = list(node.get("sources", ()))
        for value in node.values():
            keys += _source_keys(value)
        return keys
    if isinstance(node, list | tuple):
        return [k for item in node for k in _source_keys(item)]
    return []


def load_knowledge(directory: Traversable) -> Knowledge:
    """Load and cross-check every knowledge file in `directory`."""
    sources_data = read_toml(directory, "sources.toml")
    sources = {
        key: validate_file(Source, value, f"sources.toml [{key}]")
        for key, value in sources_data.items()
    }
    rules = validate_file(Rules, read_toml(directory, "rules.toml"), "rules.toml")
    products = validate_file(Products, read_toml(directory, "products.toml"), "products.toml")
    conditions = validate_file(
        Conditions, read_toml(directory, "conditions.toml"), "conditions.toml"
    )
    drugs = load_drug_knowledge(directory)
    for name, model in (
        ("rules.toml", rules),
        ("products.toml", products),
        ("conditions.toml", conditions),
        ("drug knowledge", drugs),
    ):
        missing = sorted(set(_source_keys(model)) - set(sources))
        if missing:
            raise KnowledgeError(f"{name}: unknown source keys {', '.join(missing)}")
    product_map = {p.id: p for p in products.products}
    if missing := sorted(set(PRODUCT_IDS) - set(product_map)):
        raise KnowledgeError(f"products.toml: no entry for {', '.join(missing)}")
    defaults = rules.defaults
    for product_id in (defaults.adult_product, defaults.child_product, defaults.dialysis_product):
        if product_id not in product_map:
            raise KnowledgeError(f"rules.toml: defaults: unknown product {product_id!r}")
    if rules.age.minimum_years != WEIGHT_REQUIRED_FROM_AGE:
        raise KnowledgeError(
            f"rules.toml: age: minimum_years must be {WEIGHT_REQUIRED_FROM_AGE:g}, the age from "
            "which the patient form requires weight"
        )
    if rules.children_by_weight.below_age_years != WEIGHT_REQUIRED_BELOW_AGE:
        raise KnowledgeError(
            "rules.toml: children_by_weight: below_age_years must be "
            f"{WEIGHT_REQUIRED_BELOW_AGE:g}, the age under which the patient form requires weight"
        )
    for doses in range(1, MAX_DOSES_PER_DAY + 1):
        try:
            times = rules.times_for(doses)
        except KeyError:
            raise KnowledgeError(f"rules.toml: dose_times: no entry for {doses} doses") from None
        if len(times) != doses:
            raise KnowledgeError(f"rules.toml: dose_times: {doses} doses need {doses} times")
    return Knowledge(
        rules=rules,
        products=product_map,
        conditions={c.id: c for c in conditions.conditions},
        indications={i.id: i for i in conditions.indications},
        sources=sources,
        drugs=drugs,
        handout=load_handout_knowledge(directory, sources),
    )
