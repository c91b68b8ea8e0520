"""The input side of the window: patient, medications, plan choices and handout.

Two columns side by side when the window is wide enough for them and the results;
one above the other otherwise, so a narrow window still leaves the results the
width of their table. The form scrolls vertically as one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QVBoxLayout, QWidget

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
SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight
STACKED = QBoxLayout.Direction.TopToBottom


def _column(*widgets: QWidget) -> QWidget:
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        inner = widget.layout()
        if inner is not None:
            inner.setContentsMargins(PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN)
        layout.addWidget(widget)
    layout.addStretch(1)
    return column


def _scrolling(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own; it follows the focus
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class Editor(QWidget):
    """Composes the input panels; emits `draft_changed` and `handout_changed`.

    The columns start one above the other; `set_side_by_side` changes that.
    """

    draft_changed = Signal()
    handout_changed = Signal()

    def __init__(self, knowledge: Knowledge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patient = PatientPanel(knowledge)
        self.medications = MedicationPanel(completion_names(knowledge))
        self.plan = PlanPanel(knowledge)
        self.handout = HandoutPanel()
        self._columns = (_column(self.patient), _column(self.medications, self.plan, self.handout))
        content = QWidget()
        self._box = QBoxLayout(STACKED, content)
        self._box.setContentsMargins(PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN)
        for column in self._columns:
            self._box.addWidget(column, 1)
        self.area = _scrolling(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        self._fit_width()
        for panel in (self.patient, self.medications, self.plan):
            panel.changed.connect(self.draft_changed)
        self.medications.current_dose_offered.connect(self.plan.current.set_value_or_none)
        self.handout.changed.connect(self.handout_changed)

    def side_by_side(self) -> bool:
        return self._box.direction() == SIDE_BY_SIDE

    def side_by_side_width(self) -> int:
        """The narrowest the editor can be with its columns side by side."""
        columns = sum(column.minimumSizeHint().width() for column in self._columns)
        return columns + self._box.spacing() + self._chrome()

    def set_side_by_side(self, side_by_side: bool) -> bool:
        """Put the columns side by side or one above the other; True when that changed."""
        if side_by_side == self.side_by_side():
            return False
        self._box.setDirection(SIDE_BY_SIDE if side_by_side else STACKED)
        self._fit_width()
        return True

    def _fit_width(self) -> None:
        """As narrow as the columns allow: the scroll area only ever scrolls vertically."""
        self._box.activate()
        widest = max(column.minimumSizeHint().width() for column in self._columns)
        self.area.setMinimumWidth(
            self.side_by_side_width() if self.side_by_side() else widest + self._chrome()
        )

    def _chrome(self) -> int:
        """Margins around the columns and room for the vertical scroll bar."""
        margins = self._box.contentsMargins()
        scroll_bar = self.area.verticalScrollBar().sizeHint().width()
        return margins.left() + margins.right() + scroll_bar

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
