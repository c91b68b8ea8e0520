"""The input side of the window: patient, medications, plan choices and handout, in two columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from baclofen_desk.ui.drug_names import completion_names
from baclofen_desk.ui.field_labels import labelled
from baclofen_desk.ui.handout_panel import HandoutPanel
from baclofen_desk.ui.medication_panel import MedicationPanel
from baclofen_desk.ui.patient_panel import PatientPanel
from baclofen_desk.ui.plan_panel import PlanPanel
from baclofen_desk.ui.request_draft import Draft

if TYPE_CHECKING:
    from collections.abc import Mapping

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.storage import HandoutChoices
    from baclofen_desk.ui.document import PlanState


#: Margin inside each panel, in pixels (compact, so the results get the room).
PANEL_MARGIN = 6


def _scrolling(*widgets: QWidget) -> QScrollArea:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN)
    for widget in widgets:
        inner = widget.layout()
        if inner is not None:
            inner.setContentsMargins(PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN)
        layout.addWidget(widget)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidget(column)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own; it follows the focus
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll_bar = area.verticalScrollBar().sizeHint().width()
    area.setMinimumWidth(column.minimumSizeHint().width() + scroll_bar)
    return area


class Editor(QWidget):
    """Composes the input panels; emits `draft_changed` and `handout_changed`."""

    draft_changed = Signal()
    handout_changed = Signal()

    def __init__(self, knowledge: Knowledge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patient = PatientPanel(knowledge)
        self.medications = MedicationPanel(completion_names(knowledge))
        self.plan = PlanPanel(knowledge)
        self.handout = HandoutPanel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_scrolling(self.patient), 1)
        layout.addWidget(_scrolling(self.medications, self.plan, self.handout), 1)
        for panel in (self.patient, self.medications, self.plan):
            panel.changed.connect(self.draft_changed)
        self.handout.changed.connect(self.handout_changed)

    def draft(self) -> Draft:
        return Draft(self.patient.values(), self.plan.values(), self.medications.lines())

    def handout_choices(self) -> HandoutChoices:
        return self.handout.choices()

    def load(self, draft: Draft, handout: HandoutChoices) -> None:
        """Fill every panel (no change signals)."""
        self.patient.set_values(draft.patient)
        self.plan.set_values(draft.plan)
        self.medications.set_lines(draft.medications)
        self.handout.set_choices(handout)

    def unplaced(self, errors: Mapping[str, str]) -> list[str]:
        """Messages for fields the form has no row for (shown in the status banner)."""
        placed = self.patient.marks.fields() | self.plan.marks.fields()
        return [
            labelled(field, message) for field, message in errors.items() if field not in placed
        ]

    def show_state(self, state: PlanState) -> None:
        """Mark invalid fields; show what the current plan derived (nothing when it is stale)."""
        self.patient.show_errors(state.errors)
        self.plan.show_errors(state.errors)
        current = None if state.stale else state.plan
        self.patient.show_kidney(None if current is None else current.kidney)
        self.plan.show_plan(current)
        self.medications.show_plan(state.plan)
