"""The patient pages: header, schedule, chart, pharmacy box, instructions, calendar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer, Table

from baclofen_desk.report.render.calendar_flow import calendar_flowables
from baclofen_desk.report.render.chart_flow import chart_drawing
from baclofen_desk.report.render.schedule_flow import schedule_flowables
from baclofen_desk.report.render.styles import RULE, URGENT, table_style
from baclofen_desk.report.render.text import bullet, para

if TYPE_CHECKING:
    from reportlab.lib.styles import StyleSheet1
    from reportlab.platypus import Flowable

    from baclofen_desk.report.model import HandoutData, Pharmacy, Section
    from baclofen_desk.report.render.page import Geometry
    from baclofen_desk.report.render.styles import Sizes

GRID = [("GRID", (0, 0), (-1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")]


def header_table(data: HandoutData, styles: StyleSheet1, width: float) -> Table:
    rows = [
        [para(line.label, styles["cell_bold"]), para(line.value, styles["cell"])]
        for line in data.header
    ]
    table = Table(rows, colWidths=[width * 0.24, width * 0.76], hAlign="LEFT")
    table.setStyle(
        table_style(
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE)]
        )
    )
    return table


def pharmacy_box(pharmacy: Pharmacy, styles: StyleSheet1, width: float) -> Table:
    content = [
        para(pharmacy.heading, styles["subheading"]),
        *(bullet(line, styles["bullet"]) for line in pharmacy.lines),
    ]
    box = Table([[content]], colWidths=[width])
    box.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def section_flowables(section: Section, styles: StyleSheet1, width: float) -> Flowable:
    heading = para(section.heading, styles["urgent" if section.urgent else "subheading"])
    parts = [heading]
    if section.intro:
        parts.append(para(section.intro, styles["body"]))
    parts += [bullet(item, styles["bullet"]) for item in section.items]
    if section.call:
        parts += [Spacer(1, styles["strong"].fontSize * 0.4), para(section.call, styles["strong"])]
    if not section.urgent:
        return KeepTogether([Spacer(1, 4), *parts])
    box = Table([[parts]], colWidths=[width])
    box.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 2, URGENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return KeepTogether([Spacer(1, 8), box])


def first_page(
    data: HandoutData, styles: StyleSheet1, sizes: Sizes, width: float
) -> list[Flowable]:
    story: list[Flowable] = [
        para(data.title, styles["title"]),
        header_table(data, styles, width),
        Spacer(1, 8),
        para(data.intro, styles["body"]),
    ]
    story += [bullet(tip, styles["bullet"]) for tip in data.tips]
    schedule = data.schedule
    story += [
        para(schedule.heading, styles["heading"]),
        para(schedule.intro, styles["body"]),
        *schedule_flowables(schedule, styles, sizes, width),
    ]
    if schedule.note:
        story += [Spacer(1, 4), para(schedule.note, styles["strong"])]
    if schedule.review:
        story += [Spacer(1, 4), para(schedule.review, styles["strong"])]
    return story


def chart_flowables(
    data: HandoutData, styles: StyleSheet1, sizes: Sizes, width: float
) -> list[Flowable]:
    chart = data.chart
    return [
        KeepTogether(
            [
                para(chart.heading, styles["heading"]),
                chart_drawing(chart, sizes, width),
                para(chart.caption, styles["body"]),
            ]
        )
    ]


def handout_story(
    data: HandoutData, styles: StyleSheet1, sizes: Sizes, geometry: Geometry
) -> list[Flowable]:
    """Every flowable of the patient pages, in reading order."""
    width = geometry.width
    story = first_page(data, styles, sizes, width)
    story += [Spacer(1, 10), KeepTogether(pharmacy_box(data.pharmacy, styles, width))]
    story += chart_flowables(data, styles, sizes, width)
    story += [CondPageBreak(sizes.body * 14), para(data.instructions_heading, styles["title"])]
    story += [section_flowables(s, styles, width) for s in data.instructions]
    story += [PageBreak(), *calendar_flowables(data.calendar, styles, sizes, width)]
    return story
