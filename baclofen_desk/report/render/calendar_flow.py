"""The calendar: one table per week, a column per day, a row per dose time.

Days outside the plan are grey; a day that starts a new dose is shaded, framed
and labelled, so a change cannot be missed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import KeepTogether, Spacer, Table

from baclofen_desk.report.render.dose_cell import dose_cell
from baclofen_desk.report.render.styles import (
    CHANGE_FILL,
    HEAD_FILL,
    INK,
    OUTSIDE_FILL,
    RULE,
    table_style,
)
from baclofen_desk.report.render.text import Para, markup, para

if TYPE_CHECKING:
    from reportlab.lib.styles import StyleSheet1
    from reportlab.platypus import Flowable

    from baclofen_desk.report.model import Calendar, CalendarDay, CalendarWeek
    from baclofen_desk.report.render.styles import Sizes


#: Space between a cell's border and its text, in points.
PADDING = 2


def _dose(text: str | None, box: str, styles: StyleSheet1, sizes: Sizes, width: float) -> object:
    return "" if text is None else dose_cell(text, box, styles["cell"], sizes.box, width)


def _date_cell(day: CalendarDay, styles: StyleSheet1) -> Para:
    text = markup(f"{day.arrow} {day.label}" if day.arrow else day.label)
    if day.mark:
        text = f"{text}<br/><b>{markup(day.mark)}</b>"
    if day.visit:
        text = f"{text}<br/><b>{markup(day.visit)}</b>"
    return Para(text, styles["cell_bold" if day.change else "cell"])


def _day_commands(column: int, day: CalendarDay, last_row: int) -> list[tuple[object, ...]]:
    if not day.in_plan:
        return [("BACKGROUND", (column, 0), (column, last_row), OUTSIDE_FILL)]
    if day.change is None:
        return []
    return [
        ("BACKGROUND", (column, 0), (column, last_row), CHANGE_FILL),
        ("BOX", (column, 0), (column, last_row), 2, INK),
    ]


def week_table(
    week: CalendarWeek, box: str, styles: StyleSheet1, sizes: Sizes, width: float
) -> Table:
    label_w = width * sizes.label_share
    day_w = (width - label_w) / 7
    rows: list[list[object]] = [
        [para(week.label, styles["cell_bold"]), *(_date_cell(day, styles) for day in week.days)]
    ]
    for row, time in enumerate(week.times):
        rows.append(
            [
                para(time, styles["cell_bold"]),
                *(
                    _dose(day.doses[row], box, styles, sizes, day_w - 2 * PADDING)
                    for day in week.days
                ),
            ]
        )
    last = len(rows) - 1
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, last), HEAD_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    for column, day in enumerate(week.days, 1):
        commands += _day_commands(column, day, last)
    table = Table(rows, colWidths=[label_w, *[day_w] * 7])
    table.setStyle(table_style(commands))
    return table


def calendar_flowables(
    calendar: Calendar, styles: StyleSheet1, sizes: Sizes, width: float
) -> list[Flowable]:
    story: list[Flowable] = [
        para(calendar.heading, styles["title"]),
        para(calendar.intro, styles["body"]),
    ]
    story += [para(line, styles["strong"]) for line in calendar.legend]
    tables = [week_table(week, calendar.box, styles, sizes, width) for week in calendar.weeks]
    notes = [para(note, styles["strong"]) for note in calendar.notes]
    for table in tables[:-1]:
        story += [Spacer(1, 6), KeepTogether(table)]
    # The last week keeps its closing note ("keep taking ...", "your last dose ...").
    story += [Spacer(1, 6), KeepTogether([*tables[-1:], Spacer(1, 6), *notes])]
    return story
