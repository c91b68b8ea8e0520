"""The clinician summary's small history chart: dose taken (left) and scores (right) at
each visit, as vector graphics. Only draws the points it is given."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker

from baclofen_desk.report.render.fonts import register_fonts
from baclofen_desk.report.render.styles import INK, LINE, URGENT

if TYPE_CHECKING:
    from baclofen_desk.report.model import HistoryChart

#: Height of the drawing as a multiple of the font size.
HEIGHT_IN_SIZES = 14
#: Upper end of the scores axis (pain is 0-10; spasms 0-4 share it).
SCORES_MAX = 10


def _plot(
    series: list[list[tuple[int, float]]], x_max: int, y_max: float, font: str, size: float
) -> LinePlot:
    plot = LinePlot()
    plot.data = [points or [(0, 0)] for points in series]
    for index, points in enumerate(series):
        line = plot.lines[index]
        line.strokeColor = (LINE, URGENT)[index % 2] if points else None
        line.strokeWidth = 1.6
        line.symbol = makeMarker(("FilledCircle", "FilledSquare")[index % 2], size=5)
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, x_max
    plot.xValueAxis.labelTextFormat = lambda value: ""
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, y_max
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = font, size, INK
    return plot


def history_drawing(chart: HistoryChart, size: float, width: float) -> Drawing:
    """Two small plots side by side at full frame width."""
    font, _ = register_fonts()
    height = size * HEIGHT_IN_SIZES
    drawing = Drawing(width, height)
    drawing.initialFontName, drawing.initialFontSize = font, size
    half = width / 2
    dose_max = max(mg for _, mg in chart.dose) * 1.2 or 1
    dose = _plot([list(chart.dose)], chart.x_max, dose_max, font, size)
    scores = _plot([list(chart.pain), list(chart.spasms)], chart.x_max, SCORES_MAX, font, size)
    for plot, left in ((dose, 0.0), (scores, half)):
        plot.x, plot.y = left + size * 3, size * 2.5
        plot.width, plot.height = half - size * 4.5, height - size * 5
        drawing.add(plot)
    top = height - size
    scores_text = f"{chart.scores_label} (● {chart.pain_label}, ■ {chart.spasms_label})"
    for x, text in ((0.0, chart.dose_label), (half, scores_text)):
        drawing.add(String(x, top, text, fontName=font, fontSize=size, fillColor=INK))
    first, last = chart.x_labels[0][1], chart.x_labels[-1][1]
    for left in (0.0, half):
        base = left + size * 3
        drawing.add(String(base, size * 0.6, first, fontName=font, fontSize=size, fillColor=INK))
        end = base + half - size * 4.5
        drawing.add(
            String(
                end, size * 0.6, last, fontName=font, fontSize=size, fillColor=INK, textAnchor="end"
            )
        )
    return drawing
