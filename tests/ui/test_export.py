"""Export PDF and Print from the window, and the preview and printing parts on their own."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QRect, QSizeF
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from baclofen_desk.ui.pdf_preview import PdfPreview
from baclofen_desk.ui.preferences import Preferences
from baclofen_desk.ui.printing import PdfPages, even_fit
from tests.ui.driving import table_text, type_patient

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def summary_row(row: list[str]) -> str:
    """A schedule table row as the clinician summary prints it."""
    start, end, _days, daily, doses, _give, times = row
    iso = QDate.fromString(start, "d MMM yyyy").toString("yyyy-MM-dd")
    end_iso = QDate.fromString(end, "d MMM yyyy").toString("yyyy-MM-dd") or "open"
    pairs = zip(times.split(", "), doses.split(" + "), strict=True)
    return f"{iso}\n{end_iso}\n{daily} mg\n" + "; ".join(f"{t} {d} mg" for t, d in pairs)


def ready_window(qtbot: QtBot, window: MainWindow) -> MainWindow:
    type_patient(qtbot, window, age_years="45", weight_kg="70", scr="0.9")
    window.editor.patient.sex.set_value("male")
    window.preferences = Preferences(
        clinic_name="Riverside Spasticity Clinic", clinic_phone="555-0100", emergency_number="911"
    )
    return window


def test_export_writes_a_pdf_whose_text_matches_the_table(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    ready_window(qtbot, window)
    target = tmp_path / "handout.pdf"
    dialog_calls.answer("ask_export_path", target)
    dialog_calls.answer("show_pdf_preview", None)

    window.commands.export_pdf.trigger()

    assert dialog_calls.names() == ["ask_export_path", "show_pdf_preview"]
    data = target.read_bytes()
    assert dialog_calls.calls[1][1] == (data, "handout.pdf")
    text = pdf_text(data)
    assert "Riverside Spasticity Clinic" in text
    rows = table_text(window)
    assert len(rows) == 4
    for row in rows:
        assert summary_row(row) in text


def test_a_name_typed_without_pdf_gets_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    ready_window(qtbot, window)
    dialog_calls.answer("ask_export_path", tmp_path / "ana.handout")
    dialog_calls.answer("show_pdf_preview", None)
    assert window.exports.export_pdf() == tmp_path / "ana.handout.pdf"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["ana.handout.pdf"]


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    ready_window(qtbot, window)
    dialog_calls.answer("ask_export_path", None)
    window.commands.export_pdf.trigger()
    assert dialog_calls.names() == ["ask_export_path"]
    assert list(tmp_path.glob("*.pdf")) == []


def test_print_sends_the_pdf_to_the_print_preview(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    ready_window(qtbot, window)
    dialog_calls.answer("show_print_preview", None)
    window.commands.print.trigger()
    ((name, (data,)),) = dialog_calls.calls
    assert name == "show_print_preview"
    assert data.startswith(b"%PDF")


def test_a_stale_plan_is_not_exported(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    ready_window(qtbot, window)
    type_patient(qtbot, window, scr="30")
    dialog_calls.answer("show_error", None)
    window.commands.export_pdf.trigger()
    assert dialog_calls.names() == ["show_error"]
    assert "not up to date" in dialog_calls.calls[0][1][1]


def test_the_preview_shows_every_page(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    ready_window(qtbot, window)
    data = window.exports.pdf()
    assert data is not None
    preview = PdfPreview(data, "handout.pdf", window)
    qtbot.addWidget(preview)
    preview.show()
    assert preview.page_count() == len(PdfReader(io.BytesIO(data)).pages)
    assert preview.view.document() is preview.document
    assert preview.frameGeometry().height() <= preview.screen().availableGeometry().height()


def test_printing_paints_every_page_onto_the_printer(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    ready_window(qtbot, window)
    data = window.exports.pdf()
    assert data is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    PdfPages(data).paint(printer)
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == len(PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize(
    ("preferences", "question"),
    [
        (
            {"emergency_number": "112"},
            "The handout will not say whom to call. Export anyway?",
        ),
        (
            {"clinic_phone": "555-0100"},
            "The handout will say \u201ccall your local emergency number\u201d: no emergency "
            "number is set in Preferences or known for this computer's country. Export anyway?",
        ),
    ],
)
def test_a_handout_that_lacks_a_number_asks_once(
    qtbot: QtBot,
    window: MainWindow,
    dialog_calls: DialogCalls,
    monkeypatch: pytest.MonkeyPatch,
    preferences: dict[str, str],
    question: str,
) -> None:
    from baclofen_desk.ui import export_actions

    monkeypatch.setattr(export_actions, "system_country", lambda: None)
    ready_window(qtbot, window)
    window.preferences = Preferences(**preferences)
    dialog_calls.answer("ask_export_anyway", False)
    assert window.exports.pdf() is None
    [(name, (gaps,))] = dialog_calls.calls
    assert name == "ask_export_anyway"
    from baclofen_desk.ui.dialogs import _tr

    assert _tr("%1 Export anyway?").replace("%1", gaps) == question
    dialog_calls.answer("ask_export_anyway", True)
    data = window.exports.pdf()
    assert data is not None and data.startswith(b"%PDF-")
    assert dialog_calls.names() == ["ask_export_anyway", "ask_export_anyway"]


@pytest.mark.parametrize(
    ("country", "paper", "size"),
    [("US", None, (612, 792)), ("ES", None, (595, 842)), ("US", "a4", (595, 842))],
)
def test_paper_from_the_country_or_the_preferences(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    country: str,
    paper: str | None,
    size: tuple[int, int],
) -> None:
    from baclofen_desk.ui import export_actions

    monkeypatch.setattr(export_actions, "system_country", lambda: country)
    ready_window(qtbot, window)
    window.preferences = window.preferences.model_copy(update={"paper": paper})
    data = window.exports.pdf()
    assert data is not None
    boxes = {
        (round(p.mediabox.width), round(p.mediabox.height))
        for p in PdfReader(io.BytesIO(data)).pages
    }
    assert boxes == {size}


def test_printing_uses_the_pdf_paper_and_scales_evenly(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    ready_window(qtbot, window)
    window.preferences = window.preferences.model_copy(update={"paper": "a4"})
    data = window.exports.pdf()
    assert data is not None
    pages = PdfPages(data)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    pages.match_paper(printer)
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Point)
    assert (round(size.width()), round(size.height())) == (595, 842)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages.paint(printer)
    printed = PdfReader(tmp_path / "printed.pdf").pages[0]
    assert (round(printed.mediabox.width), round(printed.mediabox.height)) == (595, 842)


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        (QRect(0, 0, 612, 792), QRect(0, 0, 612, 792)),  # the same paper: all of it
        (QRect(0, 0, 595, 842), QRect(0, 36, 595, 770)),  # Letter on A4: narrower, centred
        (QRect(10, 0, 1190, 842), QRect(279, 0, 651, 842)),  # offset area, centred
    ],
)
def test_pages_are_scaled_evenly(area: QRect, expected: QRect) -> None:
    fitted = even_fit(QSizeF(612, 792), area)
    assert fitted == expected
    assert fitted.width() / fitted.height() == pytest.approx(612 / 792, abs=0.002)
