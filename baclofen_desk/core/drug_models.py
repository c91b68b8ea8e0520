"""Typed models of interactions.toml and of the drug dictionary files in drugs/.

interactions.toml holds the interaction classes, the matching and escalation
rules and the alert templates; each file in drugs/ maps names (generic, brand,
salt form, combination product) to ingredients and ingredients to classes.
"""

from __future__ import annotations

import string
from typing import Annotated, Literal

from annotated_types import Ge, Le
from pydantic import BeforeValidator, Field, field_validator, model_validator

from baclofen_desk.core.drug_classes import ATC_CODE, ATC_PREFIX
from baclofen_desk.core.kb_io import Entry
from baclofen_desk.core.models import InteractionSeverity, Severity

Trigger = Literal["opioid", "age", "kidney"]

#: Written instead of the codes of an ingredient that has none (kratom, alcohol).
NO_CODE = "-"

#: Bound on a frequency word's doses a day (q4h is 6), so a typo like 30 cannot pass.
MAX_DOSES_READ = 6


def template_fields(template: str) -> set[str]:
    """The {field} names a message template uses."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise ValueError(f"not a valid template ({exc}): {template!r}") from exc


def check_template(template: str, allowed: set[str], where: str) -> None:
    unknown = template_fields(template) - allowed
    if unknown:
        known = ", ".join(sorted(allowed)) or "none"
        raise ValueError(
            f"{where}: unknown field(s) {', '.join(sorted(unknown))} (allowed: {known})"
        )


# --- interactions.toml ----------------------------------------------------------------


class EditAllowance(Entry):
    """Misspellings allowed for names at least this long (the shorter of the two names)."""

    min_length: int = Field(ge=1, le=30)
    max_edits: int = Field(ge=1, le=4)


class IgnoredWords(Entry):
    """Words that say how a medicine is taken, not which medicine it is."""

    units: tuple[str, ...]
    forms: tuple[str, ...]
    routes: tuple[str, ...]
    frequencies: tuple[str, ...]
    release: tuple[str, ...] = Field(description="Also stripped from the end of names")
    salts: tuple[str, ...] = Field(description="Read as part of the name just before them")
    filler: tuple[str, ...]


class MatchingRules(Entry):
    min_lead_edits: int = Field(ge=1, le=4)
    max_phrase_words: int = Field(ge=1, le=6)
    sources: tuple[str, ...] = Field(min_length=1)
    edits: tuple[EditAllowance, ...] = Field(min_length=1)
    ignore: IgnoredWords

    @field_validator("edits")
    @classmethod
    def _increasing(cls, value: tuple[EditAllowance, ...]) -> tuple[EditAllowance, ...]:
        lengths = [e.min_length for e in value]
        edits = [e.max_edits for e in value]
        if lengths != sorted(set(lengths)) or edits != sorted(edits):
            raise ValueError("steps must have increasing min_length and non-decreasing max_edits")
        return value

    def allowed_edits(self, length: int) -> int:
        """Edits allowed when the shorter of two names has this many characters."""
        allowed = 0
        for step in self.edits:
            if length >= step.min_length:
                allowed = step.max_edits
        return allowed


class EscalationRules(Entry):
    from_age_years: float = Field(ge=18, le=120)
    crcl_below_ml_min: float = Field(gt=0, le=150)
    trigger_classes: tuple[str, ...] = Field(min_length=1)
    opioid_reason: str
    age_reason: str
    kidney_reason: str
    dialysis_reason: str
    sources: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _templates(self) -> EscalationRules:
        check_template(self.opioid_reason, {"drugs"}, "opioid_reason")
        check_template(self.age_reason, {"age", "threshold"}, "age_reason")
        check_template(self.kidney_reason, {"value", "threshold"}, "kidney_reason")
        check_template(self.dialysis_reason, set(), "dialysis_reason")
        return self


class MedicationAlertRule(Entry):
    """An alert template of the medication check."""

    code: str = Field(pattern=r"^[a-z0-9_.-]+$")
    severity: Severity
    message: str = Field(min_length=1)
    sources: tuple[str, ...] = ()


class BurdenRules(Entry):
    min_cns_depressants: int = Field(ge=2, le=10)
    count_planned_baclofen: bool
    sources: tuple[str, ...] = Field(min_length=1)
    alert: MedicationAlertRule

    @model_validator(mode="after")
    def _template(self) -> BurdenRules:
        check_template(self.alert.message, {"count", "names"}, "alert.message")
        return self


ALERT_FIELDS: dict[str, set[str]] = {
    "duplicate": {"lines"},
    "duplicate_replaced": {"lines"},
    "already_on_baclofen": {"lines"},
    "already_on_baclofen_dose": {"lines", "mg"},
    "intrathecal": {"lines"},
    "unrecognized": {"lines"},
    "ambiguous": {"items"},
    "close": {"items"},
    "partial": {"items"},
    "no_interactions": {"count"},
    "none_listed": set(),
}


class MedicationAlerts(Entry):
    duplicate: MedicationAlertRule = Field(description="No current dose entered")
    duplicate_replaced: MedicationAlertRule = Field(description="A current dose was entered")
    already_on_baclofen: MedicationAlertRule
    already_on_baclofen_dose: MedicationAlertRule = Field(description="The lines give the dose")
    intrathecal: MedicationAlertRule
    unrecognized: MedicationAlertRule
    ambiguous: MedicationAlertRule
    close: MedicationAlertRule
    partial: MedicationAlertRule
    no_interactions: MedicationAlertRule
    none_listed: MedicationAlertRule

    @model_validator(mode="after")
    def _templates(self) -> MedicationAlerts:
        for name, allowed in ALERT_FIELDS.items():
            rule: MedicationAlertRule = getattr(self, name)
            check_template(rule.message, allowed, f"{name}.message")
            if not rule.sources:
                raise ValueError(f"{name}: needs sources")
        return self


WORDING_FIELDS: dict[str, set[str]] = {
    "close": {"name", "typed"},
    "could_be": {"typed", "candidates"},
    "not_in_dictionary": set(),
    "no_name": set(),
    "not_understood": {"words"},
    "ingredient_note": {"ingredient", "note"},
    "class_note": {"ingredient", "label", "note"},
    "pump": set(),
    "dose_read": {"mg"},
    "quoted_line": {"line"},
    "ambiguous_item": {"line", "candidates"},
    "close_item": {"line", "name"},
    "partial_item": {"line", "words"},
}


class MedicationWording(Entry):
    """Sentences of a line's note and the items of the alerts, with named placeholders."""

    close: str
    could_be: str
    not_in_dictionary: str
    no_name: str
    not_understood: str
    ingredient_note: str
    class_note: str
    pump: str
    dose_read: str
    quoted_line: str
    ambiguous_item: str
    close_item: str
    partial_item: str
    alternatives: str = Field(min_length=1, description="Joins the medicines a line could be")

    @model_validator(mode="after")
    def _templates(self) -> MedicationWording:
        for name, allowed in WORDING_FIELDS.items():
            check_template(getattr(self, name), allowed, f"wording.{name}")
        return self


class InteractionClass(Entry):
    """An interaction class (or a recognised class with no interaction)."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    label: str = Field(min_length=1)
    interacts: bool
    severity: InteractionSeverity | None = None
    effect: str = ""
    advice: str = ""
    note: str | None = None
    cns_depressant: bool = False
    escalate_on: tuple[Trigger, ...] = ()
    duplicate: bool = False
    atc: tuple[str, ...] = Field((), description="ATC groups or codes the class takes")
    not_atc: tuple[str, ...] = Field((), description="ATC groups or codes it leaves out")
    ingredients: tuple[str, ...] = Field((), description="Ingredients it takes by name")
    sources: tuple[str, ...] = Field(min_length=1)

    @field_validator("atc", "not_atc")
    @classmethod
    def _prefixes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        wrong = [p for p in value if ATC_PREFIX.fullmatch(p) is None]
        if wrong:
            raise ValueError(f"not an ATC group or code: {', '.join(wrong)}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> InteractionClass:
        if not self.atc and not self.ingredients:
            raise ValueError("a class needs atc prefixes or ingredients (or both)")
        if self.interacts:
            if self.severity is None or not self.advice or not self.effect:
                raise ValueError("an interacting class needs severity, effect and advice")
            if self.duplicate:
                raise ValueError("the duplicate-therapy class cannot also interact")
        else:
            if self.severity is not None or self.escalate_on or self.cns_depressant:
                raise ValueError(
                    "a class with interacts = false has no severity, escalation or CNS flag"
                )
            if not self.note:
                raise ValueError("a class with interacts = false needs a note")
        return self


class BaclofenLineRules(Entry):
    """How a line naming baclofen is read beyond its name (clinical policy P8 v2).

    Phrases are written as typed and folded like typed text. A line is an intrathecal
    pump when it has a `pump_names` phrase; or names baclofen with a `with_baclofen`
    word; or has a `route_words` word and names no other medicine. The daily dose is
    read only from one strength in `units` and one `doses_per_day` phrase, with no other
    number in the line and no `as_needed` phrase.
    """

    pump_names: tuple[str, ...] = Field(min_length=1)
    with_baclofen: tuple[str, ...] = Field(min_length=1)
    route_words: tuple[str, ...] = Field(min_length=1)
    units: tuple[str, ...] = Field(min_length=1)
    doses_per_day: dict[str, Annotated[int, Ge(1), Le(MAX_DOSES_READ)]] = Field(min_length=1)
    as_needed: tuple[str, ...] = ()
    sources: tuple[str, ...] = Field(min_length=1)


class InteractionsFile(Entry):
    matching: MatchingRules
    baclofen_lines: BaclofenLineRules
    escalation: EscalationRules
    burden: BurdenRules
    alerts: MedicationAlerts
    wording: MedicationWording
    classes: tuple[InteractionClass, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _cross_checks(self) -> InteractionsFile:
        ids = [c.id for c in self.classes]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"class ids used twice: {', '.join(twice)}")
        unknown = sorted(set(self.escalation.trigger_classes) - set(ids))
        if unknown:
            raise ValueError(f"escalation.trigger_classes: unknown class(es) {', '.join(unknown)}")
        if not any(c.duplicate for c in self.classes):
            raise ValueError("no class is marked duplicate = true (baclofen itself)")
        return self


# --- drugs/*.toml -------------------------------------------------------------------------


def _split(text: str, separator: str) -> list[str]:
    return [part.strip() for part in text.split(separator) if part.strip()]


def ingredient_line(value: object) -> object:
    """'ATC[, ATC]: name; name' -> {atc, names} ('-' for no code); a table is left as it is."""
    if not isinstance(value, str):
        return value
    head, _, tail = value.partition(":")
    codes = [] if head.strip() == NO_CODE else _split(head, ",")
    return {"atc": codes, "names": _split(tail, ";")}


def product_line(value: object) -> object:
    """'ingredient + ingredient' -> [ingredient, ingredient]; a list is left as it is."""
    return _split(value, "+") if isinstance(value, str) else value


class IngredientSpec(Entry):
    """One ingredient: its ATC code(s) and its other names (brands, salt forms, spellings).

    Written either as a line, `name = "ATC[, ATC]: other name; other name"` ("-" for no
    code), or as a table when it needs a note, lay names or its own sources.
    """

    atc: tuple[str, ...] = Field(description="WHO ATC code(s); empty: classes take it by name")
    names: tuple[str, ...] = ()
    lone_names: tuple[str, ...] = Field(
        (), description='Lay names that count only with no other medicine named ("gummies")'
    )
    note: str | None = None
    sources: tuple[str, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _from_line(cls, value: object) -> object:
        return ingredient_line(value)

    @field_validator("atc")
    @classmethod
    def _codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        wrong = [c for c in value if ATC_CODE.fullmatch(c) is None]
        if wrong:
            raise ValueError(f"not a complete ATC code (e.g. N02AA05): {', '.join(wrong)}")
        return value


class DrugFile(Entry):
    """One file of the dictionary."""

    sources: tuple[str, ...] = Field(min_length=1)
    ingredients: dict[str, IngredientSpec] = Field(default_factory=dict)
    products: dict[
        str, Annotated[tuple[str, ...], BeforeValidator(product_line), Field(min_length=1)]
    ] = Field(default_factory=dict, description="Product name -> every ingredient")
