"""The input side of the window, in three titled sections: Patient, Medications and Plan.

Patient and Medications are tabs; the Plan section (the plan's choices and the
handout's) stands beside them whenever the window leaves the results their
width, so a taper or a Spanish handout is never below the fold. In a narrower
window the Plan becomes a third tab. Every page scrolls vertically on its own
and never horizontally. A new section (the history of visits) is one more
`add_page`; a new plan control is one more row of `PlanPanel`, which keeps free
room below its rows for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.visits import with_new_choices
from baclofen_desk.ui.drug_names import completion_names
from baclofen_desk.ui.field_labels import labelled
from baclofen_desk.ui.handout_panel import HandoutPanel
from baclofen_desk.ui.history_view import HistoryPanel
from baclofen_desk.ui.legible_style import compact_tabs
from baclofen_desk.ui.medication_panel import MedicationPanel
from baclofen_desk.ui.patient_panel import PatientPanel
from baclofen_desk.ui.plan_panel import PlanPanel
from baclofen_desk.ui.request_draft import Draft
from baclofen_desk.ui.validation_texts import validation_message

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtGui import QResizeEvent

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.storage import HandoutChoices
    from baclofen_desk.ui.document import PlanState


#: Margin inside each panel, in pixels (compact, so the results get the room).
PANEL_MARGIN = 4
#: Margin around the panels of a page.
COLUMN_MARGIN = 2
SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight
#: The count a tab title keeps room for, so that a tenth medication or visit never widens
#: the column nor hides a title behind the tab bar's scroll arrows.
COUNT_ROOM = "99"


def _column(*widgets: QWidget) -> QWidget:
    """The widgets one above the other, at the top; the room below is left free."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(COLUMN_MARGIN, COLUMN_MARGIN, COLUMN_MARGIN, COLUMN_MARGIN)
    for widget in widgets:
        inner = widget.layout()
        if inner is not None:
            inner.setContentsMargins(PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN, PANEL_MARGIN)
        layout.addWidget(widget)
    layout.addStretch(1)
    return column


