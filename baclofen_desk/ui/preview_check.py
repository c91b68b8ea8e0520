"""`--check-previews FILE`: printing and both previews exercised once, then quit.

A smoke test for a built program (`make bundle-check`), where a missing Qt
plugin or library shows only when printing or previewing: the plan opened on
the command line is rendered to PDF, printed to FILE through QPrinter, painted
in the print preview and shown in the PDF preview. One line on standard output
says what rendered; the exit status is 0 when every part rendered every page.
Nothing waits for a user: both previews are shown without blocking and closed.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from baclofen_desk.ui.handout_pdf import handout_settings, render_pdf, system_country
from baclofen_desk.ui.pdf_preview import PdfPreview
from baclofen_desk.ui.print_preview import PrintPreview
from baclofen_desk.ui.printing import PdfPages

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from baclofen_desk.ui.main_window import MainWindow

#: Longest wait for a preview to paint (seconds).
PAINT_TIMEOUT_S = 20.0


def check_previews(window: MainWindow, target: Path) -> int:
    """Print, preview and show the window's plan; report on stdout; 0 when all rendered."""
    plan = window.document.state.plan
    if plan is None or window.document.state.stale or plan.refused or plan.blocked:
        print("previews: no plan that can be printed (open a valid plan file)")
        return 1
    document = window.document
    settings = handout_settings(
        document.handout, window.preferences, document.knowledge, system_country()
    )
    data = render_pdf(plan, document.handout, settings, document.knowledge)
    pages = PdfPages(data)
    results = [printed_pages(pages, target), print_preview_pages(window, data)]
    results.append(pdf_preview_pages(window, data))
    print(
        f"previews: {pages.page_count()} pages; printed to {target.name}: {results[0]}, "
        f"print preview painted: {results[1]}, PDF preview shows: {results[2]}"
    )
    return 0 if pages.page_count() > 0 and all(r == pages.page_count() for r in results) else 1


def printed_pages(pages: PdfPages, target: Path) -> int:
    """Print to a PDF file (as with no printer installed); the pages the file then holds."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    pages.paint(printer)
    printed = QPdfDocument()
    printed.load(str(target))
    return printed.pageCount()


def print_preview_pages(window: MainWindow, data: bytes) -> int:
    """Open the window's print preview on the pages; how many it painted (0: it never
    painted)."""
    painted: list[int] = []
    dialog = PrintPreview(data, window)
    dialog.preview.paintRequested.connect(
        lambda _printer: painted.append(dialog.pages.page_count())
    )
    dialog.show()
    wait_until(lambda: bool(painted))
    dialog.close()
    dialog.deleteLater()
    return painted[-1] if painted else 0


def pdf_preview_pages(window: MainWindow, data: bytes) -> int:
    """Show the PDF preview; its page count once the view has painted (0: it never did)."""
    preview = PdfPreview(data, "check", window)
    preview.show()
    wait_until(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    QCoreApplication.processEvents()
    shown = preview.page_count() if not preview.view.grab().isNull() else 0
    preview.close()
    return shown


def wait_until(done: Callable[[], bool]) -> None:
    """Handle events until `done()` or PAINT_TIMEOUT_S has passed."""
    deadline = time.monotonic() + PAINT_TIMEOUT_S
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
