"""Photos on the laptop: attached to a question (capture) and to a cluster (the board),
by file picker and by drop; typing ideas from a photo; captions, removal, refusals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.clusters import create_cluster
from sim_facilitator.domain.photos.records import photos_of
from sim_facilitator.domain.workshops import add_question, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture.capture_view import CaptureView
from sim_facilitator.ui.capture.idea_model import AUTHOR
from sim_facilitator.ui.organise.cluster_board import ClusterBoard
from sim_facilitator.ui.shell.application import set_language
from tests.helpers.pictures import SVG, phone_photo, png_bomb

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def english() -> None:
    """English with its plural forms ("2 photos added"), whatever ran before."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_language(app, "en")


@pytest.fixture
def workshop(store: Store) -> dict[str, str]:
    ws = create_workshop(store, "Atelier de Tiznit")
    q1 = add_question(store, ws, "Quels obstacles ?")
    q2 = add_question(store, ws, "ما هي الحلول؟")
    first = add_idea(store, ws, "Des routes coupées l'hiver", q1)
    second = add_idea(store, ws, "Pas de transport scolaire", q1)
    cluster, _ = create_cluster(store, ws, "Mobilité", [first, second])
    return {"id": ws, "q1": q1, "q2": q2, "cluster": cluster}


@pytest.fixture
def pictures(tmp_path: Path) -> dict[str, Path]:
    files = {
        "flipchart": tmp_path / "IMG_2041.jpg",
        "wall": tmp_path / "mur.jpg",
        "svg": tmp_path / "dessin.png",
        "bomb": tmp_path / "bombe.png",
    }
    files["flipchart"].write_bytes(phone_photo(1200, 900, seed=3))
    files["wall"].write_bytes(phone_photo(900, 1200, seed=5))
    files["svg"].write_bytes(SVG)
    files["bomb"].write_bytes(png_bomb())
    return files


def ops(store: Store) -> tuple[int, int]:
    """How many ops and stored pictures: a refusal changes neither."""
    (count,) = store.db.execute("SELECT COUNT(*) FROM ops").fetchone()
    tables = store.db.execute("SELECT name FROM sqlite_master WHERE name = 'photo_blobs'")
    if tables.fetchone() is None:  # made with the first picture stored
        return int(count), 0
    (blobs,) = store.db.execute("SELECT COUNT(*) FROM photo_blobs").fetchone()
    return int(count), int(blobs)


