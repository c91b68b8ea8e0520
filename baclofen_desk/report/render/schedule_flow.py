"""The "Your schedule" table: a grid (a column per time of day) or, in large print,
one small block per step, so that long words never have to break."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import KeepTogether, Spacer, Table

from baclofen_desk.report.render.styles import CHANGE_FILL, HEAD_FILL, RULE, table_style
from baclofen_desk.report.render.text import para

if TYPE_CHECKING:
    from reportlab.lib.styles import StyleSheet1
    from reportlab.platypus import Flowable

    from baclofen_desk.report.model import ScheduleRow, ScheduleTable
    from baclofen_desk.report.render.styles import Sizes

GRID = [("GRID", (0, 0), (-1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]
#: Grid: share of the width for the daily total. Blocks: share for the time of day.
TOTAL_SHARE, TIME_SHARE = 0.14, 0.4


def _grid_row(row: ScheduleRow, slots: int, styles: StyleSheet1) -> list[object]:
    bold = styles["cell_bold"]
    if row.message:
        return [
            para(row.dates, bold),
            para(row.message, bold),
            *[""] * (slots - 1),
            para(row.total, bold),
        ]
    amounts = [para(amount, styles["cell"]) for amount in row.amounts]
    return [para(row.dates, bold), *amounts, para(row.total, bold)]


def schedule_grid(
    schedule: ScheduleTable, styles: StyleSheet1, sizes: Sizes, width: float
) -> Table:
    """Steps as rows, times of day as columns."""
    bold, slots = styles["cell_bold"], len(schedule.times)
    dates_w, total_w = width * sizes.dates_share, width * TOTAL_SHARE
    slot_w = (width - dates_w - total_w) / max(slots, 1)
    head = [
        para(schedule.dates_label, bold),
        *(para(t, bold) for t in schedule.times),
        para(schedule.total_label, bold),
    ]
    rows = [head, *(_grid_row(row, slots, styles) for row in schedule.rows)]
    commands = [*GRID, ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)]
    for number, row in enumerate(schedule.rows, 1):
        if row.message:
            commands += [
                ("SPAN", (1, number), (slots, number)),
                ("BACKGROUND", (0, number), (-1, number), CHANGE_FILL),
            ]
    table = Table(rows, colWidths=[dates_w, *[slot_w] * slots, total_w], repeatRows=1, splitInRow=1)
    table.setStyle(table_style(commands))
    return table


def schedule_block(
    schedule: ScheduleTable, row: ScheduleRow, styles: StyleSheet1, width: float
) -> Table:
    """One step: its dates and daily total, then one line per time of day."""
    bold = styles["cell_bold"]
    total = para(f"{schedule.total_label}\n{row.total}", bold)
    rows: list[list[object]] = [[para(row.dates, bold), total]]
    commands = [*GRID, ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)]
    if row.message:
        rows.append([para(row.message, bold), ""])
        commands += [("SPAN", (0, 1), (1, 1)), ("BACKGROUND", (0, 1), (-1, 1), CHANGE_FILL)]
    else:
        rows += [
            [para(time, bold), para(amount, styles["cell"])]
            for time, amount in zip(schedule.times, row.amounts, strict=True)
        ]
    table = Table(rows, colWidths=[width * TIME_SHARE, width * (1 - TIME_SHARE)])
    table.setStyle(table_style(commands))
    return table


def schedule_flowables(
    schedule: ScheduleTable, styles: StyleSheet1, sizes: Sizes, width: float
) -> list[Flowable]:
    """The schedule in the layout that suits the print size."""
    if not sizes.schedule_as_blocks:
        return [schedule_grid(schedule, styles, sizes, width)]
    story: list[Flowable] = []
    for row in schedule.rows:
        story += [KeepTogether(schedule_block(schedule, row, styles, width)), Spacer(1, 6)]
    return story
