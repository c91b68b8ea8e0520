"""The kidney estimate the plan used: CrCl, eGFR, band and the weight behind them.

Shown with the results (it is what the plan derived), two values to a row, on
lines that do not wrap: a new estimate while one types never moves the chart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSizePolicy, QWidget

from baclofen_desk.ui.numbers import number

if TYPE_CHECKING:
    from baclofen_desk.core.models import KidneyEstimate


class KidneyView(QGroupBox):
    """Read-only rows; empty until a plan exists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kidney function used by the plan"), parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 2, 6, 4)
        grid.setVerticalSpacing(2)
        self.crcl = self._cell(grid, 0, 0, self.tr("CrCl:"))
        self.egfr = self._cell(grid, 0, 2, self.tr("eGFR:"))
        self.band = self._cell(grid, 1, 0, self.tr("Band:"))
        self.weight = self._cell(grid, 1, 2, self.tr("Weight used:"))
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.show_kidney(None)

    def _cell(self, grid: QGridLayout, row: int, column: int, label: str) -> QLabel:
        value = QLabel(self)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAccessibleName(label.rstrip(":"))
        grid.addWidget(QLabel(label, self), row, column)
        grid.addWidget(value, row, column + 1)
        return value

    def show_kidney(self, kidney: KidneyEstimate | None) -> None:
        """Show the estimate (None: no plan yet)."""
        dash = "—"
        if kidney is None:
            for label in (self.crcl, self.egfr, self.band, self.weight):
                label.setText(dash)
            return
        self.crcl.setText(self._crcl(kidney) or self.tr("not known"))
        self.egfr.setText(self._egfr(kidney) or self.tr("not known"))
        self.band.setText(self._band(kidney))
        self.weight.setText(self._weight(kidney) or dash)

    def _crcl(self, kidney: KidneyEstimate) -> str | None:
        if kidney.crcl_ml_min is None:
            return None
        method = {
            "measured": self.tr("measured"),
            "cockcroft-gault": self.tr("Cockcroft-Gault"),
        }.get(kidney.crcl_method or "", "")
        return (
            self.tr("%1 mL/min (%2)")
            .replace("%1", number(kidney.crcl_ml_min, 0))
            .replace("%2", method)
        )

    def _egfr(self, kidney: KidneyEstimate) -> str | None:
        if kidney.egfr is None:
            return None
        method = {
            "entered": self.tr("entered"),
            "ckd-epi-2021": self.tr("CKD-EPI 2021"),
            "bedside-schwartz": self.tr("bedside Schwartz"),
        }.get(kidney.egfr_method or "", "")
        return (
            self.tr("%1 mL/min/1.73 m² (%2)")
            .replace("%1", number(kidney.egfr, 0))
            .replace("%2", method)
        )

    def _band(self, kidney: KidneyEstimate) -> str:
        names = {
            "normal": self.tr("normal"),
            "mild": self.tr("mild impairment"),
            "moderate": self.tr("moderate impairment"),
            "severe": self.tr("severe impairment"),
            "dialysis": self.tr("dialysis / end-stage"),
            "unknown": self.tr("unknown"),
        }
        name = names[kidney.band]
        if kidney.band in ("unknown", "dialysis"):
            return name
        if kidney.dose_fraction == "1":
            return self.tr("%1 (no dose reduction)").replace("%1", name)
        text = self.tr("%1 — doses and maximum scaled by %2")
        return text.replace("%1", name).replace("%2", kidney.dose_fraction)

    def _weight(self, kidney: KidneyEstimate) -> str | None:
        if kidney.weight_used is None or kidney.weight_used_kg is None:
            return None
        kinds = {
            "actual": self.tr("actual"),
            "ideal": self.tr("ideal"),
            "adjusted": self.tr("adjusted"),
        }
        return (
            self.tr("%1 body weight, %2 kg")
            .replace("%1", kinds[kidney.weight_used])
            .replace("%2", number(kidney.weight_used_kg, 1))
        )
