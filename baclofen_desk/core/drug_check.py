"""The medication check: line statuses, interactions with escalation, and the alerts.

Rules (clinical policy P8, interactions.toml): each ingredient's interacting
classes give one interaction per line; sedative classes go one tier up when an
opioid is also listed, the patient is old enough or kidney function is low
(dialysis counts as low); oral baclofen itself is duplicate therapy, and a
titration that would restart it at the starting dose is an abrupt reduction; an
intrathecal baclofen pump is never a duplicate and has its own alert; enough CNS
depressants together give one sedative-burden alert. Lines that are not
understood, or could be more than one medicine, are never checked silently:
they are listed and the check is not complete.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from baclofen_desk.core.drug_matching import Reading
from baclofen_desk.core.drug_results import MedicationCheck
from baclofen_desk.core.models import (
    INTERACTION_SEVERITY_ORDER,
    Alert,
    Interaction,
    InteractionSeverity,
    MedicationMatch,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from baclofen_desk.core.drug_dictionary import DrugKnowledge
    from baclofen_desk.core.drug_matching import NameIndex
    from baclofen_desk.core.drug_models import InteractionClass, MedicationAlertRule
    from baclofen_desk.core.drug_results import MedicationContext

Status = Literal["matched", "close", "ambiguous", "unrecognized", "duplicate", "intrathecal"]
RECOGNISED: frozenset[str] = frozenset({"matched", "close", "duplicate", "intrathecal"})
TIERS: tuple[InteractionSeverity, ...] = ("minor", "moderate", "major")

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Line:
    text: str
    reading: Reading
    ingredients: tuple[str, ...]
    status: Status
    daily_mg: float | None = None


def number(value: float) -> str:
    """65.0 -> '65', 42.57 -> '42.6'."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _read(index: NameIndex, text: str) -> Reading:
    try:
        return index.read(text)
    except Exception:  # a line that cannot be read is listed as unrecognised, never dropped
        _log.exception("A medication line could not be read; it is listed as unrecognised")
        return Reading(unknown=(text,))


