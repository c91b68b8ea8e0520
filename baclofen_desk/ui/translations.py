"""Window translations: the program's own catalogue for the user's language, and Qt's with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from baclofen_desk.resources import resource

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def install_translators(app: QApplication) -> list[QTranslator]:
    """Load `baclofen_desk_<lang>.qm` if present, and then Qt's own strings in that language."""
    locale = QLocale()
    folder = resource("translations")
    own = QTranslator(app)
    if not own.load(locale, "baclofen_desk", "_", str(folder)):
        return []
    qt = QTranslator(app)
    installed = [own]
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed
