"""A photo shown large enough to read a flipchart: zoom, fit, scroll.

It opens fitted to its width (a flipchart's lines are read top to bottom);
the zoom buttons, Ctrl+wheel and Ctrl+plus/minus make it larger or smaller,
the scroll bars, the wheel and the arrow keys move around it. The pixels are the
app's own re-encoded JPEG (``images.safe_image``), never the user's file.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QKeyEvent, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.ui.common.retranslating import Retranslating

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
_THUMBS: dict[tuple[str, int], QPixmap] = {}  # (sha256, edge): pictures never change
THUMB_CACHE = 200


def image_of(data: bytes) -> QImage:
    image = QImage()
    image.loadFromData(data, "JPEG")
    return image


def thumbnail(sha256: str, data: bytes | None, edge: int) -> QPixmap:
    """A small picture (decoded at a reduced scale, kept by hash); empty without data."""
    key = (sha256, edge)
    if key in _THUMBS:
        return _THUMBS[key]
    if data is None:
        return QPixmap()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"JPEG")
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(QSize(edge, edge), Qt.AspectRatioMode.KeepAspectRatio))
    pixmap = QPixmap.fromImage(reader.read())
    if len(_THUMBS) >= THUMB_CACHE:
        _THUMBS.pop(next(iter(_THUMBS)))
    _THUMBS[key] = pixmap
    return pixmap


class PhotoViewer(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self.zoom = 1.0
        self._fitted = True
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area = QScrollArea(self)
        self.area.setWidget(self.picture)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows scroll the picture
        self.area.viewport().installEventFilter(self)
        self.area.installEventFilter(self)
        self.zoom_out_button = QToolButton(self)
        self.zoom_in_button = QToolButton(self)
        self.fit_button = QToolButton(self)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.zoom_out_button)
        buttons.addWidget(self.zoom_in_button)
        buttons.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.area, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.zoom_out_button.setText("−")
        self.zoom_in_button.setText("+")
        self.fit_button.setText(self.tr("Fit"))
        for button, name in (
            (self.zoom_out_button, self.tr("Zoom out (Ctrl+wheel)")),
            (self.zoom_in_button, self.tr("Zoom in (Ctrl+wheel)")),
            (self.fit_button, self.tr("Fit the photo to the width")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.area.setAccessibleName(self.tr("Photo"))

    # -- what is shown ------------------------------------------------------------
    def show_photo(self, data: bytes | None, caption: str = "") -> None:
        """Show a stored JPEG (None: its picture has not reached this laptop)."""
        self._image = image_of(data) if data else QImage()
        self.caption.setText(caption)
        self.area.setAccessibleDescription(caption)
        if self._image.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(
                self.tr("The picture has not reached this laptop (it travels in bundles).")
            )
            self.picture.adjustSize()
            return
        self.picture.setText("")
        self.fit()

    def has_picture(self) -> bool:
        return not self._image.isNull()

    def fit(self) -> None:
        self._fitted = True
        self._apply(self._fit_zoom())

    def _fit_zoom(self) -> float:
        if self._image.isNull():
            return 1.0
        # The area's width less a vertical scroll bar: a fitted flipchart is taller than
        # wide, and with the bar the width no longer fitted (a horizontal bar appeared).
        bar = self.area.verticalScrollBar().sizeHint().width()
        room = max(self.area.width() - 2 * self.area.frameWidth() - bar - 2, 50)
        return max(MIN_ZOOM, min(MAX_ZOOM, room / self._image.width()))

    def zoom_by(self, factor: float) -> None:
        self._fitted = False
        self._apply(max(MIN_ZOOM, min(MAX_ZOOM, self.zoom * factor)))

    def _apply(self, zoom: float) -> None:
        self.zoom = zoom
        if self._image.isNull():
            return
        size = self._image.size() * zoom
        self.picture.setPixmap(
            QPixmap.fromImage(
                self._image.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        )
        self.picture.resize(self.picture.pixmap().size())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._fitted and not self._image.isNull():
            self._apply(self._fit_zoom())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            return True
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.zoom_by(ZOOM_STEP)
                return True
            if ctrl and event.key() == Qt.Key.Key_Minus:
                self.zoom_by(1 / ZOOM_STEP)
                return True
        return super().eventFilter(watched, event)
