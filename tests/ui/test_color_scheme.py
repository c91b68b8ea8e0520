"""Light and dark: every text legible in both, and the window following the chosen scheme."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from baclofen_desk.ui.color_scheme import effective_scheme
from baclofen_desk.ui.colors import (
    DARK,
    LIGHT,
    LINE_CONTRAST,
    SCHEMES,
    TEXT_CONTRAST,
    Scheme,
    contrast_ratio,
)
from baclofen_desk.ui.preferences import KEY, Preferences, load_preferences
from baclofen_desk.ui.preferences_dialog import PreferencesDialog
from baclofen_desk.ui.qt_settings import app_settings
from tests.ui.driving import type_patient

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge
    from baclofen_desk.ui.main_window import MainWindow
    from tests.ui.conftest import DialogCalls


def test_contrast_ratio_follows_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == 1.0
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("scheme", SCHEMES.values(), ids=SCHEMES.keys())
def test_every_text_colour_has_at_least_4_5_to_1_against_its_background(scheme: Scheme) -> None:
    low = {
        what: round(contrast_ratio(fg, bg), 2)
        for what, fg, bg in scheme.text_pairs()
        if contrast_ratio(fg, bg) < TEXT_CONTRAST
    }
    assert low == {}
    assert len(scheme.text_pairs()) == 14  # ten roles and the status line's four tints


@pytest.mark.parametrize("scheme", SCHEMES.values(), ids=SCHEMES.keys())
def test_the_chart_lines_have_at_least_3_to_1_against_the_chart(scheme: Scheme) -> None:
    low = [what for what, fg, bg in scheme.line_pairs() if contrast_ratio(fg, bg) < LINE_CONTRAST]
    assert low == []


@pytest.mark.parametrize(
    ("choice", "system", "shown"),
    [
        ("system", Qt.ColorScheme.Dark, DARK),
        ("system", Qt.ColorScheme.Light, LIGHT),
        ("system", Qt.ColorScheme.Unknown, LIGHT),
        ("light", Qt.ColorScheme.Dark, LIGHT),
        ("dark", Qt.ColorScheme.Light, DARK),
    ],
)
def test_the_choice_decides_and_system_follows_the_system(
    choice: str, system: Qt.ColorScheme, shown: Scheme
) -> None:
    assert effective_scheme(choice, system) is shown  # type: ignore[arg-type]


def colours_in(image: QImage) -> set[str]:
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 1)
        for y in range(0, image.height(), 1)
    }


def chart_image(qtbot: QtBot, window: MainWindow, scheme: Scheme) -> QImage:
    """The chart as drawn once the scheme's palette has reached it."""
    chart = window.results.chart
    base = QColor(scheme.base)
    qtbot.waitUntil(lambda: chart.series() is not None)
    qtbot.waitUntil(lambda: chart.palette().color(QPalette.ColorRole.Base) == base)
    return chart.grab().toImage()


def assert_painted_in(image: QImage, scheme: Scheme) -> None:
    assert image.pixelColor(1, 1).name() == scheme.base  # the chart's background
    colours = colours_in(image)
    assert scheme.accent in colours  # the dose line and its markers
    assert scheme.link in colours  # today's line and its label
    other = DARK if scheme is LIGHT else LIGHT
    assert not {other.accent, other.link} & colours


def test_choosing_dark_in_preferences_repaints_the_chart_and_is_kept(
    qtbot: QtBot, window: MainWindow, dialog_calls: DialogCalls
) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70", scr="0.9")  # starts today
    window.resize(1280, 800)
    assert_painted_in(chart_image(qtbot, window, LIGHT), LIGHT)
    dialog_calls.answer("ask_preferences", Preferences(color_scheme="dark"))
    window.commands.preferences.trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Base) == QColor(DARK.base)
    assert_painted_in(chart_image(qtbot, window, DARK), DARK)
    assert load_preferences().color_scheme == "dark"
    dialog_calls.answer("ask_preferences", Preferences(color_scheme="light"))
    window.commands.preferences.trigger()
    assert_painted_in(chart_image(qtbot, window, LIGHT), LIGHT)


def test_following_the_system_repaints_when_the_system_switches(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70", scr="0.9")
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert_painted_in(chart_image(qtbot, window, DARK), DARK)
    assert window.results.banner.background() == QColor(DARK.banner_background("ready"))
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert_painted_in(chart_image(qtbot, window, LIGHT), LIGHT)
    assert window.results.banner.background() == QColor(LIGHT.banner_background("ready"))


def test_the_export_and_print_icons_are_drawn_in_the_schemes_text_colour(
    window: MainWindow,
) -> None:
    window.colors.set_choice("dark")
    for action in (window.commands.export_pdf, window.commands.print):
        image = action.icon().pixmap(24, 24).toImage()
        opaque = {
            image.pixelColor(x, y).name()
            for x in range(24)
            for y in range(24)
            if image.pixelColor(x, y).alpha() == 255
        }
        assert opaque == {DARK.button_text}, action.text()


def test_the_preferences_dialog_offers_system_light_and_dark(
    qtbot: QtBot, knowledge: Knowledge
) -> None:
    dialog = PreferencesDialog(Preferences(), knowledge)
    qtbot.addWidget(dialog)
    box = dialog.color_scheme
    assert [box.itemText(i) for i in range(box.count())] == ["Follow the system", "Light", "Dark"]
    assert box.value() == "system"
    box.set_value("dark")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result_preferences() == Preferences(color_scheme="dark")


def test_preferences_stored_before_the_scheme_setting_follow_the_system() -> None:
    app_settings().setValue(KEY, '{"schema_version": 1, "clinic_name": "Riverside"}')
    assert load_preferences() == Preferences(clinic_name="Riverside", color_scheme="system")
