"""The ideas of one cluster column on the board, draggable between columns.

Dragging carries the idea ids in a private MIME type; dropping asks the board
(through ``ideas_dropped``) to move them, so the move is an undoable domain
step. The model never changes its own rows on a drop: the board reloads it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from sim_facilitator.text.user_text import direction_of

IDEA_MIME = "application/x-sim-facilitator-idea-ids"
CLUSTER_MIME = "application/x-sim-facilitator-cluster-id"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex

_ALIGN = {
    "rtl": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    "ltr": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
}


def ideas_to_mime(idea_ids: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(IDEA_MIME, QByteArray("\n".join(idea_ids).encode("ascii")))
    return mime


def cluster_to_mime(cluster_id: str) -> QMimeData:
    mime = QMimeData()
    mime.setData(CLUSTER_MIME, QByteArray(cluster_id.encode("ascii")))
    return mime


def cluster_from_mime(mime: QMimeData) -> str | None:
    if not mime.hasFormat(CLUSTER_MIME):
        return None
    return bytes(mime.data(CLUSTER_MIME).data()).decode("ascii") or None


def ideas_from_mime(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(IDEA_MIME):
        return []
    raw = bytes(mime.data(IDEA_MIME).data()).decode("ascii")
    return [line for line in raw.split("\n") if line]


class BoardIdeaModel(QAbstractListModel):
    ideas_dropped = Signal(list, object)  # idea ids, target cluster id (None: no cluster)

    def __init__(self, cluster_id: str | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.cluster_id = cluster_id
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def ids(self) -> list[str]:
        return [r["id"] for r in self._rows]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        text = row["text"]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[row.get("direction") or direction_of(text)] | (
                Qt.AlignmentFlag.AlignVCenter
            )
        if role == ID_ROLE:
            return row["id"]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [IDEA_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return ideas_to_mime([self._rows[r]["id"] for r in rows])

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        return bool(ideas_from_mime(data))

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        ids = [i for i in ideas_from_mime(data) if i not in self.ids()]
        if not ids:
            return False
        # The board connects this with a queued connection: it reloads every
        # column once the drag is over, never while the source view still uses it.
        self.ideas_dropped.emit(ids, self.cluster_id)
        return True
