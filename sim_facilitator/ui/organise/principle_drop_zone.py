"""A principle on the cluster board: drop ideas, or a cluster's title, to map them to it."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from sim_facilitator.ui.organise.board_idea_model import cluster_from_mime, ideas_from_mime


class PrincipleDropZone(QLabel):
    ideas_dropped = Signal(list, str)  # idea ids, principle id
    cluster_dropped = Signal(str, str)  # cluster id, principle id

    def __init__(self, principle_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.principle_id = principle_id
        self.setAcceptDrops(True)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(6)
        self.setMinimumHeight(48)

    def accept_mime(self, mime: QMimeData) -> bool:
        """Map the ideas or the cluster a drag carries; True when it carried any."""
        ids = ideas_from_mime(mime)
        if ids:
            self.ideas_dropped.emit(ids, self.principle_id)
            return True
        cluster = cluster_from_mime(mime)
        if cluster:
            self.cluster_dropped.emit(cluster, self.principle_id)
            return True
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if ideas_from_mime(mime) or cluster_from_mime(mime):
            event.acceptProposedAction()
            self.setFrameShadow(QFrame.Shadow.Sunken)

    def dragLeaveEvent(self, event: object) -> None:
        self.setFrameShadow(QFrame.Shadow.Plain)

    def dropEvent(self, event: QDropEvent) -> None:
        self.setFrameShadow(QFrame.Shadow.Plain)
        if self.accept_mime(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
