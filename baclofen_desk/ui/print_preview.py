"""The print preview: the PDF's pages as they will print, with a page counter that reads
as the footers do ("Handout: page 2 of 5", "Clinician summary: page 1 of 3").

Qt's own preview dialog counts the sheets of the whole print ("6 / 8") while each
part of the PDF numbers its own pages, so the counter here follows the PDF's page
labels instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from baclofen_desk.ui.pdf_preview import PREFERRED_SIZE
from baclofen_desk.ui.printing import PartPage, PdfPages


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


def page_counter_text(page: PartPage) -> str:
    """The counter for one page, in the words of its part's footer."""
    if page.part == "summary":
        text = _tr("Clinician summary: page %1 of %2")
    else:
        text = _tr("Handout: page %1 of %2")
    return text.replace("%1", str(page.number)).replace("%2", str(page.total))


class PrintPreview(QDialog):
    """The pages of `data` on the printer's paper; Print… sends them to the printer."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print Preview"))
        self.pages = PdfPages(data)
        self.part_pages = self.pages.part_pages()
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.pages.match_paper(self.printer)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.paintRequested.connect(self.pages.paint)
        self.preview.previewChanged.connect(self._show_page)
        self.counter = QLabel(self)
        self.counter.setAccessibleName(self.tr("Page shown"))
        self.previous = QPushButton(self.tr("P&revious Page"), self)
        self.next = QPushButton(self.tr("&Next Page"), self)
        self.previous.clicked.connect(lambda: self._turn(-1))
        self.next.clicked.connect(lambda: self._turn(1))
        print_button = QPushButton(self.tr("&Print…"), self)
        print_button.clicked.connect(self.print_pages)
        print_button.setDefault(True)
        close = QPushButton(self.tr("&Close"), self)
        close.clicked.connect(self.reject)
        bar = QHBoxLayout()
        for widget in (self.previous, self.counter, self.next):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(print_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.preview, 1)
        room = self.screen().availableGeometry()
        self.resize(
            min(PREFERRED_SIZE[0], room.width()), min(PREFERRED_SIZE[1], room.height() * 9 // 10)
        )
        self._show_page()

    def current_page(self) -> PartPage | None:
        """The page shown, as its footer numbers it (None before anything is painted)."""
        index = self.preview.currentPage() - 1
        return self.part_pages[index] if 0 <= index < len(self.part_pages) else None

    def print_pages(self) -> None:
        """Ask for the printer (and the pages), then print them."""
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.preview.print_()
            self.accept()

    def _turn(self, step: int) -> None:
        self.preview.setCurrentPage(self.preview.currentPage() + step)
        self._show_page()

    def _show_page(self) -> None:
        page = self.current_page()
        self.counter.setText("" if page is None else page_counter_text(page))
        current, count = self.preview.currentPage(), self.preview.pageCount()
        self.previous.setEnabled(current > 1)
        self.next.setEnabled(current < count)
