"""The photos of one question or cluster: see them large, caption them, add, remove.

Opened from capture (the current question's photos) and from the cluster board
(a cluster's). Thumbnails on one side, the chosen photo large on the other
(``viewer``); picture files dropped anywhere on the dialog are added, like
"Add photos…". Removing deletes the photo record (it leaves the screens and the
minutes); ideas typed from it keep their text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.photos.records import (
    photo_bytes,
    photo_numbers,
    photos_attached,
    remove_photo,
    set_caption,
)
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.announce import announce
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.photos.drop_target import PictureDropTarget
from sim_facilitator.ui.photos.importer import (
    ImportOutcome,
    PhotoImporter,
    picture_filter,
)
from sim_facilitator.ui.photos.labels import photo_title
from sim_facilitator.ui.photos.viewer import PhotoViewer, thumbnail

THUMB_EDGE = 96
ID_ROLE = Qt.ItemDataRole.UserRole


class PhotoDialog(PictureDropTarget, Retranslating, QDialog):
    """Photos attached to ``key`` = ``target_id`` (``records.TARGETS``; None: to nothing)."""

    changed = Signal()  # a photo was added, captioned or removed

    @classmethod
    def open_over(
        cls,
        parent: QWidget,
        store: Store,
        workshop_id: str,
        key: str,
        target_id: str | None,
        heading: str,
        on_change: Callable[[], object],
    ) -> PhotoDialog:
        """One target's photos window, shown over ``parent`` in place of any other one
        open there (one photos window per screen)."""
        for other in cls.shown_over(parent):
            other.close()
        dialog = cls(store, workshop_id, key, target_id, heading, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(on_change)
        dialog.show()
        return dialog

    @classmethod
    def shown_over(cls, parent: QWidget) -> list[PhotoDialog]:
        """The photos windows open over ``parent`` (closed ones wait to be deleted)."""
        return [d for d in parent.findChildren(cls) if d.isVisible()]

    def __init__(
        self,
        store: Store,
        workshop_id: str,
        key: str,
        target_id: str | None,
        heading: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.key = key
        self.target_id = target_id
        self.heading_text = heading
        self.importer = PhotoImporter(store, workshop_id, self)
        self.importer.finished.connect(self._added)
        self.setAcceptDrops(True)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB_EDGE, THUMB_EDGE))
        self.list.setFlow(QListView.Flow.TopToBottom)
        self.list.setWrapping(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setFixedWidth(THUMB_EDGE + 40)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.viewer = PhotoViewer(self)
        self.caption_label = QLabel(self)
        self.caption_edit = QLineEdit(self)
        self.caption_label.setBuddy(self.caption_edit)
        self.caption_edit.editingFinished.connect(self.save_caption)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(lambda: self.remove_current())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.caption_label)
        caption_row.addWidget(self.caption_edit, 1)
        side = QVBoxLayout()
        side.addWidget(self.viewer, 1)
        side.addLayout(caption_row)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addLayout(side, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        self.retranslate_ui()
        self.load()
        fit_window(self, "photos", QSize(900, 640))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Photos"))
        self.heading.setText(self.heading_text)
        self.list.setAccessibleName(self.tr("Photos"))
        self.caption_label.setText(self.tr("&Caption:"))
        self.add_button.setText(self.tr("&Add photos…"))
        self.add_button.setToolTip(self.tr("Or drop picture files on this window"))
        self.remove_button.setText(self.tr("&Remove this photo"))
        self.load()

    # -- reading ------------------------------------------------------------------------
    def load(self, choose: str | None = None) -> None:
        current = choose or self.current_id()
        numbers = photo_numbers(self.store, self.workshop_id)
        photos = photos_attached(self.store, self.workshop_id, self.key, self.target_id)
        self.photos = {p["id"]: p for p in photos}
        self.list.blockSignals(True)
        self.list.clear()
        for photo in photos:
            title = photo_title(numbers.get(photo["id"], 0))
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, photo["id"])
            item.setToolTip(str(photo.get("caption") or title))
            data = photo_bytes(self.store, photo)
            item.setIcon(QIcon(thumbnail(str(photo["sha256"]), data, THUMB_EDGE)))
            self.list.addItem(item)
            if photo["id"] == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def current_id(self) -> str | None:
        item = self.list.currentItem() if hasattr(self, "photos") else None
        return str(item.data(ID_ROLE)) if item is not None else None

    def _show_current(self) -> None:
        photo = self.photos.get(self.current_id() or "")
        has = photo is not None
        for widget in (self.caption_edit, self.remove_button, self.viewer):
            widget.setEnabled(has)
        if photo is None:
            self.viewer.show_photo(
                None, self.tr("No photo yet: add one, or drop picture files here.")
            )
            self.caption_edit.clear()
            return
        self.viewer.show_photo(photo_bytes(self.store, photo), self.list.currentItem().text())
        self.caption_edit.setText(str(photo.get("caption") or ""))

    # -- changes ------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add photos"), "", picture_filter())
        if files:
            self.add_files([Path(f) for f in files])

    def add_files(self, paths: list[Path]) -> bool:
        if not self.importer.add(paths, self.key, self.target_id):
            return False
        self.message.setText(self.tr("Adding %n photo(s)…", "", len(paths)))
        return True

    def _added(self, outcome: ImportOutcome) -> None:
        self.message.setText(outcome.message())
        announce(self, self.message.text())
        if outcome.added:
            self.load(choose=outcome.added[0])
            self.changed.emit()

    def save_caption(self) -> None:
        photo_id = self.current_id()
        photo = self.photos.get(photo_id or "")
        if photo_id is None or photo is None:
            return
        text = self.caption_edit.text()
        if text.strip() == str(photo.get("caption") or ""):
            return
        try:
            set_caption(self.store, photo_id, text)
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        self.load(choose=photo_id)
        self.changed.emit()

    def remove_current(self, confirm: bool = True) -> bool:
        photo_id = self.current_id()
        if photo_id is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Remove this photo"),
                self.tr(
                    "Remove this photo from the workshop? It leaves the screens and the minutes; ideas typed from it stay."  # noqa: E501 - one literal for lupdate
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            remove_photo(self.store, photo_id)
        except DomainError as error:
            self.message.setText(error_text(error))
            return False
        self.message.setText(self.tr("Photo removed."))
        self.load()
        self.changed.emit()
        return True

    def pictures_dropped(self, paths: list[Path]) -> None:
        self.add_files(paths)

    def done(self, result: int) -> None:
        self.save_caption()
        self.importer.wait()
        super().done(result)
