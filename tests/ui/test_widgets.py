"""The parts on their own: number boxes, the schedule model, the chart, the medication list."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractScrollArea

from baclofen_desk.core.models import CONDITIONS, Patient, PlanRequest
from baclofen_desk.core.planner import build_plan
from baclofen_desk.ui.chart_scale import date_ticks, nice_ticks
from baclofen_desk.ui.dose_units import give_text
from baclofen_desk.ui.field_specs import number_spec
from baclofen_desk.ui.medication_panel import MedicationPanel
from baclofen_desk.ui.optional_spin import OptionalSpinBox
from baclofen_desk.ui.schedule_model import DOSES, GIVE, ScheduleModel
from baclofen_desk.ui.timeline_chart import TimelineChart

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.core.models import Plan
    from baclofen_desk.ui.main_window import MainWindow

START = dt.date(2026, 12, 1)


def adult_plan(knowledge: Knowledge, **patient: object) -> Plan:
    fields = {"age_years": 45, "weight_kg": 70, **patient}
    return build_plan(PlanRequest(patient=Patient(**fields), start=START), knowledge)


@pytest.fixture
def weight_box(qtbot: QtBot) -> OptionalSpinBox:
    box = OptionalSpinBox(number_spec(Patient, "weight_kg", decimals=1), "not entered")
    qtbot.addWidget(box)
    box.show()
    return box


def test_number_box_limits_and_unit_come_from_the_model(weight_box: OptionalSpinBox) -> None:
    assert weight_box.minimum() < 0.1 <= weight_box.maximum()  # empty sits below gt=0 at 0.1
    assert weight_box.maximum() > 400  # the model, not the box, refuses a weight above 400
    assert weight_box.suffix() == " kg"
    assert weight_box.toolTip() == "Body weight in kg"
    assert weight_box.value_or_none() is None
    assert weight_box.text() == "not entered"


@pytest.mark.parametrize(
    ("typed", "shown", "value"),
    [
        ("70", "70 kg", 70.0),
        ("72.5", "72.5 kg", 72.5),
        ("4000", "4000 kg", 4000.0),  # kept as typed, so the model says why it is refused
        ("0", "not entered", None),  # 0 kg is not a weight; the box goes back to empty
    ],
)
def test_number_box_shows_what_was_typed(
    qtbot: QtBot, weight_box: OptionalSpinBox, typed: str, shown: str, value: float | None
) -> None:
    weight_box.setFocus()
    weight_box.selectAll()
    qtbot.keyClicks(weight_box, typed)
    weight_box.clearFocus()
    assert weight_box.text() == shown
    assert weight_box.value_or_none() == value


def test_clicking_into_an_empty_box_and_typing_enters_the_number(
    qtbot: QtBot, weight_box: OptionalSpinBox
) -> None:
    weight_box.clearFocus()
    qtbot.mouseClick(weight_box.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: weight_box.lineEdit().selectedText() == "not entered")
    qtbot.keyClicks(weight_box, "70")
    assert weight_box.value_or_none() == 70


def test_clearing_a_number_box_makes_it_empty(qtbot: QtBot, weight_box: OptionalSpinBox) -> None:
    weight_box.set_value_or_none(70)
    weight_box.setFocus()
    weight_box.selectAll()
    qtbot.keyClick(weight_box, Qt.Key.Key_Delete)
    assert weight_box.value_or_none() is None


def test_schedule_model_passes_the_model_tester(qtmodeltester, knowledge: Knowledge) -> None:
    model = ScheduleModel()
    plan = adult_plan(knowledge)
    model.set_steps(plan.steps, knowledge.products[plan.product])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4
    assert model.index(3, 1).data() == "ongoing"
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    assert model.headerData(GIVE, Qt.Orientation.Horizontal) == "Give"


def test_the_give_column_follows_the_product(knowledge: Knowledge) -> None:
    model = ScheduleModel()
    steps = adult_plan(knowledge).steps
    model.set_steps(steps, knowledge.products["tablet-10"])
    assert model.index(0, GIVE).data() == "½ + ½ + ½ tablet"
    assert model.set_steps(steps, knowledge.products["solution-1mg-ml"])  # same mg, new units
    assert model.index(0, DOSES).data() == "5 + 5 + 5"
    assert model.index(0, GIVE).data() == "5 + 5 + 5 mL"


@pytest.mark.parametrize(
    ("product", "doses", "given"),
    [
        ("tablet-10", (5, 5, 10), "½ + ½ + 1 tablet"),
        ("tablet-10", (10, 10, 15), "1 + 1 + 1½ tablets"),
        ("tablet-20", (5,), "cannot be measured with this product"),  # a quarter tablet
        ("solution-1mg-ml", (5, 5, 5), "5 + 5 + 5 mL"),
        ("solution-2mg-ml", (5, 7.5), "2.5 + 3.75 mL"),
        ("suspension-5mg-ml", (7.5,), "1.5 mL"),
        ("granules", (15, 20, 40), "packets: 10+5 mg, 20 mg, 20+20 mg"),
        ("tablet-10", (), "—"),
    ],
)
def test_doses_are_given_in_the_units_of_the_product(
    knowledge: Knowledge, product: str, doses: tuple[float, ...], given: str
) -> None:
    assert give_text(doses, knowledge.products[product]) == given


def test_chart_draws_the_plan_series_and_its_axes(qtbot: QtBot, knowledge: Knowledge) -> None:
    chart = TimelineChart(
        knowledge.handout.rules.open_days, today=lambda: START + dt.timedelta(days=2)
    )
    qtbot.addWidget(chart)
    chart.resize(600, 240)
    plan = adult_plan(knowledge)
    chart.set_plan(plan)
    series = chart.series()
    assert series is not None
    assert [p.mg for p in series.points] == [15, 15, 30, 30, 45, 45, 60, 60]
    assert [c.mg for c in series.changes] == [30, 45, 60]
    assert series.maximum == 80
    assert chart.y_ticks()[-1] >= 80
    assert "from 15 to 60 mg/day" in chart.accessibleDescription()
    frame = chart.frame()
    assert frame is not None
    text = chart.tooltip_at(frame.x(START + dt.timedelta(days=4)) + 1)
    assert text == "5 Dec 2026: 30 mg/day"
    assert chart.tooltip_at(frame.left - 20) is None
    assert not chart.grab().isNull()


@pytest.mark.parametrize("width", [700, 960])
def test_the_maximums_label_stays_clear_of_the_review_dates(
    qtbot: QtBot, knowledge: Knowledge, width: int
) -> None:
    """A taper from above the maximum: the dashed line is near the top, as the review's label."""
    chart = TimelineChart(knowledge.handout.rules.open_days, today=lambda: START)
    qtbot.addWidget(chart)
    chart.resize(width, 150)
    patient = Patient(age_years=78, weight_kg=70, sex="male", crcl_ml_min=40)
    request = PlanRequest(patient=patient, mode="taper", current_daily_mg=60, start=START)
    chart.set_plan(build_plan(request, knowledge))
    series, frame = chart.series(), chart.frame()
    assert series is not None and frame is not None
    assert (series.maximum, chart.y_ticks()[-1]) == (40, 50)
    review = chart.review_box(frame, series)
    assert review is not None
    maximum = chart.maximum_box(frame, 40, review)
    assert not maximum.intersects(review)
    assert maximum.left() >= frame.left
    assert maximum.right() <= frame.left + frame.width


