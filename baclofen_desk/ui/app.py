"""Starting the window: `baclofen-desk [PLAN_FILE] [--quit-after-show]`."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from baclofen_desk.core.kb_io import KnowledgeError
from baclofen_desk.resources import default_knowledge, resource
from baclofen_desk.ui import dialogs
from baclofen_desk.ui.crash import install_excepthook
from baclofen_desk.ui.file_open import FileOpenRequests
from baclofen_desk.ui.main_window import MainWindow
from baclofen_desk.ui.preferences import load_preferences
from baclofen_desk.ui.qt_settings import name_application
from baclofen_desk.ui.translations import install_translators

#: Give up waiting for the window to appear after this long (milliseconds).
SHOW_TIMEOUT_MS = 30_000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="baclofen-desk",
        description="Open the Baclofen Desk window. 'baclofen-desk plan --help' plans without one.",
    )
    parser.add_argument("plan_file", nargs="?", help="a plan to open (*.baclofen.json)")
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="show the window, then quit with status 0 once it is on screen (a smoke test)",
    )
    parser.add_argument(
        "--check-previews",
        metavar="FILE",
        help="print the opened plan to FILE and show both previews, then quit with 0 when "
        "every page rendered (a smoke test)",
    )
    return parser


def run_app(args: list[str]) -> int:
    """Open the window (and `plan_file`); returns the exit status."""
    options, qt_args = build_parser().parse_known_args(args)
    name_application()
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    assert isinstance(app, QApplication)
    configure_logging()
    try:
        install_translators(app, load_preferences().window_language)  # checks its wording too
        knowledge = default_knowledge()
    except KnowledgeError as exc:
        dialogs.show_error(None, "Baclofen Desk", f"The knowledge base is not valid:\n{exc}")
        return 2
    window = MainWindow(knowledge, app_icon())
    install_excepthook(lambda text: dialogs.show_error(window, window.tr("Unexpected error"), text))
    open_system_requests(app, window)
    if options.quit_after_show:  # before any dialog the plan file may bring up
        quit_when_shown(app, window)
    window.show()  # first, so a message about the plan file has its window behind it
    QTimer.singleShot(0, resume_collection)
    if options.plan_file:
        window.files.open_path(Path(options.plan_file))
    if options.check_previews:
        QTimer.singleShot(0, lambda: app.exit(previews_checked(window, options.check_previews)))
    return app.exec()


def previews_checked(window: MainWindow, target: str) -> int:
    """`--check-previews`: imported only then, as printing is otherwise loaded on first use."""
    from baclofen_desk.ui.preview_check import check_previews

    return check_previews(window, Path(target))


def resume_collection() -> None:
    """The window is up: what start-up built stays, so later collections skip it."""
    gc.freeze()
    gc.enable()


def open_system_requests(app: QApplication, window: MainWindow) -> FileOpenRequests:
    """Open the plans the system hands over while the program runs (the Finder on macOS)."""
    requests = FileOpenRequests(window)
    requests.watch(app)
    requests.requested.connect(window.files.open_requested)
    return requests


def quit_when_shown(app: QApplication, window: MainWindow) -> None:
    """Quit with 0 once the window is exposed (1 if it never is), closing any dialog on the way.

    A smoke test must end even when a message box appears (a damaged file, changed
    rules): each one is closed and named on standard error.
    """
    timer = QTimer(window)

    def check() -> None:
        dialog = app.activeModalWidget()
        if dialog is not None:
            print(
                f"--quit-after-show: closed the dialog {describe_dialog(dialog)}", file=sys.stderr
            )
            dialog.close()
            return
        handle = window.windowHandle()
        if window.isVisible() and handle is not None and handle.isExposed():
            app.exit(0)

    timer.timeout.connect(check)
    timer.start(5)
    QTimer.singleShot(SHOW_TIMEOUT_MS, lambda: _give_up(app))


def describe_dialog(dialog: QWidget) -> str:
    """ "'Title': first line of its text" (the text of a message box; none for other dialogs)."""
    title = dialog.windowTitle() or type(dialog).__name__
    text = dialog.text() if isinstance(dialog, QMessageBox) else ""
    first = text.splitlines()[0] if text else ""
    return f"{title!r}: {first}" if first else repr(title)


def _give_up(app: QApplication) -> None:
    print("--quit-after-show: the window was not shown in time", file=sys.stderr)
    while (dialog := app.activeModalWidget()) is not None:
        dialog.close()
    app.exit(1)


def app_icon() -> QIcon | None:
    icon_file = resource("icons", "baclofen-desk.svg")
    return QIcon(str(icon_file)) if icon_file.is_file() else None


def configure_logging() -> None:
    """Warnings and errors to standard error and to a small rotating log file."""
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            RotatingFileHandler(folder / "baclofen-desk.log", maxBytes=1_000_000, backupCount=2)
        )
    except OSError:
        pass  # a read-only profile: standard error only
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
    )
