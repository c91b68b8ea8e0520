"""The clinician pages: titled parts, each with paragraphs and a wrapped table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, KeepTogether, Table

from baclofen_desk.report.render.styles import HEAD_FILL, RULE, table_style
from baclofen_desk.report.render.text import para

if TYPE_CHECKING:
    from reportlab.lib.styles import StyleSheet1
    from reportlab.platypus import Flowable

    from baclofen_desk.report import model


#: Lines of room a part needs below its heading before it may start on this page.
HEADING_AND_ROWS = 6
#: Lines of room counted for each of a part's paragraphs, so that a heading and its
#: paragraphs never stand at the foot of a page with their table on the next.
LINES_PER_PARAGRAPH = 2


def summary_table(table: model.Table, styles: StyleSheet1, width: float) -> Table:
    head = [para(column, styles["cell_bold"]) for column in table.columns]
    body = [[para(value, styles["cell"]) for value in row] for row in table.rows]
    flow = Table(
        [head, *body],
        colWidths=[width * share for share in table.widths],
        repeatRows=1,
        splitInRow=1,  # a row taller than a page (a long medication list) splits too
        hAlign="LEFT",
    )
    flow.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ]
        )
    )
    return flow


def part_flowables(part: model.SummaryPart, styles: StyleSheet1, width: float) -> list[Flowable]:
    # Start a part on a new page only when its heading and a few lines would not fit.
    paragraphs = styles["body"].leading * LINES_PER_PARAGRAPH * len(part.paragraphs)
    room = styles["part"].leading * HEADING_AND_ROWS + paragraphs
    story: list[Flowable] = [CondPageBreak(room), para(part.heading, styles["part"])]
    story += [para(text, styles["body"]) for text in part.paragraphs]
    if part.table is not None:
        story.append(summary_table(part.table, styles, width))
    if part.chart is not None:
        from baclofen_desk.report.render.history_chart_flow import history_drawing

        drawing = history_drawing(part.chart, styles["cell"].fontSize, width)
        story.append(KeepTogether([para(part.chart.heading, styles["strong"]), drawing]))
    return story


def summary_story(data: model.SummaryData, styles: StyleSheet1, width: float) -> list[Flowable]:
    """Every flowable of the clinician pages."""
    story: list[Flowable] = [
        para(data.title, styles["title"]),
        para(data.disclaimer, styles["strong"]),
        para(data.versions, styles["small"]),
    ]
    story += [para(line, styles["body"]) for line in data.intro]
    for part in data.parts:
        story += part_flowables(part, styles, width)
    return story
