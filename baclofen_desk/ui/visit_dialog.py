"""Recording a follow-up visit (policy P10): date, dose taken, outcome, scores and a note.

Every bound comes from the models (`Visit`, `PlanRequest.start`); a value the
models refuse is shown at its field with their message and the dialog stays
open, so nothing is recorded until the whole visit, and the plan it starts, is valid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from annotated_types import MaxLen
from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.input_errors import input_problems
from baclofen_desk.core.models import PlanRequest
from baclofen_desk.core.visit_models import Visit
from baclofen_desk.ui.choice_box import ChoiceBox
from baclofen_desk.ui.date_box import DateBox
from baclofen_desk.ui.field_marks import FieldMarks
from baclofen_desk.ui.field_specs import number_spec
from baclofen_desk.ui.numbers import number
from baclofen_desk.ui.optional_spin import OptionalSpinBox
from baclofen_desk.ui.plain_text_field import refuse_hidden_controls
from baclofen_desk.ui.validation_texts import validation_message

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

#: The visit's fields in the order of the form; a refusal about the visit as a whole (the
#: history, the new plan's start) is shown at the date.
VISIT_FIELDS = ("date", "taking_mg", "outcome", "pain", "spasms", "note")
#: The unit the dose taken is typed in (as the plan's current dose).
DOSE_UNIT = number_spec(PlanRequest, "current_daily_mg", decimals=2).unit


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def note_limit() -> int:
    """The model's limit on a visit note's length."""
    return next(m.max_length for m in Visit.model_fields["note"].metadata if isinstance(m, MaxLen))


class VisitDialog(QDialog):
    """Asks for one visit; `check` turns it into the new plan's request (or raises)."""

    def __init__(
        self,
        outcomes: Mapping[str, str],
        earliest: dt.date,
        today: dt.date,
        dose_on: Callable[[dt.date], float | None],
        check: Callable[[Visit], Any],
        parent: QWidget | None = None,
    ) -> None:
        """`outcomes`: each outcome's words; `earliest`: the first day a visit may be on;
        `dose_on`: the plan's daily dose on a day (the dose taken unless typed)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record visit"))
        self._dose_on = dose_on
        self._check = check
        self._typed_dose = False
        self._filling = False
        self.visit: Visit | None = None
        self._make_fields(outcomes, earliest, today)
        self._lay_out()
        self._name_inputs()
        self.date.dateChanged.connect(self._on_date)
        self.taking.valueChanged.connect(self._on_dose_typed)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._on_date()
        self.date.setFocus()

    def _make_fields(self, outcomes: Mapping[str, str], earliest: dt.date, today: dt.date) -> None:
        start = PlanRequest.model_fields["start"].metadata
        latest = next(bound.le for bound in start if hasattr(bound, "le"))
        self.date = DateBox()
        self.date.setDisplayFormat("d MMM yyyy")
        self.date.setDateRange(_qdate(earliest), _qdate(latest))
        self.date.setDate(_qdate(min(max(today, earliest), latest)))
        taking = replace(number_spec(Visit, "taking_mg", decimals=2), unit=DOSE_UNIT)
        self.taking = OptionalSpinBox(taking, self.tr("not entered"))
        self.outcome = ChoiceBox([(None, self.tr("choose…")), *outcomes.items()], characters=24)
        not_recorded = self.tr("not recorded")
        self.pain = OptionalSpinBox(
            number_spec(Visit, "pain", decimals=0), not_recorded, unit=False
        )
        self.spasms = OptionalSpinBox(
            number_spec(Visit, "spasms", decimals=0), not_recorded, unit=False
        )
        self.note = QLineEdit()
        self.note.setMaxLength(note_limit())
        self.note.setPlaceholderText(self.tr("optional"))
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.tr("&Record visit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "The current plan moves to the history unchanged; a new plan starts on the "
                "visit date from the dose taken."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.marks = FieldMarks(form)
        self.marks.add("date", self.tr("&Date:"), self.date)
        self.marks.add("taking_mg", self.tr("Dose &taken:"), self.taking)
        self.marks.add("outcome", self.tr("&Outcome:"), self.outcome)
        self.marks.add("pain", self.tr("&Pain:"), self.pain)
        self.marks.add("spasms", self.tr("&Spasms:"), self.spasms)
        self.marks.add("note", self.tr("&Note:"), self.note)
        self.refused = QLabel()
        refuse_hidden_controls(self.note, self.refused)
        form.addRow("", self.refused)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _name_inputs(self) -> None:
        self.date.setAccessibleName(self.tr("Visit date"))
        self.taking.setAccessibleName(self.tr("Daily dose taken"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.pain.setAccessibleName(self.tr("Pain score"))
        self.spasms.setAccessibleName(self.tr("Spasm score"))
        self.note.setAccessibleName(self.tr("Visit note"))
        self.taking.setToolTip(self.tr("The daily dose the patient actually takes, in mg/day"))
        self.outcome.setToolTip(self.tr("How the plan went"))
        pain = self.tr("Pain from %1 to %2; leave empty when not recorded")
        spasms = self.tr("Spasm frequency from %1 to %2; leave empty when not recorded")
        for field, box, words in (("pain", self.pain, pain), ("spasms", self.spasms, spasms)):
            spec = number_spec(Visit, field, decimals=0)
            low, high = number(spec.minimum), number(spec.maximum)
            box.setToolTip(words.replace("%1", low).replace("%2", high))
            box.setSuffix(f" / {high}")  # "3 / 10": the score with its scale

    def _on_dose_typed(self) -> None:
        if not self._filling:
            self._typed_dose = True

    def _on_date(self) -> None:
        """The dose taken follows the plan's dose on the visit date until one is typed."""
        if self._typed_dose:
            return
        self._filling = True
        try:
            self.taking.set_value_or_none(self._dose_on(self.visit_date()))
        finally:
            self._filling = False

    def visit_date(self) -> dt.date:
        day = self.date.date()
        return dt.date(day.year(), day.month(), day.day())

    def values(self) -> dict[str, Any]:
        """The visit as entered (None where nothing is entered)."""
        pain, spasms = self.pain.value_or_none(), self.spasms.value_or_none()
        return {
            "date": self.visit_date(),
            "taking_mg": self.taking.value_or_none(),
            "outcome": self.outcome.value(),
            "note": self.note.text(),
            "pain": None if pain is None else round(pain),
            "spasms": None if spasms is None else round(spasms),
        }

    def _accept(self) -> None:
        """Record only a visit the models accept, with the new plan it starts."""
        optional = ("pain", "spasms")
        entered = {k: v for k, v in self.values().items() if v is not None or k in optional}
        try:
            visit = Visit.model_validate(entered)
            self._check(visit)
        except ValidationError as exc:
            self._show_problems(exc)
            return
        self.visit = visit
        self.accept()

    def _show_problems(self, exc: ValidationError) -> None:
        errors: dict[str, str] = {}
        for problem in input_problems(exc):
            field = problem.field if problem.field in VISIT_FIELDS else "date"
            errors.setdefault(field, validation_message(problem.message))
        self.marks.show_errors(errors)
        first = next(field for field in VISIT_FIELDS if field in errors)
        widgets = dict(zip(VISIT_FIELDS, self._inputs(), strict=True))
        widgets[first].setFocus()

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.date, self.taking, self.outcome, self.pain, self.spasms, self.note)
