"""The mapping matrix: ideas and clusters × principles, fully keyboard-operable.

Arrows move between cells; typing 0, 1, 2 or 3 (Arabic-Indic digits too)
sets the strength of the current cell and saves it at once; Delete clears it.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.direction_delegate import DirectionDelegate
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.organise.mapping_model import TEXT_COLUMN, MappingModel

PRINCIPLE_COLUMN_WIDTH = 130


class MappingMatrix(Retranslating, QTableView):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves
        self.store = store
        self.workshop_id = workshop_id
        self.mapping_model = MappingModel(store, workshop_id, self)
        self.mapping_model.failed.connect(self._report)
        self.setModel(self.mapping_model)
        self.setItemDelegateForColumn(TEXT_COLUMN, DirectionDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setMinimumSectionSize(60)
        self._layout_columns()
        self.empty_hint = EmptyHint(
            self,
            lambda: self.tr(
                "Nothing to map yet. Capture ideas (and group them into clusters if you "
                "like), then rate here how strongly each serves each principle."
            ),
        )
        self.retranslate_ui()

    def _layout_columns(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.mapping_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, PRINCIPLE_COLUMN_WIDTH)
        if self.mapping_model.rowCount() and not self.currentIndex().isValid():
            self.setCurrentIndex(self.mapping_model.index(0, 1))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Mapping to principles"))
        self.setAccessibleName(self.tr("Mapping to principles"))
        self.setAccessibleDescription(
            self.tr("Arrows move; 0, 1, 2 or 3 sets the strength; Delete clears it.")
        )
        self.mapping_model.retranslate()

    def refresh(self) -> None:
        current = self.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, 1)
        self.mapping_model.reload()
        self._layout_columns()
        model = self.mapping_model
        if model.rowCount():
            self.setCurrentIndex(
                model.index(min(row, model.rowCount() - 1), min(column, model.columnCount() - 1))
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        text = event.text()
        digit: int | None = None
        if len(text) == 1 and unicodedata.category(text) == "Nd":
            digit = unicodedata.digit(text)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            digit = 0
        no_mods = not (
            event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        if digit is not None and no_mods and index.isValid():
            if index.column() != TEXT_COLUMN:
                self.mapping_model.setData(index, digit)
            event.accept()
            return
        super().keyPressEvent(event)

    def _report(self, error: DomainError) -> None:
        show_error(self, error)
