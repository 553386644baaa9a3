"""Seating by hand: people choose their table (or the facilitator places them).

Two lists for one breakout. *People*: everyone present (or already seated),
with their organisation and table; select one or more and press a table's
number (1 to 9, Arabic-Indic digits too), or pick a table in "Move to" and
press the button; 0 or Delete takes them off their table. *Tables*: each
table's name and question, edited in place (one question for all tables, or
one each), and a table removed while it has produced nothing. Every change is
one domain call, saved at once; the lists follow what phones and other laptops
write, once a second.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.tables.overview import SeatingRow, seating
from sim_facilitator.domain.tables.records import (
    TableView,
    edit_table,
    remove_table,
    seat,
    tables_of,
    unseat,
)
from sim_facilitator.engine.changes import ChangeWatch
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.announce import announce
from sim_facilitator.ui.common.bidi import isolated
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.field_name import name_field
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window

WATCHED = ("breakout_table", "table_seat", "participant")
LIVE_MS = 1000
ORGANISATION = 1  # the people's columns: name, organisation, table
T_NUMBER, T_NAME, T_QUESTION, T_PEOPLE = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole


def typed_digit(event: QKeyEvent) -> int | None:
    """The digit a key press typed (Western or Arabic-Indic), if any."""
    text = event.text()
    if len(text) != 1:
        return None
    value = unicodedata.digit(text, -1)
    return value if value >= 0 else None


class SeatingDialog(Retranslating, QDialog):
    def __init__(
        self,
        store: Store,
        workshop_id: str,
        agenda_id: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.agenda_id = agenda_id
        self.agenda_title = title
        self.rows: list[SeatingRow] = []
        self.tables: list[TableView] = []
        self._watch = ChangeWatch(store, WATCHED)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.find_label = QLabel(self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.find_edit)
        self.people = self._rows_table(3, ORGANISATION)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.installEventFilter(self)
        self.move_label = QLabel(self)
        self.move_box = QComboBox(self)
        self.move_label.setBuddy(self.move_box)
        self.move_button = QPushButton(self)
        self.unseat_button = QPushButton(self)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.tables_label = QLabel(self)
        self.table_list = self._rows_table(4, T_QUESTION)
        self.table_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.tables_label.setBuddy(self.table_list)
        self.remove_button = QPushButton(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        find = QHBoxLayout()
        find.addWidget(self.find_label)
        find.addWidget(self.find_edit, 1)
        move = QHBoxLayout()
        move.addWidget(self.move_label)
        move.addWidget(self.move_box, 1)
        move.addWidget(self.move_button)
        move.addWidget(self.unseat_button)
        tables_row = QHBoxLayout()
        tables_row.addWidget(self.tables_label, 1)
        tables_row.addWidget(self.remove_button)
        # People above, tables below, the line between them movable: a small screen
        # shows a few rows of each, a large breakout can give the people more room.
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(find)
        upper_layout.addWidget(self.people, 1)
        upper_layout.addLayout(move)
        upper_layout.addWidget(self.counts)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(tables_row)
        lower_layout.addWidget(self.table_list, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.find_edit.textChanged.connect(lambda _t: self._apply_filter())
        self.move_button.clicked.connect(self.move_selected)
        self.unseat_button.clicked.connect(lambda: self.seat_selected(None))
        self.remove_button.clicked.connect(self.remove_selected_table)
        self.table_list.itemChanged.connect(self._table_edited)
        self.live = QTimer(self)
        self.live.setInterval(LIVE_MS)
        self.live.timeout.connect(self._follow)
        self.live.start()
        fit_window(self, "seating", QSize(760, 640))
        self.retranslate_ui()
        self.reload()
        self.people.setFocus()

    def _rows_table(self, columns: int, stretched: int) -> QTableWidget:
        """A list of whole rows, left by Tab in one step, one column taking the width."""
        table = QTableWidget(0, columns, self)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        return table

    # -- texts -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Seat people: %1").replace("%1", self.agenda_title))
        self.hint.setText(
            self.tr(
                "Select one or more people and press their table's number (1 to 9), or "
                "choose the table under the list. 0 or Delete takes them off their table. "
                "Every change is saved at once."
            )
        )
        self.find_label.setText(self.tr("&Find:"))
        self.find_edit.setPlaceholderText(self.tr("A name or an organisation"))
        self.people.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Table")]
        )
        self.people.setAccessibleName(self.tr("People and their tables"))
        self.move_label.setText(self.tr("&Move to:"))
        name_field(self.move_box, self.tr("Move to"))
        self.move_button.setText(self.tr("M&ove"))
        self.unseat_button.setText(self.tr("&Take off their table"))
        self.tables_label.setText(
            self.tr("&Tables (double-click a name or question to change it):")
        )
        self.table_list.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("Name"), self.tr("Question"), self.tr("People")]
        )
        self.table_list.setAccessibleName(self.tr("Tables"))
        self.remove_button.setText(self.tr("&Remove the table"))
        if self.rows or self.tables:
            self._show()

    def not_seated(self) -> str:
        return self.tr("Not seated")

    # -- reading -----------------------------------------------------------------------
    def _follow(self) -> None:
        if self._watch.changed():
            self.reload()

    def reload(self) -> None:
        self.tables = tables_of(self.store, self.workshop_id, self.agenda_id)
        self.rows = seating(self.store, self.workshop_id, self.agenda_id)
        self._show()

    def _table_name(self, table_id: str | None) -> str:
        for n, table in enumerate(self.tables, 1):
            if table.id == table_id:
                return f"{n} · {isolated(table.name)}" if n <= 9 else isolated(table.name)
        return self.not_seated()

    def _show(self) -> None:
        chosen = set(self.selected_ids())
        with QSignalBlocker(self.people):
            self.people.setRowCount(len(self.rows))
            for r, row in enumerate(self.rows):
                texts = (
                    isolated(row.name),
                    isolated(row.organisation),
                    self._table_name(row.table_id),
                )
                for column, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, row.participant_id)
                    self.people.setItem(r, column, item)
        selection = self.people.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for r, row in enumerate(self.rows):
            if row.participant_id in chosen:
                selection.select(self.people.model().index(r, 0), flags)
        self._apply_filter()
        current = self.move_box.currentData()
        with QSignalBlocker(self.move_box):
            self.move_box.clear()
            for n, table in enumerate(self.tables, 1):
                self.move_box.addItem(self._table_name(table.id), table.id)
                if n <= 9:
                    self.move_box.setItemData(n - 1, table.name, Qt.ItemDataRole.AccessibleTextRole)
            index = self.move_box.findData(current)
            self.move_box.setCurrentIndex(max(index, 0))
        self._show_tables()
        sizes = {t.id: 0 for t in self.tables}
        loose = 0
        for row in self.rows:
            if row.table_id in sizes:
                sizes[row.table_id] += 1
            elif row.present:
                loose += 1
        parts = [
            self.tr("%1: %Ln", "", sizes[t.id]).replace("%1", isolated(t.name)) for t in self.tables
        ]
        parts.append(self.tr("not seated: %Ln", "", loose))
        self.counts.setText(" · ".join(parts))
        enabled = bool(self.tables)
        for widget in (self.move_box, self.move_button):
            widget.setEnabled(enabled)

    def _show_tables(self) -> None:
        selected = self.selected_table()
        sizes = {t.id: len(t.member_ids) for t in self.tables}
        with QSignalBlocker(self.table_list):
            self.table_list.setRowCount(len(self.tables))
            for r, table in enumerate(self.tables):
                texts = (str(r + 1) if r < 9 else "", table.name, table.question)
                for column, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, table.id)
                    if column == T_NUMBER:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table_list.setItem(r, column, item)
                people = QTableWidgetItem(str(sizes[table.id]))
                people.setFlags(people.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table_list.setItem(r, T_PEOPLE, people)
                if table.id == selected:
                    self.table_list.selectRow(r)

    def _apply_filter(self) -> None:
        needle = self.find_edit.text().strip().casefold()
        for r, row in enumerate(self.rows):
            hay = f"{row.name} {row.organisation}".casefold()
            self.people.setRowHidden(r, bool(needle) and needle not in hay)

    def selected_ids(self) -> list[str]:
        model = self.people.selectionModel()
        if model is None:
            return []
        rows = sorted({i.row() for i in model.selectedRows()})
        return [
            self.rows[r].participant_id
            for r in rows
            if r < len(self.rows) and not self.people.isRowHidden(r)
        ]

    def selected_table(self) -> str | None:
        model = self.table_list.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows or rows[0].row() >= len(self.tables):
            return None
        return self.tables[rows[0].row()].id

    # -- changes -----------------------------------------------------------------------
    def _run(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except DomainError as error:
            self.message.setText(error_text(error))
            announce(self, self.message.text())
            return False
        self.message.clear()
        self.reload()
        return True

    def seat_selected(self, table_id: str | None) -> int:
        """Seat the selected people at a table (None: off their table); how many moved."""
        ids = self.selected_ids()
        if not ids:
            self.message.setText(self.tr("Select someone in the list first."))
            return 0

        def work() -> None:
            for pid in ids:
                if table_id is None:
                    unseat(self.store, self.workshop_id, self.agenda_id, pid)
                else:
                    seat(self.store, self.workshop_id, pid, table_id)

        if not self._run(work):
            return 0
        where = self._table_name(table_id)
        announce(self, self.tr("%Ln person(s): %1", "", len(ids)).replace("%1", where))
        return len(ids)

    def move_selected(self) -> None:
        table_id = self.move_box.currentData()
        if table_id:
            self.seat_selected(str(table_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.people and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.seat_selected(None)
                return True
            digit = typed_digit(event)
            if digit is not None and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                if digit == 0:
                    self.seat_selected(None)
                elif digit <= len(self.tables):
                    self.seat_selected(self.tables[digit - 1].id)
                else:
                    self.message.setText(self.tr("There is no table %1.").replace("%1", str(digit)))
                return True
        return super().eventFilter(watched, event)

    def _table_edited(self, item: QTableWidgetItem) -> None:
        table_id = str(item.data(ID_ROLE))
        column = item.column()
        text = item.text()
        if column == T_NAME:
            self._run(lambda: edit_table(self.store, self.workshop_id, table_id, name=text))
        elif column == T_QUESTION:
            self._run(lambda: edit_table(self.store, self.workshop_id, table_id, question=text))
        if self.message.text():  # refused: show the stored value again
            self.reload()

    def remove_selected_table(self) -> None:
        table_id = self.selected_table()
        if table_id is None:
            self.message.setText(self.tr("Select a table first."))
            return
        self._run(lambda: remove_table(self.store, self.workshop_id, table_id))

    def done(self, result: int) -> None:
        self.live.stop()
        super().done(result)
