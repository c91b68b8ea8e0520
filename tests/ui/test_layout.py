"""The window at office screen sizes: every plan choice in sight at 1280x800, nothing cut at
1024x700, and nothing that moves while one types."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate, QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from baclofen_desk.ui.schedule_model import NOTE, TIMES
from tests.ui.driving import type_into, type_medications, type_patient

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow

INPUTS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
FOUR_MEDICATIONS = (
    "oxycodone 5 mg q6h",
    "gabapentin 300 mg three times a day",
    "sertraline 50 mg",
    "lorazepam 1 mg at night",
)


def older_adult(qtbot: QtBot, window: MainWindow) -> None:
    """The 78-year-old with CrCl 40 and four medications, four doses a day."""
    type_patient(qtbot, window, age_years="78", weight_kg="70", crcl_ml_min="40")
    type_medications(qtbot, window, *FOUR_MEDICATIONS)
    type_into(qtbot, window.editor.plan.doses, "4")
    window.editor.plan.start.setDate(QDate(2026, 12, 1))


def standard_adult(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70", scr="0.9")
    window.editor.patient.sex.set_value("male")


def resized(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and window.height() == height)
    qtbot.waitUntil(lambda: window.results.table.isVisible())


def inputs_of(*panels: QWidget) -> list[QWidget]:
    """Every input of the panels (not the line edit inside a spin box)."""
    return [
        w
        for panel in panels
        for w in panel.findChildren(QWidget)
        if isinstance(w, INPUTS) and not isinstance(w.parent(), INPUTS)
    ]


def in_sight(window: MainWindow, widget: QWidget) -> bool:
    """Shown, whole, inside the window and inside the visible part of its page."""
    page = window.editor.plan_page
    where = QRect(widget.mapTo(page.viewport(), QPoint(0, 0)), widget.size())
    in_window = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return (
        widget.isVisible()
        and page.viewport().rect().contains(where)
        and window.rect().contains(in_window)
    )


@pytest.mark.parametrize("scenario", [standard_adult, older_adult])
def test_at_1280_by_800_every_plan_and_handout_control_is_in_sight_without_scrolling(
    qtbot: QtBot, window: MainWindow, scenario: object
) -> None:
    resized(qtbot, window, 1280, 800)
    scenario(qtbot, window)  # type: ignore[operator]
    editor = window.editor
    assert editor.side_by_side()
    plan, handout = editor.plan, editor.handout
    controls = inputs_of(plan, handout)
    assert set(controls) == {
        plan.titrate,
        plan.reduce,
        plan.taper,
        plan.product,
        plan.allow_halves,
        plan.doses,
        plan.times,
        plan.start,
        plan.current,
        plan.target,
        plan.shaping.step_days,
        plan.shaping.step_mg,
        plan.shaping.slow,
        plan.shaping.review_set,
        plan.shaping.review,
        handout.patient_name,
        handout.language,
        handout.large_print,
    }
    assert [w for w in controls if not in_sight(window, w)] == []
    assert editor.plan_page.verticalScrollBar().maximum() == 0  # nothing below the fold
    assert editor.patient_page.verticalScrollBar().maximum() == 0


def test_at_1024_by_700_no_schedule_column_is_cut(qtbot: QtBot, window: MainWindow) -> None:
    resized(qtbot, window, 1024, 700)
    older_adult(qtbot, window)
    table = window.results.table
    header = table.horizontalHeader()
    assert [len(step.doses_mg) for step in window.results.schedule.steps()][-1] == 4
    assert not window.editor.side_by_side()  # the plan is a tab: the results keep their width
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll to
    for column in range(NOTE):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
    times_end = header.sectionViewportPosition(TIMES) + header.sectionSize(TIMES)
    assert times_end <= table.viewport().width()
    assert window.results.interactions.width() >= 220


def test_a_narrow_window_makes_the_plan_a_tab_and_a_wide_one_stands_it_beside(
    qtbot: QtBot, window: MainWindow
) -> None:
    editor = window.editor
    resized(qtbot, window, 1280, 800)  # from wide to narrow: the wide form never holds it back
    resized(qtbot, window, 1024, 700)
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert tabs == ["Patient", "Medications", "Plan", "History"]
    resized(qtbot, window, 1280, 800)
    assert editor.side_by_side()
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == [*tabs[:2], tabs[3]]
    assert window.results.width() >= window.results.needed_width()
    assert editor.width() >= editor.side_by_side_width()  # back to both columns, not squeezed
    # the Plan tab scrolled at 1024x700; its page lays out again once the scroll bar is gone
    qtbot.waitUntil(
        lambda: [w for w in inputs_of(editor.plan, editor.handout) if not in_sight(window, w)] == []
    )


TEN_MEDICATIONS = (
    *FOUR_MEDICATIONS,
    "amlodipine 5 mg daily",
    "metformin 500 mg twice daily",
    "omeprazole 20 mg daily",
    "atorvastatin 20 mg at night",
    "tamsulosin 0.4 mg daily",
    "paracetamol 1 g four times a day",
)


def titles_in_full(window: MainWindow) -> list[str]:
    """The tab titles the tab bar shows whole, without scrolling (all of them when it fits)."""
    bar = window.editor.tabs.tabBar()
    titles = [bar.tabText(i) for i in range(bar.count())]
    needed = sum(bar.tabRect(i).width() for i in range(bar.count()))
    return titles if needed <= bar.width() else titles[:-1]


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 700)])
def test_every_tab_title_is_in_full_sight_with_ten_medications(
    qtbot: QtBot, window: MainWindow, width: int, height: int
) -> None:
    resized(qtbot, window, width, height)
    older_adult(qtbot, window)
    editor, header = window.editor, window.results.table.horizontalHeader()
    before = (editor.width(), [header.sectionSize(c) for c in range(TIMES)])
    type_medications(qtbot, window, *TEN_MEDICATIONS[4:])
    titles = ["Patient", "Medications (10)", "Plan", "History"]
    shown = titles if width == 1024 else [*titles[:2], titles[3]]
    assert titles_in_full(window) == shown
    assert (editor.width(), [header.sectionSize(c) for c in range(TIMES)]) == before
    assert window.results.table.horizontalScrollBar().maximum() == 0


def test_the_medications_tab_counts_the_lines_filled_in(qtbot: QtBot, window: MainWindow) -> None:
    type_medications(qtbot, window, *FOUR_MEDICATIONS[:2])
    assert window.editor.tabs.tabText(1) == "Medications (2)"


def test_typing_moves_no_column_and_no_section(qtbot: QtBot, window: MainWindow) -> None:
    """A new plan on each keystroke leaves the schedule's columns and the chart where they are."""
    resized(qtbot, window, 1280, 800)
    standard_adult(qtbot, window)
    header = window.results.table.horizontalHeader()
    before = ([header.sectionSize(c) for c in range(TIMES)], window.results.chart.geometry())
    for age in ("46", "70", "81"):
        type_patient(qtbot, window, age_years=age)
        after = ([header.sectionSize(c) for c in range(TIMES)], window.results.chart.geometry())
        assert after == before, age


