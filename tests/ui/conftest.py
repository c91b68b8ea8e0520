"""Window tests: settings isolated under tmp_path, no real dialog, no widget left behind.

Every `dialogs` function is replaced by one that fails the test; a test that
expects a dialog puts its own answer in with `answer(...)`. A test that leaves a
top-level widget of its own behind (not registered with `qtbot.addWidget`, not
parented to a window) fails, so one test's window never paints into the next.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from baclofen_desk.ui import dialogs
from baclofen_desk.ui.main_window import MainWindow
from baclofen_desk.ui.qt_settings import name_application
from tests.ui.leaks import dangling_widgets, top_level_widgets

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from baclofen_desk.core.knowledge import Knowledge

#: The offscreen platform warns about what it cannot do (size hints of every shown window,
#: raise and keyboard grabs of popups); these are not messages of the program.
OFFSCREEN_NOISE = "^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"

DIALOGS = [name for name in dir(dialogs) if name.startswith(("ask_", "show_"))]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: Any) -> Path:
    """QSettings (geometry, recent files, preferences) live under tmp_path."""
    folder = tmp_path / "settings"
    name_application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def no_dangling_widgets(qapp: Any) -> Iterator[None]:
    """Fail a test that leaves a top-level widget behind (and delete it for the next test).

    Runs after pytest-qt has closed and deleted the widgets given to `qtbot.addWidget`.
    """
    before = top_level_widgets()
    yield
    left = dangling_widgets(before)
    names = ", ".join(f"{type(w).__name__} {w.objectName()!r}" for w in left)
    for widget in left:
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if left:
        pytest.fail(f"the test left top-level widgets behind: {names}")


@pytest.fixture(autouse=True)
def fresh_palette(qapp: Any) -> Iterator[None]:
    """A test that switches the colour scheme leaves the next one the palette it found."""
    palette = QApplication.palette()
    yield
    QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Unknown)
    QApplication.setPalette(palette)


class DialogCalls:
    """What the window asked or showed, and the answers prepared for it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._monkeypatch = monkeypatch
        for name in DIALOGS:
            monkeypatch.setattr(dialogs, name, self._unexpected(name))

    def _unexpected(self, name: str) -> Callable[..., Any]:
        def fail(*args: Any) -> Any:
            pytest.fail(f"unexpected dialog: {name}{args[1:]}")

        return fail

    def answer(self, name: str, value: Any) -> None:
        """Make `dialogs.name(...)` record the call and return `value`."""

        def reply(*args: Any) -> Any:
            self.calls.append((name, args[1:]))
            return value

        self._monkeypatch.setattr(dialogs, name, reply)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@pytest.fixture(autouse=True)
def dialog_calls(monkeypatch: pytest.MonkeyPatch) -> DialogCalls:
    return DialogCalls(monkeypatch)


@pytest.fixture
def window(qtbot: QtBot, knowledge: Knowledge) -> MainWindow:
    """The real main window, shown, with a new empty plan."""
    main = MainWindow(knowledge)
    # closing at teardown must not ask about unsaved changes
    qtbot.addWidget(main, before_close_func=lambda w: w.document.set_modified(False))
    main.show()
    qtbot.waitExposed(main)
    return main
