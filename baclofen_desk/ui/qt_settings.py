"""Where the window keeps its own state (geometry, recent files, preferences).

Always the INI format in the user scope, so tests can redirect every write with
`QSettings.setPath(IniFormat, UserScope, tmp_path)`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings

ORGANIZATION = "Baclofen Desk"
APPLICATION = "Baclofen Desk"


def name_application() -> None:
    """Set the names QSettings and the platform use (before the first QSettings)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def app_settings() -> QSettings:
    """The user's settings file for this program."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )
