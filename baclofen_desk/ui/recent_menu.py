"""File → Open Recent: each plan by its file name (the full path in its tip), and Clear list."""

from __future__ import annotations

from collections import Counter
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from baclofen_desk.ui.recent_files import clear_recent_files, recent_files

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtWidgets import QMenu

#: Plans numbered 1 to 9 in the menu, so each is one key away.
NUMBERED = 9


def _tr(text: str) -> str:
    """Module-level texts: lupdate files `_tr` calls outside a class under the empty context."""
    return QCoreApplication.translate("", text)


def menu_names(paths: list[Path]) -> list[str]:
    """File names; two plans of the same name are told apart by their folder."""
    counts = Counter(path.name for path in paths)
    return [
        f"{path.name} ({path.parent.name or path.parent})" if counts[path.name] > 1 else path.name
        for path in paths
    ]


def fill_recent_menu(menu: QMenu, open_path: Callable[[Path], object]) -> None:
    """Rebuild `menu` from the recent files (called each time it is about to show)."""
    menu.clear()
    menu.setToolTipsVisible(True)
    paths = recent_files()
    for number, (path, name) in enumerate(zip(paths, menu_names(paths), strict=True), start=1):
        text = name.replace("&", "&&")
        action = menu.addAction(f"&{number} {text}" if number <= NUMBERED else text)
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(partial(open_path, path))
    if not paths:
        menu.addAction(_tr("No recent plans")).setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(_tr("&Clear list"))
    clear.setEnabled(bool(paths))
    clear.triggered.connect(clear_recent_files)
