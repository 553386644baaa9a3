"""One column of the cluster board: the cluster's name over the list of its ideas.

The name can be dragged onto a principle to map the whole cluster to it.
A cluster's photos show as a button under its name (the first one's thumbnail
and how many); picture files dropped on the column are added to the cluster
(``photos_dropped``), and its context menu adds or shows them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QDropEvent, QFont, QIcon, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QListView,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.direction_delegate import DirectionDelegate
from sim_facilitator.ui.organise.board_idea_model import BoardIdeaModel, cluster_to_mime
from sim_facilitator.ui.photos.drop_target import PictureDropTarget
from sim_facilitator.ui.photos.importer import dropped_files

COLUMN_WIDTH = 260
THUMB_EDGE = 40


class ClusterColumn(PictureDropTarget, QFrame):
    photos_dropped = Signal(list)  # list[Path]: picture files dropped on the column
    add_photos_asked = Signal()
    show_photos_asked = Signal()

    def __init__(self, cluster_id: str | None, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cluster_id = cluster_id
        self.name = name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.model = BoardIdeaModel(cluster_id, self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(DirectionDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        # Wrapped ideas have their own heights, so Qt measures each one; in batches,
        # a column of thousands of ideas shows at once and fills in while idle
        # (20,000 ideas: the Organise tab took 4.5 s before its first paint).
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(200)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setSpacing(1)
        # Wrapped Arabic lines are tall: shading every other idea shows where each ends.
        self.view.setAlternatingRowColors(True)
        self.photo_button = QToolButton(self)
        self.photo_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.photo_button.setIconSize(QSize(THUMB_EDGE, THUMB_EDGE))
        self.photo_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.photo_button.clicked.connect(self.show_photos_asked)
        self.photo_button.hide()  # shown once the cluster has photos (set_photos)
        self.photo_count = 0
        layout.addWidget(self.title)
        layout.addWidget(self.photo_button)
        layout.addWidget(self.view, 1)
        if cluster_id is not None:  # the unclustered ideas have no photos of their own
            self.setAcceptDrops(True)
            self.view.viewport().installEventFilter(self)
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.customContextMenuRequested.connect(self._menu)
            self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.view.customContextMenuRequested.connect(
                lambda pos: self._menu(self.view.viewport().mapTo(self, pos))
            )
        self._press: QPoint | None = None
        if cluster_id is not None:
            self.title.setCursor(Qt.CursorShape.OpenHandCursor)
        self.set_name(name)

    def set_name(self, name: str) -> None:
        self.name = name
        self.title.setText(name)
        self.title.setToolTip(name)
        align = Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight
            if direction_of(name) == "rtl"
            else Qt.AlignmentFlag.AlignLeft
        )
        self.title.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.view.setAccessibleName(name)

    # -- photos -------------------------------------------------------------------
    def set_photos(self, count: int, first: QPixmap | None) -> None:
        """Show how many photos the cluster has, with the first one's thumbnail."""
        self.photo_count = count
        self.photo_button.setVisible(count > 0)
        self.photo_button.setIcon(QIcon(first) if first is not None else QIcon())
        text = self.tr("%n photo(s)", "", count)
        self.photo_button.setText(text)
        self.photo_button.setAccessibleName(
            QCoreApplication.translate("ClusterBoard", "Photos of the cluster {name}").format(
                name=self.name
            )
            + f" ({text})"
        )

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        add = menu.addAction(QCoreApplication.translate("ClusterBoard", "Add photos…"))
        add.triggered.connect(self.add_photos_asked)
        if self.photo_count:
            show = menu.addAction(QCoreApplication.translate("ClusterBoard", "Show the photos…"))
            show.triggered.connect(self.show_photos_asked)
        menu.popup(self.mapToGlobal(pos))

    def pictures_dropped(self, paths: list[Path]) -> None:
        self.photos_dropped.emit(paths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Picture files dropped on the list of ideas are photos; ideas dragged between
        # columns go on to the list's model as before.
        if isinstance(event, QDropEvent) and dropped_files(event.mimeData()):
            if event.type() == QEvent.Type.Drop:
                self.dropEvent(event)
            else:
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        ids = self.model.ids()
        return [ids[r] for r in rows]

    def select_ids(self, idea_ids: list[str]) -> None:
        ids = self.model.ids()
        selection = self.view.selectionModel()
        selection.clearSelection()
        first = None
        for n, idea_id in enumerate(ids):
            if idea_id in idea_ids:
                index = self.model.index(n)
                selection.select(index, selection.SelectionFlag.Select)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
        elif ids:
            selection.setCurrentIndex(self.model.index(0), selection.SelectionFlag.NoUpdate)

    # -- dragging the title: the whole cluster ------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        inside = self.title.geometry().contains(event.position().toPoint())
        self._press = event.position().toPoint() if inside and self.cluster_id else None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and self.cluster_id is not None:
            distance = (event.position().toPoint() - self._press).manhattanLength()
            if distance >= QApplication.startDragDistance():
                self._press = None
                drag = QDrag(self)
                drag.setMimeData(cluster_to_mime(self.cluster_id))
                drag.exec(Qt.DropAction.CopyAction)
                return
        super().mouseMoveEvent(event)
