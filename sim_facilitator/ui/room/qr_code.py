"""A QR code drawn as large as its space allows, with square, sharp modules.

The code is rendered once by segno (``room/qr.qr_png``, one pixel per module
with the quiet zone) and scaled here by a whole number with no smoothing: a
blurred or uneven module is what makes phones fail to read a projected code.
Black on white whatever the palette (phones read dark modules on light).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from sim_facilitator.room.qr import qr_png


class QrCode(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self._modules = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(200, 200))

    def set_text(self, text: str) -> None:
        """Encode ``text`` (the join address with its room code)."""
        if text == self.text:
            return
        self.text = text
        self._modules = QPixmap()
        if text:
            self._modules.loadFromData(qr_png(text, scale=1, border=4), "PNG")
        self.setAccessibleDescription(text)
        self.update()

    def modules(self) -> int:
        """Width of the code in modules, quiet zone included (0 when empty)."""
        return self._modules.width()

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        count = self._modules.width()
        if count == 0:
            return
        scale = max(1, side // count)
        size = scale * count
        target = QRect((self.width() - size) // 2, (self.height() - size) // 2, size, size)
        painter.fillRect(target, QColor("#ffffff"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawPixmap(
            target, self._modules.scaled(size, size, Qt.AspectRatioMode.IgnoreAspectRatio)
        )