class _Check:
    def __init__(
        self,
        knowledge: DrugKnowledge,
        context: MedicationContext,
        cite: Callable[[tuple[str, ...]], str],
    ) -> None:
        self.knowledge = knowledge
        self.classes = knowledge.classes
        self.ingredients = knowledge.ingredients()
        self.escalation = knowledge.escalation
        self.rules = knowledge.alerts
        self.wording = knowledge.wording
        self.context = context
        self.cite = cite
        self.alerts: list[Alert] = []

    def classes_of(self, ingredient: str) -> list[InteractionClass]:
        item = self.ingredients.get(ingredient)
        return [] if item is None else [self.classes[c] for c in item.classes]

    def is_duplicate(self, ingredient: str) -> bool:
        return any(c.duplicate for c in self.classes_of(ingredient))

    def quoted(self, text: str) -> str:
        return self.wording.quoted_line.format(line=text.strip())

    def line(self, text: str, reading: Reading) -> _Line:
        reading = _without_lone_names(reading)
        ingredients = tuple(
            dict.fromkeys(i for part in reading.parts for i in part.entry.ingredients)
        )
        baclofen = [i for i in ingredients if self.is_duplicate(i)]
        lines = self.knowledge.baclofen_lines()
        if lines.is_pump(text, bool(baclofen), len(ingredients) > len(baclofen)):
            named = ingredients if baclofen else self.knowledge.duplicate_ingredients()[:1]
            return _Line(text, reading, tuple(dict.fromkeys((*named, *ingredients))), "intrathecal")
        status: Status
        if not reading.parts and not reading.ambiguous:
            status = "unrecognized"
        elif reading.ambiguous:
            status = "ambiguous"
        elif baclofen:
            status = "duplicate"
        elif any(part.close for part in reading.parts):
            status = "close"
        else:
            status = "matched"
        dose = lines.daily_mg(text) if status == "duplicate" and len(ingredients) == 1 else None
        return _Line(text, reading, ingredients, status, dose)

    def match(self, line: _Line, offered: float | None) -> MedicationMatch:
        reading = line.reading
        names = tuple(dict.fromkeys(part.entry.name for part in reading.parts))
        return MedicationMatch(
            input=line.text,
            status=line.status,
            matched_name=" + ".join(names) or None,
            ingredients=line.ingredients,
            candidates=tuple(dict.fromkeys(c for amb in reading.ambiguous for c in amb.candidates)),
            note=" ".join(self.notes(line)) or None,
            daily_mg=line.daily_mg,
            offered_current_mg=offered,
        )

    def notes(self, line: _Line) -> list[str]:
        """The sentences that say how a line was read."""
        w, reading = self.wording, line.reading
        notes = [w.close.format(name=p.entry.name, typed=p.typed) for p in reading.parts if p.close]
        notes += [
            w.could_be.format(typed=amb.typed, candidates=w.alternatives.join(amb.candidates))
            for amb in reading.ambiguous
        ]
        if line.status == "intrathecal":
            notes.append(w.pump)
        if line.status == "unrecognized":
            notes.append(w.not_in_dictionary if reading.unknown else w.no_name)
        elif reading.unknown:
            notes.append(w.not_understood.format(words=" ".join(reading.unknown)))
        if line.daily_mg is not None:
            notes.append(w.dose_read.format(mg=number(line.daily_mg)))
        for ingredient in line.ingredients:
            item = self.ingredients.get(ingredient)
            if item is not None and item.note:
                notes.append(w.ingredient_note.format(ingredient=ingredient, note=item.note))
                continue
            notes += [
                w.class_note.format(ingredient=ingredient, label=klass.label, note=klass.note)
                for klass in self.classes_of(ingredient)
                if not klass.interacts and klass.note and not klass.duplicate
            ]
        return notes

    def triggers(self, lines: list[_Line]) -> tuple[list[str], str | None, str | None]:
        rules, context = self.escalation, self.context
        opioids = [
            i
            for i in dict.fromkeys(i for line in lines for i in line.ingredients)
            if any(c.id in rules.trigger_classes for c in self.classes_of(i))
        ]
        age_reason = None
        if context.age_years >= rules.from_age_years:
            age_reason = rules.age_reason.format(
                age=number(context.age_years), threshold=number(rules.from_age_years)
            )
        kidney_reason = None
        gfr = context.crcl_ml_min
        if context.dialysis:
            kidney_reason = rules.dialysis_reason
        elif gfr is not None and gfr < rules.crcl_below_ml_min:
            kidney_reason = rules.kidney_reason.format(
                value=number(gfr), threshold=number(rules.crcl_below_ml_min)
            )
        return opioids, age_reason, kidney_reason

    def interactions(self, lines: list[_Line]) -> tuple[Interaction, ...]:
        opioids, age_reason, kidney_reason = self.triggers(lines)
        found: list[Interaction] = []
        for line in lines:
            for ingredient in line.ingredients:
                for klass in self.classes_of(ingredient):
                    severity = klass.severity
                    if not klass.interacts or severity is None:
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
                    found.append(self.interaction(line, ingredient, klass, severity, reasons))
        found.sort(key=lambda i: -INTERACTION_SEVERITY_ORDER[i.severity])
        return tuple(found)

    def interaction(
        self,
        line: _Line,
        ingredient: str,
        klass: InteractionClass,
        severity: InteractionSeverity,
        reasons: list[str],
    ) -> Interaction:
        tier = TIERS.index(severity)
        raised = bool(reasons) and tier < len(TIERS) - 1
        keys = klass.sources
        if raised:
            keys = tuple(dict.fromkeys(keys + self.escalation.sources))
        return Interaction(
            input=line.text,
            drug=ingredient,
            drug_class=klass.id,
            class_label=klass.label,
            severity=TIERS[tier + 1] if raised else severity,
            effect=klass.effect,
            advice=klass.advice,
            source=self.cite(keys),
            escalated_because="; ".join(reasons) if raised else None,
        )

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
        burden = self.knowledge.burden
        depressants = [
            i
            for i in dict.fromkeys(i for line in lines for i in line.ingredients)
            if not self.is_duplicate(i) and any(c.cns_depressant for c in self.classes_of(i))
        ]
        count = len(depressants) + (1 if burden.count_planned_baclofen else 0)
        if depressants and count >= burden.min_cns_depressants:
            self.alert(burden.alert, burden.sources, count=count, names=", ".join(depressants))

    def baclofen_alerts(self, lines: list[_Line]) -> None:
        """Intrathecal pumps; oral baclofen listed again, and restarted from the start."""
        rules = self.rules
        pumps = [self.quoted(line.text) for line in lines if line.status == "intrathecal"]
        if pumps:
            self.alert(rules.intrathecal, (), lines=", ".join(pumps))
        oral = [line for line in lines if line.status == "duplicate"]
        if not oral:
            return
        listed = ", ".join(self.quoted(line.text) for line in oral)
        if self.context.current_daily_mg is None:
            self.alert(rules.duplicate, (), lines=listed)
        else:
            self.alert(rules.duplicate_replaced, (), lines=listed)
        if self.context.restarts_from_start:
            total = _total_mg(oral)
            if total is None:
                self.alert(rules.already_on_baclofen, (), lines=listed)
            else:
                self.alert(rules.already_on_baclofen_dose, (), lines=listed, mg=number(total))

    def line_alerts(self, lines: list[_Line], interactions: tuple[Interaction, ...]) -> None:
        rules, w = self.rules, self.wording
        self.baclofen_alerts(lines)
        unknown = [self.quoted(line.text) for line in lines if line.status == "unrecognized"]
        if unknown:
            self.alert(rules.unrecognized, (), lines=", ".join(unknown))
        ambiguous = [
            w.ambiguous_item.format(
                line=line.text.strip(), candidates=w.alternatives.join(amb.candidates)
            )
            for line in lines
            for amb in line.reading.ambiguous
        ]
        if ambiguous:
            self.alert(rules.ambiguous, (), items="; ".join(ambiguous))
        close = [
            w.close_item.format(line=line.text.strip(), name=part.entry.name)
            for line in lines
            for part in line.reading.parts
            if part.close
        ]
        if close:
            self.alert(rules.close, (), items="; ".join(close))
        partial = [
            w.partial_item.format(line=line.text.strip(), words=" ".join(line.reading.unknown))
            for line in lines
            if line.status != "unrecognized" and line.reading.unknown
        ]
        if partial:
            self.alert(rules.partial, (), items="; ".join(partial))
        if not lines:
            self.alert(rules.none_listed, ())
        elif (
            not interactions
            and not partial
            and all(line.status in RECOGNISED - {"duplicate", "intrathecal"} for line in lines)
        ):
            self.alert(rules.no_interactions, (), count=len(lines))

    def offered_current(self, lines: list[_Line]) -> float | None:
        """The current dose every oral baclofen line together gives, unless it was entered."""
        total = _total_mg([line for line in lines if line.status == "duplicate"])
        return None if total == self.context.current_daily_mg else total


