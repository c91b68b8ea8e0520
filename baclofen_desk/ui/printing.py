"""Printing a generated PDF: its pages rendered at printer resolution onto a QPrinter.

Qt has no call that prints an existing PDF, so each page is rendered with
QPdfDocument and painted full-page; the same function serves the print preview.
The PDF's page labels say which part (handout or summary) each page belongs to,
so the preview counts pages as the footers do.
The printer is set to the PDF's own paper (A4 or Letter), and a page is only
ever scaled evenly (the same factor across and down, centred), so check boxes
stay square even when the user picks another paper.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument

from baclofen_desk.report.settings import PAGE_LABEL_PREFIX, PDF_PARTS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtPrintSupport import QPrinter

    from baclofen_desk.report.settings import PdfPart

#: Resolution the pages are rendered at (dots per inch).
PRINT_DPI = 300


class PdfPages:
    """A PDF loaded from bytes, ready to paint on printers."""

    def __init__(self, data: bytes) -> None:
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)

    def page_count(self) -> int:
        return self.document.pageCount()

    def part_pages(self) -> list[PartPage]:
        """Each page's part and its number within it, as its footer prints them."""
        return part_pages([self.document.pageLabel(i) for i in range(self.page_count())])

    def page_size(self) -> QPageSize:
        """The paper of the PDF's first page (all its pages share it)."""
        return QPageSize(self.document.pagePointSize(0), QPageSize.Unit.Point)

    def match_paper(self, printer: QPrinter) -> None:
        """Set `printer` to the PDF's paper, portrait."""
        printer.setPageSize(self.page_size())
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)

    def paint(self, printer: QPrinter) -> None:
        """Render every page at `PRINT_DPI` and paint it over the whole paper."""
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            for index in range(self.page_count()):
                if index:
                    printer.newPage()
                self._paint_page(painter, printer, index)
        finally:
            painter.end()

    def _paint_page(self, painter: QPainter, printer: QPrinter, index: int) -> None:
        points = self.document.pagePointSize(index)
        size = QSize(
            round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI)
        )
        image = self.document.render(index, size)
        painter.drawImage(even_fit(points, painter.viewport()), image)


@dataclass(frozen=True)
class PartPage:
    """A page as its footer numbers it: the part it belongs to, "page `number` of `total`"."""

    part: PdfPart
    number: int
    total: int


def part_of_label(label: str) -> PdfPart:
    """The part a PDF page label names ("Summary 2": the summary; "2": the handout)."""
    for part in sorted(PDF_PARTS, key=lambda p: -len(PAGE_LABEL_PREFIX[p])):
        if label.startswith(PAGE_LABEL_PREFIX[part]):
            return part
    return PDF_PARTS[0]


def part_pages(labels: Sequence[str]) -> list[PartPage]:
    """Number the pages within their parts, from the PDF's page labels."""
    parts = [part_of_label(label) for label in labels]
    seen: dict[PdfPart, int] = {}
    pages = []
    for part in parts:
        seen[part] = seen.get(part, 0) + 1
        pages.append(PartPage(part, seen[part], parts.count(part)))
    return pages


def even_fit(page: QSizeF, area: QRect) -> QRect:
    """The largest rectangle of the page's proportions inside `area`, centred."""
    scale = min(area.width() / page.width(), area.height() / page.height())
    width, height = round(page.width() * scale), round(page.height() * scale)
    left = area.x() + (area.width() - width) // 2
    top = area.y() + (area.height() - height) // 2
    return QRect(left, top, width, height)
