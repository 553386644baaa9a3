"""Colours that follow the system palette: light and dark modes both stay readable."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette

ERROR_ON_LIGHT = "#b00020"  # 7.0:1 on white
ERROR_ON_DARK = "#ff8a80"  # 7.4:1 on #2b2b2b


def is_dark() -> bool:
    """True when the system palette paints light text on a dark window."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    palette = app.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def error_colour() -> str:
    return ERROR_ON_DARK if is_dark() else ERROR_ON_LIGHT


def error_style() -> str:
    """A style sheet for an error message in the current palette."""
    return f"color: {error_colour()};"
