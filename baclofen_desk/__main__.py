"""Entry point: `baclofen-desk plan ...` runs headless; anything else opens the window."""

from __future__ import annotations

import gc
import importlib
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

HEADLESS_HELP = """\
No display was found, so the window cannot open here.
Plan without a window instead, for example:

  baclofen-desk plan --age 45 --weight 70 --sex male --scr 0.9 --json -

'baclofen-desk plan --help' lists every option. To open the window, run this
on a desktop, or set QT_QPA_PLATFORM=offscreen to start it without a screen.
"""


#: The pure modules the window needs, imported before PySide6: once PySide6 is imported,
#: shiboken's import hook also inspects every module imported after it.
CORE_MODULES = ("baclofen_desk.resources", "baclofen_desk.storage", "baclofen_desk.core.planner")


def has_display() -> bool:
    """Whether a window can be shown (always on Windows and macOS)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def without_pydantic_plugins() -> None:
    """Run no third-party pydantic plugins (pydantic's documented PYDANTIC_DISABLE_PLUGINS).

    The program uses none, and none may hook into how clinical input is validated. Looking
    for them reads the metadata of every installed distribution at the first model class.
    Must run before the first model class is built; an explicit setting is kept.
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to the command line or the window."""
    without_pydantic_plugins()
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "plan":
        from baclofen_desk.cli import run

        return run(args[1:])
    if args and args[0] in ("--version", "-V"):
        from baclofen_desk import __version__

        print(f"baclofen-desk {__version__}")
        return 0
    if not has_display():
        print(HEADLESS_HELP, end="")
        return 0
    return open_window(args)


def open_window(args: list[str]) -> int:
    """Start the window with the garbage collector paused until it is shown.

    Start-up creates a great many objects that live as long as the program (modules,
    model classes, the knowledge base); collecting among them before the first paint is
    wasted work. The window resumes collection once it is shown (`ui.app`). The pure core
    is imported first (CORE_MODULES).
    """
    gc.disable()
    try:
        for name in CORE_MODULES:
            importlib.import_module(name)
        try:
            from baclofen_desk.ui.app import run_app
        except ImportError:
            print("The window is not available in this build.\n" + HEADLESS_HELP, end="")
            return 0
        status: int = run_app(args)
        return status
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
