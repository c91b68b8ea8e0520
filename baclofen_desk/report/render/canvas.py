"""A canvas that numbers pages "x of y" within each part (handout, summary), in the footers
and in the PDF's page labels, so a viewer's page counter shows the same numbers.

Pages are kept until the document is complete, so the total is known when the
footers are drawn (the usual ReportLab recipe). The PDF's creation date is the
plan's generation time, so the same plan gives the same bytes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.pdfgen.canvas import Canvas

from baclofen_desk.report.render.page import draw_foot

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Mapping

    from baclofen_desk.report.render.page import Geometry


@dataclass(frozen=True)
class Footer:
    """How one part numbers its pages."""

    label: str  # "Page {page} of {pages}"
    geometry: Geometry
    font: str
    #: Put before the page number in the PDF's page label (what a viewer shows as the page).
    label_prefix: str = ""


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """Set `part` in each page's onPage callback; footers are drawn on save."""

    def __init__(
        self, *args: Any, footers: Mapping[str, Footer], created: dt.datetime, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.part = next(iter(footers))
        self._footers = footers
        self._pages: list[dict[str, Any]] = []
        stamp = created.strftime("D:%Y%m%d%H%M%S")
        self.setDateFormatter(lambda *_: stamp)

    def showPage(self) -> None:  # ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals = Counter(page["part"] for page in self._pages)
        numbers: Counter[str] = Counter()
        for index, page in enumerate(self._pages):
            self.__dict__.update(page)
            numbers[self.part] += 1
            if numbers[self.part] == 1:  # each part's page labels count from 1, as its footer
                prefix = self._footers[self.part].label_prefix
                self.addPageLabel(index, style="ARABIC", start=1, prefix=prefix or None)
            footer = self._footers[self.part]
            text = footer.label.format(page=numbers[self.part], pages=totals[self.part])
            draw_foot(self, footer.geometry, text, footer.font)
            super().showPage()
        super().save()
