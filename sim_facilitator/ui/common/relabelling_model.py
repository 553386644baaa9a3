"""A table model whose headers and cells are labels looked up at display time.

On a language switch its view calls ``relabel()``: the rows stay as they are and
every view repaints its headers and cells in the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt


class RelabellingTableModel(QAbstractTableModel):
    def relabel(self) -> None:
        """Tell the views every label changed (language switch); rows stay as they are."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
