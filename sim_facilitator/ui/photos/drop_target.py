"""Picture files dropped on a screen become photos there.

A widget lists ``PictureDropTarget`` before its Qt base (``class X(PictureDropTarget,
QWidget)``), calls ``setAcceptDrops(True)`` and defines ``pictures_dropped(paths)``:
a drag that carries local files is accepted, and its files are handed over on the
drop; any other drag (ideas between columns, text) goes to the Qt base as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from sim_facilitator.ui.photos.importer import dropped_files

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    # As in ui/common/retranslating: the type checker sees the QWidget methods the
    # mixin overrides; at run time it is a plain class that fits any widget.
    _Widget = QWidget
else:
    _Widget = object


class PictureDropTarget(_Widget):
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.pictures_dropped(paths)

    def pictures_dropped(self, paths: list[Path]) -> None:
        raise NotImplementedError
