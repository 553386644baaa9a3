"""The workshops on this laptop as a table: title, date, region, status, counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sim_facilitator.domain.workshops import WorkshopSummary
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.bidi import display
from sim_facilitator.ui.common.labels import label
from sim_facilitator.ui.common.relabelling_model import RelabellingTableModel

Index = QModelIndex | QPersistentModelIndex

TITLE, DATE, REGION, STATUS, PARTICIPANTS, IDEAS = range(6)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROLES = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.TextAlignmentRole),
        int(SORT_ROLE),
        int(ID_ROLE),
    }
)


class WorkshopTableModel(RelabellingTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[WorkshopSummary] = []

    def set_rows(self, rows: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def workshop_at(self, row: int) -> WorkshopSummary:
        return self._rows[row]

    def row_of(self, workshop_id: str) -> int:
        for n, w in enumerate(self._rows):
            if w.id == workshop_id:
                return n
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Workshop"),
            self.tr("Date"),
            self.tr("Region"),
            self.tr("Status"),
            self.tr("Participants"),
            self.tr("Ideas"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask every cell for a dozen roles, each a call into Python; sizing the
        # columns to their contents asks for all rows: answer the unused ones first.
        if role not in ROLES or not index.isValid():
            return None
        w = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return w.id
        if role == Qt.ItemDataRole.DisplayRole:
            locale = QLocale()
            if col == TITLE:
                return display(w.title)
            if col == DATE:
                if not w.date:
                    return ""
                return locale.toString(
                    QDate.fromString(w.date, Qt.DateFormat.ISODate), QLocale.FormatType.ShortFormat
                )
            if col == REGION:
                return label(w.region)
            if col == STATUS:
                return label(w.status)
            if col == PARTICIPANTS:
                return locale.toString(w.participants)
            return locale.toString(w.ideas)
        if role == SORT_ROLE:
            return (
                w.title.casefold(),
                w.date or "",
                label(w.region).casefold(),
                label(w.status).casefold(),
                w.participants,
                w.ideas,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE:
            return w.theme or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (PARTICIPANTS, IDEAS):
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == TITLE:
            # The title reads in its own direction, whatever the interface language.
            rtl = direction_of(w.title) == "rtl"
            horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return None
