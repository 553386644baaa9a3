"""A frameless scroll area around a panel taller than a small screen allows.

On a 1024×600 screen a panel of settings, buttons and results can need more
height than the window has: inside this area it keeps its natural layout and
scrolls, instead of forcing the window taller than the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``content`` in a scroll area that follows its width and scrolls when it is too tall."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
