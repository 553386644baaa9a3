"""A frameless scroll area around a panel taller than a small screen allows.

On a 1024×600 screen a panel of settings, buttons and results can need more
height than the window has: inside this area it keeps its natural layout and
scrolls up and down, instead of forcing the window taller than the screen. It
never scrolls sideways: it asks for the panel's minimum width, so a row of
controls is never half hidden behind a horizontal scroll bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget


class VerticalScrollArea(QScrollArea):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QScrollArea watches its widget already; a new minimum width (another
        # language, more options) has to reach the window's layout too.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        frame = 2 * self.frameWidth()
        width = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
        return QSize(max(hint.width(), width + bar + frame), hint.height())


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a scroll area that follows its width and scrolls when it is too tall."""
    area = VerticalScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area
