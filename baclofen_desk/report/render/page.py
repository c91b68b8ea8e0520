"""Page geometry (US Letter or A4) and the running head drawn on every page.

The frame follows the paper: everything is laid out for the sheet it is printed
on, never stretched from another size, so check boxes stay square.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import inch

from baclofen_desk.report.render.styles import MUTED, RULE

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from baclofen_desk.core.handout_countries import Paper

#: Width and height in points of each paper the handout can be printed on.
PAGE_SIZES: dict[Paper, tuple[float, float]] = {"letter": letter, "a4": A4}


@dataclass(frozen=True)
class Geometry:
    """Where the text frame sits on the page, and the size of head and foot lines."""

    margin: float
    band_size: float  # font size of the running head and the page footer
    page: tuple[float, float] = letter

    def on(self, paper: Paper) -> Geometry:
        """The same margins on another paper."""
        return replace(self, page=PAGE_SIZES[paper])

    @property
    def band(self) -> float:
        return self.band_size * 2

    @property
    def frame(self) -> tuple[float, float, float, float]:
        """x, y, width, height of the text frame."""
        width, height = self.page
        inner_h = height - 2 * self.margin - 2 * self.band
        return self.margin, self.margin + self.band, width - 2 * self.margin, inner_h

    @property
    def width(self) -> float:
        return self.frame[2]


NORMAL_PAGE = Geometry(margin=0.6 * inch, band_size=8.5)
LARGE_PAGE = Geometry(margin=0.5 * inch, band_size=14)
SUMMARY_PAGE = Geometry(margin=0.6 * inch, band_size=7.5)


def draw_head(canvas: Canvas, geometry: Geometry, text: str, font: str) -> None:
    """The running head: a line of text and a rule under it."""
    width, height = geometry.page
    top = height - geometry.margin
    canvas.saveState()
    canvas.setFont(font, geometry.band_size)
    canvas.setFillColor(MUTED)
    canvas.drawString(geometry.margin, top - geometry.band_size, text)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    line_y = top - geometry.band_size * 1.5
    canvas.line(geometry.margin, line_y, width - geometry.margin, line_y)
    canvas.restoreState()


def draw_foot(canvas: Canvas, geometry: Geometry, text: str, font: str) -> None:
    """The footer line, centred ("Page 2 of 5")."""
    width, _ = geometry.page
    canvas.saveState()
    canvas.setFont(font, geometry.band_size)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(width / 2, geometry.margin, text)
    canvas.restoreState()
