"""A QR code drawn as large as its space allows, with square, sharp modules.

The code is rendered once by segno (``room/qr.qr_png``, one pixel per module
with the quiet zone) and scaled here by a whole number of device pixels with no
smoothing: a blurred or uneven module is what makes phones fail to read a
projected code, display scaling included.
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
        if self._modules.width() == 0:
            return
        # In the device's pixels (the screen's, or an image's when rendered into one).
        ratio = painter.device().devicePixelRatioF()
        target, scaled = self.module_layout(ratio)
        painter.scale(1 / ratio, 1 / ratio)  # device pixels from here
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.fillRect(target, QColor("#ffffff"))
        painter.drawPixmap(target.topLeft(), scaled)

    def module_layout(self, ratio: float) -> tuple[QRect, QPixmap]:
        """Where the code goes and its pixmap, in device pixels, each module a whole
        number of them (at 125 % or 150 % display scaling a whole number of logical
        pixels makes modules of uneven widths), from a corner on a whole logical pixel
        too (Qt rounds a half-pixel position, shifting every module by one)."""
        count = self._modules.width()
        side = int(min(self.width(), self.height()) * ratio)
        size = max(1, side // count) * count
        left = _aligned((int(self.width() * ratio) - size) // 2, ratio)
        top = _aligned((int(self.height() * ratio) - size) // 2, ratio)
        scaled = self._modules.scaled(size, size, Qt.AspectRatioMode.IgnoreAspectRatio)
        return QRect(left, top, size, size), scaled


def _aligned(device: int, ratio: float) -> int:
    """The nearest device position at or before ``device`` on a whole logical pixel."""
    for candidate in range(device, max(device - 8, -1), -1):
        if abs(candidate / ratio - round(candidate / ratio)) < 1e-6:
            return candidate
    return device
