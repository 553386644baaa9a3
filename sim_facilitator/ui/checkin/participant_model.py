"""The participants of one workshop as an editable table; every edit is saved at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from sim_facilitator.domain.participants import participants_of, update_participant
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of, has_bidi_controls
from sim_facilitator.ui.common.bidi import display
from sim_facilitator.ui.common.labels import label
from sim_facilitator.ui.common.relabelling_model import RelabellingTableModel

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "organisation", "kind", "gender", "age_band", "consent_named", "present")
NAME, ORGANISATION, KIND, GENDER, AGE, CONSENT, PRESENT = range(len(COLUMNS))
BOOL_COLUMNS = {CONSENT, PRESENT}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ParticipantModel(RelabellingTableModel):
    error = Signal(object)  # a DomainError the user must read
    changed = Signal()  # after any saved edit: counts must follow
    controls_removed = Signal()  # the stored text lost its bidi controls: say so

    def __init__(self, store: Store, workshop_id: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self._rows: list[dict[str, Any]] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = participants_of(self.store, self.workshop_id)
        self.endResetModel()

    def row_of(self, participant_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r["id"] == participant_id), -1)

    def participant(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name or pseudonym"),
            self.tr("Organisation"),
            self.tr("Kind of actor"),
            self.tr("Gender"),
            self.tr("Age"),
            self.tr("Named in minutes"),
            self.tr("Present"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in BOOL_COLUMNS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        value = row.get(COLUMNS[col])
        if role == ID_ROLE:
            return row["id"]
        if col in BOOL_COLUMNS:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                # A tick box says what it ticks: "Present, checked", not "checked".
                return self.headerData(col, Qt.Orientation.Horizontal)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col in (KIND, AGE):
                return label(value)
            if col == GENDER:
                return label(value, gender=True)
            return display(str(value or ""))
        if role == Qt.ItemDataRole.EditRole:
            return value if col in (KIND, GENDER, AGE) else (value or "")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (NAME, ORGANISATION):
            rtl = direction_of(str(value or "")) == "rtl"
            horizontal = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        col = index.column()
        if col in BOOL_COLUMNS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        try:
            update_participant(self.store, row["id"], **{COLUMNS[col]: value})
        except DomainError as error:
            self.error.emit(error)
            return False
        updated = self.store.get("participant", row["id"])
        if updated is not None:
            self._rows[index.row()] = updated
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(COLUMNS) - 1))
        self.changed.emit()
        if isinstance(value, str) and has_bidi_controls(value):
            self.controls_removed.emit()
        return True
