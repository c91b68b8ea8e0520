"""The medication check: line statuses, interactions with escalation, and the alerts.

Rules (clinical policy P8, interactions.toml): each ingredient's interacting
classes give one interaction per line; sedative classes go one tier up when an
opioid is also listed, the patient is old enough or kidney function is low
(dialysis counts as low); baclofen itself is duplicate therapy; enough CNS
depressants together give one sedative-burden alert. Lines that are not
understood, or could be more than one medicine, are never checked silently:
they are listed and the check is not complete.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from baclofen_desk.core.drug_matching import Reading
from baclofen_desk.core.models import (
    INTERACTION_SEVERITY_ORDER,
    Alert,
    Interaction,
    InteractionSeverity,
    MedicationMatch,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from baclofen_desk.core.drug_matching import NameIndex
    from baclofen_desk.core.drug_models import (
        BurdenRules,
        EscalationRules,
        IngredientSpec,
        InteractionClass,
        MedicationAlertRule,
        MedicationAlerts,
    )

Status = Literal["matched", "close", "ambiguous", "unrecognized", "duplicate"]
RECOGNISED: frozenset[str] = frozenset({"matched", "close", "duplicate"})
TIERS: tuple[InteractionSeverity, ...] = ("minor", "moderate", "major")


@dataclass(frozen=True)
class CheckResult:
    matches: tuple[MedicationMatch, ...]
    interactions: tuple[Interaction, ...]
    alerts: tuple[Alert, ...]
    unrecognized: tuple[str, ...]
    complete: bool


@dataclass(frozen=True)
class _Line:
    text: str
    reading: Reading
    ingredients: tuple[str, ...]
    status: Status


def number(value: float) -> str:
    """65.0 -> '65', 42.57 -> '42.6'."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def quoted(text: str) -> str:
    return f'"{text.strip()}"'


def _read(index: NameIndex, text: str) -> Reading:
    try:
        return index.read(text)
    except Exception:  # a line that cannot be read is listed as unrecognised, never dropped
        return Reading(unknown=(text,))


