"""Capture: ideas typed as fast as people speak, with the keyboard alone.

One text box keeps the focus. Enter saves the idea (committed before it shows
in the list), Shift+Enter starts a new line. Ctrl+1…9 choose the guiding
question (Ctrl+0 none, Alt+Up/Down step through them); Ctrl+U jumps to the
optional author, picked by type-ahead among the participants present, and
Enter goes back to the text. Up in the empty box or Ctrl+L goes to the list:
F2 or a double-click edits an idea in place, Delete deletes it, Escape comes
back. Ctrl+Z / Ctrl+Shift+Z undo and redo this workshop's capture edits (in
the text box only while it is empty; otherwise they undo typing). Ctrl+T and
Ctrl+Shift+T choose the breakout table the ideas come from (shown while the
workshop has tables). Ctrl+I and Ctrl+Shift+I choose the photo the ideas are
typed from (shown large beside the list and the text box; each idea saved then
points to it); picture files dropped on the screen, or "Add photos…", attach
photos to the current question. Ctrl+F
filters the list. The note-taker mode (Ctrl+Shift+C) hides everything but
capture; Ctrl+Shift+P opens capture in a small window that stays on top.

While the room is open, ideas sent from phones join the list as they arrive
(``room_changed``, called on the UI thread by the main window), marked in the
author column; ideas held for approval wait in the moderation queue above the
list. Only the phone ideas are read then, never the whole list: a phone idea
costs the typist nothing, whatever the size of the workshop.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.ideas import add_idea, edit_idea_text
from sim_facilitator.domain.photos.records import photo_bytes, photos_attached
from sim_facilitator.engine.changes import ChangeWatch
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.room.ideas import room_ideas
from sim_facilitator.text.user_text import direction_of, has_bidi_controls
from sim_facilitator.ui.capture.agenda_timer import AgendaTimer
from sim_facilitator.ui.capture.idea_delegate import IdeaDelegate, qt_direction
from sim_facilitator.ui.capture.idea_entry import IdeaEntry
from sim_facilitator.ui.capture.idea_filter import IdeaFilterModel
from sim_facilitator.ui.capture.idea_model import AUTHOR, QUESTION, TEXT, IdeaModel
from sim_facilitator.ui.capture.moderation_queue import ModerationQueue
from sim_facilitator.ui.capture.photo_picker import (
    NEXT_PHOTO_KEYS,
    PREVIOUS_PHOTO_KEYS,
    PhotoPicker,
)
from sim_facilitator.ui.capture.question_author_picker import QuestionAuthorPicker
from sim_facilitator.ui.capture.table_picker import (
    NEXT_TABLE_KEYS,
    PREVIOUS_TABLE_KEYS,
    TablePicker,
)
from sim_facilitator.ui.capture.undo import AddIdeaCommand, DeleteIdeasCommand, EditIdeaCommand
from sim_facilitator.ui.common.announce import announce
from sim_facilitator.ui.common.bidi import isolated
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.focus_order import chain
from sim_facilitator.ui.common.keys_text import native_keys
from sim_facilitator.ui.common.view_contract import WorkspaceView
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.photos.drop_target import PictureDropTarget
from sim_facilitator.ui.photos.importer import (
    ImportOutcome,
    PhotoImporter,
    dropped_files,
    picture_filter,
)
from sim_facilitator.ui.photos.photo_dialog import PhotoDialog
from sim_facilitator.ui.photos.viewer import PhotoViewer

MAX_QUESTION_KEYS = 9
WATCHED = (
    "idea",
    "question",
    "participant",
    "breakout_table",
    "agenda",
    "photo",
)  # what the list shows
SETTLE_MS = 100  # own edits are folded into the change watch this long after the last one


class CaptureView(PictureDropTarget, WorkspaceView):
    def __init__(
        self,
        store: Store,
        workshop_id: str,
        parent: QWidget | None = None,
        *,
        model: IdeaModel | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(store, workshop_id, parent)
        self.compact = False
        self.small_window: CaptureView | None = None
        self._shared = model is not None
        # Read before the model loads: a change made meanwhile reloads next time.
        self._watch = ChangeWatch(store, WATCHED)
        # Ideas only, for the room: did phones (or anyone) write an idea since last time?
        self._room_watch = ChangeWatch(store, ("idea",))
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self._watch.settle)
        self._settle_timer.timeout.connect(self._room_watch.settle)
        self.model = model if model is not None else IdeaModel(store, workshop_id, self)
        self.proxy = IdeaFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        if not self._shared:
            self.model.text_editor = self._edit_with_undo
        self.model.failed.connect(self.show_error)
        self._build()
        self._connect()
        self.retranslate_ui()
        self.refresh()
        self._follow_entry_direction()

    # -- construction -----------------------------------------------------
    def _build(self) -> None:
        self.timer = AgendaTimer(self.store, self.workshop_id, self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.table.setModel(self.proxy)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr("No idea to show. Type one in the box below and press Enter."),
        )
        self.table.setItemDelegate(IdeaDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed row heights: with 20,000 ideas the view never measures every row.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal = self.table.horizontalHeader()
        horizontal.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        horizontal.setSectionResizeMode(QUESTION, QHeaderView.ResizeMode.Interactive)
        horizontal.setSectionResizeMode(AUTHOR, QHeaderView.ResizeMode.Interactive)
        horizontal.resizeSection(QUESTION, 90)
        horizontal.resizeSection(AUTHOR, 180)

        self.picker = QuestionAuthorPicker(self.store, self.workshop_id, self)
        self.question_label = self.picker.question_label
        self.question_box = self.picker.question_box
        self.author_edit = self.picker.author_edit
        self.completer = self.picker.completer
        self._author_names = self.picker.author_names
        self.table_picker = TablePicker(self.store, self.workshop_id, self)
        self.photo_picker = PhotoPicker(self.store, self.workshop_id, self)
        self.photo_viewer = PhotoViewer(self)
        self.photo_viewer.hide()
        self.importer = PhotoImporter(self.store, self.workshop_id, self)
        self.setAcceptDrops(True)
        self.compact_button = QToolButton(self)
        self.compact_button.setCheckable(True)
        # Tab reaches both buttons; a click leaves the focus in the text box.
        self.compact_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.window_button = QToolButton(self)
        self.window_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.moderation = ModerationQueue(self.store, self.workshop_id, self)
        if self._shared:  # the small window is for typing; moderation stays in the tab
            self.moderation.hide()
            self.moderation.setEnabled(False)

        self.entry = IdeaEntry(self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.count_label)
        filter_row.addWidget(self.photo_picker.add_button)
        filter_row.addWidget(self.compact_button)
        filter_row.addWidget(self.window_button)

        # The list and the text box on one side, the photo typed from on the other
        # (mirrored in Arabic by the splitter itself).
        typing = QWidget(self)
        typing_layout = QVBoxLayout(typing)
        typing_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.table, self.picker, self.table_picker, self.photo_picker):
            widget.setParent(typing)
        typing_layout.addWidget(self.table, 1)
        typing_layout.addWidget(self.picker)
        # Where the ideas come from, on one row: the table's group and the photo typed
        # from (a row each made the capture tab too tall for a 1024×600 screen).
        sources = QHBoxLayout()
        sources.addWidget(self.table_picker)
        sources.addWidget(self.photo_picker, 1)
        typing_layout.addLayout(sources)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(typing)
        self.splitter.addWidget(self.photo_viewer)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.entry.setParent(typing)
        typing_layout.addWidget(self.entry)

        layout = QVBoxLayout(self)
        layout.addWidget(self.timer)
        layout.addLayout(filter_row)
        layout.addWidget(self.moderation)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message_label)
        self.setFocusProxy(self.entry)
        # Tab into the tab lands in the text box (the focus proxy); from there Tab goes
        # to what a note-taker needs next (question, author, the ideas just typed), then
        # to the rest of the screen. In creation order Tab left the view straight from
        # the text box: nothing above it was reachable.
        chain(
            [
                self.entry,
                self.question_box,
                self.author_edit,
                self.table,
                self.table_picker.box,
                self.photo_picker.box,
                self.photo_picker.manage_button,
                self.photo_viewer.zoom_out_button,
                self.photo_viewer.zoom_in_button,
                self.photo_viewer.fit_button,
                self.photo_viewer.area,
                self.filter_edit,
                self.photo_picker.add_button,
                self.compact_button,
                self.window_button,
                self.moderation.list,
                self.moderation.approve_button,
                self.moderation.hide_button,
                self.moderation.approve_all_button,
                self.timer.start_button,
                self.timer.pause_button,
                self.timer.next_button,
            ]
        )

    def _connect(self) -> None:
        self.filter_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self.entry.textChanged.connect(self._entry_text_changed)
        self.entry.submitted.connect(self.save_entry)
        self.entry.undo_requested.connect(self.undo)
        self.entry.redo_requested.connect(self.redo)
        self.entry.up_from_empty.connect(lambda: self.focus_list(last=True))
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.picker.done.connect(self.focus_entry)
        self.picker.unknown_author.connect(self._say_unknown_author)
        self.compact_button.toggled.connect(self.set_compact)
        self.photo_picker.chosen.connect(self._show_chosen_photo)
        self.photo_picker.add_button.clicked.connect(self.choose_photos)
        self.photo_picker.manage_button.clicked.connect(self.open_question_photos)
        self.question_box.currentIndexChanged.connect(lambda _i: self._count_question_photos())
        self.importer.finished.connect(self._photos_added)
        self.entry.viewport().installEventFilter(self)
        self.moderation.moderated.connect(self.model.reload_idea)
        self.window_button.clicked.connect(self.open_small_window)
        for signal in (  # the source's signals come last: both counts are settled
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.proxy.modelReset,
        ):
            signal.connect(self._update_count)

        def shortcut(keys: str | QKeySequence.StandardKey, slot: object) -> QShortcut:
            item = QShortcut(QKeySequence(keys), self)
            item.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            item.activated.connect(slot)
            return item

        for n in range(1, MAX_QUESTION_KEYS + 1):
            shortcut(f"Ctrl+{n}", lambda n=n: self.choose_question(n))
        shortcut("Ctrl+0", lambda: self.choose_question(0))
        shortcut("Alt+Down", lambda: self.step_question(1))
        shortcut("Alt+Up", lambda: self.step_question(-1))
        shortcut(NEXT_TABLE_KEYS, lambda: self.table_picker.step(1))
        shortcut(PREVIOUS_TABLE_KEYS, lambda: self.table_picker.step(-1))
        shortcut(NEXT_PHOTO_KEYS, lambda: self.photo_picker.step(1))
        shortcut(PREVIOUS_PHOTO_KEYS, lambda: self.photo_picker.step(-1))
        shortcut("Ctrl+U", self.focus_author)
        shortcut("Ctrl+F", self.focus_filter)
        shortcut("Ctrl+L", self.focus_list)
        shortcut("Ctrl+Shift+C", self.compact_button.toggle)
        shortcut("Ctrl+Shift+P", self.open_small_window)

        self.undo_action = QAction(self)
        self.redo_action = QAction(self)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # -- the workspace contract -------------------------------------------
    def refresh(self) -> None:
        """Reload ideas, questions and participants if the store changed since last time."""
        changed = self._watch.changed()
        if changed and not self._shared:
            self.model.refresh()
        elif not self._shared:
            self.model.refresh_labels()  # names kept on this laptop only make no ops
        self._load_questions()
        self._load_authors()
        if changed:
            self.table_picker.load()
            self.photo_picker.load()
            self._count_question_photos()
        self.timer.refresh()
        # The queue is read again only if something was written (or it shows ideas):
        # showing the tab again stays as cheap as before the room.
        if not self._shared and (changed or not self.moderation.isHidden()):
            self.moderation.refresh()
        self._update_count()

    def room_changed(self, kind: str) -> None:
        """Phones wrote (``kind`` from room/server.py): show new and moderated phone ideas."""
        if kind not in ("idea", "state") or self._shared:
            return
        if not self._room_watch.changed():
            return  # a ballot, a connection: no idea changed
        for record in room_ideas(self.store, self.workshop_id):
            row = self.model.row_of(record["id"])
            if row is None:
                self.model.insert_idea(record["id"])
            elif self.model.moderation_of(row) != record.get("moderation"):
                self.model.reload_idea(record["id"])
        self.moderation.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Capture — note-taker") if self._shared else self.tr("Capture"))
        self.filter_edit.setPlaceholderText(
            self.tr("Filter ideas ({keys})").format(keys=native_keys("Ctrl+F"))
        )
        self.filter_edit.setAccessibleName(self.filter_edit.placeholderText())
        self.table.setAccessibleName(self.tr("Ideas"))
        self.compact_button.setText(self.tr("Note-taker mode"))
        self.compact_button.setToolTip(
            self.tr("Show only capture ({keys})").format(keys=native_keys("Ctrl+Shift+C"))
        )
        self.window_button.setText(self.tr("Small window"))
        self.window_button.setToolTip(
            self.tr("Capture in a small window that stays on top ({keys})").format(
                keys=native_keys("Ctrl+Shift+P")
            )
        )
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.model.retranslate()
        self._load_questions()
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A tab or window that appears is ready for typing, unless the arrows are moving
        # along the tab bar: taking the focus then stopped the walk at this tab.
        if not isinstance(QApplication.focusWidget(), QTabBar):
            self.focus_entry()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._follow_entry_direction()  # an empty box follows the interface
            self._on_filter_changed(self.filter_edit.text())
        super().changeEvent(event)

    # -- questions and authors ----------------------------------------------
    def _load_questions(self) -> None:
        self.picker.load_questions(self.model.question_labels())

    def _load_authors(self) -> None:
        self.picker.load_authors()

    def question_id(self) -> str | None:
        return self.picker.question_id()

    def choose_question(self, number: int) -> None:
        """Ctrl+n: the n-th guiding question (0: none)."""
        self.picker.choose_question(number)
        self.focus_entry()

    def step_question(self, step: int) -> None:
        self.picker.step_question(step)

    def author_id(self) -> str | None:
        """The participant named in the author box, or None if it is empty.

        Raises ValueError when the box names nobody present.
        """
        return self.picker.author_id()

    def _say_unknown_author(self) -> None:
        self.message_label.setText(
            self.tr(
                "No participant present is called “{name}”. Choose a name from the list."
            ).format(name=self.author_edit.text().strip())
        )
        announce(self, self.message_label.text())

    # -- capture ----------------------------------------------------------
    def save_entry(self) -> str | None:
        """Save the text box as a new idea; returns its id, or None if refused."""
        try:
            author = self.author_id()
        except ValueError:
            self._say_unknown_author()
            return None
        typed = self.entry.toPlainText()
        try:
            with self._own_change():
                idea_id = add_idea(
                    self.store,
                    self.workshop_id,
                    typed,
                    self.question_id(),
                    author,
                    self.table_picker.table_id(),
                    self.photo_picker.photo_id(),
                )
        except DomainError as error:
            self.show_error(error)
            return None
        self.undo_stack.push(AddIdeaCommand(self.store, self.model, self.show_error, idea_id))
        self.model.insert_idea(idea_id)
        self.entry.clear()
        self.author_edit.clear()
        row = self.proxy.proxy_row_of(idea_id)
        announce(self.entry, self.tr("Idea saved: %n idea(s) in all.", "", self.model.rowCount()))
        if row is None:
            self.message_label.setText(self.tr("Saved. The filter hides it."))
            announce(self.entry, self.message_label.text())
        else:
            self._clear_message()
            self.table.updateGeometries()  # the scroll range grows lazily otherwise
            self.table.scrollTo(self.proxy.index(row, TEXT))
        if has_bidi_controls(typed):  # removed by the domain: say so, never silently
            self.message_label.setText(
                self.tr(
                    "Saved without its invisible direction controls, which could have shown the text in another order than it was typed."  # noqa: E501 - one literal for lupdate
                )
            )
        return idea_id

    def _edit_with_undo(self, idea_id: str, text: str) -> None:
        old = self.store.require("idea", idea_id)["text"]
        with self._own_change():
            edit_idea_text(self.store, idea_id, text)
        new = self.store.require("idea", idea_id)["text"]
        self.undo_stack.push(
            EditIdeaCommand(self.store, self.model, self.show_error, idea_id, old, new)
        )
        self.model.reload_idea(idea_id)
        self._clear_message()

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows:
            current = self.table.currentIndex()
            rows = [current.row()] if current.isValid() else []
        if not rows:
            return
        ids = [self.proxy.idea_id(r) for r in rows]
        try:
            with self._own_change(), self.store.transaction():
                for idea_id in ids:
                    self.store.delete("idea", idea_id)
        except DomainError as error:
            self.show_error(error)
            return
        self.undo_stack.push(DeleteIdeasCommand(self.store, self.model, self.show_error, ids))
        for idea_id in ids:
            self.model.remove_idea(idea_id)
        self.message_label.setText(
            self.tr("Deleted %n idea(s). {keys} undoes it.", "", len(ids)).format(
                keys=native_keys("Ctrl+Z")
            )
        )
        announce(self, self.message_label.text())
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(min(rows[0], self.proxy.rowCount() - 1), 0))

    def undo(self) -> None:
        """Undo the last capture edit of this workshop (add, edit or delete)."""
        with self._own_change():
            self.undo_stack.undo()

    def redo(self) -> None:
        with self._own_change():
            self.undo_stack.redo()

    @contextmanager
    def _own_change(self) -> Iterator[None]:
        """This view's own edit: the list shows it already, so no reload is needed for it.

        Both watches learn of it: otherwise the room's next notice (sent after every
        write, the laptop's own included) would re-read every phone idea.
        """
        with self._watch.own_change(), self._room_watch.own_change():
            yield
        # Count the ops when idle, not now: a zero timer ran before the repaint
        # that shows the new idea (~1 ms at 20,000 ideas); one count per burst.
        self._settle_timer.start()

    def show_error(self, error: DomainError) -> None:
        self.message_label.setText(error_text(error))
        announce(self, self.message_label.text())

    def _clear_message(self) -> None:
        # QLabel.clear() relays out and repaints the label even when it is already
        # empty: after every saved idea that was a layout pass of the whole view.
        if self.message_label.text():
            self.message_label.clear()

    # -- photos ---------------------------------------------------------------
    def _photo_target(self) -> tuple[str, str | None]:
        """Photos added here go to the current question (to the workshop without one)."""
        return "question_id", self.question_id()

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Photos of the flipchart"), "", picture_filter()
        )
        if files:
            self.add_photos([Path(f) for f in files])

    def add_photos(self, paths: list[Path]) -> bool:
        """Attach picture files to the current question; made safe on a pool thread,
        stored when done (``PhotoImporter.finished``)."""
        key, target = self._photo_target()
        if not self.importer.add(paths, key, target):
            return False
        self.message_label.setText(self.tr("Adding %n photo(s)…", "", len(paths)))
        return True

    def _photos_added(self, outcome: ImportOutcome) -> None:
        self.message_label.setText(outcome.message())
        announce(self, self.message_label.text())
        self.photo_picker.load()
        self._count_question_photos()
        if outcome.added:  # the note-taker adds a flipchart's photo to type from it
            self.photo_picker.choose(outcome.added[0])

    def _count_question_photos(self) -> None:
        key, target = self._photo_target()
        self.photo_picker.show_count(
            len(photos_attached(self.store, self.workshop_id, key, target))
        )

    def open_question_photos(self) -> PhotoDialog:
        """The current question's photos, large: caption, remove, add."""
        key, target = self._photo_target()
        label = self.question_box.currentText() if target else ""
        heading = (
            self.tr("Photos of the question: {question}").format(question=isolated(label))
            if target
            else self.tr("Photos attached to no question, table or cluster")
        )
        return PhotoDialog.open_over(
            self, self.store, self.workshop_id, key, target, heading, self._photos_changed_elsewhere
        )

    def _photos_changed_elsewhere(self) -> None:
        self.photo_picker.load()
        self._count_question_photos()
        self._show_chosen_photo(self.photo_picker.photo_id())
        self.model.refresh_labels()

    def _show_chosen_photo(self, photo_id: object) -> None:
        """Show the photo typed from beside the text box (hidden with "no photo")."""
        photo = self.photo_picker.photo() if photo_id else None
        if photo is None:
            self.photo_viewer.hide()
            return
        self.photo_viewer.show_photo(
            photo_bytes(self.store, photo), self.photo_picker.box.currentText()
        )
        if self.photo_viewer.isHidden():  # a flipchart needs room to be read: 45 %
            self.photo_viewer.show()
            total = sum(self.splitter.sizes()) or self.splitter.width()
            self.splitter.setSizes([total - total * 45 // 100, total * 45 // 100])
            self.photo_viewer.fit()
        announce(
            self.entry,
            self.tr("Typing from {photo}").format(photo=self.photo_picker.box.currentText()),
        )

    def pictures_dropped(self, paths: list[Path]) -> None:
        self.add_photos(paths)

    # -- focus and modes ------------------------------------------------------
    def focus_entry(self) -> None:
        self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_author(self) -> None:
        self.picker.focus_author()

    def focus_filter(self) -> None:
        if self.compact:
            self.set_compact(False)
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def focus_list(self, last: bool = False) -> None:
        """Go to the list: on the latest idea, unless a selection is kept there."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        keep = self.table.selectionModel().hasSelection() and not last
        if not keep and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(self.proxy.rowCount() - 1, TEXT))

    def set_compact(self, compact: bool) -> None:
        """Note-taker mode: only the list of ideas and the capture controls."""
        self.compact = compact
        if self.compact_button.isChecked() != compact:
            self.compact_button.setChecked(compact)
        self.timer.setVisible(not compact)
        self.filter_edit.setVisible(not compact)
        self.table.setColumnHidden(QUESTION, compact)
        self.table.setColumnHidden(AUTHOR, compact)
        self.focus_entry()

    def open_small_window(self) -> CaptureView:
        """Capture in its own small window, sharing this view's ideas and undo history."""
        if self.small_window is not None:
            self.small_window.raise_()
            self.small_window.activateWindow()
            return self.small_window
        window = CaptureView(
            self.store, self.workshop_id, self, model=self.model, undo_stack=self.undo_stack
        )
        window.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.window_button.hide()
        window.set_compact(True)
        window.retranslate_ui()
        fit_window(window, "note_taker", QSize(520, 320))
        window.destroyed.connect(self._small_window_closed)
        self.small_window = window
        window.show()
        window.activateWindow()
        window.focus_entry()
        return window

    def _small_window_closed(self) -> None:
        self.small_window = None

    # -- reactions ----------------------------------------------------------
    def _follow_entry_direction(self) -> None:
        self.entry.follow_text_direction()
        self._entry_text_changed()

    def _entry_text_changed(self) -> None:
        # The box follows its text's direction itself (IdeaEntry).
        if self.entry.toPlainText():
            self._clear_message()

    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self.filter_edit.setLayoutDirection(
            qt_direction(direction_of(text)) if text.strip() else QApplication.layoutDirection()
        )

    def _update_count(self, *_: object) -> None:
        total = self.model.rowCount()
        text = self.tr("%Ln idea(s)", "", total)
        if self.proxy.filter_text():
            text = self.tr("%Ln shown", "", self.proxy.rowCount()) + " / " + text
        self.count_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.entry.viewport() and isinstance(event, (QDragEnterEvent, QDropEvent)):
            # Picture files dropped on the text box are photos, not a path to type in.
            if dropped_files(event.mimeData()):
                if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
                    self.dropEvent(event)
                else:
                    event.acceptProposedAction()
                return True
            return super().eventFilter(watched, event)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.filter_edit and event.key() in (
            Qt.Key.Key_Escape,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if event.key() == Qt.Key.Key_Escape:
                self.filter_edit.clear()
            self.focus_entry()
            return True
        if watched is self.table and self.table.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.focus_entry()
                return True
        return super().eventFilter(watched, event)
