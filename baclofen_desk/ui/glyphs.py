"""Tool bar glyphs drawn in one colour, so they can follow the colour scheme.

Where the icon theme has no icon, Qt's fall-backs for Export and Print are black
pictures: the arrow keeps its shape when recoloured, the list picture does not,
so the printer is drawn here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPen, QPixmap

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QColor

#: Pixel sizes each glyph is drawn at.
GLYPH_SIZES = (16, 22, 24, 32)


def tinted(icon: QIcon, color: QColor) -> QIcon:
    """`icon`'s shapes filled with one colour (its transparency kept)."""
    result = QIcon()
    for size in GLYPH_SIZES:
        pixmap = icon.pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), color)
        painter.end()
        result.addPixmap(pixmap)
    return result


def _drawn(color: QColor, draw: Callable[[QPainter, QPen, float], None]) -> QIcon:
    """An icon at every glyph size: `draw(painter, pen, unit)` on a 16-unit square, the
    painter's pen `pen` (in `color`, about a unit wide)."""
    result = QIcon()
    for size in GLYPH_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = size / 16
        pen = QPen(color, max(1.0, 1.2 * unit))
        painter.setPen(pen)
        draw(painter, pen, unit)
        painter.end()
        result.addPixmap(pixmap)
    return result


def printer(color: QColor) -> QIcon:
    """A printer: the paper going in at the top, the body, the printed sheet below."""

    def draw(painter: QPainter, _pen: QPen, unit: float) -> None:
        painter.drawRect(QRectF(4.5 * unit, 1.5 * unit, 7 * unit, 4 * unit))  # paper in
        painter.drawRoundedRect(QRectF(1.5 * unit, 5.5 * unit, 13 * unit, 6 * unit), unit, unit)
        painter.fillRect(QRectF(4.5 * unit, 9.5 * unit, 7 * unit, 5 * unit), color)  # sheet out

    return _drawn(color, draw)


def calendar(color: QColor) -> QIcon:
    """A calendar page with a ticked day: a visit recorded."""

    def draw(painter: QPainter, pen: QPen, unit: float) -> None:
        painter.drawRoundedRect(QRectF(1.5 * unit, 2.5 * unit, 13 * unit, 12 * unit), unit, unit)
        painter.fillRect(QRectF(1.5 * unit, 2.5 * unit, 13 * unit, 3 * unit), color)  # the top
        for x in (4.5, 11.5):  # the rings
            painter.drawLine(QPointF(x * unit, 1 * unit), QPointF(x * unit, 4 * unit))
        pen.setWidthF(max(1.5, 1.8 * unit))
        painter.setPen(pen)
        tick = [QPointF(4.5 * unit, 10 * unit), QPointF(7 * unit, 12.5 * unit)]
        painter.drawPolyline([*tick, QPointF(11.5 * unit, 7.5 * unit)])

    return _drawn(color, draw)
