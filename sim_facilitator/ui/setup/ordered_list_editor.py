"""A table of ordered rows with an entry line to add, and buttons to reorder and delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.ui.common.bidi_notice import tell_controls_removed, tell_if_controls_removed
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.setup.ordered_table_model import OrderedTableModel


class OrderedListEditor(Retranslating, QWidget):
    """``add(values)`` creates a row, ``move(id, step)`` and ``delete(id)`` act on one."""

    def __init__(
        self,
        model: OrderedTableModel,
        add: Callable[[dict[str, Any]], str],
        move: Callable[[str, int], None],
        delete: Callable[[str], None],
        parent: QWidget | None = None,
        entry_keys: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._add, self._move, self._delete = add, move, delete
        model.error.connect(lambda error: show_error(self, error))
        model.controls_removed.connect(lambda: tell_controls_removed(self))
        self.heading = QLabel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.inputs: dict[str, QLineEdit | QSpinBox] = {}
        entry = QHBoxLayout()
        for column in model.columns:
            if entry_keys is not None and column.key not in entry_keys:
                continue
            widget: QLineEdit | QSpinBox
            if column.kind == "int":
                widget = QSpinBox(self)
                widget.setRange(0, 24 * 60)
                widget.setValue(15)
                entry.addWidget(widget)
            else:
                widget = QLineEdit(self)
                widget.returnPressed.connect(self.add_from_inputs)
                entry.addWidget(widget, 1)
            self.inputs[column.key] = widget
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_from_inputs)
        entry.addWidget(self.add_button)
        self.up_button = QPushButton(self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_hint: EmptyHint | None = None
        self.retranslate_ui()
        self._update_buttons()

    def set_empty_hint(self, text: Callable[[], str]) -> None:
        """Say what to do while the list is empty (``text`` as for ``EmptyHint``)."""
        self.empty_hint = EmptyHint(self.table, text)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.delete_button.setText(self.tr("Delete"))
        for column in self.model.columns:
            widget = self.inputs.get(column.key)
            if widget is None:
                continue
            widget.setAccessibleName(column.header)
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(column.header)
            else:
                widget.setSuffix(self.tr(" min"))
        self.model.relabel()
        self.table.setAccessibleName(self.heading.text() or self.tr("List"))

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.reload()
        if selected:
            self.select(selected)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def select(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        for b in (self.up_button, self.down_button, self.delete_button):
            b.setEnabled(selected)

    def _run(self, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except DomainError as error:
            show_error(self, error)
            return None

    def add_from_inputs(self) -> str | None:
        values = {
            key: (w.value() if isinstance(w, QSpinBox) else w.text())
            for key, w in self.inputs.items()
        }
        new_id = self._run(lambda: self._add(values))
        if new_id:
            tell_if_controls_removed(self, *values.values())
            for widget in self.inputs.values():
                if isinstance(widget, QLineEdit):
                    widget.clear()
            self.refresh()
            self.select(new_id)
            first = next(iter(self.inputs.values()))
            first.setFocus()
        return str(new_id) if new_id else None

    def move_selected(self, step: int) -> None:
        selected = self.selected_id()
        if selected:
            self._run(lambda: self._move(selected, step))
            self.refresh()

    def delete_selected(self) -> None:
        selected = self.selected_id()
        if selected:
            self._run(lambda: self._delete(selected))
            self.refresh()
