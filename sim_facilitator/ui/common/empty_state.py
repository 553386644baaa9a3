"""An empty list that says what to do next, instead of a blank rectangle.

``EmptyHint`` is a label laid over an item view's viewport; it shows while
the view's model has no rows and hides itself as soon as one appears.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel

from sim_facilitator.ui.common.retranslating import Retranslating


class EmptyHint(Retranslating, QLabel):
    """``text`` is called again on every language change (pass ``lambda: self.tr(...)``).

    ``model`` is the one whose emptiness counts, by default the view's; pass the
    source model when the view shows a filter proxy, so that a search that
    matches nothing does not claim the list is empty.
    """

    def __init__(
        self,
        view: QAbstractItemView,
        text: Callable[[], str],
        model: QAbstractItemModel | None = None,
    ) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.model = model if model is not None else view.model()
        self.text_of = text
        self.setText(text())
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = self.model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.update_visibility)
        self.update_visibility()

    def retranslate_ui(self) -> None:
        self.setText(self.text_of())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect().adjusted(24, 24, -24, -24))
        return False

    def update_visibility(self) -> None:
        empty = self.model.rowCount() == 0
        self.setVisible(empty)
        if empty:
            self.setGeometry(self.view.viewport().rect().adjusted(24, 24, -24, -24))
