"""The History page: earlier plans, read-only, as the clinician summary prints them.

Each visit is one entry of a list (date, dose taken, outcome, scores, note and
what changed), built by the summary's own history table (report.summary_history)
in the window's language, so the window and the paper never say different
things. With two or more visits the trend chart of dose and scores shows above it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from baclofen_desk.report.summary_history import history_part
from baclofen_desk.ui.knowledge_texts import catalogue
from baclofen_desk.ui.trend_chart import TrendChart

if TYPE_CHECKING:
    from baclofen_desk.core.history_texts import HistoryText
    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan

#: Columns of the summary's history table shown on one line: pain and spasms.
SCORE_COLUMNS = (3, 4)
#: The note's column (left out while a visit has none).
NOTE_COLUMN = 5


def history_words(knowledge: Knowledge) -> HistoryText:
    """The history wording of the handout catalogue in the window's language (else English)."""
    messages = catalogue()
    language = messages.language if messages is not None else "en"
    catalogues = knowledge.handout.catalogues
    return (catalogues.get(language) or knowledge.handout.catalogue("en")).history  # type: ignore[call-overload]


def entry_text(columns: tuple[str, ...], row: tuple[str, ...]) -> str:
    """One visit as lines "Column: value"; pain and spasms share a line; no empty note."""
    lines: list[str] = []
    for index, (column, value) in enumerate(zip(columns, row, strict=True)):
        if index == NOTE_COLUMN and not value:
            continue
        if index == SCORE_COLUMNS[1]:
            lines[-1] += f" · {column}: {value}"
            continue
        lines.append(f"{column}: {value}")
    return "\n".join(lines)


class HistoryPanel(QGroupBox):
    """Earlier plans, oldest first; the trend chart once there are two visits."""

    def __init__(self, knowledge: Knowledge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("History"), parent)
        self._words = history_words(knowledge)
        self.empty = QLabel(
            self.tr(
                "No visits recorded yet. After a follow-up visit, choose Edit → Record visit…: "
                "the current plan is kept here and a new plan starts on the visit date from "
                "the dose taken."
            )
        )
        self.empty.setWordWrap(True)
        self.intro = QLabel(self._words.intro)
        self.intro.setWordWrap(True)
        self.chart = TrendChart()
        self.chart_title = QLabel(self._words.chart_heading)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Earlier plans"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setMinimumWidth(self.chart.minimumWidth())
        layout = QVBoxLayout(self)
        for widget in (self.empty, self.intro, self.chart_title, self.chart, self.list):
            layout.addWidget(widget)
        self._rows: tuple[tuple[str, ...], ...] = ()
        self.show_plan(None)

    def rows(self) -> tuple[tuple[str, ...], ...]:
        """The history table as shown (the summary's rows), oldest first."""
        return self._rows

    def show_plan(self, plan: Plan | None) -> None:
        """List the plan's history; the chart only with two or more visits."""
        part = None if plan is None else history_part(plan, self._words)
        table = None if part is None else part.table
        self._rows = () if table is None else table.rows
        self.list.clear()
        for row in self._rows:
            self.list.addItem(entry_text(self._words.columns, row))
        chart = None if part is None else part.chart
        self.chart.set_chart(chart)
        for widget in (self.chart, self.chart_title):
            widget.setVisible(chart is not None)
        self.empty.setVisible(not self._rows)
        self.intro.setVisible(bool(self._rows))
        self.list.setVisible(bool(self._rows))
