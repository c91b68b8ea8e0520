"""Edits of the schedule in the table, turned into the clinician's own schedule (policy P2a).

An edit is tried first: the request it would give is validated and planned, and
an edit the model or a hard guard rail refuses is not applied (the reason goes
back to the cell). An accepted edit goes into the Plan panel, which keeps the
schedule, so the form's draft holds it and the document re-plans as after any
other change. A soft limit the edit crosses shows as its alert; a critical one
asks for the override reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal

from baclofen_desk.core import schedule_edits as edits
from baclofen_desk.core.plan_state import needs_override
from baclofen_desk.core.planner import build_plan
from baclofen_desk.core.rule_choices import rule_choices
from baclofen_desk.ui.knowledge_texts import alert_message
from baclofen_desk.ui.request_draft import Draft, build_request
from baclofen_desk.ui.schedule_model import DAILY, DAYS
from baclofen_desk.ui.shaping_controls import REPLACED_BY_SCHEDULE
from baclofen_desk.ui.validation_texts import validation_message

if TYPE_CHECKING:
    from collections.abc import Callable

    from baclofen_desk.core.models import DoseStep, Plan
    from baclofen_desk.core.schedule_edits import Schedule
    from baclofen_desk.ui.document import PlanDocument
    from baclofen_desk.ui.editor import Editor


class ScheduleEditing(QObject):
    """Applies table edits, inserts, removals, holds and the reset to the rules' schedule."""

    #: Alert: critical, raised by the edit, not overridden; one after another while the edit
    #: stands (a slot that takes the edit back ends the questions).
    override_needed = Signal(object)
    #: What is about to change, in words ("Change step 2 dose"), just before the Plan panel
    #: takes the new schedule (for the undo command's text).
    applying = Signal(str)

    def __init__(
        self, document: PlanDocument, editor: Editor, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._editor = editor

    def plan(self) -> Plan | None:
        state = self._document.state
        return None if state.stale else state.plan

    def edit_cell(self, row: int, column: int, value: object) -> str | None:
        """The model's edit handler: a new daily dose or length of step `row`."""
        schedule = self._current()
        if schedule is None:
            return self.tr("there is no plan to edit")
        try:
            if column == DAILY:
                text = self.tr("Change step %1 dose").replace("%1", str(row + 1))
                return self.apply(edits.with_dose(schedule, row, _number(value)), text)
            if column == DAYS:
                text = self.tr("Change step %1 days").replace("%1", str(row + 1))
                return self.apply(edits.with_days(schedule, row, _days(value)), text)
        except (ValueError, ValidationError) as error:
            return _reason(error)
        return self.tr("this cell cannot be edited")

    def hold(self, row: int, more_days: int) -> str | None:
        text = self.tr("Hold step %1").replace("%1", str(row + 1))
        return self._edited(lambda schedule: edits.held(schedule, row, more_days), text)

    def hold_suggestion(self) -> int:
        """Days a hold or an inserted open step suggests: the rules' days per step."""
        plan = self.plan()
        choices = None if plan is None else rule_choices(plan, self._document.knowledge)
        return 1 if choices is None else choices.step_days

    def insert_after(self, row: int) -> str | None:
        days = self.hold_suggestion()
        text = self.tr("Insert step after step %1").replace("%1", str(row + 1))
        return self._edited(lambda schedule: edits.inserted_after(schedule, row, days), text)

    def remove(self, row: int) -> str | None:
        text = self.tr("Remove step %1").replace("%1", str(row + 1))
        return self._edited(lambda schedule: edits.removed(schedule, row), text)

    def reset(self) -> None:
        """Back to the rules' schedule with the choices the own schedule had replaced."""
        self.applying.emit(self.tr("Reset to the rules' schedule"))
        self._editor.plan.set_schedule(None)

    def _edited(self, change: Callable[[Schedule], Schedule], text: str) -> str | None:
        schedule = self._current()
        if schedule is None:
            return self.tr("there is no plan to edit")
        try:
            return self.apply(change(schedule), text)
        except (ValueError, ValidationError) as error:
            return _reason(error)

    def _current(self) -> Schedule | None:
        plan = self.plan()
        return None if plan is None or not plan.steps else edits.own_steps(plan.steps)

    def apply(self, schedule: Schedule, text: str) -> str | None:
        """Put `schedule` into the request unless it is refused (then say why)."""
        why = self._refusal(schedule)
        if why is not None:
            return why
        before = self._blocking()
        self.applying.emit(text)
        self._editor.plan.set_schedule(schedule)
        plan = self.plan()
        raised = [] if plan is None else [a for a in plan.alerts if needs_override(a)]
        for alert in raised:  # each asks in turn, while the edit stands (not taken back)
            if alert.code not in before and alert.code in self._blocking():
                self.override_needed.emit(alert)
        return None

    def _refusal(self, schedule: Schedule) -> str | None:
        editor = self._editor
        plan_values = {**editor.plan.values(), **dict.fromkeys(REPLACED_BY_SCHEDULE)}
        plan_values.update(slow_taper=False, schedule=schedule)
        draft = Draft(editor.patient.values(), plan_values, editor.medications.lines())
        result = build_request(draft, self._document.overrides)
        if result.request is None:
            message = result.errors.get("schedule") or next(iter(result.errors.values()), "")
            return validation_message(message)
        knowledge = self._document.knowledge
        refused = edits.refusal(build_plan(result.request, knowledge), knowledge)
        return None if refused is None else alert_message(refused)

    def rules_steps(self) -> tuple[DoseStep, ...] | None:
        """The rules' schedule the reset would give back, while the request holds an own one."""
        panel = self._editor.plan
        if panel.shaping.schedule() is None:
            return None
        values = {**panel.values(), **panel.shaping.replaced_choices(), "schedule": None}
        values["slow_taper"] = bool(values.get("slow_taper"))
        editor = self._editor
        draft = Draft(editor.patient.values(), values, editor.medications.lines())
        result = build_request(draft, self._document.overrides)
        if result.request is None:
            return None
        return build_plan(result.request, self._document.knowledge).steps

    def _blocking(self) -> set[str]:
        plan = self.plan()
        return set() if plan is None else {a.code for a in plan.alerts if needs_override(a)}


def _number(value: object) -> float:
    if isinstance(value, int | float):
        return float(value)
    raise ValueError(f"not a number: {value}")


def _days(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise ValueError(f"not a whole number of days: {value}")


def _reason(error: ValueError | ValidationError) -> str:
    if isinstance(error, ValidationError):
        return validation_message(error.errors()[0]["msg"])
    return validation_message(str(error))
