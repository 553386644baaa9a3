"""Lays out each cell in its own text's direction (like HTML's dir="auto").

Without it a French idea in an Arabic interface is shaped right-to-left and
its punctuation jumps to the wrong end ("/ La fracture…"), and the reverse.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from sim_facilitator.text.user_text import direction_of


class DirectionDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(text, str) and text:
            option.direction = (
                Qt.LayoutDirection.RightToLeft
                if direction_of(text) == "rtl"
                else Qt.LayoutDirection.LeftToRight
            )
