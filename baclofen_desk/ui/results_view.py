"""The output side of the window: status, timeline chart, schedule table, alerts, interactions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QVBoxLayout, QWidget

from baclofen_desk.ui.alerts_view import AlertsView
from baclofen_desk.ui.interactions_view import InteractionsView
from baclofen_desk.ui.schedule_model import NOTE, ScheduleModel
from baclofen_desk.ui.status_banner import StatusBanner
from baclofen_desk.ui.timeline_chart import TimelineChart

if TYPE_CHECKING:
    from collections.abc import Sequence

    from baclofen_desk.ui.document import PlanState


class ResultsView(QWidget):
    """Shows a `PlanState`; the splitters let the user give room where it is needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = StatusBanner()
        self.chart = TimelineChart()
        self.schedule = ScheduleModel(self)
        self.table = QTableView()
        self.table.setModel(self.schedule)
        self.table.setAccessibleName(self.tr("Dose schedule"))
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.alerts = AlertsView()
        self.interactions = InteractionsView()
        lists = QSplitter(Qt.Orientation.Horizontal)
        lists.addWidget(self.alerts)
        lists.addWidget(self.interactions)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.chart, self.table, lists):
            self.splitter.addWidget(widget)
            self.splitter.setCollapsible(self.splitter.indexOf(widget), False)
        self.splitter.setSizes([200, 200, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

    def show_state(self, state: PlanState, unplaced: Sequence[str] = ()) -> None:
        plan = state.plan
        self.banner.show_state(state, unplaced)
        self.chart.set_plan(plan, stale=state.stale)
        self.schedule.set_steps(plan.steps if plan is not None else ())
        has_notes = plan is not None and any(step.note for step in plan.steps)
        self.table.setColumnHidden(NOTE, not has_notes)
        self.table.setEnabled(not state.stale)
        self.alerts.show_plan(plan)
        self.interactions.show_plan(plan)
