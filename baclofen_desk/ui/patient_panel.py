"""Patient factors: age, body size, kidney values, conditions and indication."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.models import CONDITIONS, INDICATIONS, Patient
from baclofen_desk.ui.choice_box import ChoiceBox
from baclofen_desk.ui.conditions_box import ConditionsBox
from baclofen_desk.ui.field_marks import FieldMarks
from baclofen_desk.ui.field_specs import number_spec
from baclofen_desk.ui.kidney_view import KidneyView
from baclofen_desk.ui.optional_spin import OptionalSpinBox

if TYPE_CHECKING:
    from collections.abc import Mapping

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import KidneyEstimate

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
            ((unit, SCR_UNIT_LABELS[unit]) for unit in SCR_UNIT_LABELS), characters=6
        )
        self.dialysis = QCheckBox(self.tr("on dialysis or ESKD"))
        self.dialysis.setToolTip(Patient.model_fields["dialysis"].description or "")
        self.crcl_measured = QCheckBox(self.tr("measured and reliable (24-hour urine)"))
        self.crcl_measured.setToolTip(Patient.model_fields["crcl_measured"].description or "")
        self.kidney_unstable = QCheckBox(self.tr("creatinine not stable / acute kidney injury"))
        self.kidney_unstable.setToolTip(Patient.model_fields["kidney_unstable"].description or "")
        self.indication = ChoiceBox(
            [(None, not_entered)]
            + [
                (i, knowledge.indications[i].label)
                for i in INDICATIONS
                if i in knowledge.indications
            ]
        )
        self.conditions = ConditionsBox(
            (condition, knowledge.conditions[condition].label) for condition in CONDITIONS
        )
        self.conditions.setToolTip(self.tr("Tick every condition the patient has"))
        self.kidney = KidneyView()
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.marks = FieldMarks(form)
        add, n = self.marks.add, self.numbers
        add("age_years", self.tr("&Age:"), n["age_years"])
        add("weight_kg", self.tr("&Weight:"), n["weight_kg"])
        add("height_cm", self.tr("He&ight:"), n["height_cm"])
        add("sex", self.tr("Se&x:"), self.sex)
        scr_row = QWidget()
        scr_layout = QHBoxLayout(scr_row)
        scr_layout.setContentsMargins(0, 0, 0, 0)
        scr_layout.addWidget(n["scr"], 1)
        scr_layout.addWidget(self.scr_unit)
        add("scr", self.tr("C&reatinine:"), scr_row, n["scr"])
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
        outer.addWidget(self.kidney)
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
        self.dialysis.setAccessibleName(self.tr("On dialysis"))
        self.crcl_measured.setAccessibleName(self.tr("CrCl measured and reliable"))
        self.kidney_unstable.setAccessibleName(self.tr("Kidney function unstable"))

    def _connect(self) -> None:
        for box in self.numbers.values():
            box.valueChanged.connect(self._emit)
        for combo in (self.sex, self.scr_unit, self.indication):
            combo.currentIndexChanged.connect(self._emit)
        for check in (self.dialysis, self.crcl_measured, self.kidney_unstable):
            check.toggled.connect(self._emit)
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
            dialysis=self.dialysis.isChecked(),
            crcl_measured=self.crcl_measured.isChecked(),
            kidney_unstable=self.kidney_unstable.isChecked(),
            indication=self.indication.value(),
            conditions=self.conditions.checked(),
        )
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
            self.dialysis.setChecked(bool(patient.get("dialysis", False)))
            self.crcl_measured.setChecked(bool(patient.get("crcl_measured", False)))
            self.kidney_unstable.setChecked(bool(patient.get("kidney_unstable", False)))
            self.indication.set_value(patient.get("indication"))
            self.conditions.set_checked(patient.get("conditions", ()))
        finally:
            self._quiet = False

    def show_errors(self, errors: Mapping[str, str]) -> None:
        self.marks.show_errors(errors)

    def show_kidney(self, kidney: KidneyEstimate | None) -> None:
        self.kidney.show_kidney(kidney)
