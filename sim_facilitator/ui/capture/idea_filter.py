"""Filter-as-you-type over thousands of ideas.

A ``QSortFilterProxyModel`` would ask Python's ``filterAcceptsRow`` (or
``data``) once per idea on every keystroke; with 20,000 ideas that is tens of
milliseconds of call overhead. This proxy instead scans the source model's
cached search keys with one Python comprehension (``needle in key``) and maps
rows through a sorted list, so a keystroke costs a few milliseconds and the
view only asks for the rows it paints. Matching ignores case, accents and
Arabic diacritics (see ``text.user_text.fold_for_search``).

Ideas added, edited or deleted while a filter is active are handled
incrementally: a new idea that matches appears at its place, an edited idea
stays visible (it does not vanish under the cursor) until the filter changes.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

from sim_facilitator.text.user_text import fold_for_search
from sim_facilitator.ui.capture.idea_model import Cell, IdeaModel

AnyIndex = QModelIndex | QPersistentModelIndex


class IdeaFilterModel(QAbstractProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._rows: list[int] = []  # source rows shown, ascending

    # -- set-up ---------------------------------------------------------
    def setSourceModel(self, model: IdeaModel) -> None:  # type: ignore[override]
        """Set once: the filter follows this model's signals from now on."""
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._on_source_reset)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.rowsAboutToBeRemoved.connect(self._on_rows_about_to_be_removed)
        model.rowsRemoved.connect(self._on_rows_removed)
        model.dataChanged.connect(self._on_data_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._rows = self._matching()
        self.endResetModel()

    def source(self) -> IdeaModel:
        model = self.sourceModel()
        assert isinstance(model, IdeaModel)
        return model

    def filter_text(self) -> str:
        return self._needle

    def set_filter_text(self, text: str) -> None:
        """Show only the ideas whose text or author contains ``text``."""
        needle = fold_for_search(text.strip())
        if needle == self._needle:
            return
        self._needle = needle
        self.beginResetModel()
        self._rows = self._matching()
        self.endResetModel()

    def _matching(self) -> list[int]:
        model = self.sourceModel()
        if not isinstance(model, IdeaModel):
            return []
        keys = model.search_keys
        needle = self._needle
        if not needle:
            return list(range(len(keys)))
        return [i for i, key in enumerate(keys) if needle in key]

    # -- following the source incrementally ---------------------------------
    def _on_source_reset(self) -> None:
        self._rows = self._matching()
        self.endResetModel()

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        pos = bisect.bisect_left(self._rows, first)
        for i in range(pos, len(self._rows)):
            self._rows[i] += count
        keys = self.source().search_keys
        new = [r for r in range(first, last + 1) if not self._needle or self._needle in keys[r]]
        if new:
            self.beginInsertRows(QModelIndex(), pos, pos + len(new) - 1)
            self._rows[pos:pos] = new
            self.endInsertRows()

    def _on_rows_about_to_be_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        start = bisect.bisect_left(self._rows, first)
        end = bisect.bisect_right(self._rows, last)
        if end > start:
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            del self._rows[start:end]
            self.endRemoveRows()

    def _on_rows_removed(self, parent: QModelIndex, first: int, last: int) -> None:
        count = last - first + 1
        for i in range(bisect.bisect_left(self._rows, first), len(self._rows)):
            self._rows[i] -= count

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_: Any) -> None:
        start = bisect.bisect_left(self._rows, top_left.row())
        end = bisect.bisect_right(self._rows, bottom_right.row())
        if end > start:
            self.dataChanged.emit(
                self.index(start, top_left.column()), self.index(end - 1, bottom_right.column())
            )

    # -- QAbstractProxyModel ----------------------------------------------
    def mapToSource(self, proxy_index: AnyIndex) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() or proxy_index.row() >= len(self._rows):
            return QModelIndex()
        return model.index(self._rows[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: AnyIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        pos = bisect.bisect_left(self._rows, source_index.row())
        if pos < len(self._rows) and self._rows[pos] == source_index.row():
            return self.index(pos, source_index.column())
        return QModelIndex()

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._rows)):
            return QModelIndex()
        if not (0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        model = self.sourceModel()
        if model is None or orientation != Qt.Orientation.Horizontal:
            return None
        return model.headerData(section, orientation, role)

    # Called by the view for every painted cell: answered from the row list
    # directly, instead of Qt's default (a mapToSource into Python, a source
    # index, then the source's data or flags: three crossings per call).
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.source().data_at(self._rows[index.row()], index.column(), role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or index.row() >= len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        return self.source().column_flags(index.column())

    def display(self, proxy_row: int, column: int) -> Cell | None:
        """What the cell shows (see ``IdeaModel.display``)."""
        if not 0 <= proxy_row < len(self._rows):
            return None
        return self.source().display(self._rows[proxy_row], column)

    def idea_id(self, proxy_row: int) -> str:
        return self.source().idea_id(self._rows[proxy_row])

    def proxy_row_of(self, idea_id: str) -> int | None:
        source_row = self.source().row_of(idea_id)
        if source_row is None:
            return None
        index = self.mapFromSource(self.source().index(source_row, 0))
        return index.row() if index.isValid() else None
