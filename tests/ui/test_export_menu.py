"""File → Export (one action per row of the export table, the command line's bytes), Copy
Prescription Text, and Print / Export PDF of the handout, the summary or both."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import TYPE_CHECKING, Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton

from baclofen_desk import cli, exports
from baclofen_desk.exports import EXPORTS
from baclofen_desk.ui.export_actions import ExportActions
from baclofen_desk.ui.export_formats import export_words
from baclofen_desk.ui.main_window import MainWindow
from baclofen_desk.ui.preferences import Preferences
from baclofen_desk.ui.print_preview import PrintPreview
from baclofen_desk.ui.translations import install_translators, remove_translators
from tests.ui.driving import type_patient

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge
    from tests.ui.conftest import DialogCalls

#: One clock for the window and the command line, so both stamp the same time.
EXPORTED_AT = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
#: The window's preferences and the command line's options that say the same.
PREFERENCES = Preferences(
    clinic_name="Riverside Spasticity Clinic",
    clinic_phone="555-0100",
    emergency_number="911",
    paper="letter",
    refills=2,
)
SAME_OPTIONS = [
    "--clinic-name=Riverside Spasticity Clinic",
    "--clinic-phone=555-0100",
    "--emergency-number=911",
    "--paper=letter",
    "--refills=2",
]


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exports, "export_time", lambda: EXPORTED_AT)


def saved_plan(qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, folder: Path) -> Path:
    """A plan typed in the window, its handout in Spanish, saved as `visit-3`."""
    type_patient(qtbot, window, age_years="45", weight_kg="70", scr="0.9")
    window.editor.patient.sex.set_value("male")
    window.document.set_handout(window.document.handout.model_copy(update={"lang": "es"}))
    window.preferences = PREFERENCES
    path = folder / "visit-3.baclofen.json"
    dialog_calls.answer("ask_save_path", path)
    assert window.files.save()
    return path


def cli_bytes(plan_file: Path, option: str, target: Path, *extra: str) -> bytes:
    argv = ["--plan-file", str(plan_file), "--lang=es", *SAME_OPTIONS, *extra, option, str(target)]
    assert cli.run(argv) == cli.EXIT_OK
    return target.read_bytes()


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_file_export_has_one_action_per_row_of_the_export_table(window: MainWindow) -> None:
    commands = window.commands
    assert list(commands.exports) == [export.name for export in EXPORTS]
    menu = [a.text() for a in commands.export_menu.actions()]
    assert menu == [
        "&PDF…",
        "&FHIR MedicationRequest…",
        "Dose &Calendar (iCalendar)…",
        "Prescription &Text…",
    ]
    assert menu == [export_words(export).menu for export in EXPORTS]
    assert commands.export_pdf is commands.exports["pdf"]
    assert commands.export_pdf.shortcut() == QKeySequence("Ctrl+Shift+E")
    toolbar = window.findChild(type(window.addToolBar("probe")), "main_toolbar")
    assert commands.export_pdf in toolbar.actions() and commands.print in toolbar.actions()
    assert commands.export_pdf.iconText() == commands.export_pdf.toolTip() == "Export PDF"
    assert commands.copy_sig.shortcut() == QKeySequence("Ctrl+Shift+C")
    edit_menu = window.menuBar().actions()[1].menu()
    assert commands.copy_sig in edit_menu.actions()


@pytest.mark.parametrize("export", EXPORTS, ids=lambda export: export.name)
def test_each_export_writes_the_bytes_the_command_line_writes(
    qtbot: QtBot,
    window: MainWindow,
    dialog_calls: DialogCalls,
    tmp_path: Path,
    export: exports.Export,
) -> None:
    plan_file = saved_plan(qtbot, window, dialog_calls, tmp_path)
    written = tmp_path / "from the window"
    dialog_calls.answer("ask_export_path", written)
    dialog_calls.answer("show_pdf_preview", None)

    window.commands.exports[export.name].trigger()

    title, suggested, files = dialog_calls.calls[-1 if export.name != "pdf" else -2][1]
    assert (title, files) == (
        export_words(export).title,
        f"{export_words(export).files} (*{export.suffix})",
    )
    assert suggested == tmp_path / f"visit-3{export.suffix}"  # the plan file's name, no patient's
    window_file = tmp_path / f"from the window{export.suffix}"
    expected = cli_bytes(plan_file, export.option, tmp_path / f"cli{export.suffix}")
    assert window_file.read_bytes() == expected
    assert window.statusBar().currentMessage() == f"Exported {window_file}"


def test_copy_prescription_text_puts_the_sig_on_the_clipboard(
    qtbot: QtBot,
    window: MainWindow,
    dialog_calls: DialogCalls,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan_file = saved_plan(qtbot, window, dialog_calls, tmp_path)
    QGuiApplication.clipboard().setText("before")
    window.commands.copy_sig.trigger()
    assert cli.run(["--plan-file", str(plan_file), *SAME_OPTIONS, "--sig", "-"]) == cli.EXIT_OK
    sig = capsys.readouterr().out
    assert sig.startswith("Baclofen ") and sig.endswith("\n") and "Refills: 2" in sig
    assert QGuiApplication.clipboard().text() == sig
    assert window.statusBar().currentMessage() == "Prescription text copied to the clipboard."


def test_no_export_and_no_copy_without_a_plan_that_may_leave(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    QGuiApplication.clipboard().setText("before")
    dialog_calls.answer("show_error", None)
    for action in [*window.commands.exports.values(), window.commands.copy_sig]:
        action.trigger()
    assert dialog_calls.names() == ["show_error"] * (len(EXPORTS) + 1)
    assert {call[1][1] for call in dialog_calls.calls} == {
        "There is no plan yet: complete the marked fields."
    }
    type_patient(qtbot, window, age_years="45")
    window.editor.patient.dialysis.click()  # a critical alert not overridden
    dialog_calls.calls.clear()
    window.commands.exports["fhir"].trigger()
    window.commands.copy_sig.trigger()
    assert [call[1][1][:38] for call in dialog_calls.calls] == [
        "A critical alert blocks the handout. S"
    ] * 2
    assert QGuiApplication.clipboard().text() == "before"
    assert list(tmp_path.glob("*.*")) == []


def test_the_number_question_is_asked_only_where_a_handout_is_printed(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    saved_plan(qtbot, window, dialog_calls, tmp_path)
    window.preferences = PREFERENCES.model_copy(update={"clinic_phone": ""})
    dialog_calls.answer("ask_export_path", tmp_path / "out")
    for name in ("fhir", "ics", "sig"):
        window.commands.exports[name].trigger()
    window.commands.copy_sig.trigger()
    window.commands.parts[("summary",)].trigger()
    dialog_calls.answer("show_pdf_preview", None)
    window.commands.export_pdf.trigger()
    assert "ask_export_anyway" not in dialog_calls.names()
    dialog_calls.answer("ask_export_anyway", False)
    window.commands.parts[("handout",)].trigger()
    window.commands.export_pdf.trigger()
    assert dialog_calls.names()[-1] == "ask_export_anyway"


def footer_numbers(pages: list[str], label: str) -> list[tuple[int, int]]:
    return [
        (int(found[0]), int(found[1]))
        for page in pages
        for found in re.findall(label + r" (\d+) (?:of|de) (\d+)", page)
    ]


def test_the_handout_alone_prints_only_the_handout_pages(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    saved_plan(qtbot, window, dialog_calls, tmp_path)
    both = window.exports.pdf()
    assert both is not None
    window.commands.parts[("handout",)].trigger()
    assert window.exports.parts == ("handout",)
    dialog_calls.answer("show_print_preview", None)
    window.commands.print.trigger()
    [(name, (handout,))] = dialog_calls.calls[-1:]
    assert name == "show_print_preview"
    pages = pdf_pages(handout)
    count = len(pages)
    assert footer_numbers(pages, "Página") == [(n, count) for n in range(1, count + 1)]
    assert not any("Clinician summary" in page for page in pages)
    assert pdf_pages(both)[:count] == pages  # the same handout pages as in both parts
    assert "Clinician summary · page 1 of" in pdf_pages(both)[count]
    window.commands.parts[("summary",)].trigger()
    summary = pdf_pages(window.exports.pdf() or b"")
    assert footer_numbers(summary, "Clinician summary · page") == [
        (n, len(summary)) for n in range(1, len(summary) + 1)
    ]
    assert len(summary) + count == len(pdf_pages(both))
    assert ExportActions(window, window.document, lambda: PREFERENCES).parts == ("summary",)


def preview_counters(qtbot: QtBot, window: MainWindow, data: bytes) -> list[str]:
    """The preview's page counter on each page, turning the pages with Next Page."""
    preview = PrintPreview(data, window)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.preview.pageCount() > 0)
    counters = [preview.counter.text()]
    while preview.next.isEnabled():
        preview.next.click()
        counters.append(preview.counter.text())
    assert len(counters) == preview.preview.pageCount()
    return counters


