"""An editable table of ordered rows (agenda items, guiding questions) backed by the Store.

The model is told how to load its rows and how to save one edited cell; a
refused edit is reported through ``error`` and the stored value stays shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.text.user_text import direction_of, has_bidi_controls
from sim_facilitator.ui.common.bidi import display
from sim_facilitator.ui.common.relabelling_model import RelabellingTableModel

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Column:
    key: str
    kind: str = "text"  # text | int
    header: str = ""  # translated by the owning widget


class OrderedTableModel(RelabellingTableModel):
    error = Signal(object)  # a DomainError
    saved = Signal()  # after an edit was stored
    controls_removed = Signal()  # the stored text lost its bidi controls: say so

    def __init__(
        self,
        columns: list[Column],
        load: Callable[[], list[dict[str, Any]]],
        save: Callable[[str, str, Any], None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self._load = load
        self._save = save
        self._rows: list[dict[str, Any]] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._load()
        self.endResetModel()

    def row_id(self, row: int) -> str:
        return str(self._rows[row]["id"])

    def row_of(self, item_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r["id"] == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return QLocale().toString(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        value = row.get(column.key)
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == "int":
                return QLocale().toString(int(value or 0))
            return "" if value is None else display(str(value))
        if role == Qt.ItemDataRole.EditRole:
            return int(value or 0) if column.kind == "int" else str(value or "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind == "int":
                return int(Qt.AlignmentFlag.AlignCenter)
            rtl = direction_of(str(value or "")) == "rtl"
            horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        try:
            self._save(self.row_id(index.row()), column.key, value)
        except DomainError as error:
            self.error.emit(error)
            return False
        self.reload()
        self.saved.emit()
        if isinstance(value, str) and has_bidi_controls(value):
            self.controls_removed.emit()
        return True
