"""Following the system's colour scheme, or the one the user chose in Preferences.

The window paints with one of two palettes (`colors.LIGHT`, `colors.DARK`) whose
contrast is tested, rather than with whatever a platform style offers: the same
colours on every system. "System" follows `QStyleHints.colorScheme()` and its
change signal; an unknown system scheme is light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from baclofen_desk.ui.colors import SCHEMES, Scheme
from baclofen_desk.ui.legible_style import use_legible_style

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

SchemeChoice = Literal["system", "light", "dark"]
Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: What the system asks for, as the scheme shown in "system" mode.
_SYSTEM = {Qt.ColorScheme.Dark: "dark", Qt.ColorScheme.Light: "light"}
#: What the platform is asked for, so title bars and native dialogs match where it can.
_REQUEST = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


def effective_scheme(choice: SchemeChoice, system: Qt.ColorScheme) -> Scheme:
    """The scheme shown for the user's `choice` while the system asks for `system`."""
    if choice == "system":
        return SCHEMES["dark" if _SYSTEM.get(system) == "dark" else "light"]
    return SCHEMES[choice]


def palette_of(scheme: Scheme) -> QPalette:
    """A palette with every role the window uses in the scheme's colours."""
    palette = QPalette()
    roles = {
        Role.Window: scheme.window,
        Role.WindowText: scheme.window_text,
        Role.Base: scheme.base,
        Role.AlternateBase: scheme.alternate_base,
        Role.Text: scheme.text,
        Role.Button: scheme.button,
        Role.ButtonText: scheme.button_text,
        Role.BrightText: scheme.highlighted_text,
        Role.Highlight: scheme.highlight,
        Role.HighlightedText: scheme.highlighted_text,
        Role.Link: scheme.link,
        Role.LinkVisited: scheme.link,
        Role.Accent: scheme.accent,
        Role.PlaceholderText: scheme.placeholder,
        Role.ToolTipBase: scheme.tooltip_base,
        Role.ToolTipText: scheme.tooltip_text,
        Role.Light: scheme.light,
        Role.Midlight: scheme.midlight,
        Role.Mid: scheme.mid,
        Role.Dark: scheme.dark,
        Role.Shadow: scheme.shadow,
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(scheme.disabled_text))
    return palette


def scheme_of(widget: QWidget) -> Scheme:
    """The scheme a widget is painted in (by its palette's window colour)."""
    window = widget.palette().color(Role.Window).name()
    return next((s for s in SCHEMES.values() if s.window == window), SCHEMES["light"])


class ColorSchemeFollower(QObject):
    """Applies the chosen scheme to the whole application; emits `changed` after each change."""

    changed = Signal()

    def __init__(self, choice: SchemeChoice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choice: SchemeChoice = choice
        use_legible_style()
        self._hints = QGuiApplication.styleHints()
        self._hints.colorSchemeChanged.connect(self._apply)
        self.scheme = effective_scheme(choice, self._hints.colorScheme())
        self._apply(self._hints.colorScheme())

    def set_choice(self, choice: SchemeChoice) -> None:
        """Follow the system again, or force light or dark."""
        self._choice = choice
        self._hints.setColorScheme(_REQUEST[choice])
        self._apply(self._hints.colorScheme())

    def _apply(self, system: Qt.ColorScheme) -> None:
        self.scheme = effective_scheme(self._choice, system)
        QApplication.setPalette(palette_of(self.scheme))  # the widgets' palette, not only Gui's
        self.changed.emit()