def test_the_preview_counts_pages_as_their_footers_do(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    saved_plan(qtbot, window, dialog_calls, tmp_path)
    data = window.exports.pdf()
    assert data is not None
    pages = pdf_pages(data)
    handout = footer_numbers(pages, "Página")
    summary = footer_numbers(pages, "Clinician summary · page")
    assert len(handout) + len(summary) == len(pages)
    assert preview_counters(qtbot, window, data) == [
        f"Handout: page {n} of {total}" for n, total in handout
    ] + [f"Clinician summary: page {n} of {total}" for n, total in summary]


def menu_letters(menu: QMenu) -> list[tuple[str, list[str]]]:
    """(menu title, the Alt+letters of its entries) for `menu` and each of its submenus."""
    letters = []
    found = []
    for action in menu.actions():
        match = re.search(r"&(\w)", action.text())
        if match is not None:
            letters.append(match.group(1).lower())
        if action.menu() is not None:
            found += menu_letters(action.menu())
    return [(menu.title(), letters), *found]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_menu_keeps_its_alt_letters_apart(
    qtbot: QtBot, qapp: Any, compiled_catalogues: None, knowledge: Knowledge, language: str
) -> None:
    installed = install_translators(qapp, language) if language != "en" else []
    try:
        main = MainWindow(knowledge)
        qtbot.addWidget(main, before_close_func=lambda w: w.document.set_modified(False))
        menus = [m for a in main.menuBar().actions() for m in menu_letters(a.menu())]
        mine = [main.commands.export_menu.title(), main.commands.parts_menu.title()]
        print_preview = PrintPreview(pdf_of_some_plan(knowledge), main)
        preview_buttons = [b.text() for b in print_preview.findChildren(QPushButton)]
    finally:
        remove_translators(qapp, installed)
    for title, letters in menus:
        assert len(letters) == len(set(letters)), f"{title}: {letters}"
    titles = [title for title, _letters in menus]
    assert set(mine) <= set(titles) and len(titles) == len(set(titles))
    preview_letters = [re.search(r"&(\w)", text).group(1).lower() for text in preview_buttons]
    assert len(preview_letters) == len(set(preview_letters)) == 4


def pdf_of_some_plan(knowledge: Knowledge) -> bytes:
    from baclofen_desk.core.models import Patient, PlanRequest
    from baclofen_desk.core.planner import build_plan
    from baclofen_desk.report import build_pdf

    request = PlanRequest(patient=Patient(age_years=45), start=dt.date(2026, 3, 2))
    return build_pdf(build_plan(request, knowledge), knowledge=knowledge, parts=("summary",))


def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    saved_plan(qtbot, window, dialog_calls, tmp_path)
    dialog_calls.answer("ask_export_path", tmp_path / "no such folder" / "plan")
    dialog_calls.answer("show_error", None)
    assert window.exports.export("ics") is None
    assert dialog_calls.names()[-2:] == ["ask_export_path", "show_error"]
    title, text = dialog_calls.calls[-1][1]
    assert title == "Cannot export plan.ics"
    assert text.startswith(f"{tmp_path / 'no such folder' / 'plan.ics'}: ")
    assert not (tmp_path / "no such folder").exists()
