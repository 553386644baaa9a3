"""The order Tab follows through a screen, written out where creation order is wrong.

Qt's Tab order is the order widgets were created in; a view that builds its widgets
in another order than a user reads them, or whose focus proxy is created last, lists
them here once. Shift+Tab follows the same chain backwards, and the chain is about
logical order, so it mirrors with the layout in Arabic by itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget


def chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each widget to the next, in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
