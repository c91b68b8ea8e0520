"""The daily dose over the plan's dates: a small QPainter chart in the palette's colours.

Draws the step line of `chart_series` with markers where the dose changes, the
maximum as a dashed line, today and the review date as labelled vertical lines,
and the steps the clinician set hatched under the line (with a legend entry, so
not by colour alone); hovering shows the date and dose. It draws only what the
plan says.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from baclofen_desk.ui.chart_scale import Frame, date_ticks, nice_ticks
from baclofen_desk.ui.chart_series import ChartSeries, chart_series
from baclofen_desk.ui.numbers import day, day_and_month, number

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QMouseEvent, QPaintEvent

    from baclofen_desk.core.models import Plan

MARGIN = 8


class TimelineChart(QWidget):
    """Daily dose (mg/day) over dates."""

    def __init__(
        self,
        open_days: int,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        """`open_days`: how long an open-ended dose is drawn (as on the printed chart)."""
        super().__init__(parent)
        self._open_days = open_days
        self._today = today
        self._series: ChartSeries | None = None
        self._stale = False
        self.setMouseTracking(True)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Dose timeline chart"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def sizeHint(self) -> QSize:
        return QSize(480, 200)

    def set_plan(
        self, plan: Plan | None, stale: bool = False, edited: tuple[bool, ...] | None = None
    ) -> None:
        """`edited`: per step, whether the clinician set it otherwise than the rules (hatched;
        default: the step's `edited`)."""
        series = None if plan is None else chart_series(plan, self._open_days, edited)
        if (series, stale) == (self._series, self._stale) and self.accessibleDescription():
            return
        self._series = series
        self._stale = stale
        self.setAccessibleDescription(self._describe())
        self.update()

    def series(self) -> ChartSeries | None:
        """The data drawn (for views and tests)."""
        return self._series

    def is_stale(self) -> bool:
        return self._stale

    def y_ticks(self) -> list[float]:
        return nice_ticks(self._series.top) if self._series else []

    def _describe(self) -> str:
        series = self._series
        if series is None:
            return self.tr("No plan to show.")
        doses = [p.mg for p in series.points]
        text = self.tr("Daily dose from %1 to %2 mg/day between %3 and %4.")
        for key, value in (
            ("%1", number(min(doses))),
            ("%2", number(max(doses))),
            ("%3", day(series.first)),
            ("%4", day(series.end - dt.timedelta(days=1))),
        ):
            text = text.replace(key, value)
        if series.edited:
            marked = self.tr("Set by you (hatched): %1 of %2 steps.")
            text += " " + marked.replace("%1", str(len(series.edited))).replace(
                "%2", str(len(series.points) // 2)
            )
        if series.review is not None:
            text += " " + self.tr("Review on %1.").replace("%1", day(series.review))
        return text + (" " + self.tr("Not up to date.") if self._stale else "")

    # --- geometry -----------------------------------------------------------------

    def frame(self) -> Frame | None:
        """Where the plot area is, given the widget size and the data."""
        series = self._series
        if series is None:
            return None
        metrics = QFontMetricsF(self.font())
        ticks = self.y_ticks()
        label_width = max(metrics.horizontalAdvance(number(t)) for t in ticks)
        left = MARGIN + label_width + 6
        top = MARGIN + 2 * metrics.height()
        bottom = MARGIN + metrics.height() + 6
        return Frame(
            left=left,
            top=top,
            width=max(self.width() - left - MARGIN - metrics.horizontalAdvance("00"), 10),
            height=max(self.height() - top - bottom, 10),
            first=series.first,
            end=series.end,
            y_max=ticks[-1],
        )

    def tooltip_at(self, x: float) -> str | None:
        """The hover text for pixel column `x` (date and dose), or None off the line."""
        frame, series = self.frame(), self._series
        if frame is None or series is None:
            return None
        when = frame.day_at(x)
        mg = series.dose_on(when)
        if mg is None:
            return None
        return self.tr("%1: %2 mg/day").replace("%1", day(when)).replace("%2", number(mg))

    # --- Qt overrides -------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        text = self.tooltip_at(event.position().x())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        frame, series = self.frame(), self._series
        if frame is None or series is None:
            self._draw_message(painter, self.tr("No plan yet"))
            return
        self._draw_axes(painter, frame, series)
        self._draw_maximum(painter, frame, series)
        self._draw_today(painter, frame)
        self._draw_review(painter, frame, series)
        self._draw_edited(painter, frame, series)
        self._draw_line(painter, frame, series)
        if self._stale:
            self._draw_message(painter, self.tr("Not up to date: fix the marked fields"))
        painter.end()

    # --- drawing ------------------------------------------------------------------

    def _pen(self, role: QPalette.ColorRole, width: float = 1.0) -> QPen:
        return QPen(self.palette().color(role), width)

    def _draw_message(self, painter: QPainter, text: str) -> None:
        painter.setPen(self._pen(QPalette.ColorRole.Text))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, text)

    def _draw_axes(self, painter: QPainter, frame: Frame, series: ChartSeries) -> None:
        grid = QPen(self.palette().color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
        text = self._pen(QPalette.ColorRole.Text)
        self._draw_y_axis(painter, frame, grid, text)
        self._draw_x_axis(painter, frame, series, grid, text)
        bottom = frame.top + frame.height
        painter.setPen(text)
        painter.drawLine(QPointF(frame.left, bottom), QPointF(frame.left + frame.width, bottom))
        painter.drawLine(QPointF(frame.left, frame.top), QPointF(frame.left, bottom))

    def _draw_y_axis(self, painter: QPainter, frame: Frame, grid: QPen, text: QPen) -> None:
        metrics = QFontMetricsF(self.font())
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for tick in self.y_ticks():
            y = frame.y(tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(frame.left, y), QPointF(frame.left + frame.width, y))
            painter.setPen(text)
            box = QRectF(
                MARGIN, y - metrics.height() / 2, frame.left - MARGIN - 6, metrics.height()
            )
            painter.drawText(box, align, number(tick))
        painter.drawText(QPointF(MARGIN, MARGIN + metrics.ascent()), self.tr("mg/day"))

    def _draw_x_axis(
        self, painter: QPainter, frame: Frame, series: ChartSeries, grid: QPen, text: QPen
    ) -> None:
        metrics = QFontMetricsF(self.font())
        most = max(int(frame.width // (metrics.horizontalAdvance("00 Mmm") + 16)), 2)
        bottom = frame.top + frame.height
        for when in date_ticks(series.first, series.end, most):
            x = frame.x(when)
            painter.setPen(grid)
            painter.drawLine(QPointF(x, frame.top), QPointF(x, bottom))
            painter.setPen(text)
            label = day_and_month(when)
            left = min(x - 4, self.width() - MARGIN - metrics.horizontalAdvance(label))
            painter.drawText(QPointF(left, bottom + 4 + metrics.ascent()), label)

    def _draw_maximum(self, painter: QPainter, frame: Frame, series: ChartSeries) -> None:
        if series.maximum is None:
            return
        y = frame.y(series.maximum)
        pen = QPen(self.palette().color(QPalette.ColorRole.Text), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(frame.left, y), QPointF(frame.left + frame.width, y))
        box = self.maximum_box(frame, series.maximum, self.review_box(frame, series))
        painter.drawText(QPointF(box.left(), y - 4), self._maximum_label(series.maximum))

    def _maximum_label(self, maximum: float) -> str:
        return self.tr("maximum %1 mg/day").replace("%1", number(maximum))

    def maximum_box(self, frame: Frame, maximum: float, review: QRectF | None) -> QRectF:
        """Where the maximum's label goes: above its line at the right, or left of the review
        date's label when the two would meet."""
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(self._maximum_label(maximum))
        baseline = frame.y(maximum) - 4
        box = QRectF(frame.left + frame.width - width - 4, baseline - metrics.ascent(), width, 0)
        box.setHeight(metrics.height())
        if review is not None and review.intersects(box):
            box.moveLeft(max(review.left() - width - 8, frame.left + 4))
        return box

    def _draw_today(self, painter: QPainter, frame: Frame) -> None:
        today = self._today()
        if not frame.first <= today <= frame.end:
            return
        x = frame.x(today)
        painter.setPen(self._pen(QPalette.ColorRole.Link, 1.5))
        painter.drawLine(QPointF(x, frame.top), QPointF(x, frame.top + frame.height))
        metrics = QFontMetricsF(self.font())
        label = self.tr("today")
        box = QRectF(x + 2, frame.top + 2, metrics.horizontalAdvance(label) + 2, metrics.height())
        painter.fillRect(box, self.palette().color(QPalette.ColorRole.Base))  # over the grid lines
        painter.drawText(QPointF(x + 3, frame.top + metrics.ascent() + 2), label)

    def _draw_line(self, painter: QPainter, frame: Frame, series: ChartSeries) -> None:
        color = self.palette().color(QPalette.ColorRole.Accent)
        if self._stale:
            color.setAlphaF(0.35)
        painter.setPen(QPen(color, 2.5))
        painter.drawPolyline(
            QPolygonF([QPointF(frame.x(p.day), frame.y(p.mg)) for p in series.points])
        )
        painter.setBrush(QColor(color))
        for change in series.changes:
            painter.drawEllipse(QPointF(frame.x(change.day), frame.y(change.mg)), 3.5, 3.5)

    def _draw_review(self, painter: QPainter, frame: Frame, series: ChartSeries) -> None:
        """The review date: a dash-dotted vertical line, labelled on a plain background (on
        the row below today's label when the two would meet)."""
        review = series.review
        if review is None or not frame.first <= review <= frame.end:
            return
        x = frame.x(review)
        pen = QPen(self.palette().color(QPalette.ColorRole.Text), 1.5, Qt.PenStyle.DashDotLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, frame.top), QPointF(x, frame.top + frame.height))
        box = self.review_box(frame, series)
        if box is None:
            return
        painter.fillRect(box, self.palette().color(QPalette.ColorRole.Base))
        baseline = box.top() + QFontMetricsF(self.font()).ascent()
        painter.drawText(QPointF(box.left() + 1, baseline), self._review_label(review))

    def _review_label(self, review: dt.date) -> str:
        return self.tr("review %1").replace("%1", day_and_month(review))

    def review_box(self, frame: Frame, series: ChartSeries) -> QRectF | None:
        """Where the review date's label goes, if the review is on the chart."""
        review = series.review
        if review is None or not frame.first <= review <= frame.end:
            return None
        x = frame.x(review)
        metrics = QFontMetricsF(self.font())
        width = metrics.horizontalAdvance(self._review_label(review))
        left = min(x + 3, frame.left + frame.width - width)
        today = self._today()
        near = frame.first <= today <= frame.end and abs(frame.x(today) - x) < width + 8
        top = frame.top + 2 + (metrics.height() if near else 0)
        return QRectF(left - 1, top, width + 2, metrics.height())

    def _draw_edited(self, painter: QPainter, frame: Frame, series: ChartSeries) -> None:
        """Hatch the steps the clinician set and name the hatching in a legend."""
        if not series.edited:
            return
        color = self.palette().color(QPalette.ColorRole.Accent)
        brush = QBrush(color, Qt.BrushStyle.BDiagPattern)
        painter.setPen(QPen(color, 1, Qt.PenStyle.DotLine))
        painter.setBrush(brush)
        bottom = frame.top + frame.height
        for first, end, mg in series.edited:
            top = frame.y(mg)
            painter.drawRect(
                QRectF(frame.x(first), top, frame.x(end) - frame.x(first), bottom - top)
            )
        metrics = QFontMetricsF(self.font())
        label = self.tr("set by you")
        size = metrics.height() - 2
        left = MARGIN + metrics.horizontalAdvance(self.tr("mg/day")) + 3 * size
        swatch = QRectF(left, MARGIN + 1, size, size)
        painter.drawRect(swatch)
        painter.setPen(self._pen(QPalette.ColorRole.Text))
        painter.drawText(QPointF(swatch.right() + 4, MARGIN + metrics.ascent()), label)
        painter.setBrush(Qt.BrushStyle.NoBrush)
