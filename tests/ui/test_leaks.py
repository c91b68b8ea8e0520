"""The leak check itself: it finds a widget left behind and nothing else."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from tests.ui.leaks import dangling_widgets, top_level_widgets


def test_a_top_level_widget_left_behind_is_found_and_a_deleted_one_is_not(qapp: Any) -> None:
    before = top_level_widgets()
    leaked = QWidget()
    leaked.setObjectName("leaked")
    child = QWidget(leaked)  # not top-level: goes with its parent
    child.setObjectName("child")
    try:
        assert [widget.objectName() for widget in dangling_widgets(before)] == ["leaked"]
    finally:
        leaked.deleteLater()
    assert dangling_widgets(before) == []
