"""The application icon (resources/icons/), for the windows and the task bar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from sim_facilitator.resources import resource_dir

SIZES = (16, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The icon at every rendered size (the SVG when no PNG is there); empty if missing."""
    icon = QIcon()
    try:
        folder = resource_dir("resources") / "icons"
    except FileNotFoundError:
        return icon
    for size in SIZES:
        png = folder / f"sim-facilitator-{size}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    svg = folder / "sim-facilitator.svg"
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon
