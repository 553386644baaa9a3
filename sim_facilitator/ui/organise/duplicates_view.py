"""Duplicates: suggested near-identical ideas to confirm or dismiss, and the merged groups.

A suggestion lists its ideas oldest first; merging keeps the selected idea
(or the oldest) and every other idea stays in the record, shown under it with
its own text, author and time, and can be unmerged at any moment.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.organise.dismissals import dismiss_group
from sim_facilitator.domain.organise.duplicates import DuplicateSuggestion, suggest_duplicates
from sim_facilitator.domain.organise.merges import merge_ideas, merged_groups, unmerge_idea
from sim_facilitator.domain.organise.reads import created_ms
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.direction_delegate import DirectionDelegate
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.retranslating import Retranslating

ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT, AUTHOR, CREATED, MERGED = range(4)


def _align(text: str) -> Qt.AlignmentFlag:
    side = (
        Qt.AlignmentFlag.AlignRight if direction_of(text) == "rtl" else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def _time(ms: int | None) -> str:
    if ms is None:
        return ""
    return QLocale().toString(QDateTime.fromMSecsSinceEpoch(ms), QLocale.FormatType.ShortFormat)


class DuplicatesView(Retranslating, QWidget):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.suggestions: list[DuplicateSuggestion] = []

        self.suggested_label = QLabel(self)
        self.suggested = QTreeWidget(self)
        self.suggested.setColumnCount(3)
        self.merge_button = QPushButton(self)
        self.dismiss_button = QPushButton(self)
        self.merge_button.clicked.connect(self.confirm_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.merged_label = QLabel(self)
        self.merged = QTreeWidget(self)
        self.suggested_label.setBuddy(self.suggested)
        self.merged_label.setBuddy(self.merged)
        self.merged.setColumnCount(4)
        self.unmerge_button = QPushButton(self)
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        for tree in (self.suggested, self.merged):
            tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            tree.setWordWrap(True)
            tree.setItemDelegate(DirectionDelegate(tree))
            tree.setUniformRowHeights(False)
            tree.header().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
            tree.header().setStretchLastSection(False)
            for column in range(1, tree.columnCount()):
                tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_hint = EmptyHint(
            self.suggested,
            lambda: self.tr(
                "No suggested duplicate: no two ideas have the same or nearly the same text."
            ),
        )
        self.merged_hint = EmptyHint(
            self.merged,
            lambda: self.tr(
                "No merged idea yet. Merge a suggestion above, or select ideas on the "
                "cluster board and press Ctrl+Shift+M."
            ),
        )

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(self.suggested_label)
        top_layout.addWidget(self.suggested, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        top_layout.addLayout(buttons)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.addWidget(self.merged_label)
        bottom_layout.addWidget(self.merged, 1)
        unmerge_row = QHBoxLayout()
        unmerge_row.addWidget(self.unmerge_button)
        unmerge_row.addStretch(1)
        bottom_layout.addLayout(unmerge_row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # Suggestions are computed when the page is first shown, not when the
        # workshop opens: with thousands of ideas they take a few seconds.
        self.loaded = False
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:
        if not self.loaded:
            self.refresh()
        super().showEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Duplicates"))
        self.suggested_label.setText(
            self.tr("Suggested duplicates (same or nearly the same text): confirm or dismiss")
        )
        self.suggested.setHeaderLabels([self.tr("Idea"), self.tr("Author"), self.tr("Written")])
        self.merge_button.setText(self.tr("&Merge (keep the selected or oldest idea)"))
        self.dismiss_button.setText(self.tr("&Not duplicates"))
        self.merged_label.setText(
            self.tr("Merged ideas: every original text, author and time is kept")
        )
        self.merged.setHeaderLabels(
            [self.tr("Idea"), self.tr("Author"), self.tr("Written"), self.tr("Merged")]
        )
        self.unmerge_button.setText(self.tr("&Unmerge the selected idea"))

    def language_changed(self) -> None:
        super().language_changed()
        if self.loaded:
            self.refresh()

    # -- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        self.loaded = True
        names = {
            p["id"]: p["name"] for p in self.store.in_workshop("participant", self.workshop_id)
        }
        ideas = {i["id"]: i for i in self.store.in_workshop("idea", self.workshop_id)}
        self.suggestions = suggest_duplicates(self.store, self.workshop_id)
        self.suggested.clear()
        for n, suggestion in enumerate(self.suggestions):
            group = QTreeWidgetItem(
                [
                    self.tr("%n ideas, %1% alike", "", len(suggestion.idea_ids)).replace(
                        "%1", str(round(suggestion.score * 100))
                    )
                ]
            )
            group.setData(TEXT, GROUP_ROLE, n)
            for idea_id in suggestion.idea_ids:
                idea = ideas[idea_id]
                child = QTreeWidgetItem(
                    [
                        idea["text"],
                        names.get(idea.get("author_id") or "", ""),
                        _time(created_ms(self.store, "idea", idea_id)),
                    ]
                )
                child.setTextAlignment(TEXT, _align(idea["text"]))
                child.setToolTip(TEXT, idea["text"])
                child.setData(TEXT, ID_ROLE, idea_id)
                child.setData(TEXT, GROUP_ROLE, n)
                group.addChild(child)
            self.suggested.addTopLevelItem(group)
        self.suggested.expandAll()
        first = self.suggested.topLevelItem(0)
        if first is not None:
            self.suggested.setCurrentItem(first)

        self.merged.clear()
        for members in merged_groups(self.store, self.workshop_id).values():
            survivor = members[0]
            top = QTreeWidgetItem(
                [survivor.text, survivor.author_name or "", _time(survivor.created_ms), ""]
            )
            top.setTextAlignment(TEXT, _align(survivor.text))
            top.setData(TEXT, ID_ROLE, survivor.id)
            for member in members[1:]:
                child = QTreeWidgetItem(
                    [
                        member.text,
                        member.author_name or "",
                        _time(member.created_ms),
                        _time(member.merged_ms),
                    ]
                )
                child.setTextAlignment(TEXT, _align(member.text))
                child.setToolTip(TEXT, member.text)
                child.setData(TEXT, ID_ROLE, member.id)
                top.addChild(child)
            self.merged.addTopLevelItem(top)
        self.merged.expandAll()
        has = bool(self.suggestions)
        self.merge_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)
        self.unmerge_button.setEnabled(self.merged.topLevelItemCount() > 0)

    # -- steps --------------------------------------------------------------------
    def _selected_suggestion(self) -> tuple[DuplicateSuggestion, str | None] | None:
        item = self.suggested.currentItem()
        if item is None:
            return None
        n = item.data(TEXT, GROUP_ROLE)
        if n is None or not 0 <= int(n) < len(self.suggestions):
            return None
        return self.suggestions[int(n)], item.data(TEXT, ID_ROLE)

    def confirm_selected(self) -> None:
        chosen = self._selected_suggestion()
        if chosen is None:
            return
        suggestion, keep = chosen
        survivor = keep or suggestion.idea_ids[0]
        try:
            merge_ideas(self.store, survivor, suggestion.idea_ids)
        except DomainError as error:
            show_error(self, error)
        self.refresh()

    def dismiss_selected(self) -> None:
        chosen = self._selected_suggestion()
        if chosen is None:
            return
        # Recorded as data (one record per pair, one transaction): the pair stays
        # dismissed when the page or the app closes, and on other laptops.
        try:
            dismiss_group(self.store, self.workshop_id, chosen[0].idea_ids)
        except DomainError as error:
            show_error(self, error)
        self.refresh()

    def unmerge_selected(self) -> None:
        item = self.merged.currentItem()
        if item is None:
            return
        idea_id = item.data(TEXT, ID_ROLE)
        try:
            if item.parent() is None:  # the survivor: bring every merged idea back at once
                with self.store.transaction():
                    for child in (item.child(n) for n in range(item.childCount())):
                        if child is not None:
                            unmerge_idea(self.store, child.data(TEXT, ID_ROLE))
            else:
                unmerge_idea(self.store, idea_id)
        except DomainError as error:
            show_error(self, error)
        self.refresh()
