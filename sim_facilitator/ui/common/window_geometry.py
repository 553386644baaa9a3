"""Every window opens at a size its screen can show, then where the user left it.

The rule (docs/architecture.md, "Window sizes"): a window names a preferred size;
the first time it is shown on a screen it takes that size, no larger than
``FIRST_SHARE`` of the screen's available geometry (what the task bar leaves),
centred on its parent or on the screen. When it hides, its place is kept under
its name and the screen's (name and logical size, so another monitor or another
display scaling has its own); the next time it opens on that screen it comes
back there, clamped into the available geometry in case the task bar moved.

Windows call ``fit_window(self, "name", QSize(w, h))`` in their constructor,
instead of ``resize()``: the size is worked out when the window is first shown,
once its screen is known and its layout has its final texts. A size set with
``resize()`` before the first show (scripts, tests) is kept, within the screen.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QWidget

from sim_facilitator.ui.shell.settings import Settings

# Width and height shares of the available geometry a first size may take: the height
# leaves room for the title bar, which the available geometry still includes.
FIRST_SHARE = (0.95, 0.9)


def screen_key(screen: QScreen) -> str:
    """The screen's name and logical size, in characters a settings key keeps as they are."""
    size = screen.geometry().size()
    name = re.sub(r"[^A-Za-z0-9_-]+", "_", screen.name()).strip("_") or "screen"
    return f"{name}-{size.width()}x{size.height()}"


def first_size(preferred: QSize, available: QRect) -> QSize:
    """``preferred``, no larger than the share of the available geometry a window may take."""
    width = min(preferred.width(), int(available.width() * FIRST_SHARE[0]))
    height = min(preferred.height(), int(available.height() * FIRST_SHARE[1]))
    return QSize(max(width, 1), max(height, 1))


def clamped(rect: QRect, available: QRect) -> QRect:
    """``rect`` no larger than ``available`` and moved, if need be, to lie inside it."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    x = min(max(rect.x(), available.left()), available.left() + available.width() - width)
    y = min(max(rect.y(), available.top()), available.top() + available.height() - height)
    return QRect(x, y, width, height)


def centred(size: QSize, around: QRect) -> QRect:
    return QRect(
        around.x() + (around.width() - size.width()) // 2,
        around.y() + (around.height() - size.height()) // 2,
        size.width(),
        size.height(),
    )


def _encode(rect: QRect, maximized: bool) -> str:
    return f"{rect.x()} {rect.y()} {rect.width()} {rect.height()} {int(maximized)}"


def _decode(text: str) -> tuple[QRect, bool] | None:
    try:
        x, y, width, height, maximized = (int(part) for part in text.split())
    except ValueError:
        return None
    if width <= 0 or height <= 0:
        return None
    return QRect(x, y, width, height), bool(maximized)


class WindowPlace(QObject):
    """Places its window on first show and remembers where it was when it hides."""

    def __init__(
        self, window: QWidget, name: str, preferred: QSize, settings: Settings | None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.name = name
        self.preferred = preferred
        self.settings = settings
        self.placed = False
        window.installEventFilter(self)

    def _settings(self) -> Settings:
        if self.settings is None:  # read when needed: tests point the file elsewhere first
            self.settings = Settings()
        return self.settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While Qt destroys the window it may still hide it, after Python has let go
        # of this filter: Qt then hands over a bare wrapper, without its attributes.
        if watched is getattr(self, "window", None):
            kind = event.type()
            # Before the window's own show handler: a dialog centres itself on its
            # parent there, with the size given here.
            if kind == QEvent.Type.Show and not self.placed:
                self.placed = True
                self.place()
            elif kind == QEvent.Type.Hide and self.placed and not event.spontaneous():
                self.remember()
        return False

    def screen(self) -> QScreen:
        """The parent's screen; for a window of its own, the one it was on last time."""
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        if self.window.parentWidget() is not None:
            return screen
        last = self._settings().window_place(f"{self.name}/screen")
        for candidate in QGuiApplication.screens():
            if last and screen_key(candidate) == last:
                return candidate
        return screen

    def wanted_size(self) -> QSize:
        """The preferred size; a zero side means the layout's own (height for the width)."""
        hint = self.window.sizeHint()
        width = self.preferred.width() or hint.width()
        height = self.preferred.height()
        if not height:
            layout = self.window.layout()
            if layout is not None and layout.hasHeightForWidth():
                height = layout.totalHeightForWidth(width)
            height = max(height, hint.height())
        return QSize(width, height)

    def place(self) -> None:
        if self.window.isFullScreen() or self.window.isMaximized():
            return  # the whole screen already (a projector, ui/common/projector_window.py)
        screen = self.screen()
        available = screen.availableGeometry()
        # Sized by its caller before it was shown (a screenshot script, a test): that size,
        # within the screen, rather than a place remembered from another run.
        explicit = self.window.testAttribute(Qt.WidgetAttribute.WA_Resized)
        saved = _decode(self._settings().window_place(f"{self.name}/{screen_key(screen)}"))
        if saved is not None and not explicit:
            rect, maximized = saved
            # The title bar and borders too, where the window system has said how large.
            handle = self.window.windowHandle()
            frame = handle.frameMargins() if handle is not None else QMargins()
            self.window.setGeometry(clamped(rect, available.marginsRemoved(frame)))
            if maximized:
                self.window.setWindowState(
                    self.window.windowState() | Qt.WindowState.WindowMaximized
                )
            return
        wanted = self.window.size() if explicit else self.wanted_size()
        size = wanted.boundedTo(available.size()) if explicit else first_size(wanted, available)
        self.window.resize(size)
        if isinstance(self.window, QDialog) and self.window.parentWidget() is not None:
            return  # QDialog centres itself on its parent, within the screen
        parent = self.window.parentWidget()
        around = parent.window().frameGeometry() if parent is not None else available
        self.window.move(clamped(centred(size, around), available).topLeft())

    def remember(self) -> None:
        window = self.window
        if window.isMinimized() or window.isFullScreen():
            return  # a full-screen projector is placed by its screen, not by the user
        screen = window.screen() or QGuiApplication.primaryScreen()
        maximized = window.isMaximized()
        rect = window.normalGeometry() if maximized else window.geometry()
        if rect.isEmpty():
            rect = window.geometry()
        key = screen_key(screen)
        settings = self._settings()
        settings.set_window_place(f"{self.name}/{key}", _encode(rect, maximized))
        settings.set_window_place(f"{self.name}/screen", key)


def fit_window(
    window: QWidget, name: str, preferred: QSize, settings: Settings | None = None
) -> WindowPlace:
    """Size ``window`` for its screen when first shown, and remember it (see the module doc).

    ``settings`` defaults to the app's settings file, read when the window is shown.
    """
    return WindowPlace(window, name, preferred, settings)
