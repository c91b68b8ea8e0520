"""The output side of the window: status, kidney function used, timeline chart, schedule
table, alerts and interactions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.core.models import Interaction
from baclofen_desk.core.schedule_edits import changed_cells, dispensable_doses
from baclofen_desk.ui.alerts_view import AlertsView
from baclofen_desk.ui.interactions_view import InteractionsView
from baclofen_desk.ui.kidney_view import KidneyView
from baclofen_desk.ui.knowledge_texts import sentence
from baclofen_desk.ui.schedule_actions import ScheduleActions
from baclofen_desk.ui.schedule_columns import needed_width, seed_columns, widen_columns
from baclofen_desk.ui.schedule_delegate import DoseDelegate
from baclofen_desk.ui.schedule_model import NOTE, ScheduleModel
from baclofen_desk.ui.status_banner import StatusBanner
from baclofen_desk.ui.timeline_chart import TimelineChart

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from baclofen_desk.core.knowledge import Product
    from baclofen_desk.core.models import Alert, DoseStep
    from baclofen_desk.ui.document import PlanState


#: Pixels above and below the text of a schedule row.
ROW_PADDING = 6
#: First height of the chart, and of the schedule section (its table's header and five rows,
#: the edit buttons and notes included); the alerts and the interactions get the rest, so
#: that a typical plan's need no scrolling at 1280x800.
CHART_HEIGHT = 150
SCHEDULE_ROWS_SHOWN = 5
#: The schedule rows that stay in sight however small the window or long the notes: the
#: buttons and the notes under the table take their room from the findings, not these rows.
SCHEDULE_ROWS_KEPT = 3
#: The alerts and interactions never shrink below this (a few lines and their buttons).
LISTS_MIN_HEIGHT = 180


def notes_text(steps: tuple[DoseStep, ...]) -> str:
    """ "Step 1: note" lines for the steps that have a note."""
    step = QCoreApplication.translate("ResultsView", "Step %1: %2")
    return "\n".join(
        step.replace("%1", str(number)).replace("%2", sentence("note", item.note))
        for number, item in enumerate(steps, start=1)
        if item.note
    )


class ResultsView(QWidget):
    """Shows a `PlanState`; the splitters let the user give room where it is needed.

    Emits `needed_width_grew` when a plan's longer cells need more width than any before,
    so that the window can make room before a column is cut.
    """

    needed_width_grew = Signal()

    def __init__(
        self, products: Mapping[str, Product], open_days: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._products = products
        self.banner = StatusBanner()
        self.kidney = KidneyView()
        self.chart = TimelineChart(open_days)
        self.schedule = ScheduleModel(self)
        self.table = QTableView()
        self.table.setModel(self.schedule)
        self.table.setAccessibleName(self.tr("Dose schedule"))
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the alerts; arrows stay inside
        self.table.setItemDelegate(DoseDelegate(self.table))
        self.schedule_actions = ScheduleActions(self.table, self.schedule, self)
        self.schedule.edit_refused.connect(self.show_refusal)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + ROW_PADDING)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.table.setColumnHidden(NOTE, True)  # notes are too long for a cell: shown below
        seed_columns(self.table)
        self._widest_needed = self.needed_width()
        self.table.setMinimumHeight(self._rows_height(SCHEDULE_ROWS_KEPT))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setAccessibleName(self.tr("Schedule notes"))
        schedule = QWidget()
        schedule_layout = QVBoxLayout(schedule)
        schedule_layout.setContentsMargins(0, 0, 0, 0)
        schedule_layout.addWidget(self.table, 1)
        schedule_layout.addWidget(self.schedule_actions.bar())
        schedule_layout.addWidget(self.schedule_actions.message)
        schedule_layout.addWidget(self.notes)
        self.alerts = AlertsView()
        self.interactions = InteractionsView()
        lists = QSplitter(Qt.Orientation.Horizontal)
        lists.addWidget(self.alerts)
        lists.addWidget(self.interactions)
        lists.setSizes([1000, 1000])  # as wide as each other, not by the lists' first contents
        lists.setMinimumHeight(LISTS_MIN_HEIGHT)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.chart, schedule, lists):
            self.splitter.addWidget(widget)
            self.splitter.setCollapsible(self.splitter.indexOf(widget), False)
        self.splitter.setStretchFactor(2, 1)  # a taller window gives its room to the findings
        self.splitter.setSizes([CHART_HEIGHT, self._rows_height(SCHEDULE_ROWS_SHOWN), 10_000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.kidney)
        layout.addWidget(self.splitter, 1)

    def _rows_height(self, rows: int) -> int:
        """The table's height with its header, `rows` rows and its frame."""
        header = self.table.horizontalHeader().sizeHint().height()
        rows_height = rows * self.table.verticalHeader().defaultSectionSize()
        return header + rows_height + 2 * self.table.frameWidth()

    def list_of(self, item: Alert | Interaction) -> QListWidget:
        """The list that shows `item`: the interactions' or the alerts'."""
        return self.interactions.list if isinstance(item, Interaction) else self.alerts.list

    def _check_needed_width(self) -> None:
        needed = self.needed_width()
        if needed > self._widest_needed:
            self._widest_needed = needed
            self.needed_width_grew.emit()

    def needed_width(self) -> int:
        """The width that shows every column of the schedule in full."""
        return needed_width(self.table)

    def show_state(
        self,
        state: PlanState,
        unplaced: Sequence[str] = (),
        rules_steps: tuple[DoseStep, ...] | None = None,
    ) -> None:
        """`rules_steps`: the rules' schedule an own schedule is compared with (its changed
        cells are marked)."""
        plan = state.plan
        self.banner.show_state(state, unplaced)
        steps = plan.steps if plan is not None else ()
        changed = changed_cells(steps, rules_steps)
        self.chart.set_plan(plan, stale=state.stale, edited=tuple(any(c) for c in changed))
        product = self._products.get(plan.product) if plan is not None else None
        self.schedule.set_dose_choices(() if plan is None else dispensable_doses(plan))
        if self.schedule.set_steps(steps, product, changed):
            widen_columns(self.table)
            self._check_needed_width()
        own = plan is not None and plan.request.schedule is not None
        self.schedule_actions.set_own_schedule(own)
        self.kidney.show_kidney(None if state.stale or plan is None else plan.kidney)
        notes = notes_text(steps)
        self.notes.setText(notes)
        self.notes.setVisible(bool(notes))
        self.alerts.show_plan(plan)
        self.interactions.show_plan(plan)
        for part in (self.table, self.notes, self.alerts, self.interactions):  # greyed; no override
            part.setEnabled(not state.stale)

    def show_refusal(self, row: int, column: int, why: str) -> None:
        """Say at the cell (tool tip there) and below the table why an edit was not applied."""
        text = self.tr("Step %1 not changed: %2").replace("%1", str(row + 1)).replace("%2", why)
        self.schedule_actions.say(text)
        rect = self.table.visualRect(self.schedule.index(row, column))
        QToolTip.showText(self.table.viewport().mapToGlobal(rect.bottomLeft()), text, self.table)
