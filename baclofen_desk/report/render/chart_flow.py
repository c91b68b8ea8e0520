"""The timeline chart as vector graphics: the daily dose as a step line, the maximum
dashed, a dot where the dose changes. Only draws the points it is given."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.pdfbase.pdfmetrics import stringWidth

from baclofen_desk.report.render.fonts import register_fonts
from baclofen_desk.report.render.styles import INK, LINE, MUTED, URGENT

if TYPE_CHECKING:
    from baclofen_desk.report.model import ChartData
    from baclofen_desk.report.render.styles import Sizes

#: Height of the drawing as a multiple of the font size (taller in large print).
HEIGHT_IN_SIZES = 19


def spaced_labels(
    labels: tuple[tuple[int, str], ...], scale: float, font: str, size: float
) -> dict[int, str]:
    """The x labels that fit side by side (a later label touching the one before is left out)."""
    kept: dict[int, str] = {}
    right_edge = float("-inf")
    for x, text in labels:
        half = stringWidth(text, font, size) / 2
        if x * scale - half > right_edge + size:
            kept[x] = text
            right_edge = x * scale + half
    return kept


def _axes(plot: LinePlot, chart: ChartData, font: str, size: float) -> None:
    x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
    x_labels = spaced_labels(chart.x_labels, plot.width / max(chart.x_max, 1), font, size)
    x_axis.valueMin, x_axis.valueMax = 0, chart.x_max
    x_axis.valueSteps = list(x_labels)
    x_axis.labelTextFormat = lambda value: x_labels.get(round(value), "")
    y_labels = dict(chart.y_labels)
    y_axis.valueMin, y_axis.valueMax, y_axis.valueStep = 0, chart.y_max, chart.y_step
    y_axis.valueSteps = list(y_labels)
    y_axis.labelTextFormat = lambda value: y_labels.get(value, "")
    y_axis.visibleGrid, y_axis.gridStrokeColor, y_axis.gridStrokeWidth = 1, MUTED, 0.2
    for axis in (x_axis, y_axis):
        axis.labels.fontName, axis.labels.fontSize = font, size
        axis.labels.fillColor = INK
    x_axis.labels.dy = -size * 0.4


def _series(plot: LinePlot, chart: ChartData) -> None:
    maximum = [] if chart.max_mg is None else [(0, chart.max_mg), (chart.x_max, chart.max_mg)]
    plot.data = [list(chart.points), maximum or [(0, 0)], list(chart.changes) or [(0, 0)]]
    step, cap, dots = plot.lines[0], plot.lines[1], plot.lines[2]
    step.strokeColor, step.strokeWidth = LINE, 2.2
    cap.strokeColor, cap.strokeWidth, cap.strokeDashArray = URGENT, 1.4, [5, 3]
    if not maximum:
        cap.strokeColor = None
    dots.lineStyle = "line"  # markers only, no line
    dots.symbol = makeMarker("FilledCircle", size=6) if chart.changes else None
    dots.strokeColor = LINE


def chart_drawing(chart: ChartData, sizes: Sizes, width: float) -> Drawing:
    """The chart at full frame width."""
    font, _ = register_fonts()
    size = sizes.cell
    height = size * HEIGHT_IN_SIZES
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = font, size  # not Helvetica
    plot = LinePlot()
    plot.x, plot.y = size * 3.2, size * 2.6
    plot.width, plot.height = width - plot.x - size, height - plot.y - size * 2
    _series(plot, chart)
    _axes(plot, chart, font, size)
    drawing.add(plot)
    drawing.add(
        String(0, height - size, chart.axis_label, fontName=font, fontSize=size, fillColor=INK)
    )
    if chart.max_mg is not None:
        y = plot.y + plot.height * chart.max_mg / chart.y_max + size * 0.35
        drawing.add(
            String(
                plot.x + plot.width,
                y,
                chart.max_label,
                fontName=font,
                fontSize=size,
                fillColor=URGENT,
                textAnchor="end",
            )
        )
    return drawing