def _total_mg(oral: list[_Line]) -> float | None:
    """The mg/day of all these lines together, when every one gives its dose."""
    doses = [line.daily_mg for line in oral]
    if not doses or any(d is None for d in doses):
        return None
    return sum(d for d in doses if d is not None)


def _without_lone_names(reading: Reading) -> Reading:
    """Lay names that count only alone ("gummies") are dropped next to another medicine."""
    if all(part.entry.alone for part in reading.parts):
        return reading
    parts = tuple(part for part in reading.parts if not part.entry.alone)
    return Reading(parts, reading.ambiguous, reading.unknown)


def run_check(
    lines: Sequence[str],
    knowledge: DrugKnowledge,
    context: MedicationContext,
    cite: Callable[[tuple[str, ...]], str],
) -> MedicationCheck:
    """Check every line against the loaded dictionary (see the module notes)."""
    check = _Check(knowledge, context, cite)
    index = knowledge.index()
    read = [check.line(text, _read(index, text)) for text in lines]
    interactions = check.interactions(read)
    check.sedative_burden(read)
    check.line_alerts(read, interactions)
    offered = check.offered_current(read)
    first_oral = next((line for line in read if line.status == "duplicate"), None)
    return MedicationCheck(
        matches=tuple(check.match(line, offered if line is first_oral else None) for line in read),
        interactions=interactions,
        alerts=tuple(check.alerts),
        unrecognized=tuple(line.text for line in read if line.status not in RECOGNISED),
        complete=all(line.status in RECOGNISED for line in read),
    )
