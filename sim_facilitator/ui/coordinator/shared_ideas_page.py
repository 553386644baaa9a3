"""The coordinator's shared ideas: alike ideas across workshops, confirmed or dissolved.

Its strings keep the ``CoordinatorView`` translation context they were written in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.cross_duplicates import (
    CrossSuggestion,
    NationalCluster,
    OriginIdea,
    confirm_cross_cluster,
    dissolve_cross_cluster,
    national_clusters,
    suggest_cross_duplicates,
)
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.labels import label
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.coordinator.cell_alignment import align

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2


def _workshops(count: str) -> str:
    """ "%1 workshops" with the count already written in the locale."""
    return QCoreApplication.translate("CoordinatorView", "%1 workshops").replace("%1", count)


class SharedIdeasPage(Retranslating, QWidget):
    """Suggested cross-workshop duplicates above, confirmed national clusters below."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.suggestions: list[CrossSuggestion] = []
        self.clusters: list[NationalCluster] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.suggestion_tree = QTreeWidget(self)
        self.suggestion_tree.setColumnCount(4)
        self.suggestion_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestion_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.suggestion_tree.itemSelectionChanged.connect(self.update_buttons)
        self.confirm_button = QPushButton(self)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.cluster_tree = QTreeWidget(self)
        self.cluster_tree.setColumnCount(3)
        self.cluster_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cluster_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.cluster_tree.itemSelectionChanged.connect(self.update_buttons)
        self.dissolve_button = QPushButton(self)
        self.dissolve_button.clicked.connect(self.dissolve_selected)
        self.clusters_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.suggestion_tree, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)
        layout.addWidget(self.clusters_label)
        layout.addWidget(self.cluster_tree, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.dissolve_button)
        layout.addLayout(row)
        self.retranslate_ui()

    def _idea_item(self, parent: QTreeWidgetItem, idea: OriginIdea) -> None:
        item = QTreeWidgetItem(parent)
        where = label(idea.region) if idea.region else idea.workshop_title
        for column, value in enumerate((idea.text, where, idea.date or "")):
            item.setText(column, value)
            item.setTextAlignment(column, align(value))
        item.setToolTip(0, idea.workshop_title)

    def fill(self) -> None:
        self.suggestions = suggest_cross_duplicates(self.store)
        self.clusters = national_clusters(self.store)
        locale = self.locale()
        self.suggestion_tree.clear()
        for index, s in enumerate(self.suggestions):
            top = QTreeWidgetItem(self.suggestion_tree)
            first = s.ideas[0].text
            top.setText(0, first)
            top.setTextAlignment(0, align(first))
            top.setText(1, _workshops(locale.toString(len(s.workshop_ids))))
            top.setText(3, locale.toString(round(100 * s.score)) + "%")
            top.setData(0, KIND_ROLE, "suggestion")
            top.setData(0, INDEX_ROLE, index)
            for idea in s.ideas:
                self._idea_item(top, idea)
        self.cluster_tree.clear()
        for index, c in enumerate(self.clusters):
            top = QTreeWidgetItem(self.cluster_tree)
            top.setText(0, c.name)
            top.setTextAlignment(0, align(c.name))
            top.setText(1, _workshops(locale.toString(len(c.workshop_ids))))
            top.setData(0, KIND_ROLE, "cluster")
            top.setData(0, INDEX_ROLE, index)
            for idea in c.ideas:
                self._idea_item(top, idea)
        self.clusters_label.setText(
            QCoreApplication.translate(
                "CoordinatorView", "Confirmed cross-workshop clusters: %1"
            ).replace("%1", locale.toString(len(self.clusters)))
        )

    @staticmethod
    def _selected_index(tree: QTreeWidget) -> int | None:
        items = tree.selectedItems()
        if not items:
            return None
        item = items[0]
        while (parent := item.parent()) is not None:
            item = parent
        value = item.data(0, INDEX_ROLE)
        return int(value) if value is not None else None

    def update_buttons(self) -> None:
        self.confirm_button.setEnabled(self._selected_index(self.suggestion_tree) is not None)
        self.dissolve_button.setEnabled(self._selected_index(self.cluster_tree) is not None)

    def confirm_selected(self) -> None:
        index = self._selected_index(self.suggestion_tree)
        if index is not None:
            ids = self.suggestions[index].idea_ids
            self._change(lambda: confirm_cross_cluster(self.store, ids))

    def dissolve_selected(self) -> None:
        index = self._selected_index(self.cluster_tree)
        if index is not None:
            cluster_id = self.clusters[index].id
            self._change(lambda: dissolve_cross_cluster(self.store, cluster_id))

    def _change(self, action: Callable[[], object]) -> None:
        """Run one change of the shared ideas; a refusal is said, and the lists reload."""
        try:
            action()
        except DomainError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("CoordinatorView", "Cross-workshop cluster"),
                error_text(exc),
            )
        self.fill()
        self.update_buttons()

    def retranslate_ui(self) -> None:
        self.suggestion_tree.setAccessibleName(
            QCoreApplication.translate("CoordinatorView", "Suggested shared ideas")
        )
        self.cluster_tree.setAccessibleName(
            QCoreApplication.translate("CoordinatorView", "Confirmed shared ideas")
        )
        self.intro.setText(
            QCoreApplication.translate(
                "CoordinatorView",
                "Alike ideas from different workshops. Confirm a group to count it as one shared idea; each idea stays in its workshop.",  # noqa: E501
            )
        )
        self.suggestion_tree.setHeaderLabels(
            [
                QCoreApplication.translate("CoordinatorView", "Idea"),
                QCoreApplication.translate("CoordinatorView", "Where"),
                QCoreApplication.translate("CoordinatorView", "Date"),
                QCoreApplication.translate("CoordinatorView", "Alike"),
            ]
        )
        self.cluster_tree.setHeaderLabels(
            [
                QCoreApplication.translate("CoordinatorView", "Cluster"),
                QCoreApplication.translate("CoordinatorView", "Where"),
                QCoreApplication.translate("CoordinatorView", "Date"),
            ]
        )
        self.confirm_button.setText(
            QCoreApplication.translate("CoordinatorView", "Confirm as a cross-workshop cluster")
        )
        self.dissolve_button.setText(
            QCoreApplication.translate("CoordinatorView", "Undo this cluster")
        )
        if self.suggestions or self.clusters:
            self.fill()
