"""The status line: a ready plan says what there is to look at, and only a clean one gets a tick."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QStyle

from tests.ui.driving import type_medications, type_patient

if TYPE_CHECKING:
    from PySide6.QtGui import QImage
    from pytestqt.qtbot import QtBot

    from baclofen_desk.ui.main_window import MainWindow
    from baclofen_desk.ui.status_banner import StatusBanner


def icon_image(banner: StatusBanner, pixmap: QStyle.StandardPixmap) -> QImage:
    size = banner.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
    return banner.style().standardIcon(pixmap).pixmap(size, size).toImage()


def shown_icon(banner: StatusBanner) -> QImage:
    return banner.icon.pixmap().toImage()


def test_a_plan_with_nothing_at_warning_level_gets_the_tick(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70", scr="0.9")
    window.editor.patient.sex.set_value("male")
    banner = window.results.banner
    assert (banner.kind, banner.text.text()) == ("ready", "Plan ready.")
    assert shown_icon(banner) == icon_image(banner, QStyle.StandardPixmap.SP_DialogApplyButton)


@pytest.mark.parametrize(
    ("medications", "text"),
    [
        (
            ("oxycodone 5 mg q6h", "gabapentin 300 mg three times a day"),
            "Plan ready — 2 major interactions, 3 warnings.",
        ),
        (("oxycodone 5 mg q6h",), "Plan ready — 1 major interaction, 2 warnings."),
        (("xyzzy 10 mg",), "Plan ready — 3 warnings, interaction check incomplete."),
    ],
)
def test_a_ready_plan_counts_what_matters_beside_a_caution_icon(
    qtbot: QtBot, window: MainWindow, medications: tuple[str, ...], text: str
) -> None:
    type_patient(qtbot, window, age_years="78", weight_kg="70", crcl_ml_min="40")
    type_medications(qtbot, window, *medications)
    banner = window.results.banner
    assert (banner.kind, banner.text.text()) == ("attention", text)
    assert shown_icon(banner) == icon_image(banner, QStyle.StandardPixmap.SP_MessageBoxWarning)
    assert shown_icon(banner) != icon_image(banner, QStyle.StandardPixmap.SP_DialogApplyButton)


def test_an_overridden_critical_alert_is_counted(qtbot: QtBot, window: MainWindow) -> None:
    type_patient(qtbot, window, age_years="45", crcl_ml_min="20")
    window.document.set_override(window.results.alerts.alerts()[0], "Nephrology agreed")
    banner = window.results.banner
    assert (banner.kind, banner.text.text()) == (
        "attention",
        "Plan ready — 1 critical alert overridden.",
    )


@pytest.mark.parametrize(
    ("medications", "text"),
    [
        ((), "Plan made, but kidney function not entered."),
        (
            ("oxycodone 5 mg q6h",),
            "Plan made, but kidney function not entered; 1 major interaction.",
        ),
    ],
)
def test_a_plan_is_never_ready_while_kidney_function_is_unknown(
    qtbot: QtBot, window: MainWindow, medications: tuple[str, ...], text: str
) -> None:
    type_patient(qtbot, window, age_years="45", weight_kg="70")
    type_medications(qtbot, window, *medications)
    banner = window.results.banner
    assert window.document.state.plan is not None
    assert window.document.state.plan.kidney.band == "unknown"
    assert (banner.kind, banner.text.text()) == ("attention", text)
    assert shown_icon(banner) == icon_image(banner, QStyle.StandardPixmap.SP_MessageBoxWarning)
