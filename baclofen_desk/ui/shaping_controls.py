"""The plan panel's shaping controls (policy P2a, P6, P10): days per step, change per step,
slow taper, review date, and the clinician's own schedule as the table's edits left it.

Empty means "from the rules": each box then shows the rules' value for this patient
now, and every control's tool tip says what the rules would pick. Bounds come from
the request model's fields, never from a literal here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel

from baclofen_desk.core.models import FIRST_START, LAST_START, PlanRequest
from baclofen_desk.core.schedule_text import format_schedule
from baclofen_desk.core.visit_models import ScheduleStep
from baclofen_desk.core.visits import continuing
from baclofen_desk.ui.date_box import DateBox
from baclofen_desk.ui.field_labels import unit_text
from baclofen_desk.ui.field_specs import number_spec
from baclofen_desk.ui.numbers import day, number
from baclofen_desk.ui.optional_spin import OptionalSpinBox

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from PySide6.QtCore import QSize

    from baclofen_desk.core.rule_choices import RuleChoices
    from baclofen_desk.ui.field_specs import NumberSpec

#: The choices the clinician's own schedule replaces (core/shaping_checks.py).
REPLACED_BY_SCHEDULE = ("step_days", "step_daily_mg", "slow_taper", "target_daily_mg")


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class SuggestingSpinBox(OptionalSpinBox):
    """An optional number box whose empty text names the rules' value; sized once, on its
    first empty text, so a new suggestion never widens the form (nor moves a row)."""

    def __init__(self, spec: NumberSpec, empty_text: str) -> None:
        super().__init__(spec, empty_text, unit=False)
        self._sizes: tuple[QSize, QSize] | None = None

    def _pinned(self) -> tuple[QSize, QSize]:
        if self._sizes is None:
            self._sizes = (super().sizeHint(), super().minimumSizeHint())
        return self._sizes

    def sizeHint(self) -> QSize:
        return self._pinned()[0]

    def minimumSizeHint(self) -> QSize:
        return self._pinned()[1]


class ShapingControls(QObject):
    """The widgets and values of the shaping choices; `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        rules = self.tr("from the rules")
        self.step_days = SuggestingSpinBox(number_spec(PlanRequest, "step_days", decimals=0), rules)
        self.step_days.setSuffix(self.tr(" days"))
        self.step_mg = SuggestingSpinBox(
            number_spec(PlanRequest, "step_daily_mg", decimals=2), rules
        )
        self.step_mg.setSuffix(f" {unit_text('mg/day')}")
        self.slow = QCheckBox(self.tr("Slow taper"))
        self.review_set = QCheckBox(self.tr("Review on:"))
        self.review = DateBox()
        self.review.setDisplayFormat("d MMM yyyy")
        self.review.setDateRange(_qdate(FIRST_START), _qdate(LAST_START))
        self.review.setEnabled(False)
        self.schedule_text = QLabel()
        self.schedule_text.setWordWrap(True)
        self._schedule: tuple[ScheduleStep, ...] | None = None
        self._before_schedule: dict[str, Any] = {}
        self._continuing = False  # the schedule is the dose taken at a visit, not the clinician's
        self._name()
        self._show_schedule()
        self._connect()

    def _name(self) -> None:
        self.step_days.setAccessibleName(self.tr("Step interval"))
        self.step_mg.setAccessibleName(self.tr("Step size"))
        self.slow.setAccessibleName(self.tr("Slow taper"))
        self.review_set.setAccessibleName(self.tr("Set the review date"))
        self.review.setAccessibleName(self.tr("Review date"))
        self.schedule_text.setAccessibleName(self.tr("Schedule"))

    def _connect(self) -> None:
        for box in (self.step_days, self.step_mg):
            box.valueChanged.connect(self.changed)
        self.slow.toggled.connect(self.changed)
        self.review_set.toggled.connect(self._on_review_set)
        self.review.dateChanged.connect(self.changed)

    def _on_review_set(self, chosen: bool) -> None:
        self.review.setEnabled(chosen)
        self.changed.emit()

    def set_mode(self, mode: str) -> None:
        """The slow taper is a taper's choice only."""
        self.slow.setEnabled(mode == "taper" and not self.replaces_choices())

    def values(self, mode: str) -> dict[str, Any]:
        """The shaping fields of the request (None where the rules decide)."""
        days = self.step_days.value_or_none()
        return {
            "step_days": None if days is None else round(days),
            "step_daily_mg": self.step_mg.value_or_none(),
            "slow_taper": mode == "taper" and self.slow.isChecked(),
            # as a plan file's request gives it (`draft_of`), so equal drafts compare equal
            "schedule": None
            if self._schedule is None
            else tuple(step.model_dump() for step in self._schedule),
            "review_date": self.review.date().toPython() if self.review_set.isChecked() else None,
        }

    def set_values(self, plan: Mapping[str, Any]) -> None:
        """Show the plan's choices (signals blocked by the caller's quiet flag)."""
        days = plan.get("step_days")
        self.step_days.set_value_or_none(None if days is None else float(days))
        self.step_mg.set_value_or_none(plan.get("step_daily_mg"))
        self.slow.setChecked(bool(plan.get("slow_taper")))
        review: dt.date | None = plan.get("review_date")
        self.review_set.setChecked(review is not None)
        self.review.setEnabled(review is not None)
        if review is not None:
            self.review.setDate(_qdate(review))
        schedule = plan.get("schedule")
        self._schedule = (
            None if schedule is None else tuple(ScheduleStep.model_validate(s) for s in schedule)
        )
        self._before_schedule = {}
        self._continuing = continuing(plan)
        self._show_schedule()

    def schedule(self) -> tuple[ScheduleStep, ...] | None:
        return self._schedule

    def replaces_choices(self) -> bool:
        """Whether an own schedule stands in for the step choices and the target; the step a
        visit continues at does not: any new choice replaces it (`with_new_choices`)."""
        return self._schedule is not None and not self._continuing

    def replaced_choices(self) -> dict[str, Any]:
        """The choices the own schedule replaced (given back on a reset; empty: none)."""
        return dict(self._before_schedule)

    def remember_replaced(self, choices: Mapping[str, Any]) -> None:
        """The choices the own schedule shown replaced, as an undo or a redo knows them
        (`set_values` cannot: a request does not hold them)."""
        if self.replaces_choices():
            self._before_schedule = {name: choices.get(name) for name in REPLACED_BY_SCHEDULE}

    def set_schedule(
        self, schedule: tuple[ScheduleStep, ...] | None, chosen: Mapping[str, Any]
    ) -> dict[str, Any]:
        """Take the clinician's schedule (None: back to the rules'); the choices to show now.

        A schedule replaces the step choices and the target: they are remembered and given
        back when the schedule is reset to the rules'.
        """
        if schedule is not None and self._schedule is None:
            self._before_schedule = {name: chosen.get(name) for name in REPLACED_BY_SCHEDULE}
        restored = self._before_schedule if schedule is None else {}
        self._schedule = schedule
        self._continuing = False
        if schedule is None:
            self._before_schedule = {}
        self._show_schedule()
        return {name: restored.get(name) for name in REPLACED_BY_SCHEDULE}

    def _show_schedule(self) -> None:
        own = self.replaces_choices()
        if self._schedule is not None and self._continuing:
            text = self.tr("from the visit: %1").replace("%1", format_schedule(self._schedule))
        elif self._schedule is not None:
            text = self.tr("your own: %1").replace("%1", format_schedule(self._schedule))
        else:
            text = self.tr("from the rules")
        self.schedule_text.setText(text)
        replaced = self.tr("Your own schedule replaces this; reset it to the rules' to choose.")
        for box in (self.step_days, self.step_mg):
            box.setEnabled(not own)
            box.setToolTip(replaced if own else box.toolTip())

    def show_rules(self, choices: RuleChoices | None) -> None:
        """Say in each control what the rules would pick for this patient now."""
        if choices is None:
            return
        days = self.tr("%1 days").replace("%1", str(choices.step_days))
        if choices.step_days_at_least:
            days = self.tr("≥ %1 days").replace("%1", str(choices.step_days))
        mg = f"{number(choices.step_daily_mg)} {unit_text('mg/day')}"
        self.step_days.setSpecialValueText(self.tr("rules: %1").replace("%1", days))
        self.step_mg.setSpecialValueText(self.tr("rules: %1").replace("%1", mg))
        if self._schedule is None:
            self.step_days.setToolTip(
                self.tr("Days per step; empty: the rules' %1 for this patient now").replace(
                    "%1", days
                )
            )
            self.step_mg.setToolTip(
                self.tr("Change of the daily dose per step; empty: the rules' %1").replace("%1", mg)
            )
        if choices.slow_taper:
            slow = self.tr("The rules already make this taper slow: this patient needs it")
        else:
            slow = self.tr("The slow taper: longer in all. The rules would not make it slow")
        self.slow.setToolTip(slow)
        review = self.tr("not set") if choices.review_date is None else day(choices.review_date)
        review_tip = self.tr("Next review; unset: the rules' date, %1").replace("%1", review)
        self.review_set.setToolTip(review_tip)
        self.review.setToolTip(review_tip)
        if not self.review_set.isChecked() and choices.review_date is not None:
            self.review.blockSignals(True)
            self.review.setDate(_qdate(choices.review_date))
            self.review.blockSignals(False)
