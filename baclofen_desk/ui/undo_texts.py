"""What an edit of the plan is called in Edit → Undo ("Undo Change age"), and which edits merge.

An edit is named after what it changed, in the form's own field labels
(`field_labels`), so each name is defined once: "Change age", "Tick Dialysis",
"Tick Epilepsy or seizures", "Add medication", "Edit schedule", "Record visit",
"Override alert". Changes typed into one field (an age, a medication line) carry
a merge key, so that the keystrokes typed there in a row are one edit, as in a
text editor; a tick, a mode, a table edit, a visit or an override never merge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from baclofen_desk.storage import HandoutChoices
from baclofen_desk.ui.field_labels import field_label
from baclofen_desk.ui.knowledge_texts import label

if TYPE_CHECKING:
    from collections.abc import Mapping

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Override
    from baclofen_desk.ui.document import PlanContent
    from baclofen_desk.ui.request_draft import Draft

# Fields whose every change is an edit of its own, even in a row (choices, not typing).
DISCRETE = frozenset({"conditions", "mode", "schedule", "history"})


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Change:
    """An edit's name, the field it typed into (None: it merges with nothing), and the form
    field it changed (None: several, or none of the form's)."""

    text: str
    merge_key: str | None = None
    field: str | None = None


def in_sentence(text: str) -> str:
    """A label inside a sentence: "Age" -> "age"; a first word written with capitals inside
    ("CrCl measured") keeps them."""
    first = text.split(" ", 1)[0]
    return text if first[1:] != first[1:].lower() else text[:1].lower() + text[1:]


def _differing(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    return [name for name in {**before, **after} if before.get(name) != after.get(name)]


def _of_overrides(before: tuple[Override, ...], after: tuple[Override, ...]) -> Change:
    """An override of a critical alert, or an acknowledgement of a warning or interaction."""
    fewer = len(after) < len(before)
    changed = next(iter(set(before) ^ set(after)))  # the one given, taken back or replaced
    if changed.acknowledged_severity in ("warning", "major"):
        return Change(_tr("Withdraw acknowledgement") if fewer else _tr("Acknowledge finding"))
    return Change(_tr("Withdraw override") if fewer else _tr("Override alert"))


class ChangeNames:
    """Names the change between two contents of the document."""

    def __init__(self, knowledge: Knowledge) -> None:
        self._conditions = knowledge.conditions

    def of(self, before: PlanContent, after: PlanContent) -> Change:
        #: The name of an edit, shown in Edit → Undo ("Undo %1")
        if before.overrides != after.overrides:
            return _of_overrides(before.overrides, after.overrides)
        if before.handout != after.handout:
            return self._of_handout(before.handout, after.handout)
        if before.draft is None or after.draft is None:
            return Change(_tr("Edit plan"))
        return self._of_draft(before.draft, after.draft)

    def _of_handout(self, before: HandoutChoices, after: HandoutChoices) -> Change:
        fields = [f for f in HandoutChoices.model_fields if getattr(before, f) != getattr(after, f)]
        if len(fields) != 1:
            return Change(_tr("Edit plan"))
        name = fields[0]
        return self._of_field("handout", name, getattr(before, name), getattr(after, name))

    def _of_draft(self, before: Draft, after: Draft) -> Change:
        patient = _differing(before.patient, after.patient)
        plan = _differing(before.plan, after.plan)
        medications = before.medications != after.medications
        for field, text in (
            ("history", _tr("Record visit")),  # a visit also moves the start, dose, mode
            ("mode", _tr("Change mode")),  # a taper also leaves the target to the rules
            ("schedule", _tr("Edit schedule")),
        ):
            if field in plan:
                return Change(text, field=field)
        if medications and not patient and not plan:
            return _of_medications(before.medications, after.medications)
        if len(patient) + len(plan) != 1 or medications:
            return Change(_tr("Edit plan"))
        if patient:
            name = patient[0]
            return self._of_field(
                "patient", name, before.patient.get(name), after.patient.get(name)
            )
        name = plan[0]
        return self._of_field("plan", name, before.plan.get(name), after.plan.get(name))

    def _of_field(self, section: str, name: str, before: Any, after: Any) -> Change:
        if name == "conditions":
            return Change(self._conditions_text(before or (), after or ()), field=name)
        if isinstance(after, bool):
            text = _tr("Tick %1") if after else _tr("Untick %1")
            return Change(text.replace("%1", field_label(name)), field=name)
        text = _tr("Change %1").replace("%1", in_sentence(field_label(name)))
        return Change(text, None if name in DISCRETE else f"{section}.{name}", name)

    def _conditions_text(self, before: tuple[str, ...], after: tuple[str, ...]) -> str:
        ticked = set(after) - set(before)
        cleared = set(before) - set(after)
        if len(ticked) + len(cleared) != 1:
            return _tr("Change %1").replace("%1", in_sentence(field_label("conditions")))
        condition = next(iter(ticked or cleared))
        known = self._conditions.get(condition)
        name = label(f"condition.{condition}.label", known.label) if known else condition
        return (_tr("Tick %1") if ticked else _tr("Untick %1")).replace("%1", name)


def _of_medications(before: tuple[str, ...], after: tuple[str, ...]) -> Change:
    """A line added, changed or removed; typing on in the same line merges into it."""
    line = next(
        (i for i, (old, new) in enumerate(zip(before, after, strict=False)) if old != new),
        min(len(before), len(after)),
    )
    key, field = f"medications.{line}", "medications"
    if len(after) > len(before):
        return Change(_tr("Add medication"), key, field)
    if len(after) < len(before):
        return Change(_tr("Remove medication"), key, field)
    if sum(old != new for old, new in zip(before, after, strict=True)) == 1:
        return Change(_tr("Change medication"), key, field)
    text = _tr("Change %1").replace("%1", in_sentence(field_label("medications")))
    return Change(text, field=field)