def drop(qtbot: Any, widget: QWidget, paths: list[Path]) -> None:
    """Drag picture files over ``widget`` and drop them, as the file manager does."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPoint(widget.width() // 2, widget.height() // 2)
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    assert event.isAccepted()


def capture(qtbot: Any, store: Store, workshop_id: str) -> CaptureView:
    view = CaptureView(store, workshop_id)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def press(qtbot: Any, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)


def type_idea(view: CaptureView, text: str) -> str:
    view.entry.setPlainText(text)
    idea_id = view.save_entry()
    assert idea_id is not None
    return idea_id


def test_photos_picked_in_capture_go_to_the_current_question_and_ideas_point_to_the_one_chosen(
    qtbot, store, workshop, pictures, monkeypatch
) -> None:
    view = capture(qtbot, store, workshop["id"])
    view.choose_question(2)
    assert view.photo_viewer.isHidden()  # nothing to type from yet
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *a, **k: ([str(pictures["flipchart"])], "")),
    )
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        view.photo_picker.add_button.click()
    (photo,) = photos_of(store, workshop["id"])
    assert photo["question_id"] == workshop["q2"]
    assert "1" in view.photo_picker.manage_button.text()
    # The photo just added is the one typed from, shown beside the text box.
    assert view.photo_picker.photo_id() == photo["id"]
    assert view.photo_viewer.isVisible()
    assert view.photo_viewer.has_picture()
    typed = type_idea(view, "تعاونية للنقل")
    assert store.require("idea", typed)["photo_id"] == photo["id"]
    row = view.model.row_of(typed)
    assert row is not None
    assert "photo 1" in view.model.data(view.model.index(row, AUTHOR))
    # Ctrl+I steps through the photos and back to "no photo": ideas then point nowhere.
    view.focus_entry()
    press(qtbot, view.entry, Qt.Key.Key_I, CTRL)
    assert view.photo_picker.photo_id() is None
    assert view.photo_viewer.isHidden()
    plain = type_idea(view, "Une idée dite à voix haute")
    assert store.require("idea", plain)["photo_id"] is None
    row = view.model.row_of(plain)
    assert row is not None
    assert not view.model.data(view.model.index(row, AUTHOR))
    press(qtbot, view.entry, Qt.Key.Key_I, CTRL | SHIFT)
    assert view.photo_picker.photo_id() == photo["id"]


def test_picture_files_dropped_on_the_text_box_become_photos_of_the_question(
    qtbot, store, workshop, pictures
) -> None:
    view = capture(qtbot, store, workshop["id"])
    view.choose_question(1)
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        drop(qtbot, view.entry.viewport(), [pictures["flipchart"], pictures["wall"]])
    assert view.entry.toPlainText() == ""  # no path typed into the idea
    photos = photos_of(store, workshop["id"])
    assert [p["question_id"] for p in photos] == [workshop["q1"]] * 2
    assert "2 photos added" in view.message_label.text()
    assert view.photo_picker.box.count() == 3  # "no photo" and the two


def test_a_hostile_file_dropped_in_capture_is_refused_by_name_and_nothing_is_stored(
    qtbot, store, workshop, pictures
) -> None:
    view = capture(qtbot, store, workshop["id"])
    view.choose_question(1)
    before = ops(store)
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        drop(qtbot, view, [pictures["svg"], pictures["bomb"]])
    assert ops(store) == before
    assert photos_of(store, workshop["id"]) == []
    message = view.message_label.text()
    assert "dessin.png" in message
    assert "SVG" in message
    assert "bombe.png" in message
    assert view.photo_picker.photo_id() is None
    assert view.photo_viewer.isHidden()


def test_the_questions_photos_window_captions_and_removes(
    qtbot, store, workshop, pictures, monkeypatch
) -> None:
    view = capture(qtbot, store, workshop["id"])
    view.choose_question(1)
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        view.add_photos([pictures["flipchart"]])
    dialog = view.open_question_photos()
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 1
    assert dialog.viewer.has_picture()
    zoom = dialog.viewer.zoom
    dialog.viewer.zoom_in_button.click()
    assert dialog.viewer.zoom > zoom
    dialog.caption_edit.setText("Tableau de la table 2")
    dialog.save_caption()
    (photo,) = photos_of(store, workshop["id"])
    assert photo["caption"] == "Tableau de la table 2"
    assert "Tableau de la table 2" in view.photo_picker.box.currentText()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    dialog.remove_button.click()
    assert photos_of(store, workshop["id"]) == []
    assert dialog.list.count() == 0
    assert view.photo_picker.photo_id() is None
    assert view.photo_viewer.isHidden()
    assert "0" in view.photo_picker.manage_button.text()


def board(qtbot: Any, store: Store, workshop_id: str) -> ClusterBoard:
    widget = ClusterBoard(store, workshop_id)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_picture_files_dropped_on_a_cluster_column_are_its_photos(
    qtbot, store, workshop, pictures
) -> None:
    view = board(qtbot, store, workshop["id"])
    column = view.column_for(workshop["cluster"])
    assert column is not None
    assert column.photo_button.isHidden()
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        drop(qtbot, column.view.viewport(), [pictures["wall"]])
    (photo,) = photos_of(store, workshop["id"])
    assert photo["cluster_id"] == workshop["cluster"]
    column = view.column_for(workshop["cluster"])  # the board is rebuilt
    assert column is not None
    assert not column.photo_button.isHidden()
    assert "1 photo" in column.photo_button.text()
    assert not column.photo_button.icon().isNull()  # its thumbnail
    unclustered = view.column_for(None)
    assert unclustered is not None
    assert not unclustered.acceptDrops()


def test_photos_picked_for_a_cluster_and_a_hostile_one_refused_with_the_database_unchanged(
    qtbot, store, workshop, pictures, monkeypatch
) -> None:
    view = board(qtbot, store, workshop["id"])
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(
            lambda _p, _t, text, *a: warnings.append(text) or QMessageBox.StandardButton.Ok
        ),
    )
    chosen = [str(pictures["svg"])]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (chosen, "")))
    before = ops(store)
    with qtbot.waitSignal(view.importer.finished, timeout=20_000):
        view.choose_photos(workshop["cluster"])
    assert ops(store) == before
    assert warnings
    assert "dessin.png" in warnings[0]
    chosen[:] = [str(pictures["flipchart"])]
    view.focus_cluster(workshop["cluster"])
    dialog = view.show_current_photos()  # the toolbar's "Photos of the cluster…"
    assert dialog is not None
    with qtbot.waitSignal(dialog.importer.finished, timeout=20_000):
        dialog.add_button.click()
    (photo,) = photos_of(store, workshop["id"])
    assert photo["cluster_id"] == workshop["cluster"]
    assert dialog.list.count() == 1
    column = view.column_for(workshop["cluster"])
    assert column is not None
    assert "1 photo" in column.photo_button.text()
