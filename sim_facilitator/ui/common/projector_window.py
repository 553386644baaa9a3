"""Windows for the room's screen: the whole second screen when there is one.

The projector view and the join screen open full screen on a screen other than
the facilitator's (the projector, whatever its resolution); on a laptop alone
they open as ordinary windows, sized by ``window_geometry``. A double click or
F11 switches full screen on and off, Escape leaves it: the projected window has
no title bar to grab.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QWidget

# The room's screens are designed for a 1024×768 projector; a larger one gets larger type.
DESIGN_SIZE = QSize(1024, 768)
MAX_SCALE = 2.5


def projection_scale(size: QSize) -> float:
    """How much larger than on a 1024×768 projector the type may be in a window of ``size``."""
    ratio = min(size.width() / DESIGN_SIZE.width(), size.height() / DESIGN_SIZE.height())
    return min(max(ratio, 1.0), MAX_SCALE)


def projector_screen(beside: QWidget | None) -> QScreen | None:
    """A screen other than the one ``beside`` (the main window) is on; None with one screen."""
    own = beside.screen() if beside is not None else QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not own]
    if not others:
        return None
    # The largest of the others: a projector rather than, say, a small tablet screen.
    return max(others, key=lambda s: s.geometry().width() * s.geometry().height())


class FullScreenKeys(QObject):
    """Double click and F11 toggle full screen, Escape leaves it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Past Python's hold on this filter while Qt destroys the window: a bare wrapper.
        if watched is not getattr(self, "window", None):
            return False
        if event.type() == QEvent.Type.MouseButtonDblClick:
            self.toggle()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_F11:
                self.toggle()
                return True
            if event.key() == Qt.Key.Key_Escape and self.window.isFullScreen():
                self.window.showNormal()
                return True
        return False

    def toggle(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()
        else:
            self.window.showFullScreen()


def show_on_projector(window: QWidget, beside: QWidget | None) -> QScreen | None:
    """Show ``window`` full screen on the projector, or as a window; returns that screen."""
    if window.findChild(FullScreenKeys) is None:
        FullScreenKeys(window)
    screen = projector_screen(beside)
    if screen is None:
        window.show()
        return None
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    return screen
