"""Dose taken and scores at each visit: a small QPainter chart of the summary's history chart.

Draws the `HistoryChart` the clinician summary prints (report.summary_history), in two
bands one above the other, so it fits the narrow History page: the dose taken
(mg/day), and pain and spasms on the scores' scale (round markers for pain, square
ones for spasms, so the two never differ by colour alone). It draws only what it is given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from baclofen_desk.core.visit_models import Visit
from baclofen_desk.ui.chart_scale import nice_ticks
from baclofen_desk.ui.field_specs import number_spec
from baclofen_desk.ui.numbers import number

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from baclofen_desk.report.model import HistoryChart

MARGIN = 6
MARKER = 3.5
#: The scores' scale: the highest pain score (spasm scores share it, as on the summary).
SCORES_TOP = number_spec(Visit, "pain", decimals=0).maximum


class TrendChart(QWidget):
    """The visits' dose and scores; hidden by its page until there are two visits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: HistoryChart | None = None
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 13)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Trend chart of the visits"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), self.minimumHeight())

    def set_chart(self, chart: HistoryChart | None) -> None:
        self._chart = chart
        self.setAccessibleDescription(self._describe())
        self.update()

    def chart(self) -> HistoryChart | None:
        """The data drawn (for views and tests)."""
        return self._chart

    def _describe(self) -> str:
        chart = self._chart
        if chart is None:
            return ""
        doses = ", ".join(number(mg) for _, mg in chart.dose)
        text = self.tr("%1: %2 at the visits from %3 to %4.")
        for key, value in (
            ("%1", chart.dose_label),
            ("%2", doses),
            ("%3", chart.x_labels[0][1]),
            ("%4", chart.x_labels[-1][1]),
        ):
            text = text.replace(key, value)
        return text

    # --- drawing ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        chart = self._chart
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if chart is None:
            painter.end()
            return
        metrics = QFontMetricsF(self.font())
        line = metrics.lineSpacing()
        dose_top = max(nice_ticks(max(mg for _, mg in chart.dose)))
        left = MARGIN + metrics.horizontalAdvance(number(max(dose_top, SCORES_TOP))) + 6
        width = max(self.width() - left - MARGIN, 10)
        band = (self.height() - 2 * MARGIN - 5 * line) / 2
        dose_box = QRectF(left, MARGIN + line, width, band)
        scores_box = QRectF(left, dose_box.bottom() + 3 * line, width, band)
        legend = f"● {chart.pain_label}   ■ {chart.spasms_label}"
        self._band(painter, dose_box, dose_top, chart.dose_label)
        self._band(painter, scores_box, SCORES_TOP, chart.scores_label, above=line)
        painter.drawText(QPointF(MARGIN, scores_box.top() - metrics.descent() - 4), legend)
        accent = self.palette().color(QPalette.ColorRole.Accent)
        self._series(painter, dose_box, dose_top, chart.dose, accent, square=False)
        link = self.palette().color(QPalette.ColorRole.Link)
        text = self.palette().color(QPalette.ColorRole.Text)
        self._series(painter, scores_box, SCORES_TOP, chart.pain, link, square=False)
        self._series(painter, scores_box, SCORES_TOP, chart.spasms, text, square=True)
        self._dates(painter, scores_box)
        painter.end()

    def _x(self, box: QRectF, day: int) -> float:
        chart = self._chart
        span = chart.x_max if chart is not None else 1
        return box.left() + box.width() * day / span

    def _band(
        self, painter: QPainter, box: QRectF, top: float, title: str, above: float = 0.0
    ) -> None:
        """A titled plot area with its 0 and top values and a grid line at half."""
        palette = self.palette()
        metrics = QFontMetricsF(self.font())
        text = QPen(palette.color(QPalette.ColorRole.Text), 1)
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        painter.setPen(grid)
        middle = box.top() + box.height() / 2
        painter.drawLine(QPointF(box.left(), middle), QPointF(box.right(), middle))
        painter.setPen(text)
        painter.drawLine(box.bottomLeft(), box.bottomRight())
        painter.drawLine(box.topLeft(), box.bottomLeft())
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for value, y in ((top, box.top()), (top / 2, middle), (0.0, box.bottom())):
            label = QRectF(
                MARGIN, y - metrics.height() / 2, box.left() - MARGIN - 4, metrics.height()
            )
            painter.drawText(label, align, number(value))
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, self.width() - 2 * MARGIN)
        painter.drawText(QPointF(MARGIN, box.top() - above - metrics.descent() - 4), elided)

    def _series(
        self,
        painter: QPainter,
        box: QRectF,
        top: float,
        points: tuple[tuple[int, float], ...],
        color: QColor,
        *,
        square: bool,
    ) -> None:
        if not points:
            return
        at = [
            QPointF(self._x(box, day), box.bottom() - box.height() * value / top)
            for day, value in points
        ]
        painter.setPen(QPen(color, 2))
        painter.drawPolyline(QPolygonF(at))
        painter.setBrush(color)
        for point in at:
            if square:
                painter.drawRect(
                    QRectF(point.x() - MARKER, point.y() - MARKER, 2 * MARKER, 2 * MARKER)
                )
            else:
                painter.drawEllipse(point, MARKER, MARKER)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _dates(self, painter: QPainter, box: QRectF) -> None:
        """The first and the last visit's date under the plots."""
        chart = self._chart
        if chart is None:
            return
        metrics = QFontMetricsF(self.font())
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1))
        y = box.bottom() + 4 + metrics.ascent()
        first, last = chart.x_labels[0][1], chart.x_labels[-1][1]
        painter.drawText(QPointF(box.left(), y), first)
        painter.drawText(QPointF(box.right() - metrics.horizontalAdvance(last), y), last)
