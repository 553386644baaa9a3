"""The Organise tab of a workshop: cluster board, mapping matrix, coverage, duplicates."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.view_contract import WorkspaceView
from sim_facilitator.ui.organise.cluster_board import ClusterBoard
from sim_facilitator.ui.organise.coverage_view import CoverageView
from sim_facilitator.ui.organise.duplicates_view import DuplicatesView
from sim_facilitator.ui.organise.mapping_matrix import MappingMatrix


class OrganiseView(WorkspaceView):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, workshop_id, parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.board = ClusterBoard(store, workshop_id, self.tabs)
        self.matrix = MappingMatrix(store, workshop_id, self.tabs)
        self.coverage = CoverageView(store, workshop_id, self.tabs)
        self.duplicates = DuplicatesView(store, workshop_id, self.tabs)
        self.pages: list[ClusterBoard | MappingMatrix | CoverageView | DuplicatesView] = [
            self.board,
            self.matrix,
            self.coverage,
            self.duplicates,
        ]
        for page in self.pages:
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._page_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Organise"))
        for n, page in enumerate(self.pages):
            self.tabs.setTabText(n, page.windowTitle())

    def language_changed(self) -> None:
        # Children hear the same event only after their parent; retranslate them
        # first so that the sub-tab titles read here are already in the new language.
        for page in self.pages:
            page.retranslate_ui()
        super().language_changed()

    def _page_shown(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.pages[index].refresh()

    def refresh(self) -> None:
        """Reload the visible page (the others reload when they are shown)."""
        self._page_shown(self.tabs.currentIndex())
