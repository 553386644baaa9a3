"""The home screen: the workshops on this laptop; create, open, archive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.workshops import create_workshop, list_workshops
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.bidi_notice import tell_if_controls_removed
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.shell.settings import Settings
from sim_facilitator.ui.shell.workshop_table_model import (
    DATE,
    ID_ROLE,
    SORT_ROLE,
    WorkshopTableModel,
)


class HomeView(Retranslating, QWidget):
    """Emits ``open_requested(workshop_id)`` when the user opens a workshop."""

    open_requested = Signal(str)

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.model = WorkshopTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_archived = QCheckBox(self)
        self.show_archived.setChecked(settings.value("show_archived"))
        self.show_archived.toggled.connect(self._archived_toggled)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Size the columns from the rows on screen, not all of them: measuring every
        # cell of 100 workshops, three times while the window first shows, took ~45 ms
        # of the start. The columns are short labels, dates and counts.
        header.setResizeContentsPrecision(0)
        # Double-click, or Enter with the keyboard, opens the workshop.
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_workshop)
        self.template_button = QPushButton(self)
        self.template_button.clicked.connect(lambda: self.new_workshop(self.selected_id()))
        self.kit_button = QPushButton(self)
        self.kit_button.clicked.connect(self.choose_kit)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.archive_button = QPushButton(self)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.demo_button = QPushButton(self)
        self.demo_button.clicked.connect(self.create_demo)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # With no workshop yet, the hint and the demo button take the table's
        # place, centred, instead of sitting under an empty grid.
        self.empty_panel = QWidget(self)
        empty_layout = QVBoxLayout(self.empty_panel)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        for b in (
            self.new_button,
            self.template_button,
            self.kit_button,
            self.open_button,
            self.archive_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_panel, 1)
        layout.addLayout(buttons)

        column = settings.value("home_sort_column")
        order = (
            Qt.SortOrder.DescendingOrder
            if settings.value("home_sort_descending")
            else Qt.SortOrder.AscendingOrder
        )
        self.table.sortByColumn(column if 0 <= column < 6 else DATE, order)
        # Connected after restoring the sort: restoring it is not a change to save
        # (each save rewrites the settings file, ~10 ms at every start).
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.retranslate_ui()
        self.refresh()

    # -- language -------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Workshops"))
        self.heading.setText(self.tr("Workshops on this laptop"))
        self.search.setPlaceholderText(self.tr("Search by title, region, status…"))
        self.search.setAccessibleName(self.tr("Search by title, region, status…").rstrip("…"))
        self.table.setAccessibleName(self.tr("Workshops on this laptop"))
        self.show_archived.setText(self.tr("Show archived"))
        self.new_button.setText(self.tr("&New workshop…"))
        self.template_button.setText(self.tr("New from &template…"))
        self.kit_button.setText(self.tr("New from a &kit file…"))
        self.kit_button.setToolTip(
            self.tr("A kit is a bundle prepared by the coordinator: framework, questions, agenda")
        )
        self.open_button.setText(self.tr("&Open"))
        self.demo_button.setText(self.tr("Create a demo workshop"))
        self.empty_label.setText(
            self.tr(
                "There is no workshop on this laptop yet. Create one, or explore the app "
                "with a demo workshop (its principles are clearly labelled examples)."
            )
        )
        self._update_buttons()
        self.model.relabel()  # headers, regions, statuses and dates

    # -- data -----------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        rows = list_workshops(self.store, include_archived=self.show_archived.isChecked())
        self.model.set_rows(rows)
        has_any = bool(rows) or bool(list_workshops(self.store))
        self.demo_button.setVisible(not has_any)
        self.empty_label.setVisible(not has_any)
        self.empty_panel.setVisible(not has_any)
        self.table.setVisible(has_any)
        if selected:
            self.select(selected)
        self._update_buttons()

    def select(self, workshop_id: str) -> None:
        row = self.model.row_of(workshop_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return str(rows[0].data(ID_ROLE)) if rows else None

    def _update_buttons(self) -> None:
        selected = self.selected_id()
        for b in (self.open_button, self.archive_button, self.template_button):
            b.setEnabled(selected is not None)
        archived = False
        if selected:
            row = self.store.get("workshop", selected)
            archived = bool(row and row["status"] == "archived")
        self.archive_button.setText(self.tr("&Unarchive") if archived else self.tr("&Archive"))

    def _archived_toggled(self, checked: bool) -> None:
        self.settings.set_value("show_archived", checked)
        self.refresh()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.settings.set_value("home_sort_column", column)
        self.settings.set_value("home_sort_descending", order == Qt.SortOrder.DescendingOrder)

    # -- actions --------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        self.open_requested.emit(str(index.data(ID_ROLE)))

    def open_selected(self) -> None:
        selected = self.selected_id()
        if selected:
            self.open_requested.emit(selected)

    # The actions below import what they use when first used: bundle reading,
    # templates, the demo and the dialog are not needed to show the home screen.
    def new_workshop(self, template_id: str | None = None) -> str | None:
        from sim_facilitator.ui.shell.new_workshop_dialog import NewWorkshopDialog

        dialog = NewWorkshopDialog(list_workshops(self.store), template_id, self)
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted:
            return None
        return self.add_workshop(dialog.title, dialog.template_id)

    def choose_kit(self) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a workshop kit"), "", self.tr("SIM bundles (*.simbundle)")
        )
        return self.add_from_kit(Path(path)) if path else None

    def add_from_kit(self, path: Path) -> str | None:
        """Import a kit (or any bundle) and open the workshop it carries."""
        from sim_facilitator.export.bundle.importer import NEEDS_TRUST, import_bundles
        from sim_facilitator.export.bundle.reader import read_manifest

        try:
            manifest = read_manifest(path)[0]
        except DomainError as error:
            show_error(self, error)
            return None
        [report] = import_bundles(self.store, [path])
        if report.status == NEEDS_TRUST:
            answer = QMessageBox.question(
                self,
                self.tr("A laptop seen for the first time"),
                self.tr(
                    "This kit was prepared on a laptop this one does not know yet. "
                    "Accept it only if its fingerprint matches the one the coordinator "
                    "gave you:\n\n%1"
                ).replace("%1", report.device_fingerprint),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            [report] = import_bundles(self.store, [path], trust_new_devices=True)
        if not report.ok:
            if report.error is not None:
                show_error(self, report.error)
            return None
        self.refresh()
        opened = next(
            (w for w in manifest.workshop_ids if self.store.get("workshop", w) is not None),
            None,
        )
        if opened is not None:
            self.open_requested.emit(opened)
        return opened

    def add_workshop(self, title: str, template_id: str | None = None) -> str | None:
        """Create a workshop (blank or from a template) and open it."""
        from sim_facilitator.domain.templates import create_from_template

        try:
            if template_id:
                new_id = create_from_template(self.store, template_id, title)
            else:
                new_id = create_workshop(self.store, title)
        except DomainError as error:
            show_error(self, error)
            return None
        tell_if_controls_removed(self, title)
        self.refresh()
        self.open_requested.emit(new_id)
        return new_id

    def toggle_archive(self) -> None:
        from sim_facilitator.domain.archive import archive_workshop, unarchive_workshop

        selected = self.selected_id()
        if not selected:
            return
        row = self.store.require("workshop", selected)
        try:
            if row["status"] == "archived":
                unarchive_workshop(self.store, selected)
            else:
                archive_workshop(self.store, selected)
        except DomainError as error:
            show_error(self, error)
        self.refresh()

    def create_demo(self) -> str:
        from sim_facilitator.domain.demo import create_demo

        workshop_id = create_demo(self.store)
        self.refresh()
        self.select(workshop_id)
        return workshop_id