def test_chart_uses_the_palette_colours(qtbot: QtBot, knowledge: Knowledge) -> None:
    chart = TimelineChart(knowledge.handout.rules.open_days)
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    palette = chart.palette()
    dark = QColor(30, 30, 30)
    palette.setColor(QPalette.ColorRole.Base, dark)
    chart.setPalette(palette)
    chart.set_plan(adult_plan(knowledge))
    image = chart.grab().toImage()
    assert image.pixelColor(2, 2) == dark


def test_chart_without_a_plan(qtbot: QtBot) -> None:
    chart = TimelineChart(28)
    qtbot.addWidget(chart)
    chart.set_plan(None)
    assert chart.series() is None
    assert chart.tooltip_at(100) is None
    assert not chart.grab().isNull()


def test_nice_ticks_and_date_ticks() -> None:
    assert nice_ticks(80) == [0, 20, 40, 60, 80]
    assert nice_ticks(7.5)[-1] >= 7.5
    ticks = date_ticks(START, START + dt.timedelta(days=30), most=5)
    assert ticks[0] == START
    assert len(ticks) <= 6


def test_medication_lines_grow_and_keep_the_tab_order(qtbot: QtBot) -> None:
    panel = MedicationPanel(["gabapentin", "oxycodone"])
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClicks(panel.line_widgets()[0].edit, "oxy")
    first, second = panel.line_widgets()
    assert first.edit.nextInFocusChain() is second.edit
    assert second.edit.accessibleName() == "Medication 2"
    assert panel.lines() == ("oxy",)
    completer = first.edit.completer()
    completer.setCompletionPrefix("oxy")
    assert completer.currentCompletion() == "oxycodone"


def test_the_interactions_list_gets_its_share_of_the_width_from_the_start(
    window: MainWindow,
) -> None:
    alerts, interactions = window.results.alerts, window.results.interactions
    assert interactions.width() >= 0.35 * (alerts.width() + interactions.width())


def test_every_condition_is_in_sight_with_its_whole_label_on_at_most_two_lines(
    qtbot: QtBot, window: MainWindow
) -> None:
    conditions = window.editor.patient.conditions
    assert len(conditions.boxes) == len(CONDITIONS)
    last = list(conditions.boxes.values())[-1]
    qtbot.mouseClick(last, Qt.MouseButton.LeftButton)
    assert window.editor.patient.values()["conditions"] == (CONDITIONS[-1],)
    assert last.text() == "Relies on spasticity for posture,\nbalance or function"
    for box in conditions.boxes.values():
        assert box.isVisibleTo(window)
        assert box.text().split() == box.accessibleName().split()  # every word, in order
        assert box.width() >= box.sizeHint().width(), box.text()  # the label is not cut
        assert box.height() <= 3 * box.fontMetrics().height(), box.text()  # two lines at most
        assert conditions.rect().contains(box.geometry())
    scrolling = conditions.parentWidget()
    while not isinstance(scrolling, QAbstractScrollArea):
        scrolling = scrolling.parentWidget()
    assert scrolling.isAncestorOf(window.editor.patient)  # the form, not the conditions alone
