"""One dose in a calendar cell: a large check box and the amount on one line.

A calendar has hundreds of these; drawing them directly is several times faster
than a Paragraph each. Text that would not fit the cell falls back to a
wrapping Paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from baclofen_desk.report.render.styles import INK
from baclofen_desk.report.render.text import Para, markup

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle


class DoseLine(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Like "☐ 1½ tab.": the box at `box_size`, the amount at the style's size."""

    def __init__(self, box: str, amount: str, style: ParagraphStyle, box_size: float) -> None:
        super().__init__()
        self.box, self.amount, self.style, self.box_size = box, amount, style, box_size
        self.box_width = stringWidth(f"{box} ", style.fontName, box_size)
        self.width = self.box_width + stringWidth(amount, style.fontName, style.fontSize)
        self.height = max(box_size, style.fontSize) * 1.15

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, font = self.canv, self.style.fontName
        baseline = self.height - max(self.box_size, self.style.fontSize) * 0.95
        canvas.setFillColor(INK)
        canvas.setFont(font, self.box_size)
        canvas.drawString(0, baseline, self.box)
        canvas.setFont(font, self.style.fontSize)
        canvas.drawString(self.box_width, baseline, self.amount)


def dose_cell(
    text: str, box: str, style: ParagraphStyle, box_size: float, width: float
) -> Flowable:
    """The cell's content: a DoseLine when it fits `width`, else a wrapping Paragraph."""
    amount = text.removeprefix(box).lstrip()
    line = DoseLine(box, amount, style, box_size)
    if text.startswith(box) and line.width <= width:
        return line
    bigger = f'<font size="{box_size}">{box}</font>'
    return Para(markup(text).replace(box, bigger, 1), style)
