"""An open workshop: its title and one tab per view that ``workspace_tabs`` lists."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.view_contract import WorkspaceView
from sim_facilitator.ui.shell.workspace_tabs import workspace_tabs

View = TypeVar("View", bound=WorkspaceView)


class WorkspacePage(Retranslating, QWidget):
    """Emits ``home_requested`` when the user goes back to the list of workshops."""

    home_requested = Signal()

    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.home_button = QPushButton(self)
        self.home_button.clicked.connect(self.home_requested)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.views: list[WorkspaceView] = []
        for cls in workspace_tabs():
            view = cls(store, workshop_id, self.tabs)
            self.views.append(view)
            self.tabs.addTab(view, view.windowTitle())
            view.windowTitleChanged.connect(self._retitle_tabs)
        self.tabs.currentChanged.connect(self._tab_shown)
        top = QHBoxLayout()
        top.addWidget(self.home_button)
        top.addWidget(self.title_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()
        self.update_title()

    def retranslate_ui(self) -> None:
        self.home_button.setText(self.tr("← Workshops"))
        self.home_button.setToolTip(self.tr("Back to the list of workshops (Alt+Home)"))
        self._retitle_tabs()

    def _retitle_tabs(self) -> None:
        for n in range(self.tabs.count()):
            view = self.tabs.widget(n)
            if view is not None:
                self.tabs.setTabText(n, view.windowTitle())

    def update_title(self) -> None:
        row = self.store.get("workshop", self.workshop_id)
        title = str(row["title"]) if row else ""
        self.title_label.setText(title)
        self.title_label.setAlignment(
            (
                Qt.AlignmentFlag.AlignRight
                if direction_of(title) == "rtl"
                else Qt.AlignmentFlag.AlignLeft
            )
            | Qt.AlignmentFlag.AlignAbsolute
            | Qt.AlignmentFlag.AlignVCenter
        )
        self.setWindowTitle(title)

    def _tab_shown(self, index: int) -> None:
        view = self.tabs.widget(index)
        if isinstance(view, WorkspaceView):
            view.refresh()
        self.update_title()

    def current_view(self) -> QWidget | None:
        return self.tabs.currentWidget()

    def show_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
        self._tab_shown(self.tabs.currentIndex())

    def view_of(self, cls: type[View]) -> View | None:
        """The tab of class ``cls`` (import the class inside the caller's function)."""
        for view in self.views:
            if isinstance(view, cls):
                return view
        return None