def rows_in_sight(window: MainWindow) -> int:
    """The schedule rows shown whole, without scrolling the table."""
    table = window.results.table
    return table.viewport().height() // table.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize(("width", "height", "rows"), [(1280, 800, 3), (1024, 700, 3)])
def test_the_schedule_shows_its_first_rows_beside_the_buttons_and_notes_under_it(
    qtbot: QtBot, window: MainWindow, width: int, height: int, rows: int
) -> None:
    """The older adult's plan has notes under its table (doses too small to split)."""
    resized(qtbot, window, width, height)
    older_adult(qtbot, window)
    results = window.results
    assert results.notes.isVisible()
    assert len(results.schedule.steps()) >= rows
    notes = results.notes
    qtbot.waitUntil(lambda: notes.height() >= notes.heightForWidth(notes.width()))  # none cut
    assert rows_in_sight(window) >= rows


def test_a_plan_with_wider_cells_keeps_every_column_in_sight_at_1280_by_800(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The oral solution's millilitres widen the Give column after the window was laid out:
    the Plan goes back into the tabs rather than the schedule scrolling sideways."""
    resized(qtbot, window, 1280, 800)
    type_patient(qtbot, window, age_years="78", weight_kg="60", scr="2.5")
    window.editor.plan.product.set_value("solution-1mg-ml")
    table = window.results.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    for column in range(NOTE):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), column
    assert window.results.width() >= window.results.needed_width()
