"""The platform's style, with check boxes and radio buttons outlined in a legible colour;
and a tab bar that pads its titles less.

Fusion outlines them in a shade of the window colour, which on a dark window
is nearly black on nearly black. The outline is drawn over the style's own in
the palette's placeholder colour (3:1 or more on both schemes, see `colors`).

Fusion pads a tab title by 12 pixels on each side; the editor's four section
titles (with their counts, in Spanish too) then need more than its column, and
the tab bar hides the last behind scroll arrows. Half of that padding keeps
them apart and in full sight (`compact_tabs`, for that tab bar alone).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOption, QTabBar, QWidget

Element = QStyle.PrimitiveElement
OUTLINED = {Element.PE_IndicatorCheckBox, Element.PE_IndicatorRadioButton}
#: Pixels beside a tab's title, both sides together.
TAB_TITLE_PADDING = 12


class CompactTabStyle(QProxyStyle):
    """The application's style for one tab bar, padding its titles by `TAB_TITLE_PADDING`.

    Set on the tab bar alone: a style that answered every widget's pixel-metric questions
    through Python would cost each repaint of the window hundreds of calls.
    """

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return TAB_TITLE_PADDING
        return super().pixelMetric(metric, option, widget)


def compact_tabs(bar: QTabBar) -> CompactTabStyle:
    """Give `bar` the compact tab style (the bar owns it)."""
    style = CompactTabStyle(QApplication.style().name())
    style.setParent(bar)
    bar.setStyle(style)
    return style


class LegibleStyle(QProxyStyle):
    """Draws everything as the base style does, then outlines the indicators."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in OUTLINED:
            return
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == Element.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 1.5, 1.5)
        painter.restore()


def use_legible_style() -> None:
    """Wrap the application's style once (later calls change nothing)."""
    if not isinstance(QApplication.style(), LegibleStyle):
        QApplication.setStyle(LegibleStyle(QApplication.style().name()))
