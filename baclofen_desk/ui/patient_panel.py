"""Patient factors: age, body size, kidney values, conditions and indication."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.models import CONDITIONS, INDICATIONS, Patient
from baclofen_desk.ui.choice_box import ChoiceBox
from baclofen_desk.ui.conditions_box import ConditionsBox
from baclofen_desk.ui.field_labels import tip
from baclofen_desk.ui.field_marks import FieldMarks
from baclofen_desk.ui.field_specs import number_spec
from baclofen_desk.ui.knowledge_texts import label
from baclofen_desk.ui.optional_spin import OptionalSpinBox

if TYPE_CHECKING:
    from collections.abc import Mapping

    from baclofen_desk.core.knowledge import Knowledge

#: How the two creatinine units are written for people.
SCR_UNIT_LABELS = {"mg/dL": "mg/dL", "umol/L": "µmol/L"}
#: Decimals each number box shows (display precision only).
DECIMALS = {"age_years": 1, "weight_kg": 1, "height_cm": 1, "scr": 2, "crcl_ml_min": 1, "egfr": 1}


class PatientPanel(QGroupBox):
    """Edits a `Patient`; emits `changed` on every edit."""

    changed = Signal()

    def __init__(self, knowledge: Knowledge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Patient"), parent)
        self._quiet = False
        not_entered = self.tr("not entered")
        self.numbers = {
            name: OptionalSpinBox(
                number_spec(Patient, name, decimals=places), not_entered, unit=name != "scr"
            )
            for name, places in DECIMALS.items()
        }
        self.sex = ChoiceBox(
            [(None, not_entered), ("female", self.tr("Female")), ("male", self.tr("Male"))]
        )
        self.scr_unit = ChoiceBox(
            ((unit, SCR_UNIT_LABELS[unit]) for unit in SCR_UNIT_LABELS), characters=5
        )
        # yes/no fields: field -> (text of the box, accessible name); a new one is one entry
        # here and one `add` row in `_lay_out`
        self.flags = self._check_boxes(
            {
                "dialysis": (self.tr("on dialysis or ESKD"), self.tr("On dialysis")),
                "crcl_measured": (
                    self.tr("measured (24-h urine)"),
                    self.tr("CrCl measured and reliable"),
                ),
                "kidney_unstable": (
                    self.tr("creatinine not stable"),
                    self.tr("Kidney function unstable"),
                ),
            }
        )
        self.dialysis = self.flags["dialysis"]
        self.crcl_measured = self.flags["crcl_measured"]
        self.kidney_unstable = self.flags["kidney_unstable"]
        self.indication = ChoiceBox(
            [(None, not_entered)]
            + [
                (i, label(f"indication.{i}.label", knowledge.indications[i].label))
                for i in INDICATIONS
                if i in knowledge.indications
            ]
        )
        self.conditions = ConditionsBox(
            (c, label(f"condition.{c}.label", knowledge.conditions[c].label)) for c in CONDITIONS
        )
        self.conditions.setToolTip(self.tr("Tick every condition the patient has"))
        self._lay_out()
        self._connect()

    def _check_boxes(self, flags: Mapping[str, tuple[str, str]]) -> dict[str, QCheckBox]:
        boxes = {}
        for field, (text, name) in flags.items():
            box = QCheckBox(text)
            box.setToolTip(tip(Patient, field))
            box.setAccessibleName(name)
            boxes[field] = box
        return boxes

    def _lay_out(self) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.marks = FieldMarks(form)
        add, n = self.marks.add, self.numbers
        add("age_years", self.tr("&Age:"), n["age_years"])
        add("weight_kg", self.tr("&Weight:"), n["weight_kg"])
        add("height_cm", self.tr("He&ight:"), n["height_cm"])
        add("sex", self.tr("Se&x:"), self.sex)
        add("scr", self.tr("C&reatinine:"), n["scr"])
        add("scr_unit", self.tr("Unit:"), self.scr_unit)
        add("crcl_ml_min", self.tr("Measured CrC&l:"), n["crcl_ml_min"])
        add("crcl_measured", "", self.crcl_measured)
        add("egfr", self.tr("&Known eGFR:"), n["egfr"])
        add("dialysis", self.tr("Dial&ysis:"), self.dialysis)
        add("kidney_unstable", self.tr("Unsta&ble:"), self.kidney_unstable)
        add("indication", self.tr("I&ndication:"), self.indication)
        self.marks.add_below(
            "conditions", self.tr("&Conditions:"), self.conditions, self.conditions.first()
        )
        outer.addLayout(form)
        self._name_inputs()

    def _name_inputs(self) -> None:
        names = {
            "age_years": self.tr("Age"),
            "weight_kg": self.tr("Weight"),
            "height_cm": self.tr("Height"),
            "scr": self.tr("Serum creatinine"),
            "crcl_ml_min": self.tr("Measured creatinine clearance"),
            "egfr": self.tr("Known eGFR"),
        }
        for field, name in names.items():
            self.numbers[field].setAccessibleName(name)
        self.sex.setAccessibleName(self.tr("Sex"))
        self.scr_unit.setAccessibleName(self.tr("Creatinine unit"))
        self.indication.setAccessibleName(self.tr("Indication"))

    def _connect(self) -> None:
        for box in self.numbers.values():
            box.valueChanged.connect(self._emit)
        for combo in (self.sex, self.scr_unit, self.indication):
            combo.currentIndexChanged.connect(self._emit)
        for flag in self.flags.values():
            flag.toggled.connect(self._emit)
        self.conditions.changed.connect(self._emit)

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()

    def values(self) -> dict[str, Any]:
        """The raw patient fields (None where nothing was entered)."""
        values: dict[str, Any] = {name: box.value_or_none() for name, box in self.numbers.items()}
        values.update(
            sex=self.sex.value(),
            scr_unit=self.scr_unit.value(),
            indication=self.indication.value(),
            conditions=self.conditions.checked(),
        )
        values.update((field, flag.isChecked()) for field, flag in self.flags.items())
        return values

    def set_values(self, patient: Mapping[str, Any]) -> None:
        """Fill the form (no `changed` signal)."""
        self._quiet = True
        try:
            for name, box in self.numbers.items():
                box.set_value_or_none(patient.get(name))
            self.sex.set_value(patient.get("sex"))
            self.scr_unit.set_value(
                patient.get("scr_unit", Patient.model_fields["scr_unit"].default)
            )
            for field, flag in self.flags.items():
                flag.setChecked(bool(patient.get(field, False)))
            self.indication.set_value(patient.get("indication"))
            self.conditions.set_checked(patient.get("conditions", ()))
        finally:
            self._quiet = False

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self.marks.show_errors(errors)