class _Check:
    def __init__(
        self,
        *,
        classes: dict[str, InteractionClass],
        ingredients: dict[str, IngredientSpec],
        escalation: EscalationRules,
        burden: BurdenRules,
        alerts: MedicationAlerts,
        cite: Callable[[tuple[str, ...]], str],
    ) -> None:
        self.classes = classes
        self.ingredients = ingredients
        self.escalation = escalation
        self.burden = burden
        self.rules = alerts
        self.cite = cite
        self.alerts: list[Alert] = []

    def classes_of(self, ingredient: str) -> list[InteractionClass]:
        item = self.ingredients.get(ingredient)
        return [] if item is None else [self.classes[c] for c in item.classes]

    def is_duplicate(self, ingredient: str) -> bool:
        return any(c.duplicate for c in self.classes_of(ingredient))

    def line(self, text: str, reading: Reading) -> _Line:
        ingredients = tuple(
            dict.fromkeys(i for part in reading.parts for i in part.entry.ingredients)
        )
        status: Status
        if not reading.parts and not reading.ambiguous:
            status = "unrecognized"
        elif reading.ambiguous:
            status = "ambiguous"
        elif any(self.is_duplicate(i) for i in ingredients):
            status = "duplicate"
        elif any(part.close for part in reading.parts):
            status = "close"
        else:
            status = "matched"
        return _Line(text, reading, ingredients, status)

    def match(self, line: _Line) -> MedicationMatch:
        reading = line.reading
        names = tuple(dict.fromkeys(part.entry.name for part in reading.parts))
        notes: list[str] = [
            f'Read as {part.entry.name} (close spelling of "{part.typed}").'
            for part in reading.parts
            if part.close
        ]
        notes += [
            f'"{amb.typed}" could be {" or ".join(amb.candidates)}.' for amb in reading.ambiguous
        ]
        if line.status == "unrecognized":
            notes.append(
                "Not in the drug dictionary." if reading.unknown else "No medicine name found."
            )
        elif reading.unknown:
            notes.append(f"Not understood: {' '.join(reading.unknown)}.")
        for ingredient in line.ingredients:
            item = self.ingredients.get(ingredient)
            if item is not None and item.note:
                notes.append(f"{ingredient}: {item.note}")
                continue
            notes += [
                f"{ingredient}: {klass.label}. {klass.note}"
                for klass in self.classes_of(ingredient)
                if not klass.interacts and klass.note
            ]
        return MedicationMatch(
            input=line.text,
            status=line.status,
            matched_name=" + ".join(names) or None,
            ingredients=line.ingredients,
            candidates=tuple(dict.fromkeys(c for amb in reading.ambiguous for c in amb.candidates)),
            note=" ".join(notes) or None,
        )

    def triggers(
        self, lines: list[_Line], context: tuple[float, float | None, bool]
    ) -> tuple[list[str], str | None, str | None]:
        age, gfr, dialysis = context
        rules = self.escalation
        opioids = [
            i
            for i in dict.fromkeys(i for line in lines for i in line.ingredients)
            if any(c.id in rules.trigger_classes for c in self.classes_of(i))
        ]
        age_reason = None
        if age >= rules.from_age_years:
            age_reason = rules.age_reason.format(
                age=number(age), threshold=number(rules.from_age_years)
            )
        kidney_reason = None
        if dialysis:
            kidney_reason = rules.dialysis_reason
        elif gfr is not None and gfr < rules.crcl_below_ml_min:
            kidney_reason = rules.kidney_reason.format(
                value=number(gfr), threshold=number(rules.crcl_below_ml_min)
            )
        return opioids, age_reason, kidney_reason

    def interactions(
        self, lines: list[_Line], context: tuple[float, float | None, bool]
    ) -> tuple[Interaction, ...]:
        opioids, age_reason, kidney_reason = self.triggers(lines, context)
        found: list[Interaction] = []
        for line in lines:
            for ingredient in line.ingredients:
                for klass in self.classes_of(ingredient):
                    if not klass.interacts or klass.severity is None:
                        continue
                    reasons: list[str] = []
                    others = [o for o in opioids if o != ingredient]
                    if "opioid" in klass.escalate_on and others:
                        reasons.append(
                            self.escalation.opioid_reason.format(drugs=", ".join(others))
                        )
                    if "age" in klass.escalate_on and age_reason:
                        reasons.append(age_reason)
                    if "kidney" in klass.escalate_on and kidney_reason:
                        reasons.append(kidney_reason)
                    tier = TIERS.index(klass.severity)
                    raised = bool(reasons) and tier < len(TIERS) - 1
                    keys = klass.sources
                    if raised:
                        keys = tuple(dict.fromkeys(keys + self.escalation.sources))
                    found.append(
                        Interaction(
                            input=line.text,
                            drug=ingredient,
                            drug_class=klass.id,
                            class_label=klass.label,
                            severity=TIERS[tier + 1] if raised else klass.severity,
                            effect=klass.effect,
                            advice=klass.advice,
                            source=self.cite(keys),
                            escalated_because="; ".join(reasons) if raised else None,
                        )
                    )
        found.sort(key=lambda i: -INTERACTION_SEVERITY_ORDER[i.severity])
        return tuple(found)

    def alert(self, rule: MedicationAlertRule, sources: tuple[str, ...], **fields: object) -> None:
        keys = rule.sources or sources
        self.alerts.append(
            Alert(
                code=rule.code,
                severity=rule.severity,
                message=rule.message.format(**fields),
                source=self.cite(keys),
                source_keys=keys,
            )
        )

    def sedative_burden(self, lines: list[_Line]) -> None:
        depressants = [
            i
            for i in dict.fromkeys(i for line in lines for i in line.ingredients)
            if not self.is_duplicate(i) and any(c.cns_depressant for c in self.classes_of(i))
        ]
        count = len(depressants) + (1 if self.burden.count_planned_baclofen else 0)
        if depressants and count >= self.burden.min_cns_depressants:
            self.alert(
                self.burden.alert, self.burden.sources, count=count, names=", ".join(depressants)
            )

    def line_alerts(self, lines: list[_Line], interactions: tuple[Interaction, ...]) -> None:
        rules = self.rules
        duplicate = [quoted(line.text) for line in lines if line.status == "duplicate"]
        if duplicate:
            self.alert(rules.duplicate, (), lines=", ".join(duplicate))
        unknown = [quoted(line.text) for line in lines if line.status == "unrecognized"]
        if unknown:
            self.alert(rules.unrecognized, (), lines=", ".join(unknown))
        ambiguous = [
            f"{quoted(line.text)} ({' or '.join(amb.candidates)})"
            for line in lines
            for amb in line.reading.ambiguous
        ]
        if ambiguous:
            self.alert(rules.ambiguous, (), items="; ".join(ambiguous))
        close = [
            f"{quoted(line.text)} as {part.entry.name}"
            for line in lines
            for part in line.reading.parts
            if part.close
        ]
        if close:
            self.alert(rules.close, (), items="; ".join(close))
        partial = [
            f"{quoted(line.text)} ({' '.join(line.reading.unknown)})"
            for line in lines
            if line.status != "unrecognized" and line.reading.unknown
        ]
        if partial:
            self.alert(rules.partial, (), items="; ".join(partial))
        if not lines:
            self.alert(rules.none_listed, ())
        elif (
            not interactions
            and not duplicate
            and not partial
            and all(line.status in RECOGNISED for line in lines)
        ):
            self.alert(rules.no_interactions, (), count=len(lines))


def run_check(
    lines: Sequence[str],
    *,
    index: NameIndex,
    classes: dict[str, InteractionClass],
    ingredients: dict[str, IngredientSpec],
    escalation: EscalationRules,
    burden: BurdenRules,
    alerts: MedicationAlerts,
    context: tuple[float, float | None, bool],
    cite: Callable[[tuple[str, ...]], str],
) -> CheckResult:
    """Check every line against the loaded dictionary (see the module notes)."""
    check = _Check(
        classes=classes,
        ingredients=ingredients,
        escalation=escalation,
        burden=burden,
        alerts=alerts,
        cite=cite,
    )
    read = [check.line(text, _read(index, text)) for text in lines]
    interactions = check.interactions(read, context)
    check.sedative_burden(read)
    check.line_alerts(read, interactions)
    return CheckResult(
        matches=tuple(check.match(line) for line in read),
        interactions=interactions,
        alerts=tuple(check.alerts),
        unrecognized=tuple(line.text for line in read if line.status not in RECOGNISED),
        complete=all(line.status in RECOGNISED for line in read),
    )