class Page(QScrollArea):
    """A section that scrolls vertically only: as wide as its content, plus the scroll bar
    while one is needed, so nothing is ever cut at the side."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own; follows the focus
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self._fit_width(scrolls=False)

    def _fit_width(self, scrolls: bool) -> None:
        bar = self.verticalScrollBar().sizeHint().width() if scrolls else 0
        self.setMinimumWidth(self.content.minimumSizeHint().width() + bar)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width(scrolls=self.content.minimumSizeHint().height() > event.size().height())


class Editor(QWidget):
    """Composes the input sections; emits `draft_changed` and `handout_changed`.

    The Plan section starts as a tab; `set_side_by_side(True)` stands it beside the tabs.
    """

    draft_changed = Signal()
    handout_changed = Signal()

    def __init__(self, knowledge: Knowledge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patient = PatientPanel(knowledge)
        self.medications = MedicationPanel(completion_names(knowledge))
        self.plan = PlanPanel(knowledge)
        self.handout = HandoutPanel()
        self._pages: list[Page] = []
        self.tabs = QTabWidget()
        compact_tabs(self.tabs.tabBar())
        self.tabs.setDocumentMode(True)
        self.patient_page = self.add_page(self.patient, self.tr("Patient"))
        self.medications_page = self.add_page(self.medications, self.tr("Medications"))
        self._plan_tab = self.tabs.count()  # as a tab, the Plan comes before later sections
        self.history = HistoryPanel(knowledge)
        self.history_page = self.add_page(self.history, self.tr("History"))
        self.plan_page = Page(_column(self.plan, self.handout))
        self.plan_title = self.tr("Plan")
        self._box = QBoxLayout(SIDE_BY_SIDE, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(0)  # the pages' margins keep them apart; the results get the room
        self._box.addWidget(self.tabs, 1)
        self._side_by_side = True
        self.set_side_by_side(False)
        for panel in (self.patient, self.medications, self.plan):
            panel.changed.connect(self.draft_changed)
        self.medications.changed.connect(self._count_medications)
        self.medications.current_dose_offered.connect(self.plan.current.set_value_or_none)
        self.handout.changed.connect(self.handout_changed)

    def add_page(self, panel: QWidget, title: str) -> Page:
        """One more titled section as a tab of its own (scrolling vertically)."""
        page = Page(_column(panel))
        self.tabs.addTab(page, title)
        self._pages.append(page)
        return page

    def side_by_side(self) -> bool:
        return self._side_by_side

    def side_by_side_width(self) -> int:
        """The narrowest the editor can be with the Plan beside the tabs."""
        tabs = max(*(page.minimumWidth() for page in self._pages), self.titles_width(plan=False))
        return tabs + self.plan_page.minimumWidth() + self._box.spacing()

    def titles_width(self, plan: bool) -> int:
        """The tab bar's width with every title in full, each count at its widest."""
        bar = self.tabs.tabBar()
        metrics = bar.fontMetrics()
        padding = bar.tabSizeHint(0).width() - metrics.horizontalAdvance(bar.tabText(0))
        titles = [
            self.tr("Patient"),
            self._medications_title(COUNT_ROOM),
            *([self.plan_title] if plan else []),
            self._history_title(COUNT_ROOM),
        ]
        return sum(metrics.horizontalAdvance(title) + padding for title in titles)

    def set_side_by_side(self, side_by_side: bool) -> bool:
        """Stand the Plan beside the tabs, or make it their last tab; True when that changed."""
        if side_by_side == self._side_by_side:
            return False
        self._side_by_side = side_by_side
        if side_by_side:
            self.tabs.removeTab(self.tabs.indexOf(self.plan_page))
            self._box.addWidget(self.plan_page)
            self.plan_page.show()
        else:
            self._box.removeWidget(self.plan_page)
            self.tabs.insertTab(self._plan_tab, self.plan_page, self.plan_title)
        self.setMinimumWidth(self.one_column_width())
        return True

    def one_column_width(self) -> int:
        """The narrowest the editor can be (the Plan as a tab).

        Also its minimum while the Plan stands beside the tabs, so that the window can
        always be made narrower; it then makes the Plan a tab again.
        """
        pages = [*self._pages, self.plan_page]
        scroll_bar = self.plan_page.verticalScrollBar().sizeHint().width()
        pages_width = max(page.content.minimumSizeHint().width() for page in pages) + scroll_bar
        return max(pages_width, self.titles_width(plan=True))

    def draft(self) -> Draft:
        plan = with_new_choices(self.plan.values())  # a new plan after a visit replaces its step
        return Draft(self.patient.values(), plan, self.medications.lines())

    def handout_choices(self) -> HandoutChoices:
        return self.handout.choices()

    def load(self, draft: Draft, handout: HandoutChoices) -> None:
        """Fill every panel (no change signals)."""
        self.patient.set_values(draft.patient)
        self.plan.set_values(draft.plan)
        self.medications.set_lines(draft.medications)
        self.handout.set_choices(handout)
        self._count_medications()

    def load_plan(self, plan: Mapping[str, Any]) -> None:
        """Put new plan values into the Plan section (a recorded visit), then let the change
        take the normal path of an edit (`draft_changed`)."""
        self.plan.set_values(plan)
        self.draft_changed.emit()

    def show_history(self) -> None:
        self.tabs.setCurrentWidget(self.history_page)

    def show_first_field(self) -> None:
        """Where a new plan starts: the Patient tab, every page at its top, the focus on Age."""
        self.tabs.setCurrentWidget(self.patient_page)
        for page in (*self._pages, self.plan_page):
            page.verticalScrollBar().setValue(0)
        self.patient.numbers["age_years"].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_field(self, field: str) -> None:
        """Bring `field` into sight after an undo changed it: its page, scrolled to it. When its
        tab had to be opened, the focus goes onto it, as a text cursor goes to what an undo
        changed."""
        widget = self._input_of(field)
        if widget is None:
            return
        page = next((p for p in (*self._pages, self.plan_page) if p.isAncestorOf(widget)), None)
        if page is None:
            return
        if self.tabs.indexOf(page) >= 0 and self.tabs.currentWidget() is not page:
            self.tabs.setCurrentWidget(page)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        page.ensureWidgetVisible(widget)

    def _input_of(self, field: str) -> QWidget | None:
        handout = self.handout
        others: dict[str, QWidget] = {
            "medications": self.medications,
            "history": self.history,  # a visit recorded or undone
            "lang": handout.language,
            "patient_name": handout.patient_name,
            "large_print": handout.large_print,
        }
        return self.patient.marks.input(field) or self.plan.marks.input(field) or others.get(field)

    def unplaced(self, errors: Mapping[str, str]) -> list[str]:
        """Messages for fields the form has no row for (shown in the status banner)."""
        placed = self.patient.marks.fields() | self.plan.marks.fields()
        return [
            labelled(field, validation_message(message))
            for field, message in errors.items()
            if field not in placed
        ]

    def show_state(self, state: PlanState) -> None:
        """Mark invalid fields; show what the current plan derived (nothing when it is stale)."""
        errors = {field: validation_message(message) for field, message in state.errors.items()}
        self.patient.show_errors(errors)
        self.plan.show_errors(errors)
        self.plan.show_plan(None if state.stale else state.plan)
        self.medications.show_plan(state.plan)
        self.history.show_plan(state.plan)
        self._count_visits()

    def _count_visits(self) -> None:
        """The History tab says how many visits are recorded."""
        count = len(self.history.rows())
        index = self.tabs.indexOf(self.history_page)
        self.tabs.setTabText(
            index, self._history_title(str(count)) if count else self.tr("History")
        )

    def _count_medications(self) -> None:
        """The Medications tab says how many lines are filled in."""
        count = len(self.medications.lines())
        index = self.tabs.indexOf(self.medications_page)
        title = self._medications_title(str(count)) if count else self.tr("Medications")
        self.tabs.setTabText(index, title)

    def _medications_title(self, count: str) -> str:
        return self.tr("Medications (%1)").replace("%1", count)

    def _history_title(self, count: str) -> str:
        return self.tr("History (%1)").replace("%1", count)
