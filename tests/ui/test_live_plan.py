"""Typing into the real window re-plans at once: table, chart, alerts, interactions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QStyle

from baclofen_desk.core.chart_points import step_corner_points
from baclofen_desk.core.models import Override
from baclofen_desk.core.planner import build_plan
from baclofen_desk.ui.plan_panel import parse_times
from baclofen_desk.ui.severity import severity_icon
from tests.ui.driving import daily_doses, table_text, type_into, type_medications, type_patient

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.ui.main_window import MainWindow
    from baclofen_desk.ui.medication_panel import MedicationLine


def alert_codes(window: MainWindow) -> list[str]:
    return [alert.code for alert in window.results.alerts.alerts()]


def test_a_new_window_asks_for_the_age_and_shows_no_plan(window: MainWindow) -> None:
    assert window.results.schedule.rowCount() == 0
    assert window.results.chart.series() is None
    assert window.editor.patient.marks.message("age_years") == "Field required"
    assert window.results.banner.kind == "empty"
    assert not window.isWindowModified()


def test_typing_an_adult_gives_the_standard_titration(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70", scr="0.9")
    window.editor.patient.sex.set_value("male")
    assert daily_doses(window) == [15, 30, 45, 60]
    assert table_text(window)[0][3:7] == [
        "15",
        "5 + 5 + 5",
        "½ + ½ + ½ tablet",
        "08:00, 14:00, 20:00",
    ]
    assert window.editor.patient.marks.message("age_years") is None
    assert window.results.banner.kind == "ready"
    assert window.results.kidney.crcl.text() == "103 mL/min (Cockcroft-Gault)"


def test_a_liquid_shows_each_dose_in_ml_next_to_its_mg(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70")
    window.editor.plan.product.set_value("solution-2mg-ml")
    header = window.results.schedule.headerData
    first = dict(
        zip(
            [header(c, Qt.Orientation.Horizontal) for c in range(8)],
            table_text(window)[0],
            strict=False,
        )
    )
    assert (first["Doses (mg)"], first["Give"]) == ("5 + 5 + 5", "2.5 + 2.5 + 2.5 mL")


def test_every_edit_updates_table_chart_and_alerts(
    qtbot: QtBot, window: MainWindow, knowledge: Knowledge
) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70")
    adult = daily_doses(window)
    type_patient(qtbot, window, age_years="78", crcl_ml_min="40")
    older = daily_doses(window)
    assert older != adult
    assert max(older) < max(adult)
    assert "age.older_adult" in alert_codes(window)
    assert "kidney.moderate" in alert_codes(window)
    plan = window.document.state.plan
    assert plan is not None
    series = window.results.chart.series()
    assert series is not None
    assert series.points == step_corner_points(plan, series.end)
    assert series.maximum == plan.max_daily_mg
    assert plan == build_plan(window.document.request, knowledge)


def test_the_kidney_estimate_is_shown_live(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70", scr="0.9")
    window.editor.patient.sex.set_value("male")
    kidney = window.results.kidney
    assert "Cockcroft-Gault" in kidney.crcl.text()
    assert "CKD-EPI 2021" in kidney.egfr.text()
    assert kidney.band.text().startswith("normal")
    assert kidney.weight.text() == "actual body weight, 70 kg"
    type_patient(qtbot, window, crcl_ml_min="40")
    assert kidney.crcl.text() == "40 mL/min (measured)"
    assert kidney.band.text().startswith("moderate")


def test_an_invalid_field_is_marked_and_the_last_plan_stays_stale(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70")
    before = daily_doses(window)
    type_patient(qtbot, window, scr="0.05")  # every prefix typed is implausible too
    message = window.editor.patient.marks.message("scr")
    assert message is not None
    assert "below the plausible limit" in message
    assert window.editor.patient.numbers["scr"].accessibleDescription() == message
    assert window.results.banner.kind == "stale"
    assert window.results.chart.is_stale()
    assert daily_doses(window) == before  # last valid plan still visible
    type_patient(qtbot, window, scr="")
    assert window.editor.patient.marks.message("scr") is None
    assert window.results.banner.text.text() == "Plan made, but kidney function not entered."
    assert not window.results.chart.is_stale()


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("age_years", "200", "Input should be less than or equal to 120"),
        ("crcl_ml_min", "300", "Input should be less than or equal to 250"),
    ],
)
def test_a_number_above_the_limit_is_refused_at_its_field_not_cut_short(
    qtbot: QtBot, window: MainWindow, field: str, typed: str, message: str
) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70")
    type_patient(qtbot, window, **{field: typed})
    assert window.editor.patient.numbers[field].value_or_none() == float(typed)
    assert window.editor.patient.marks.message(field) == message
    assert window.results.banner.kind == "stale"
    assert window.results.chart.is_stale()


def test_a_current_dose_above_the_limit_gives_no_taper(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="50")
    window.editor.plan.taper.click()
    type_into(qtbot, window.editor.plan.current, "250")  # never read as 25 mg/day
    message = window.editor.plan.marks.message("current_daily_mg")
    assert message == "Input should be less than or equal to 200"
    assert window.document.state.plan is None or window.document.state.stale


def test_a_taper_needs_the_current_dose_at_its_field(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="50")
    window.editor.plan.taper.click()
    plan_marks = window.editor.plan.marks
    assert plan_marks.message("current_daily_mg") == "a taper needs the current daily dose"
    type_into(qtbot, window.editor.plan.current, "60")
    assert plan_marks.message("current_daily_mg") is None
    assert daily_doses(window)[0] < 60
    assert daily_doses(window)[-1] == 0


def test_a_wrong_dose_time_is_marked_with_what_is_expected(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45")
    type_into(qtbot, window.editor.plan.times, "8am, 14:00, 20:00")
    message = window.editor.plan.marks.message("dose_times")
    assert message == "'8am' is not a clock time as HH:MM (24-hour, digits 0-9)"
    type_into(qtbot, window.editor.plan.times, "07:00, 13:00, 19:00")
    assert window.editor.plan.marks.message("dose_times") is None
    assert table_text(window)[0][6] == "07:00, 13:00, 19:00"


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("8:00, 20:00", ("08:00", "20:00")),
        ("08:00;9:30 21:00", ("08:00", "09:30", "21:00")),
        ("8:0, 8am, 800", ("8:0", "8am", "800")),  # only the leading zero is ever added
        ("  ", None),
    ],
)
def test_dose_times_are_read_with_the_hour_zero_padded(typed: str, read: object) -> None:
    assert parse_times(typed) == read


def test_dose_times_typed_with_one_digit_hours_set_the_doses(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45")
    type_into(qtbot, window.editor.plan.times, "8:00, 20:00")
    assert window.editor.plan.marks.message("dose_times") is None
    assert window.results.schedule.steps()[0].times == ("08:00", "20:00")


def test_dose_times_that_disagree_with_the_doses_are_refused_at_their_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45")
    type_into(qtbot, window.editor.plan.doses, "2")
    type_into(qtbot, window.editor.plan.times, "08:00, 14:00, 20:00")
    marks = window.editor.plan.marks
    assert marks.message("dose_times") == "give one time for each dose: 2 doses a day need 2 times"
    assert marks.message("doses_per_day") is None
    assert "dose" not in window.results.banner.text.text().split(".")[-1]
    type_into(qtbot, window.editor.plan.doses, "3")
    assert marks.message("dose_times") is None


def test_a_message_for_no_field_on_the_form_names_the_field_as_people_read_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45")
    twice = (Override(code="kidney.severe", reason="a"), Override(code="kidney.severe", reason="b"))
    window.document.reset(window.editor.draft(), window.document.handout, twice)
    text = window.results.banner.text.text()
    assert "Overrides: each alert can be overridden only once" in text
    assert "overrides:" not in text


def test_typing_medications_changes_the_interactions_and_alerts(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="78", crcl_ml_min="40")
    assert window.results.interactions.status.text() == "No medications entered."
    type_medications(qtbot, window, "oxycodone 5 mg q6h")
    interactions = window.results.interactions
    assert [t.splitlines()[0] for t in interactions.texts()] == [
        "MAJOR: oxycodone (Opioid) — oxycodone 5 mg q6h"
    ]
    type_medications(qtbot, window, "gabapentin 300 mg three times a day")
    assert len(interactions.texts()) == 2
    assert "More severe because: an opioid is also listed" in interactions.texts()[1]
    assert "medication.sedative_burden" in alert_codes(window)
    assert interactions.status.text() == "2 interaction(s) found."
    first, second, _empty = window.editor.medications.line_widgets()
    assert first.status.text() == "Matched: oxycodone · Opioid — major interaction"
    assert second.status.text().startswith("Matched: gabapentin · Gabapentinoid")


def test_a_close_spelling_is_said_at_its_line(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45")
    type_medications(qtbot, window, "oxycodoen")
    line = window.editor.medications.line_widgets()[0]
    assert line.status.text().startswith("Close spelling: read as oxycodone, check it")
    assert "medication.close_spelling" in alert_codes(window)


def test_medication_lines_show_how_they_were_read(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45")
    type_medications(qtbot, window, "xyzzy 10 mg")
    lines = window.editor.medications.line_widgets()
    assert len(lines) == 2  # the typed line and a fresh empty one
    assert lines[0].status.text().startswith("Unrecognised")
    assert lines[0].status.isVisibleTo(window)
    status = window.results.interactions.status.text()
    assert "not recognised: xyzzy 10 mg" in status
    assert "No interactions" not in status
    plan = window.document.state.plan
    assert plan is not None
    assert plan.request.medications == ("xyzzy 10 mg",)


def shown_icon(line: MedicationLine) -> QImage:
    return line.icon.pixmap().toImage()


def icon_image(line: MedicationLine, severity: str) -> QImage:
    size = line.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    return severity_icon(severity).pixmap(size, size).toImage()


@pytest.mark.parametrize(
    ("typed", "icon"),
    [
        ("metformin", "minor"),
        ("paracetamol", "ok"),
        ("baclofen 10 mg tid", "warning"),  # a second baclofen is never ticked as fine
        ("Lioresal", "warning"),
    ],
)
def test_a_line_shows_the_icon_of_what_it_means(
    qtbot: QtBot, window: MainWindow, typed: str, icon: str
) -> None:
    type_patient(qtbot, window, age_years="45")
    type_medications(qtbot, window, typed)
    line = window.editor.medications.line_widgets()[0]
    assert shown_icon(line) == icon_image(line, icon)


def test_medication_lines_complete_from_the_dictionary(qtbot: QtBot, window: MainWindow) -> None:
    edit = window.editor.medications.line_widgets()[0].edit
    completer = edit.completer()
    completer.setCompletionPrefix("oxycod")
    names = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert "oxycodone" in names
    assert all("oxycod" in name.casefold() for name in names)


def wheel_down(widget: QWidget) -> None:
    """One notch of the mouse wheel over the middle of `widget`."""
    middle = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        middle,
        widget.mapToGlobal(middle),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_scrolling_over_the_form_changes_no_value(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45")
    type_into(qtbot, window.editor.plan.current, "60")
    window.results.table.setFocus()
    window.document.set_modified(False)
    editor = window.editor
    before = editor.draft()
    for box in (
        editor.patient.numbers["age_years"],
        editor.plan.current,
        editor.plan.product,
        editor.patient.sex,
    ):
        wheel_down(box)
    assert editor.draft() == before
    assert not window.isWindowModified()
    age = editor.patient.numbers["age_years"]
    age.setFocus()
    wheel_down(age)  # in the box the user is working in, the wheel still steps the value
    assert age.value_or_none() == 44
