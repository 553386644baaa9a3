"""Action items: list with filters, one-step creation from an idea or cluster, editing.

Every field is saved when it is confirmed (Enter or leaving the field, a
choice in a list, a ticked principle); a refused value shows why and the
field goes back to what is stored. Principles that no action serves are
flagged above the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain import actions as A
from sim_facilitator.domain.organise.reads import (
    clusters_of,
    live_ideas,
    principle_name,
    principles_of,
)
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.schema import ACTION_STATUSES
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.bidi_notice import tell_if_controls_removed
from sim_facilitator.ui.common.direction_delegate import DirectionDelegate
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.field_name import name_field
from sim_facilitator.ui.common.scrolling import scrolling
from sim_facilitator.ui.common.view_contract import WorkspaceView
from sim_facilitator.ui.shell.application import current_language

WARNING = "\u26a0"
WHAT, OWNER, DUE, STATUS, PRINCIPLES = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ActionsView(WorkspaceView):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, workshop_id, parent)
        self.principles: list[dict[str, Any]] = []
        self.rows: list[dict[str, Any]] = []

        self.flag = QLabel(self)
        self.flag.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.principle_filter = QComboBox(self)
        self.filter_edit.textChanged.connect(self._reload_list)
        self.status_filter.currentIndexChanged.connect(self._reload_list)
        self.principle_filter.currentIndexChanged.connect(self._reload_list)

        self.source = QComboBox(self)
        self.source.setMinimumContentsLength(30)
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.create_from_source)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.create_blank)

        self.table = QTableWidget(0, 5, self)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No action yet. Add one here, or turn an idea or a cluster into an action."
            ),
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(DirectionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (OWNER, DUE, STATUS, PRINCIPLES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._load_editor)

        self.editor = QWidget(self)
        form = QFormLayout(self.editor)
        self.what_edit = QLineEdit(self.editor)
        self.owner_edit = QLineEdit(self.editor)
        self.due_edit = QLineEdit(self.editor)
        self.status_edit = QComboBox(self.editor)
        self.principle_list = QListWidget(self.editor)
        self.principle_list.setMaximumHeight(140)
        self.delete_button = QPushButton(self.editor)
        self.delete_button.clicked.connect(self.delete_current)
        self.what_label, self.owner_label = QLabel(self.editor), QLabel(self.editor)
        self.due_label, self.status_label = QLabel(self.editor), QLabel(self.editor)
        self.principles_label = QLabel(self.editor)
        for label, field in (
            (self.what_label, self.what_edit),
            (self.owner_label, self.owner_edit),
            (self.due_label, self.due_edit),
            (self.status_label, self.status_edit),
            (self.principles_label, self.principle_list),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.delete_button)
        self.what_edit.editingFinished.connect(lambda: self._save("what", self.what_edit.text()))
        self.owner_edit.editingFinished.connect(lambda: self._save("owner", self.owner_edit.text()))
        self.due_edit.editingFinished.connect(lambda: self._save("due", self.due_edit.text()))
        self.status_edit.activated.connect(
            lambda n: self._save("status", self.status_edit.itemData(n))
        )
        self.principle_list.itemChanged.connect(self._principles_changed)
        self.what_edit.textChanged.connect(self._align_what)

        filters = QHBoxLayout()
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter_edit)
        filters.addWidget(self.filter_label)
        filters.addWidget(self.filter_edit, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.principle_filter, 1)
        creating = QHBoxLayout()
        self.source_label = QLabel(self)
        self.source_label.setBuddy(self.source)
        creating.addWidget(self.source_label)
        creating.addWidget(self.source, 1)
        creating.addWidget(self.create_button)
        creating.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(scrolling(self.editor, splitter))  # scrolls on a 600-pixel screen
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.flag)
        layout.addLayout(creating)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()
        self.refresh()

    # -- language ---------------------------------------------------------------
    def status_text(self, status: str | None) -> str:
        return {
            "planned": self.tr("Planned"),
            "in_progress": self.tr("In progress"),
            "done": self.tr("Done"),
            "dropped": self.tr("Dropped"),
        }.get(status or "", "")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Actions"))
        self.table.setAccessibleName(self.tr("Actions"))
        name_field(self.status_filter, self.tr("Show the status"))
        name_field(self.principle_filter, self.tr("Show the principle"))
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter_edit.setPlaceholderText(self.tr("Text or organisation"))
        self.due_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.source_label.setText(self.tr("From &idea or cluster:"))
        self.create_button.setText(self.tr("&Create action from it"))
        self.new_button.setText(self.tr("&New action"))
        self.what_label.setText(self.tr("&What:"))
        self.owner_label.setText(self.tr("&Owner organisation:"))
        self.due_label.setText(self.tr("D&ue date:"))
        self.status_label.setText(self.tr("&Status:"))
        self.principles_label.setText(self.tr("&Principles served:"))
        self.delete_button.setText(self.tr("&Delete this action"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Principles"),
            ]
        )
        with QSignalBlocker(self.status_filter):
            current = self.status_filter.currentData()
            self.status_filter.clear()
            self.status_filter.addItem(self.tr("All statuses"), None)
            for status in ACTION_STATUSES:
                self.status_filter.addItem(self.status_text(status), status)
            self.status_filter.setCurrentIndex(max(self.status_filter.findData(current), 0))
        with QSignalBlocker(self.status_edit):
            self.status_edit.clear()
            for status in ACTION_STATUSES:
                self.status_edit.addItem(self.status_text(status), status)

    def language_changed(self) -> None:
        super().language_changed()
        self.refresh()

    def _principle_name(self, principle: dict[str, Any]) -> str:
        return principle_name(principle, current_language(QCoreApplication.instance()))

    # -- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        self.principles = principles_of(self.store, self.workshop_id)
        with QSignalBlocker(self.principle_filter):
            current = self.principle_filter.currentData()
            self.principle_filter.clear()
            self.principle_filter.addItem(self.tr("All principles"), None)
            for p in self.principles:
                self.principle_filter.addItem(self._principle_name(p), p["id"])
            self.principle_filter.setCurrentIndex(max(self.principle_filter.findData(current), 0))
        with QSignalBlocker(self.source):
            current = self.source.currentData()
            self.source.clear()
            for c in clusters_of(self.store, self.workshop_id):
                self.source.addItem(
                    self.tr("Cluster: %1").replace("%1", c["name"]), f"cluster:{c['id']}"
                )
            for i in live_ideas(self.store, self.workshop_id):
                self.source.addItem(i["text"].replace("\n", " "), f"idea:{i['id']}")
            self.source.setCurrentIndex(max(self.source.findData(current), 0))
        self._reload_list()

    def _reload_list(self, *_args: object) -> None:
        selected = self.current_id()
        self.rows = A.list_actions(
            self.store,
            self.workshop_id,
            status=self.status_filter.currentData(),
            principle_id=self.principle_filter.currentData(),
            text=self.filter_edit.text(),
        )
        names = {p["id"]: self._principle_name(p) for p in self.principles}
        codes = {p["id"]: p.get("code") or names[p["id"]] for p in self.principles}
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self.rows))
            for row, action in enumerate(self.rows):
                pids = action.get("principle_ids") or []
                cells = [
                    action["what"],
                    action.get("owner") or "",
                    _local_date(action.get("due")),
                    self.status_text(action.get("status")),
                    ", ".join(codes.get(p, "?") for p in pids),
                ]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, action["id"])
                    if column in (WHAT, OWNER) and text:
                        item.setTextAlignment(_align(text))
                    if column == PRINCIPLES:
                        item.setToolTip("\n".join(names.get(p, "") for p in pids))
                    self.table.setItem(row, column, item)
        self._update_flag()
        self.select_action(selected)

    def _update_flag(self) -> None:
        missing = A.principles_without_action(self.store, self.workshop_id)
        if not self.principles:
            self.flag.setText("")
            return
        if missing:
            names = [self._principle_name(p) for p in self.principles if p["id"] in missing]
            self.flag.setText(
                f"{WARNING} " + self.tr("No action serves: %1").replace("%1", "; ".join(names))
            )
        else:
            self.flag.setText(self.tr("Every principle is served by at least one action."))

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            return str(self.rows[row]["id"])
        return None

    def select_action(self, action_id: str | None) -> None:
        ids = [a["id"] for a in self.rows]
        if action_id in ids:
            self.table.selectRow(ids.index(action_id))
        self._load_editor()

    def _load_editor(self) -> None:
        action_id = self.current_id()
        self.editor.setEnabled(action_id is not None)
        action = self.store.get("action", action_id) if action_id else None
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.what_edit,
                self.owner_edit,
                self.due_edit,
                self.status_edit,
                self.principle_list,
            )
        ]
        self.what_edit.setText(action["what"] if action else "")
        self.owner_edit.setText((action.get("owner") or "") if action else "")
        self.due_edit.setText((action.get("due") or "") if action else "")
        status = action.get("status") if action else None
        self.status_edit.setCurrentIndex(max(self.status_edit.findData(status), 0))
        self.principle_list.clear()
        chosen = set(action.get("principle_ids") or []) if action else set()
        for p in self.principles:
            item = QListWidgetItem(self._principle_name(p))
            item.setData(ID_ROLE, p["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if p["id"] in chosen else Qt.CheckState.Unchecked
            )
            self.principle_list.addItem(item)
        for blocker in blockers:
            blocker.unblock()
        self._align_what()

    def _align_what(self) -> None:
        text = self.what_edit.text()
        self.what_edit.setAlignment(_align(text) if text else Qt.AlignmentFlag.AlignLeading)

    # -- steps --------------------------------------------------------------------
    def _save(self, field: str, value: Any) -> None:
        action_id = self.current_id()
        if action_id is None:
            return
        current = self.store.get("action", action_id)
        if current is None or (current.get(field) or "") == (value or ""):
            return
        try:
            A.update_action(self.store, action_id, **{field: value})
        except DomainError as error:
            show_error(self, error)
            self._load_editor()  # back to what is stored
            return
        if tell_if_controls_removed(self, value):
            self._load_editor()  # show what was stored
        self._reload_list()

    def _principles_changed(self, _item: QListWidgetItem) -> None:
        ids = [
            self.principle_list.item(n).data(ID_ROLE)
            for n in range(self.principle_list.count())
            if self.principle_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        action_id = self.current_id()
        if action_id is None:
            return
        try:
            A.update_action(self.store, action_id, principle_ids=ids)
        except DomainError as error:
            show_error(self, error)
            self._load_editor()
            return
        self._reload_list()

    def _show_new(self, action_id: str) -> None:
        with QSignalBlocker(self.filter_edit), QSignalBlocker(self.status_filter):
            self.filter_edit.clear()
            self.status_filter.setCurrentIndex(0)
        with QSignalBlocker(self.principle_filter):
            self.principle_filter.setCurrentIndex(0)
        self._reload_list()
        self.select_action(action_id)
        self.what_edit.setFocus()
        self.what_edit.selectAll()

    def create_from_source(self) -> None:
        data = self.source.currentData()
        if not data:
            return
        kind, target = str(data).split(":", 1)
        try:
            action_id = A.create_action_from(self.store, kind, target)
        except DomainError as error:
            show_error(self, error)
            return
        self._show_new(action_id)

    def create_blank(self) -> None:
        try:
            action_id = A.create_action(self.store, self.workshop_id, self.tr("New action"))
        except DomainError as error:
            show_error(self, error)
            return
        self._show_new(action_id)

    def delete_current(self) -> None:
        action_id = self.current_id()
        if action_id is not None:
            A.delete_action(self.store, action_id)
            self._reload_list()


def _align(text: str) -> Qt.AlignmentFlag:
    side = (
        Qt.AlignmentFlag.AlignRight if direction_of(text) == "rtl" else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def _local_date(value: str | None) -> str:
    """An ISO date shown in the interface's locale (short form); '' when unset."""
    if not value:
        return ""
    date = QDate.fromString(value, Qt.DateFormat.ISODate)
    return QLocale().toString(date, QLocale.FormatType.ShortFormat) if date.isValid() else value
