"""The bar chart of a vote round's points, as a reportlab drawing (PDF, or PNG for Word)."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing

from sim_facilitator.export.pdf.page import ACCENT, MARGIN, PAGE_W


def bar_chart(options: list[Any], rtl: bool, font: str) -> Drawing:
    n = len(options)
    width = PAGE_W - 2 * MARGIN
    bar_h = 14
    height = n * bar_h + 30
    drawing = Drawing(width, height, initialFontName=font)
    chart = HorizontalBarChart()
    chart.x = 30
    chart.y = 18
    chart.width = width - 60
    chart.height = n * bar_h
    values = [float(o.points) for o in reversed(options)]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [f"#{i}" for i in range(n, 0, -1)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max(values, default=1) or 1
    chart.valueAxis.valueMax = top * 1.1
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%g"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 8
    chart.barLabels.boxAnchor = "w"
    if rtl:
        chart.categoryAxis.reverseDirection = 0
    drawing.add(chart)
    return drawing
