"""Widths of the schedule's columns: wide enough from the start, widened only when needed.

Sizing the columns to their contents on every plan moved every column (and
repainted the table) on each keystroke. The columns start at the width of a
typical four-dose row and only ever grow, when a plan has a longer cell.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from baclofen_desk.ui.numbers import day
from baclofen_desk.ui.schedule_model import DAILY, DAYS, DOSES, FROM, GIVE, NOTE, TIMES, TO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

#: Pixels beside a cell's text (the item view's margins).
CELL_PADDING = 8


def _samples() -> dict[int, str]:
    """The longest text each column usually holds (a four-dose step of tablets)."""
    date = day(dt.date(2026, 12, 30))
    return {
        FROM: date,
        TO: date,
        DAYS: "999",
        DAILY: "120",
        DOSES: "10 + 10 + 10 + 10",
        GIVE: "½ + ½ + ½ + ½ tablet",
        TIMES: "08:00, 12:00, 16:00, 20:00",
    }


def seed_columns(table: QTableView) -> None:
    """Give every shown column the width of its usual longest text (once, at start)."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    for column, sample in _samples().items():
        width = metrics.horizontalAdvance(sample) + CELL_PADDING
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))


def widen_columns(table: QTableView) -> bool:
    """Widen the columns whose cells no longer fit; True when one was widened."""
    header = table.horizontalHeader()
    widened = False
    for column in range(NOTE):
        needed = table.sizeHintForColumn(column)
        if needed > header.sectionSize(column) and column != TIMES:
            header.resizeSection(column, needed)
            widened = True
    return widened


def needed_width(table: QTableView) -> int:
    """The table's width with every shown column in full (the last one at its content)."""
    header = table.horizontalHeader()
    columns = sum(header.sectionSize(c) for c in range(TIMES) if not table.isColumnHidden(c)) + max(
        table.sizeHintForColumn(TIMES), _times_seed(table)
    )
    scroll_bar = table.verticalScrollBar().sizeHint().width()
    return columns + table.verticalHeader().sizeHint().width() + scroll_bar + 2 * table.frameWidth()


def _times_seed(table: QTableView) -> int:
    return table.fontMetrics().horizontalAdvance(_samples()[TIMES]) + CELL_PADDING
