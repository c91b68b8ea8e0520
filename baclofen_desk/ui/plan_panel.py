"""The clinician's choices: titrate, reduce or taper, product, doses and times, start, current,
target, and the shaping of the steps (days, size, slow taper, review date, own schedule)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.models import PlanRequest
from baclofen_desk.core.rule_choices import rule_choices
from baclofen_desk.ui.choice_box import ChoiceBox
from baclofen_desk.ui.date_box import DateBox
from baclofen_desk.ui.field_labels import tip
from baclofen_desk.ui.field_marks import FieldMarks
from baclofen_desk.ui.field_specs import number_spec
from baclofen_desk.ui.knowledge_texts import product_label
from baclofen_desk.ui.numbers import number
from baclofen_desk.ui.optional_spin import OptionalSpinBox
from baclofen_desk.ui.shaping_controls import ShapingControls

if TYPE_CHECKING:
    from collections.abc import Mapping

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import DoseStep, Plan
    from baclofen_desk.core.visit_models import ScheduleStep


#: A clock time written with a one-digit hour ("8:00"), which only lacks its leading zero.
ONE_DIGIT_HOUR = re.compile(r"[0-9]:[0-9]{2}")
#: Lines "Planned:" shows (product, doses a day, target, maximum).
PLANNED_LINES = 4


def parse_times(text: str) -> tuple[str, ...] | None:
    """Clock times as typed ("08:00, 14:00 20:00"); None when nothing is typed.

    "8:00" is read as "08:00"; anything else is left as typed for the model to judge.
    """
    parts = tuple(part for part in re.split(r"[,;\s]+", text.strip()) if part)
    return tuple("0" + part if ONE_DIGIT_HOUR.fullmatch(part) else part for part in parts) or None


#: Request fields kept unchanged through the form (core/models.py PlanRequest, policy P2a, P10).
KEPT_PLAN_FIELDS = ("history",)


class PlanPanel(QGroupBox):
    """Edits the plan fields of a `PlanRequest`; shows what the rules suggest."""

    changed = Signal()

    def __init__(self, knowledge: Knowledge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Plan"), parent)
        self._knowledge = knowledge
        self._quiet = False
        # Plan choices this form does not show yet (shaping, review, history) are kept as
        # read, so opening and saving a plan file never drops them.
        self._kept: dict[str, Any] = {}
        self.titrate = QRadioButton(self.tr("Titrate (step up)"))
        self.reduce = QRadioButton(self.tr("Reduce (lower to a dose and keep it)"))
        self.taper = QRadioButton(self.tr("Taper (step down and stop)"))
        self.mode = QButtonGroup(self)
        for button in (self.titrate, self.reduce, self.taper):
            self.mode.addButton(button)
        self.titrate.setChecked(True)
        self.product = ChoiceBox(
            [(None, self.tr("From the rules"))]
            + [(p.id, product_label(p.id, p.name)) for p in knowledge.products.values()]
        )
        self.allow_halves = QCheckBox(self.tr("Allow halves of unscored tablets"))
        self.allow_halves.setToolTip(tip(PlanRequest, "allow_half_tablets"))
        rules_text = self.tr("from the rules")
        self.doses = OptionalSpinBox(
            number_spec(PlanRequest, "doses_per_day", decimals=0), rules_text, unit=False
        )
        self.times = QLineEdit()
        self.times.setToolTip(self.tr("Clock times of the doses as HH:MM, separated by commas"))
        self.times.setPlaceholderText(self.tr("from the rules"))
        self.start = DateBox()
        self.start.setDate(QDate.currentDate())
        self.start.setDisplayFormat("d MMM yyyy")
        self.current = OptionalSpinBox(
            number_spec(PlanRequest, "current_daily_mg", decimals=2), self.tr("not entered")
        )
        self.target = OptionalSpinBox(
            number_spec(PlanRequest, "target_daily_mg", decimals=2), rules_text
        )
        self.shaping = ShapingControls(self)
        self.suggested = QLabel()
        self.suggested.setWordWrap(True)
        self.suggested.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggested.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # room for every line it can show, so a new plan never moves the rows below
        self.suggested.setMinimumHeight(PLANNED_LINES * self.suggested.fontMetrics().lineSpacing())
        self._lay_out()
        self._name_inputs()
        self._connect()

    def _lay_out(self) -> None:
        """Label and field side by side; the mode, the check box and what was planned span
        the form, so the section stays narrow. A new plan control is one more `add` here."""
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        modes = QWidget()
        mode_row = QVBoxLayout(modes)
        mode_row.setContentsMargins(0, 0, 0, 0)
        mode_row.addWidget(self.titrate)
        mode_row.addWidget(self.reduce)
        mode_row.addWidget(self.taper)
        self.marks = FieldMarks(form)
        add = self.marks.add
        self.marks.add_below("mode", self.tr("Mode:"), modes, self.titrate)
        add("product", self.tr("&Product:"), self.product)
        form.addRow(self.allow_halves)
        add("doses_per_day", self.tr("D&oses per day:"), self.doses)
        add("dose_times", self.tr("&Dose times:"), self.times)
        add("start", self.tr("&Start date:"), self.start)
        add("current_daily_mg", self.tr("C&urrent dose:"), self.current)
        add("target_daily_mg", self.tr("&Target dose:"), self.target)
        shaping = self.shaping
        add("step_days", self.tr("Step interval:"), shaping.step_days)
        add("step_daily_mg", self.tr("Step size:"), shaping.step_mg)
        self.marks.add_check("slow_taper", shaping.slow)
        self.marks.add_optional("review_date", shaping.review_set, shaping.review)
        add("schedule", self.tr("Schedule:"), shaping.schedule_text)
        form.addRow(QLabel(self.tr("Planned:")))
        form.addRow(self.suggested)

    def _name_inputs(self) -> None:
        self.titrate.setAccessibleName(self.tr("Titrate"))
        self.reduce.setAccessibleName(self.tr("Reduce"))
        self.taper.setAccessibleName(self.tr("Taper"))
        self.product.setAccessibleName(self.tr("Product"))
        self.doses.setAccessibleName(self.tr("Doses per day"))
        self.times.setAccessibleName(self.tr("Dose times"))
        self.start.setAccessibleName(self.tr("Start date"))
        self.current.setAccessibleName(self.tr("Current daily dose"))
        self.target.setAccessibleName(self.tr("Target daily dose"))
        self.suggested.setAccessibleName(self.tr("Planned values"))

    def _connect(self) -> None:
        self.mode.buttonToggled.connect(self._on_mode)
        self.product.currentIndexChanged.connect(self._emit)
        self.allow_halves.toggled.connect(self._emit)
        for box in (self.doses, self.current, self.target):
            box.valueChanged.connect(self._emit)
        self.times.textChanged.connect(self._emit)
        self.start.dateChanged.connect(self._emit)
        self.shaping.changed.connect(self._emit)

    def _on_mode(self) -> None:
        self._enable_for_mode()
        self._emit()

    def _enable_for_mode(self) -> None:
        """A taper always ends at 0 (no target); the own schedule replaces the target."""
        own = self.shaping.replaces_choices()
        self.target.setEnabled(not self.taper.isChecked() and not own)
        self.shaping.set_mode(self._mode())

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def values(self) -> dict[str, Any]:
        """The raw plan fields (None where the rules decide)."""
        doses = self.doses.value_or_none()
        mode = self._mode()
        return {
            "mode": mode,
            "product": self.product.value(),
            "allow_half_tablets": self.allow_halves.isChecked(),
            "doses_per_day": None if doses is None else round(doses),
            "dose_times": parse_times(self.times.text()),
            "start": self.start.date().toPython(),
            "current_daily_mg": self.current.value_or_none(),
            "target_daily_mg": None if mode == "taper" else self.target.value_or_none(),
            **self.shaping.values(mode),
            **self._kept,
        }

    def _buttons(self) -> dict[str, QRadioButton]:
        return {"titrate": self.titrate, "reduce": self.reduce, "taper": self.taper}

    def _mode(self) -> str:
        return next(mode for mode, button in self._buttons().items() if button.isChecked())

    def set_values(self, plan: Mapping[str, Any]) -> None:
        """Fill the form from plan fields (no `changed` signal)."""
        self._quiet = True
        self._kept = {name: plan[name] for name in KEPT_PLAN_FIELDS if name in plan}
        try:
            self._buttons()[plan.get("mode", "titrate")].setChecked(True)
            self.product.set_value(plan.get("product"))
            self.allow_halves.setChecked(bool(plan.get("allow_half_tablets")))
            self.doses.set_value_or_none(plan.get("doses_per_day"))
            self.times.setText(", ".join(plan.get("dose_times") or ()))
            start: dt.date = plan.get("start") or dt.date.today()
            self.start.setDate(QDate(start.year, start.month, start.day))
            self.current.set_value_or_none(plan.get("current_daily_mg"))
            self.target.set_value_or_none(plan.get("target_daily_mg"))
            self.shaping.set_values(plan)
            self._enable_for_mode()
        finally:
            self._quiet = False

    def set_schedule(self, schedule: tuple[ScheduleStep, ...] | None) -> None:
        """The clinician's own schedule from the table (None: the rules' again), then `changed`.

        Like `--schedule` it replaces the step choices and the target, which come back
        on a reset to the rules' schedule.
        """
        self._quiet = True
        try:
            restored = self.shaping.set_schedule(schedule, self.values())
            self.shaping.step_days.set_value_or_none(restored["step_days"])
            self.shaping.step_mg.set_value_or_none(restored["step_daily_mg"])
            self.shaping.slow.setChecked(bool(restored["slow_taper"]))
            self.target.set_value_or_none(restored["target_daily_mg"])
            self._enable_for_mode()
        finally:
            self._quiet = False
        self.changed.emit()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self.marks.show_errors(errors)

    def show_plan(self, plan: Plan | None) -> None:
        """Show the values the rules chose where the clinician left a field empty."""
        if plan is None or not plan.steps:
            self.suggested.setText("—")
            return
        usual = plan.steps[-1] if plan.mode != "taper" else plan.steps[0]
        self.suggested.setText(self._planned_text(plan, usual))
        choices = rule_choices(plan, self._knowledge)
        self.shaping.show_rules(choices)
        self._show_target_rule(None if choices is None else choices.target_daily_mg)

    def _show_target_rule(self, target: float | None) -> None:
        if self._mode() == "reduce":
            tip = self.tr("The lower daily dose to keep: a reduction has no default")
        elif target is None:
            tip = self.tr("A taper always ends at 0 mg/day")
        else:
            tip = self.tr("The dose to reach; empty: the rules' %1 mg/day for this patient now")
            tip = tip.replace("%1", number(target))
        self.target.setToolTip(tip)

    def _planned_text(self, plan: Plan, usual: DoseStep) -> str:
        doses = self.tr("%1 doses a day").replace("%1", str(len(usual.doses_mg)))
        parts = [
            product_label(plan.product, plan.product_name),
            f"{doses}: {', '.join(usual.times)}",
        ]
        if plan.mode != "taper" and plan.target_daily_mg is not None:
            parts.append(self.tr("target %1 mg/day").replace("%1", number(plan.target_daily_mg)))
        if plan.max_daily_mg is not None:
            parts.append(self.tr("maximum %1 mg/day").replace("%1", number(plan.max_daily_mg)))
        return "\n".join(parts)
