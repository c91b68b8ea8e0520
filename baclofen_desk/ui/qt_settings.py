"""Where the window keeps its own state (geometry, recent files, preferences).

Always the INI format in the user scope, so tests can redirect every write with
`QSettings.setPath(IniFormat, UserScope, tmp_path)`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QGuiApplication

ORGANIZATION = "Baclofen Desk"
APPLICATION = "Baclofen Desk"
#: The name of the installed .desktop file (without .desktop): Wayland finds the icon by it.
DESKTOP_FILE_NAME = "org.baclofendesk.BaclofenDesk"


def name_application() -> None:
    """Set the names QSettings and the platform use (before the first QSettings)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)


def app_settings() -> QSettings:
    """The user's settings file for this program."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )
