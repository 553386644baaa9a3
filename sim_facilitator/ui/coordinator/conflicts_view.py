"""Conflicts: fields two laptops changed at the same time, each value with its laptop and time.

Choosing a value (or writing a new one) resolves the conflict here, and the
resolution travels with the next bundle to every other laptop.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.conflicts import Candidate, Conflict, list_conflicts, resolve_conflict
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.schema import ENTITIES
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.view_contract import WorkspaceView

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 2
WHAT, VALUE, LAPTOP, WHEN = range(4)
FREE_TEXT_KINDS = ("text", "int", "date", "enum", "datetime", "ref")


def _align(text: str) -> Qt.AlignmentFlag:
    side = (
        Qt.AlignmentFlag.AlignRight if direction_of(text) == "rtl" else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class ConflictsView(WorkspaceView):
    """Workspace view: the open conflicts of one workshop (and its framework)."""

    def __init__(
        self, store: Store, workshop_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, workshop_id or "", parent)
        self.scope = workshop_id  # None: the conflicts of every workshop (coordinator mode)
        self.conflicts: list[Conflict] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.keep_selected())
        self.keep_button = QPushButton(self)
        self.keep_button.clicked.connect(self.keep_selected)
        self.new_value = QLineEdit(self)
        self.new_value.textChanged.connect(self._update_buttons)
        self.new_value.returnPressed.connect(self.use_new_value)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.use_new_value)
        self.empty_label = QLabel(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.new_value, 1)
        buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.refresh()

    # -- data -------------------------------------------------------------
    def refresh(self) -> None:
        self.conflicts = list_conflicts(self.store, self.scope)
        self.tree.clear()
        for index, conflict in enumerate(self.conflicts):
            top = QTreeWidgetItem(self.tree)
            top.setText(WHAT, f"{conflict.record} — {self._field_label(conflict)}")
            top.setTextAlignment(WHAT, _align(conflict.record))
            top.setData(WHAT, CONFLICT_ROLE, index)
            for candidate in conflict.candidates:
                self._candidate_item(top, index, candidate)
            top.setExpanded(True)
        for column in (WHAT, LAPTOP, WHEN):
            self.tree.resizeColumnToContents(column)
        self.empty_label.setVisible(not self.conflicts)
        self._update_buttons()

    def _candidate_item(self, top: QTreeWidgetItem, index: int, candidate: Candidate) -> None:
        item = QTreeWidgetItem(top)
        text = _shown(candidate.value)
        item.setText(VALUE, text)
        item.setTextAlignment(VALUE, _align(text))
        if candidate.winner:
            item.setText(WHAT, self.tr("shown now"))
        item.setText(LAPTOP, self._laptop(candidate))
        item.setText(
            WHEN,
            QLocale().toString(
                QDateTime.fromMSecsSinceEpoch(candidate.when_ms), QLocale.FormatType.ShortFormat
            ),
        )
        item.setData(WHAT, CONFLICT_ROLE, index)
        item.setData(WHAT, CANDIDATE_ROLE, candidate.op_id)

    def _laptop(self, candidate: Candidate) -> str:
        if candidate.is_this_laptop:
            return self.tr("this laptop")
        code = candidate.device_fingerprint[:9] or candidate.device_id[-8:]
        # Isolated left-to-right, so the code reads the same inside an Arabic sentence.
        return self.tr("laptop %1").replace("%1", f"\u2066{code}\u2069")

    def _field_label(self, conflict: Conflict) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Errors", conflict.field.replace("_", " "))

    # -- selection --------------------------------------------------------
    def _selected(self) -> tuple[Conflict | None, Candidate | None]:
        items = self.tree.selectedItems()
        if not items:
            return None, None
        index = items[0].data(WHAT, CONFLICT_ROLE)
        if index is None or not 0 <= int(index) < len(self.conflicts):
            return None, None
        conflict = self.conflicts[int(index)]
        op_id = items[0].data(WHAT, CANDIDATE_ROLE)
        candidate = next((c for c in conflict.candidates if c.op_id == op_id), None)
        return conflict, candidate

    def _update_buttons(self) -> None:
        conflict, candidate = self._selected()
        self.keep_button.setEnabled(candidate is not None)
        free = conflict is not None and self._free_text(conflict)
        self.new_value.setEnabled(free)
        self.new_button.setEnabled(free and bool(self.new_value.text().strip()))

    def _free_text(self, conflict: Conflict) -> bool:
        entity = ENTITIES.get(conflict.entity)
        field = entity.by_name.get(conflict.field) if entity else None
        return field is not None and field.kind in FREE_TEXT_KINDS

    # -- actions ----------------------------------------------------------
    def keep_selected(self) -> None:
        conflict, candidate = self._selected()
        if conflict is None or candidate is None:
            return
        self._resolve(conflict, candidate.value)

    def use_new_value(self) -> None:
        conflict, _ = self._selected()
        text = self.new_value.text().strip()
        if conflict is None or not text or not self._free_text(conflict):
            return
        if self._resolve(conflict, text):
            self.new_value.clear()

    def _resolve(self, conflict: Conflict, value: Any) -> bool:
        try:
            resolve_conflict(self.store, conflict.entity, conflict.entity_id, conflict.field, value)
        except DomainError as error:
            show_error(self, error)
            return False
        self.refresh()
        return True

    # -- language ---------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.tree.setAccessibleName(self.tr("Conflicting fields and their values"))
        self.new_value.setAccessibleName(self.tr("New value"))
        self.intro.setText(
            self.tr(
                "Two laptops changed these fields at the same time. Choose the value to keep, or write a new one; the choice reaches the other laptops with the next bundle."  # noqa: E501
            )
        )
        self.tree.setHeaderLabels(
            [self.tr("Record and field"), self.tr("Value"), self.tr("From"), self.tr("When")]
        )
        self.keep_button.setText(self.tr("Keep this value"))
        self.new_value.setPlaceholderText(self.tr("Or write a new value…"))
        self.new_button.setText(self.tr("Use the new value"))
        self.empty_label.setText(self.tr("No conflicts: every laptop agrees."))
        if self.conflicts:
            self.refresh()
