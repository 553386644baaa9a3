"""A small horizontal bar chart drawn with QPainter (QtCharts is not available).

Bars grow from the start edge of the layout direction: left to right in French,
right to left in Arabic. Each label is drawn with its own text direction, so a
French idea in an Arabic interface still reads correctly.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from sim_facilitator.text.user_text import direction_of


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the number shown at the end of the bar
    tied: bool = False


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.bar_height = 26
        self.gap = 8
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(480, rows * (self._row_height() + self.gap) + self.gap)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _row_height(self) -> int:
        return max(self.bar_height, QFontMetrics(self.font()).height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = float(self.width())
        label_w = width * 0.4
        number_w = QFontMetrics(self.font()).horizontalAdvance("0000.0") + 12.0
        bar_space = max(width - label_w - number_w - 3 * self.gap, 10.0)
        top = float(self.gap)
        biggest = max((b.value for b in self._bars), default=0.0) or 1.0
        row_h = float(self._row_height())
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        tie_colour = QColor(bar_colour)
        tie_colour.setAlpha(150)
        for bar in self._bars:
            length = bar_space * bar.value / biggest
            if rtl:
                label_rect = QRectF(width - label_w - self.gap, top, label_w, row_h)
                bar_rect = QRectF(label_rect.left() - self.gap - length, top, length, row_h)
                number_rect = QRectF(bar_rect.left() - self.gap - number_w, top, number_w, row_h)
            else:
                label_rect = QRectF(self.gap, top, label_w, row_h)
                bar_rect = QRectF(label_rect.right() + self.gap, top, length, row_h)
                number_rect = QRectF(bar_rect.right() + self.gap, top, number_w, row_h)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            text_rtl = direction_of(bar.label) == "rtl"
            option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if text_rtl else Qt.LayoutDirection.LeftToRight
            )
            # labels hug the chart's start edge in both directions
            # (absolute: an RTL label must not mirror the alignment a second time)
            align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            option.setAlignment(
                align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            )
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            metrics = QFontMetrics(self.font())
            elided = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w))
            painter.drawText(label_rect, elided, option)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tie_colour if bar.tied else bar_colour)
            painter.drawRoundedRect(bar_rect, 3, 3)
            number_option = QTextOption(
                (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignVCenter
            )
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(number_rect, bar.text, number_option)
            top += row_h + self.gap
        painter.end()
