"""Ideas and clusters × principles: the strength of each mapping, editable cell by cell.

Rows are the workshop's clusters, then its live ideas (merged-away ideas are
left out); column 0 is the text, one column per principle follows, headed by
the principle's name in the interface language. Setting a cell saves at once
through ``organise.set_strength``. A cell whose strength was set differently
on two laptops shows a warning sign until someone chooses a value.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from sim_facilitator.domain.organise.mappings import (
    BAD_STRENGTH,
    STRENGTH_LABELS,
    conflicted_mappings,
    mapping_id,
    set_strength,
    strengths,
)
from sim_facilitator.domain.organise.reads import (
    clusters_of,
    live_ideas,
    principle_name,
    principles_of,
)
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.shell.application import current_language

AnyIndex = QModelIndex | QPersistentModelIndex
TEXT_COLUMN = 0
STRENGTH_ROLE = Qt.ItemDataRole.UserRole + 1
CONFLICT_MARK = "\u26a0"
DOTS = {0: "", 1: "\u25cf", 2: "\u25cf\u25cf", 3: "\u25cf\u25cf\u25cf"}

_ALIGN = {
    "rtl": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    "ltr": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
}


@dataclass(frozen=True)
class MatrixRow:
    kind: str  # "idea" | "cluster"
    id: str
    text: str


def strength_label(strength: int) -> str:
    return QCoreApplication.translate("Organise", STRENGTH_LABELS[strength])


class MappingModel(QAbstractTableModel):
    failed = Signal(object)  # a DomainError from an edit
    changed = Signal()  # a strength was saved

    def __init__(self, store: Store, workshop_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.rows: list[MatrixRow] = []
        self.principles: list[dict[str, Any]] = []
        self._strength: dict[tuple[str, str], int] = {}
        self._conflicts: set[str] = set()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.principles = principles_of(self.store, self.workshop_id)
        self.rows = [
            MatrixRow("cluster", c["id"], c["name"])
            for c in clusters_of(self.store, self.workshop_id)
        ] + [
            MatrixRow("idea", i["id"], i["text"]) for i in live_ideas(self.store, self.workshop_id)
        ]
        self._load_strengths()
        self.endResetModel()

    def _load_strengths(self) -> None:
        self._strength = strengths(self.store, self.workshop_id)
        self._conflicts = conflicted_mappings(self.store, self.workshop_id)

    def principle_at(self, column: int) -> dict[str, Any] | None:
        n = column - 1
        return self.principles[n] if 0 <= n < len(self.principles) else None

    def strength_at(self, row: int, column: int) -> int:
        principle = self.principle_at(column)
        if principle is None:
            return 0
        return self._strength.get((self.rows[row].id, principle["id"]), 0)

    # -- Qt model -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.principles)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != TEXT_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == TEXT_COLUMN:
            return self._text_data(row, role)
        principle = self.principle_at(index.column())
        if principle is None:
            return None
        strength = self._strength.get((row.id, principle["id"]), 0)
        conflict = mapping_id(row.id, principle["id"]) in self._conflicts
        if role == Qt.ItemDataRole.DisplayRole:
            return (CONFLICT_MARK + " " if conflict else "") + DOTS[strength]
        if role in (STRENGTH_ROLE, Qt.ItemDataRole.EditRole):
            return strength
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and strength:
            color = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
            color.setAlpha(50 + 60 * strength)
            return color
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{strength} — {strength_label(strength)}"
            if conflict:
                text += "\n" + self._conflict_text(row.id, principle["id"])
            return text
        return None

    def _text_data(self, row: MatrixRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.kind == "cluster":
                return QCoreApplication.translate("MappingModel", "Cluster: %1").replace(
                    "%1", row.text
                )
            return row.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN[direction_of(row.text)] | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and row.kind == "cluster":
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def _conflict_text(self, target_id: str, principle_id: str) -> str:
        found = self.store.db.execute(
            "SELECT candidates FROM p_conflict WHERE entity = 'mapping' AND entity_id = ?"
            " AND field = 'strength'",
            [mapping_id(target_id, principle_id)],
        ).fetchone()
        values = sorted({c["value"] for c in json.loads(found[0])}) if found else []
        template = QCoreApplication.translate(
            "MappingModel", "Two laptops disagree: %1. Type a digit to choose."
        )
        return template.replace("%1", ", ".join(str(v) for v in values))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == TEXT_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("MappingModel", "Idea or cluster")
            return None
        principle = self.principle_at(section)
        if principle is None:
            return None
        lang = current_language(QCoreApplication.instance())
        name = principle_name(principle, lang)
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(textwrap.wrap(name, 18)[:3])
        if role == Qt.ItemDataRole.ToolTipRole:
            description = principle.get(f"description_{lang}") or ""
            return f"{name}\n{description}".strip()
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        principle = self.principle_at(index.column()) if index.isValid() else None
        if principle is None or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        try:
            set_strength(self.store, row.kind, row.id, principle["id"], int(value))
        except (DomainError, ValueError, TypeError) as error:
            if isinstance(error, DomainError):
                self.failed.emit(error)
            else:
                self.failed.emit(DomainError(BAD_STRENGTH))
            return False
        self._load_strengths()
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
