"""Named paragraph styles and colours for normal print, large print and the summary.

Large print keeps every character of the handout at 14 pt or more, with a
leading of about 1.4 times the size.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import TableStyle

from baclofen_desk.report.render.fonts import register_fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#8a8a8a")
HEAD_FILL = colors.HexColor("#dfe7ef")
CHANGE_FILL = colors.HexColor("#ffe9a8")
OUTSIDE_FILL = colors.HexColor("#ececec")
URGENT = colors.HexColor("#b00020")
LINE = colors.HexColor("#1f4e8c")


@dataclass(frozen=True)
class Sizes:
    """Font sizes in points for one kind of page."""

    body: float
    cell: float
    small: float
    title: float
    heading: float
    subheading: float
    box: float
    leading: float = 1.38
    label_share: float = 0.13  # calendar: share of the width for the dose-time headings
    dates_share: float = 0.22  # schedule: share of the width for the dates
    schedule_as_blocks: bool = False  # schedule: one block per step instead of a grid


NORMAL = Sizes(body=10.5, cell=9, small=8.5, title=19, heading=14, subheading=11.5, box=12)
LARGE = Sizes(
    body=14,
    cell=14,
    small=14,
    title=24,
    heading=19,
    subheading=16,
    box=18,
    leading=1.4,
    label_share=0.18,
    schedule_as_blocks=True,
)
SUMMARY = Sizes(body=8.5, cell=7.5, small=7.5, title=14, heading=11, subheading=9.5, box=9)


def _style(name: str, font: str, size: float, sizes: Sizes, **extra: object) -> ParagraphStyle:
    settings: dict[str, object] = {
        "textColor": INK,
        "bulletFontName": font,  # ReportLab's default bullet font is Helvetica, 10 pt
        "bulletFontSize": size,
        **extra,
    }
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=size * sizes.leading, **settings
    )


def stylesheet(sizes: Sizes) -> StyleSheet1:
    """The named styles every story uses."""
    regular, bold = register_fonts()
    sheet = StyleSheet1()
    for style in (
        _style("title", bold, sizes.title, sizes, spaceAfter=sizes.body * 0.6),
        _style(
            "heading",
            bold,
            sizes.heading,
            sizes,
            spaceBefore=sizes.body,
            spaceAfter=4,
            keepWithNext=1,
        ),
        # A heading followed by a long table that may split (the summary's parts).
        _style("part", bold, sizes.heading, sizes, spaceBefore=sizes.body, spaceAfter=4),
        _style(
            "subheading",
            bold,
            sizes.subheading,
            sizes,
            spaceBefore=sizes.body * 0.7,
            keepWithNext=1,
        ),
        _style("urgent", bold, sizes.subheading, sizes, textColor=URGENT),
        _style("body", regular, sizes.body, sizes, spaceAfter=sizes.body * 0.35),
        _style(
            "bullet",
            regular,
            sizes.body,
            sizes,
            leftIndent=sizes.body * 1.3,
            bulletIndent=sizes.body * 0.3,
            spaceAfter=sizes.body * 0.15,
        ),
        _style("strong", bold, sizes.body, sizes, spaceAfter=sizes.body * 0.35),
        _style("cell", regular, sizes.cell, sizes),
        _style("cell_bold", bold, sizes.cell, sizes),
        _style("small", regular, sizes.small, sizes, textColor=MUTED, spaceAfter=sizes.small * 0.6),
    ):
        sheet.add(style)
    return sheet


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose own font is the embedded one (ReportLab's default is Helvetica)."""
    regular, _ = register_fonts()
    return TableStyle([("FONT", (0, 0), (-1, -1), regular), *commands])
