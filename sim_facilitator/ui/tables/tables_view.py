"""Tables: set up a breakout, deal people to tables, and watch the tables work.

For the agenda item chosen at the top (the running one by default): create
tables (a number of them, with one question for all), deal the people present
(counting off, or balanced by kind of actor and organisation), choose a
table's scribe and reporter among its members, and read the live overview:
each table's code (which its scribe types on their phone), members, roles and
how many ideas it has sent; tables that have sent nothing yet are marked. The
overview follows what phones and other laptops write, once a second while
shown.

"Report back on the projector" asks the main window to put its projector
window (opened if closed) into report-back for this agenda item's tables
(``report_back_requested``); while it is on, a row of controls here moves it:
previous and next table, all tables side by side, back to the room view, and
which table the room sees ("Table 2 of 5"). The same moves have keys in the
Session menu. If a vote is open meanwhile, the row says that the projector
shows it again once back in the room view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.agenda import agenda_items, current_item
from sim_facilitator.domain.tables.gallery import create_gallery_round
from sim_facilitator.domain.tables.overview import TableStatus, overview
from sim_facilitator.domain.tables.records import assign, create_tables, set_roles
from sim_facilitator.domain.votes.rounds import rounds_of
from sim_facilitator.engine.changes import ChangeWatch
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture.agenda_timer import AgendaTimer
from sim_facilitator.ui.common.announce import announce
from sim_facilitator.ui.common.bidi import isolated
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.field_name import name_field
from sim_facilitator.ui.common.keys_text import native_keys
from sim_facilitator.ui.common.view_contract import WorkspaceView
from sim_facilitator.ui.photos.drop_target import PictureDropTarget
from sim_facilitator.ui.photos.importer import (
    ImportOutcome,
    PhotoImporter,
    picture_filter,
)
from sim_facilitator.ui.tables.report_back_view import (
    ALL_TABLES,
    NO_TABLES,
    OVERALL,
    RESULTS_BY_TABLE,
)
from sim_facilitator.ui.votes.vote_texts import number, own_alignment

if TYPE_CHECKING:
    from sim_facilitator.ui.votes.projector_view import ProjectorView


WATCHED = ("breakout_table", "table_seat", "idea", "participant", "agenda", "photo")
LIVE_MS = 1000
NAME, QUESTION, CODE, MEMBERS, SCRIBE, REPORTER, IDEAS, PHOTOS = range(8)


class TablesView(PictureDropTarget, WorkspaceView):
    """Emits ``report_back_requested`` with the agenda item whose tables report back."""

    report_back_requested = Signal(str)

    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(store, workshop_id, parent)
        self._watch = ChangeWatch(store, WATCHED)
        self.statuses: list[TableStatus] = []
        self.timer = AgendaTimer(store, workshop_id, self)
        self.agenda_label = QLabel(self)
        self.agenda_box = QComboBox(self)
        self.agenda_label.setBuddy(self.agenda_box)
        self.count_label = QLabel(self)
        self.count_box = QSpinBox(self)
        self.count_box.setRange(1, 30)
        self.count_box.setValue(5)
        self.count_label.setBuddy(self.count_box)
        self.question_edit = QLineEdit(self)
        self.create_button = QPushButton(self)
        self.strategy_box = QComboBox(self)
        self.keep_box = QCheckBox(self)
        self.assign_button = QPushButton(self)
        self.seating_button = QPushButton(self)
        self.scribe_button = QPushButton(self)
        self.reporter_button = QPushButton(self)
        self.report_button = QPushButton(self)
        self.photo_button = QPushButton(self)
        self.show_photos_button = QPushButton(self)
        self.importer = PhotoImporter(store, workshop_id, self)
        self.importer.finished.connect(self._photos_added)
        self.gallery_button = QPushButton(self)
        self.setAcceptDrops(True)
        self.summary = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 8, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MEMBERS, QHeaderView.ResizeMode.Stretch)
        # Report-back's controls, shown while the projector is in report-back.
        self.projector: ProjectorView | None = None
        self.report_row = QWidget(self)
        self.report_position = QLabel(self.report_row)
        self.previous_table_button = QPushButton(self.report_row)
        self.next_table_button = QPushButton(self.report_row)
        self.all_tables_button = QPushButton(self.report_row)
        self.room_view_button = QPushButton(self.report_row)
        self.report_note = QLabel(self)
        self.report_note.setWordWrap(True)
        report_layout = QHBoxLayout(self.report_row)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.report_position, 1)
        for button in (
            self.previous_table_button,
            self.next_table_button,
            self.all_tables_button,
            self.room_view_button,
        ):
            report_layout.addWidget(button)

        top = QHBoxLayout()
        top.addWidget(self.agenda_label)
        top.addWidget(self.agenda_box, 1)
        create = QHBoxLayout()
        create.addWidget(self.count_label)
        create.addWidget(self.count_box)
        create.addWidget(self.question_edit, 1)
        create.addWidget(self.create_button)
        deal = QHBoxLayout()
        deal.addWidget(self.strategy_box)
        deal.addWidget(self.keep_box)
        deal.addWidget(self.assign_button)
        deal.addWidget(self.seating_button)
        deal.addStretch(1)
        # The table's actions on a row of their own: with the dealing row they were
        # wider than a 1024-pixel screen in French.
        actions = QHBoxLayout()
        actions.addWidget(self.scribe_button)
        actions.addWidget(self.reporter_button)
        actions.addWidget(self.photo_button)
        actions.addWidget(self.show_photos_button)
        actions.addWidget(self.gallery_button)
        actions.addWidget(self.report_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.timer)
        layout.addLayout(top)
        layout.addLayout(create)
        layout.addLayout(deal)
        layout.addLayout(actions)
        layout.addWidget(self.report_row)
        layout.addWidget(self.report_note)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

        self.agenda_box.currentIndexChanged.connect(lambda _i: self._reload())
        self.create_button.clicked.connect(self.create_tables)
        self.assign_button.clicked.connect(self.assign_tables)
        self.seating_button.clicked.connect(self.open_seating)
        self.scribe_button.clicked.connect(lambda: self.choose_role("scribe_id"))
        self.reporter_button.clicked.connect(lambda: self.choose_role("reporter_id"))
        self.report_button.clicked.connect(self.open_report_back)
        self.previous_table_button.clicked.connect(lambda: self._move_report(-1))
        self.next_table_button.clicked.connect(lambda: self._move_report(1))
        self.all_tables_button.clicked.connect(self._show_all_tables)
        self.room_view_button.clicked.connect(self.back_to_room_view)
        self.photo_button.clicked.connect(self.choose_photos)
        self.show_photos_button.clicked.connect(self.open_table_photos)
        self.gallery_button.clicked.connect(lambda: self.create_gallery_vote())
        self.live = QTimer(self)
        self.live.setInterval(LIVE_MS)
        self.live.timeout.connect(self._follow)
        self.retranslate_ui()
        self._load_agenda()
        self._reload()

    # -- the workspace contract ------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Tables"))
        self.agenda_label.setText(self.tr("&Breakout:"))
        self.count_label.setText(self.tr("&Number of tables:"))
        self.question_edit.setPlaceholderText(self.tr("Question for every table (optional)"))
        self.question_edit.setAccessibleName(self.question_edit.placeholderText())
        self.create_button.setText(self.tr("&Create tables"))
        with QSignalBlocker(self.strategy_box):
            current = self.strategy_box.currentIndex()
            self.strategy_box.clear()
            self.strategy_box.addItem(self.tr("Counting off"), "count")
            self.strategy_box.addItem(self.tr("Balanced by kind of actor"), "balanced")
            self.strategy_box.setCurrentIndex(max(current, 0))
        name_field(self.strategy_box, self.tr("How to assign people to tables"))
        self.keep_box.setText(self.tr("Keep people already seated"))
        self.assign_button.setText(self.tr("&Assign the people present"))
        self.seating_button.setText(self.tr("S&eat people…"))
        self.seating_button.setToolTip(
            self.tr("Place people by hand or as they choose; rename tables, give each its question")
        )
        self.scribe_button.setText(self.tr("Choose the &scribe…"))
        self.reporter_button.setText(self.tr("Choose the &reporter…"))
        self.report_button.setText(self.tr("Report &back on the projector"))
        self.photo_button.setText(self.tr("Add &photos…"))
        self.show_photos_button.setText(self.tr("Sho&w the photos…"))
        self.gallery_button.setText(self.tr("&Gallery walk vote…"))
        self.gallery_button.setToolTip(
            self.tr("A vote over every table's ideas, from phones or on paper (Votes tab)")
        )
        self.photo_button.setToolTip(
            self.tr("Photos of the selected table's flipchart (or drop picture files here)")
        )
        self.previous_table_button.setText(self.tr("Previous table"))
        self.next_table_button.setText(self.tr("Next table"))
        self.all_tables_button.setText(self.tr("All tables side by side"))
        self.room_view_button.setText(self.tr("Back to the room view"))
        # The keys are the main window's Session menu actions: they work from any tab.
        for button, keys in (
            (self.previous_table_button, "Alt+PgUp"),
            (self.next_table_button, "Alt+PgDown"),
            (self.all_tables_button, "Alt+End"),
        ):
            button.setToolTip(native_keys(keys))
        self.room_view_button.setToolTip(
            self.tr("The projector shows the agenda, the vote or the idea wall again (%1)").replace(
                "%1", native_keys("Shift+F5")
            )
        )
        self._show_report_controls()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Table"),
                self.tr("Question"),
                self.tr("Code"),
                self.tr("Members"),
                self.tr("Scribe"),
                self.tr("Reporter"),
                self.tr("Ideas"),
                self.tr("Photos"),
            ]
        )
        self.table.setAccessibleName(self.tr("Breakout tables"))
        self._show()

    def refresh(self) -> None:
        self._load_agenda()
        self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.live.start()

    def hideEvent(self, event: object) -> None:
        self.live.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def room_changed(self, _kind: str) -> None:
        """Phones wrote: the overview follows at once."""
        self._follow()

    # -- reading ------------------------------------------------------------------------
    def agenda_id(self) -> str | None:
        data = self.agenda_box.currentData()
        return str(data) if data else None

    def _load_agenda(self) -> None:
        items = agenda_items(self.store, self.workshop_id)
        chosen = self.agenda_id()
        if chosen is None:
            running = current_item(items)
            chosen = str(running["id"]) if running else None
        with QSignalBlocker(self.agenda_box):
            self.agenda_box.clear()
            for item in items:
                self.agenda_box.addItem(str(item["title"]), item["id"])
            index = self.agenda_box.findData(chosen) if chosen else -1
            self.agenda_box.setCurrentIndex(max(index, 0))

    def _follow(self) -> None:
        if self._watch.changed():
            self._reload()
        if self.reporting():  # a vote opened meanwhile: say so beside the controls
            self._show_report_controls()

    def _reload(self) -> None:
        agenda = self.agenda_id()
        self.statuses = overview(self.store, self.workshop_id, agenda) if agenda else []
        self._show()

    def _show(self) -> None:
        selected = self.selected()
        chosen_id = selected.table.id if selected else None
        self.table.setRowCount(len(self.statuses))
        warn = self.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        warn_text = self.palette().brush(
            QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText
        )
        for row, status in enumerate(self.statuses):
            t = status.table
            ideas = (
                self.tr("nothing yet")
                if status.silent
                else self.tr("%Ln idea(s)", "", status.ideas)
            )
            separator = "، " if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ", "
            cells = [
                t.name,
                t.question or "—",
                status.code,
                separator.join(isolated(m) for m in status.members) or "—",
                status.scribe or "—",
                status.reporter or "—",
                ideas,
                str(status.photos) if status.photos else "—",
            ]
            for column, text in enumerate(cells):
                user_text = column in (NAME, QUESTION, SCRIBE, REPORTER)
                item = QTableWidgetItem(isolated(text) if user_text else text)
                item.setData(Qt.ItemDataRole.UserRole, t.id)
                if user_text or column == MEMBERS:
                    # User text keeps its own direction, whatever the interface's.
                    first = status.members[0] if column == MEMBERS and status.members else text
                    item.setTextAlignment(own_alignment(first) | Qt.AlignmentFlag.AlignVCenter)
                if column == IDEAS and status.silent:
                    item.setBackground(warn)
                    item.setForeground(QBrush(warn_text))
                self.table.setItem(row, column, item)
            if t.id == chosen_id:
                self.table.selectRow(row)
        silent = sum(1 for s in self.statuses if s.silent)
        total = sum(s.ideas for s in self.statuses)
        if not self.statuses:
            self.summary.setText(self.tr("No tables for this agenda item yet."))
        else:
            self.summary.setText(
                self.tr("%Ln table(s)", "", len(self.statuses))
                + " · "
                + self.tr("%Ln idea(s)", "", total)
                + " · "
                + self.tr("%Ln table(s) with nothing yet", "", silent)
            )
        has_rows = bool(self.statuses)
        for button in (
            self.assign_button,
            self.seating_button,
            self.scribe_button,
            self.reporter_button,
            self.photo_button,
            self.show_photos_button,
            self.gallery_button,
        ):
            button.setEnabled(has_rows)
        self.report_button.setEnabled(has_rows)
        self.create_button.setEnabled(self.agenda_id() is not None)

    def selected(self) -> TableStatus | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.statuses):
            return None
        return self.statuses[rows[0].row()]

    # -- actions ------------------------------------------------------------------------
    def _run(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except DomainError as error:
            self.message.setText(error_text(error))
            return False
        self.message.clear()
        self._reload()
        return True

    def create_tables(self) -> None:
        agenda = self.agenda_id()
        if agenda is None:
            return
        start = len(self.statuses)
        names = [
            self.tr("Table %1").replace("%1", str(n))
            for n in range(start + 1, start + 1 + self.count_box.value())
        ]
        question = self.question_edit.text().strip()
        self._run(
            lambda: create_tables(
                self.store, self.workshop_id, agenda, names, [question] if question else []
            )
        )

    def assign_tables(self) -> None:
        agenda = self.agenda_id()
        if agenda is None:
            return
        strategy = str(self.strategy_box.currentData())
        keep = self.keep_box.isChecked()
        self._run(lambda: assign(self.store, self.workshop_id, agenda, strategy, keep))

    def open_seating(self) -> QDialog | None:
        """Seating by hand, names and questions: a dialog that saves each change at once."""
        agenda = self.agenda_id()
        if agenda is None:
            return None
        from sim_facilitator.ui.tables.seating_dialog import SeatingDialog

        dialog = SeatingDialog(
            self.store, self.workshop_id, agenda, self.agenda_box.currentText(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._reload())
        dialog.open()
        return dialog

    def choose_role(self, role: str, member_id: str | None = None) -> None:
        """Choose the selected table's scribe or reporter among its members."""
        status = self.selected()
        if status is None:
            self.message.setText(self.tr("Select a table first."))
            return
        ids = status.table.member_ids
        if member_id is None:
            if not ids:
                self.message.setText(self.tr("Nobody sits at this table yet."))
                return
            title = self.tr("Scribe") if role == "scribe_id" else self.tr("Reporter")
            name, ok = QInputDialog.getItem(
                self, title, status.table.name, status.members, 0, False
            )
            if not ok:
                return
            member_id = ids[status.members.index(name)]
        values = {role: member_id}
        table_id = status.table.id
        self._run(lambda: set_roles(self.store, self.workshop_id, table_id, **values))

    def create_gallery_vote(self, method: str | None = None) -> str | None:
        """A draft dots or approval round over every table's ideas; opened in Votes."""
        agenda = self.agenda_id()
        if agenda is None:
            return None
        if method is None:
            names = [self.tr("Dots"), self.tr("Approval")]
            chosen, ok = QInputDialog.getItem(
                self, self.tr("Gallery walk vote"), self.tr("How people vote:"), names, 0, False
            )
            if not ok:
                return None
            method = ("dots", "approval")[names.index(chosen)]
        title = self.tr("Gallery walk: %1").replace("%1", self.agenda_box.currentText())
        made: list[str] = []

        def work() -> None:
            made.append(create_gallery_round(self.store, self.workshop_id, agenda, title, method))

        if not self._run(work):
            return None
        self.message.setText(
            self.tr(
                "The gallery walk vote is ready in the Votes tab (a draft): open it there. Phones, the ballot screen and paper tallies all work for it."  # noqa: E501 - one literal for lupdate
            )
        )
        return made[0]

    # -- photos -------------------------------------------------------------------------
    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Photos of the flipchart"), "", picture_filter()
        )
        if files:
            self.add_photos([Path(f) for f in files])

    def add_photos(self, paths: list[Path]) -> bool:
        """Attach picture files to the selected table: made safe on a pool thread, then
        stored, each file its own transaction (``PhotoImporter.finished``); refused
        files are named with their reason, the others kept. False if nothing started."""
        status = self.selected()
        if status is None:
            self.message.setText(self.tr("Select a table first."))
            return False
        if not self.importer.add(paths, "table_id", status.table.id):
            return False
        self.message.setText(self.tr("Adding %n photo(s)…", "", len(paths)))
        return True

    def _photos_added(self, outcome: ImportOutcome) -> None:
        self._reload()
        self.message.setText(outcome.message())
        announce(self, self.message.text())

    def open_table_photos(self) -> QDialog | None:
        """The selected table's photos, large: caption, remove, add more."""
        status = self.selected()
        if status is None:
            self.message.setText(self.tr("Select a table first."))
            return None
        from sim_facilitator.ui.photos.photo_dialog import PhotoDialog

        heading = self.tr("Photos of the table: {table}").format(table=isolated(status.table.name))
        return PhotoDialog.open_over(
            self, self.store, self.workshop_id, "table_id", status.table.id, heading, self._reload
        )

    def pictures_dropped(self, paths: list[Path]) -> None:
        self.add_photos(paths)

    # -- report-back --------------------------------------------------------------------
    def open_report_back(self) -> None:
        """Ask for report-back on this agenda item's tables (the main window's projector)."""
        agenda = self.agenda_id()
        if agenda is not None:
            self.report_back_requested.emit(agenda)

    def follow_projector(self, projector: ProjectorView) -> None:
        """The projector window these controls move, until it closes."""
        old = self.projector
        if old is not None and old is not projector:  # F5 replaced it: deleted later
            old.report_back_changed.disconnect(self._show_report_controls)
            old.destroyed.disconnect(self._projector_closed)
        self.projector = projector
        # Bound methods, not lambdas: Qt drops the connections if this tab goes first.
        projector.report_back_changed.connect(self._show_report_controls)
        projector.destroyed.connect(self._projector_closed)
        self._show_report_controls()

    def _projector_closed(self) -> None:
        self.projector = None
        self._show_report_controls()

    def reporting(self) -> bool:
        return self.projector is not None and self.projector.in_report_back()

    def _move_report(self, step: int) -> None:
        if self.projector is not None and self.reporting():
            if step > 0:
                self.projector.report.next()
            else:
                self.projector.report.previous()

    def _show_all_tables(self) -> None:
        if self.projector is not None and self.reporting():
            self.projector.report.show_all()

    def back_to_room_view(self) -> None:
        if self.projector is not None:
            self.projector.show_room_view()

    def _show_report_controls(self) -> None:
        on = self.projector is not None and self.reporting()
        self.report_row.setVisible(on)
        if self.projector is None or not on:
            self.report_note.hide()
            return
        report = self.projector.report
        kind = report.kind()
        if kind == NO_TABLES:
            where = self.tr("On the projector: no tables for this agenda item yet")
        elif kind == ALL_TABLES:
            where = self.tr("On the projector: all tables side by side")
        elif kind in (RESULTS_BY_TABLE, OVERALL):
            where = self.tr("On the projector: the gallery walk's results")
        else:
            where = (
                self.tr("On the projector: %1 (%2 of %3)")
                .replace("%1", isolated(report.table_name()))
                .replace("%2", number(report.index + 1))
                .replace("%3", number(len(report.pages)))
            )
        self.report_position.setText(where)
        self.previous_table_button.setEnabled(not report.at_first())
        self.next_table_button.setEnabled(not report.at_last())
        self.all_tables_button.setEnabled(kind != ALL_TABLES and kind != NO_TABLES)
        voting = any(r["status"] == "open" for r in rounds_of(self.store, self.workshop_id))
        self.report_note.setText(
            self.tr(
                "A vote is open: the projector shows it again when you go back to the room view."
            )
        )
        self.report_note.setVisible(voting)
