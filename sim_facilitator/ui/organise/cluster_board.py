"""The cluster board: clusters as columns of ideas, by drag and drop or keyboard alone.

Keyboard: Tab moves between columns, arrows (with Shift/Ctrl) select ideas,
Ctrl+G groups the selection into a new cluster, F2 renames the cluster,
Ctrl+Left/Right moves the selection to the neighbouring column (as seen on
screen, so it follows the mirrored layout in Arabic), Ctrl+M picks the target
cluster from a list, Ctrl+Shift+G splits the selection off into a new
cluster, Ctrl+Delete dissolves the cluster, Ctrl+Shift+M merges the selected
ideas as duplicates, Alt+1..9 maps the selected ideas and Ctrl+Alt+1..9 the
cluster itself to principle 1..9 (as dropping them on the principle does). Every step
is saved at once and can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z).

Photos of a cluster (a sticky wall, a flipchart): picture files dropped on its
column, or "Add photos…" in its context menu, are attached to it; the column
shows how many it has, and "Photos of the cluster…" shows them large, to
caption or remove them. Adding a photo is not a board step: it is not undone
with Ctrl+Z (removing it is done in the photos' window).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.organise.changeset import ChangeSet
from sim_facilitator.domain.organise.clusters import (
    NO_IDEAS_CHOSEN,
    create_cluster,
    dissolve_cluster,
    move_ideas,
    rename_cluster,
    split_cluster,
)
from sim_facilitator.domain.organise.mappings import set_strength, strengths
from sim_facilitator.domain.organise.merges import MERGE_NEEDS_TWO, merge_ideas
from sim_facilitator.domain.organise.reads import (
    cluster_members,
    clusters_of,
    principle_name,
    principles_of,
)
from sim_facilitator.domain.photos.records import photo_bytes, photos_of
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP, DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.bidi import isolated
from sim_facilitator.ui.common.bidi_notice import tell_if_controls_removed
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.keys_text import native_keys
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.organise.change_command import ChangeSetCommand
from sim_facilitator.ui.organise.cluster_column import ClusterColumn
from sim_facilitator.ui.organise.principle_drop_zone import PrincipleDropZone
from sim_facilitator.ui.photos.importer import ImportOutcome, PhotoImporter, picture_filter
from sim_facilitator.ui.photos.photo_dialog import PhotoDialog
from sim_facilitator.ui.photos.viewer import thumbnail
from sim_facilitator.ui.shell.application import current_language

NO_CLUSTER_CHOSEN = QT_TRANSLATE_NOOP(
    "Errors", "Choose a cluster first: Tab to its column, or click one of its ideas."
)
BOARD_STRENGTH = 2  # what dropping onto a principle (or Alt+digit) sets, unless already higher


class ClusterBoard(Retranslating, QWidget):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.undo_stack = QUndoStack(self)
        self.importer = PhotoImporter(store, workshop_id, self)
        self.importer.finished.connect(self._photos_added)
        self.columns: list[ClusterColumn] = []
        self.zones: list[PrincipleDropZone] = []
        self._current: str | None = None  # cluster id of the column last focused
        self._current_known = False
        self.empty_hint: EmptyHint | None = None  # over the first column while there is no idea

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.group_action = self._action("Ctrl+G", self.group_selected)
        self.rename_action = self._action("F2", self.rename_current)
        self.move_back_action = self._action("Ctrl+Left", lambda: self.move_visual(-1))
        self.move_forward_action = self._action("Ctrl+Right", lambda: self.move_visual(+1))
        self.move_to_action = self._action("Ctrl+M", self.move_to_chosen)
        self.split_action = self._action("Ctrl+Shift+G", self.split_selected)
        self.dissolve_action = self._action("Ctrl+Delete", self.dissolve_current)
        self.merge_action = self._action("Ctrl+Shift+M", self.merge_selected)
        self.photos_action = QAction(self)
        self.photos_action.triggered.connect(lambda _checked=False: self.show_current_photos())
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        for action in (
            self.group_action,
            self.rename_action,
            self.move_to_action,
            self.split_action,
            self.dissolve_action,
            self.merge_action,
            self.photos_action,
            self.undo_action,
            self.redo_action,
        ):
            self.toolbar.addAction(action)
            # Tab reaches every action of the toolbar (Qt makes them click-only); a
            # click still leaves the focus on the board.
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.map_actions = [
            self._action(f"Alt+{n + 1}", partial(self.map_selected, n)) for n in range(9)
        ]
        self.map_cluster_actions = [
            self._action(f"Ctrl+Alt+{n + 1}", partial(self.map_current_cluster, n))
            for n in range(9)
        ]

        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.strip = QWidget(self)
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        # Tab goes straight into the columns: the area around them is not a stop.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(self.strip)
        self.zone_label = QLabel(self)
        self.zone_row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.zone_label)
        layout.addLayout(self.zone_row)
        self.retranslate_ui()
        self.refresh()

    def _action(self, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- language ---------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Clusters"))
        # The button that shows the actions a narrow window cannot fit (an icon only).
        extension = self.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setAccessibleName(self.tr("More actions"))
            extension.setToolTip(self.tr("More actions"))
            extension.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for action, text in (
            (self.group_action, self.tr("Group into a new cluster")),
            (self.rename_action, self.tr("Rename cluster")),
            (self.move_back_action, self.tr("Move to the cluster on the left")),
            (self.move_forward_action, self.tr("Move to the cluster on the right")),
            (self.move_to_action, self.tr("Move to cluster…")),
            (self.split_action, self.tr("Split into a new cluster")),
            (self.dissolve_action, self.tr("Dissolve cluster")),
            (self.merge_action, self.tr("Merge as duplicates")),
        ):
            action.setText(text)
            action.setToolTip(f"{text} ({native_keys(action.shortcut())})")
        self.photos_action.setText(self.tr("Photos of the cluster…"))
        self.photos_action.setToolTip(
            self.tr(
                "See, add, caption or remove the photos of the cluster (or drop picture files on its column)"  # noqa: E501 - one literal for lupdate
            )
        )
        self.hint.setText(
            self.tr(
                "Drag ideas between clusters, or use the keyboard: Tab to change column, "
                "Ctrl+G to group, F2 to rename, Ctrl+Left/Right to move, Ctrl+Z to undo."
            )
        )
        self.zone_label.setText(
            self.tr(
                "Drop ideas, or a cluster's name, on a principle to map them to it "
                "(keyboard: Alt+1…9 for the selected ideas, Ctrl+Alt+1…9 for the cluster):"
            )
        )
        if self.columns and self.columns[0].cluster_id is None:
            self.columns[0].set_name(self._unclustered_name())

    def language_changed(self) -> None:
        super().language_changed()
        self._rebuild_zones()

    def _unclustered_name(self) -> str:
        return self.tr("Not in a cluster")

    # -- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        current, selected = self._current, self.selected_ids()
        had_focus = any(c.view.hasFocus() for c in self.columns)
        for column in self.columns:
            column.view.removeEventFilter(self)
            column.setParent(None)
            column.deleteLater()
        self.columns = []
        members = cluster_members(self.store, self.workshop_id)
        entries: list[tuple[str | None, str]] = [(None, self._unclustered_name())]
        entries += [(c["id"], c["name"]) for c in clusters_of(self.store, self.workshop_id)]
        photos: dict[str, list[dict[str, object]]] = {}
        for photo in photos_of(self.store, self.workshop_id):
            if photo.get("cluster_id"):
                photos.setdefault(str(photo["cluster_id"]), []).append(photo)
        for n, (cluster_id, name) in enumerate(entries):
            column = ClusterColumn(cluster_id, name, self.strip)
            column.model.set_rows(members.get(cluster_id, []))
            if cluster_id is not None:
                own = photos.get(cluster_id, [])
                first = (
                    thumbnail(str(own[0]["sha256"]), photo_bytes(self.store, own[0]), 40)
                    if own
                    else None
                )
                column.set_photos(len(own), first)
                column.photos_dropped.connect(partial(self.add_photos, cluster_id))
                column.add_photos_asked.connect(partial(self.choose_photos, cluster_id))
                column.show_photos_asked.connect(partial(self.show_photos, cluster_id))
            column.model.ideas_dropped.connect(
                self._dropped_on_column, Qt.ConnectionType.QueuedConnection
            )
            column.view.installEventFilter(self)
            self.strip_layout.insertWidget(n, column)
            self.columns.append(column)
        # The columns are rebuilt on every refresh, so the hint is too (with its column).
        self.empty_hint = None
        if not any(members.values()):
            self.empty_hint = EmptyHint(
                self.columns[0].view,
                lambda: self.tr(
                    "No idea to organise yet. Capture ideas first; they arrive here, "
                    "ready to be grouped into clusters."
                ),
            )
        self._rebuild_zones()
        if self._current_known:
            self.focus_cluster(current, selected, focus=had_focus)

    def _rebuild_zones(self) -> None:
        for zone in self.zones:
            zone.setParent(None)
            zone.deleteLater()
        self.zones = []
        lang = current_language(QCoreApplication.instance())
        for n, principle in enumerate(principles_of(self.store, self.workshop_id)):
            zone = PrincipleDropZone(principle["id"], self)
            name = principle_name(principle, lang)
            zone.setText(f"{name}\n(Alt+{n + 1})" if n < 9 else name)
            zone.setToolTip(name)
            zone.ideas_dropped.connect(self._dropped_on_principle)
            zone.cluster_dropped.connect(self._cluster_dropped_on_principle)
            self.zone_row.addWidget(zone)
            self.zones.append(zone)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for column in self.columns:
                if column.view is watched:
                    self._current, self._current_known = column.cluster_id, True
        elif (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9
        ):
            # A list with items claims Alt+digit for its keyboard search before
            # shortcuts see it; take it back here.
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.map_current_cluster(event.key() - Qt.Key.Key_1)
            else:
                self.map_selected(event.key() - Qt.Key.Key_1)
            return True
        return super().eventFilter(watched, event)

    # -- where the user is ------------------------------------------------------
    def column_for(self, cluster_id: str | None) -> ClusterColumn | None:
        return next((c for c in self.columns if c.cluster_id == cluster_id), None)

    def current_column(self) -> ClusterColumn | None:
        for column in self.columns:
            if column.view.hasFocus():
                return column
        return self.column_for(self._current) if self._current_known else None

    def selected_ids(self) -> list[str]:
        column = self.current_column()
        return column.selected_ids() if column else []

    def focus_cluster(
        self, cluster_id: str | None, idea_ids: list[str] | None = None, focus: bool = True
    ) -> None:
        column = self.column_for(cluster_id) or (self.columns[0] if self.columns else None)
        if column is None:
            return
        self._current, self._current_known = column.cluster_id, True
        column.select_ids(idea_ids or [])
        if focus:
            column.view.setFocus()
            self.scroll_area.ensureWidgetVisible(column)

    # -- photos -------------------------------------------------------------------
    def choose_photos(self, cluster_id: str) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Photos of the cluster"), "", picture_filter()
        )
        if files:
            self.add_photos(cluster_id, [Path(f) for f in files])

    def add_photos(self, cluster_id: str, paths: list[Path]) -> bool:
        """Attach picture files to a cluster (made safe on a pool thread)."""
        self._current, self._current_known = cluster_id, True
        return self.importer.add(paths, "cluster_id", cluster_id)

    def _photos_added(self, outcome: ImportOutcome) -> None:
        if outcome.problems:
            QMessageBox.warning(self, self.tr("Photos of the cluster"), outcome.message())
        self.refresh()
        if outcome.added:
            for dialog in PhotoDialog.shown_over(self):
                dialog.load(choose=outcome.added[0])

    def show_current_photos(self) -> PhotoDialog | None:
        column = self.current_column()
        if column is None or column.cluster_id is None:
            show_error(self, DomainError(NO_CLUSTER_CHOSEN))
            return None
        return self.show_photos(column.cluster_id)

    def show_photos(self, cluster_id: str) -> PhotoDialog | None:
        """The cluster's photos, large: caption, remove, add."""
        column = self.column_for(cluster_id)
        if column is None:
            return None
        heading = self.tr("Photos of the cluster: {name}").format(name=isolated(column.name))
        return PhotoDialog.open_over(
            self, self.store, self.workshop_id, "cluster_id", cluster_id, heading, self.refresh
        )

    # -- steps --------------------------------------------------------------------
    def _do(self, label: str, step: Callable[[], ChangeSet]) -> bool:
        try:
            change = step()
        except DomainError as error:
            show_error(self, error)
            return False
        if change:
            self.undo_stack.push(
                ChangeSetCommand(self.store, change, label, self._after_undo, self._report)
            )
        return True

    def _report(self, error: DomainError) -> None:
        show_error(self, error)

    def _after_undo(self) -> None:
        current = self._current
        self.refresh()
        self.focus_cluster(current)

    def _ask_name(self, title: str, default: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, title, self.tr("Name of the cluster:"), QLineEdit.EchoMode.Normal, default
        )
        return text if ok else None

    def _need_selection(self) -> list[str] | None:
        ids = self.selected_ids()
        if not ids:
            show_error(self, DomainError(NO_IDEAS_CHOSEN))
            return None
        return ids

    def group_selected(self) -> None:
        ids = self._need_selection()
        if ids is None:
            return
        default = self.tr("Cluster %n", "", len(self.columns))
        name = self._ask_name(self.tr("Group into a new cluster"), default)
        if name is None:
            return
        created: list[str] = []

        def step() -> ChangeSet:
            cluster_id, change = create_cluster(self.store, self.workshop_id, name, ids)
            created.append(cluster_id)
            return change

        if self._do(self.tr("group ideas"), step):
            tell_if_controls_removed(self, name)
            self.refresh()
            self.focus_cluster(created[0], ids)

    def split_selected(self) -> None:
        column = self.current_column()
        ids = self._need_selection()
        if ids is None or column is None:
            return
        if column.cluster_id is None:  # nothing to split: same as grouping
            self.group_selected()
            return
        name = self._ask_name(self.tr("Split into a new cluster"), f"{column.name} (2)")
        if name is None:
            return
        created: list[str] = []
        source = column.cluster_id

        def step() -> ChangeSet:
            cluster_id, change = split_cluster(self.store, source, ids, name)
            created.append(cluster_id)
            return change

        if self._do(self.tr("split a cluster"), step):
            self.refresh()
            self.focus_cluster(created[0], ids)

    def rename_current(self) -> None:
        column = self.current_column()
        if column is None or column.cluster_id is None:
            return
        name = self._ask_name(self.tr("Rename cluster"), column.name)
        cluster_id = column.cluster_id
        if name is not None and self._do(
            self.tr("rename a cluster"), lambda: rename_cluster(self.store, cluster_id, name)
        ):
            tell_if_controls_removed(self, name)
            self.refresh()

    def dissolve_current(self) -> None:
        column = self.current_column()
        if column is None or column.cluster_id is None:
            return
        cluster_id, ids = column.cluster_id, column.model.ids()
        if self._do(
            self.tr("dissolve a cluster"), lambda: dissolve_cluster(self.store, cluster_id)
        ):
            self.refresh()
            self.focus_cluster(None, ids)

    def move_ids(self, ids: list[str], cluster_id: str | None) -> None:
        if self._do(self.tr("move ideas"), lambda: move_ideas(self.store, ids, cluster_id)):
            self.refresh()
            self.focus_cluster(cluster_id, ids)

    def move_visual(self, step: int) -> None:
        """Move the selection to the column on the left (-1) or right (+1) as seen on screen."""
        column = self.current_column()
        ids = self._need_selection()
        if column is None or ids is None:
            return
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            step = -step
        target = self.columns.index(column) + step
        if 0 <= target < len(self.columns):
            self.move_ids(ids, self.columns[target].cluster_id)

    def move_to_chosen(self) -> None:
        ids = self._need_selection()
        if ids is None:
            return
        names = [c.name for c in self.columns]
        name, ok = QInputDialog.getItem(
            self, self.tr("Move to cluster…"), self.tr("Cluster:"), names, 0, False
        )
        if ok and name in names:
            self.move_ids(ids, self.columns[names.index(name)].cluster_id)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        column = self.current_column()
        if len(ids) < 2 or column is None:
            show_error(self, DomainError(MERGE_NEEDS_TWO))
            return
        if self._do(self.tr("merge ideas"), lambda: merge_ideas(self.store, ids[0], ids)):
            self.refresh()
            self.focus_cluster(column.cluster_id, ids[:1])

    def map_selected(self, principle_index: int, *_args: object) -> None:
        if principle_index < len(self.zones):
            ids = self._need_selection()
            if ids is not None:
                self._dropped_on_principle(ids, self.zones[principle_index].principle_id)

    def map_current_cluster(self, principle_index: int, *_args: object) -> None:
        column = self.current_column()
        if column is not None and column.cluster_id and principle_index < len(self.zones):
            self._cluster_dropped_on_principle(
                column.cluster_id, self.zones[principle_index].principle_id
            )

    def _cluster_dropped_on_principle(self, cluster_id: str, principle_id: str) -> None:
        current = strengths(self.store, self.workshop_id).get((cluster_id, principle_id), 0)
        if current < BOARD_STRENGTH:
            self._do(
                self.tr("map a cluster to a principle"),
                lambda: set_strength(
                    self.store, "cluster", cluster_id, principle_id, BOARD_STRENGTH
                ),
            )

    def _dropped_on_column(self, ids: list[str], cluster_id: str | None) -> None:
        self.move_ids(ids, cluster_id)

    def _dropped_on_principle(self, ids: list[str], principle_id: str) -> None:
        current = strengths(self.store, self.workshop_id)

        def step() -> ChangeSet:
            total = ChangeSet()
            with self.store.transaction():
                for idea_id in ids:
                    if current.get((idea_id, principle_id), 0) < BOARD_STRENGTH:
                        change = set_strength(
                            self.store, "idea", idea_id, principle_id, BOARD_STRENGTH
                        )
                        total.changes.extend(change.changes)
            return total

        self._do(self.tr("map ideas to a principle"), step)
        column = self.current_column()
        self.refresh()
        if column is not None:
            self.focus_cluster(column.cluster_id, ids)
