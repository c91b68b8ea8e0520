"""Window translations: the program's own catalogue for the user's language, and Qt's with it.

The language is the system's unless Preferences choose one; it is fixed for the
run, because the window builds its texts once. The same choice sets the default
QLocale, so dates, decimal commas and number boxes follow the language of the words.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from baclofen_desk.resources import resource
from baclofen_desk.ui.knowledge_texts import use_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

WindowLanguage = Literal["system", "en", "es"]


def window_locale(language: WindowLanguage, system: QLocale | None = None) -> QLocale:
    """The system's locale, or the chosen language (in the system's country when it speaks it)."""
    system = system or QLocale.system()
    if language == "system":
        return system
    chosen = QLocale(language)
    if system.language() == chosen.language():
        return system  # es_MX stays es_MX, en_GB stays en_GB
    return chosen


def install_translators(
    app: QApplication, language: WindowLanguage = "system"
) -> list[QTranslator]:
    """Use `language`'s locale and load `baclofen_desk_<lang>.qm` if present, then Qt's own."""
    locale = window_locale(language)
    QLocale.setDefault(locale)
    folder = str(resource("translations"))
    own = QTranslator(app)
    if not own.load(locale, "baclofen_desk", "_", folder):
        log.info("Window language: English (locale %s)", locale.name())
        use_language("en")
        return []
    use_language(QLocale.languageToCode(locale.language()))
    log.info("Window language: %s (%s)", locale.name(), own.filePath())
    installed = [own]
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", folder) or qt.load(locale, "qtbase", "_", qt_folder):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def remove_translators(app: QApplication, translators: list[QTranslator]) -> None:
    """Back to English (tests that switch languages)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
    use_language("en")
