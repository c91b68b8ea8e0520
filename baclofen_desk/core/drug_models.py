"""Typed models of interactions.toml and of the drug dictionary files in drugs/.

interactions.toml holds the interaction classes, the matching and escalation
rules and the alert templates; each file in drugs/ maps names (generic, brand,
salt form, combination product) to ingredients and ingredients to classes.
"""

from __future__ import annotations

import string
from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, field_validator, model_validator

from baclofen_desk.core.kb_io import Entry
from baclofen_desk.core.models import InteractionSeverity, Severity

Trigger = Literal["opioid", "age", "kidney"]


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
    "unrecognized": {"lines"},
    "ambiguous": {"items"},
    "close": {"items"},
    "partial": {"items"},
    "no_interactions": {"count"},
    "none_listed": set(),
}


class MedicationAlerts(Entry):
    duplicate: MedicationAlertRule
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
    sources: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> InteractionClass:
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


class InteractionsFile(Entry):
    matching: MatchingRules
    escalation: EscalationRules
    burden: BurdenRules
    alerts: MedicationAlerts
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
    """'class[, class]: name; name' -> {classes, names}; a table is left as it is."""
    if not isinstance(value, str):
        return value
    head, _, tail = value.partition(":")
    return {"classes": _split(head, ","), "names": _split(tail, ";")}


def product_line(value: object) -> object:
    """'ingredient + ingredient' -> [ingredient, ingredient]; a list is left as it is."""
    return _split(value, "+") if isinstance(value, str) else value


class IngredientSpec(Entry):
    """One ingredient: its classes and its other names (brands, salt forms, spellings).

    Written either as a line, `name = "class[, class]: other name; other name"`, or as
    a table when it needs a note or its own sources.
    """

    classes: tuple[str, ...] = Field(min_length=1)
    names: tuple[str, ...] = ()
    note: str | None = None
    sources: tuple[str, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _from_line(cls, value: object) -> object:
        return ingredient_line(value)


class DrugFile(Entry):
    """One file of the dictionary."""

    sources: tuple[str, ...] = Field(min_length=1)
    ingredients: dict[str, IngredientSpec] = Field(default_factory=dict)
    products: dict[
        str, Annotated[tuple[str, ...], BeforeValidator(product_line), Field(min_length=1)]
    ] = Field(default_factory=dict, description="Product name -> every ingredient")
