"""How severities look: a standard icon and a word, never colour alone."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QStyle

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

_PIXMAPS = {
    "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
    "unknown": QStyle.StandardPixmap.SP_MessageBoxQuestion,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "caution": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "critical": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "minor": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "moderate": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "major": QStyle.StandardPixmap.SP_MessageBoxCritical,
}


@cache
def severity_icon(severity: str) -> QIcon:
    """The standard icon for an alert or interaction severity (made once per severity)."""
    pixmap = _PIXMAPS.get(severity, QStyle.StandardPixmap.SP_MessageBoxQuestion)
    return QApplication.style().standardIcon(pixmap)


def severity_word(severity: str) -> str:
    """The severity as a translated word ("Critical", "Major")."""
    words = {
        "info": QCoreApplication.translate("Severity", "Info"),
        "caution": QCoreApplication.translate("Severity", "Caution"),
        "warning": QCoreApplication.translate("Severity", "Warning"),
        "critical": QCoreApplication.translate("Severity", "Critical"),
        "minor": QCoreApplication.translate("Severity", "Minor"),
        "moderate": QCoreApplication.translate("Severity", "Moderate"),
        "major": QCoreApplication.translate("Severity", "Major"),
    }
    return words.get(severity, severity)
