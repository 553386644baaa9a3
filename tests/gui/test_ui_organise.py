"""The organise step in the GUI: keyboard-only clustering, drag and drop, matrix, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from sim_facilitator.domain import actions as A
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.mappings import (
    conflicted_mappings,
    coverage,
    set_strength,
    strengths,
    uncovered_principles,
)
from sim_facilitator.domain.organise.reads import clusters_of, live_ideas, principles_of
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.organise.cluster_board import ClusterBoard
from sim_facilitator.ui.organise.duplicates_view import DuplicatesView
from sim_facilitator.ui.organise.mapping_matrix import MappingMatrix
from sim_facilitator.ui.organise.organise_view import OrganiseView
from sim_facilitator.ui.record.actions_view import ActionsView
from sim_facilitator.ui.record.decisions_view import DecisionsView
from sim_facilitator.ui.shell.application import set_language
from tests.helpers.stores import make_store

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def demo(store: Store) -> str:
    return create_demo(store)


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every warning box the views would show, instead of a modal dialog."""
    shown: list[str] = []

    def warning(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


@pytest.fixture
def names(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers typed into the name prompts, in order (the prompt is never shown)."""
    answers: list[str] = []

    def get_text(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        return (answers.pop(0), True) if answers else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return answers


@pytest.fixture
def english() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_language(app, "en")
    yield
    set_language(app, "en")


def shown(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def press(
    qtbot: Any, widget: QWidget, key: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed by the user: through the window, so shortcuts apply as they would."""
    handle = widget.window().windowHandle()
    assert handle is not None
    qtbot.keyClick(handle, key, mods)


def cluster_ids(store: Store, w: str) -> list[str]:
    return [c["id"] for c in clusters_of(store, w)]


def test_keyboard_only_clustering_with_undo(
    qtbot: Any, store: Store, demo: str, names: list[str], errors: list[str], english: None
) -> None:
    board = shown(qtbot, ClusterBoard(store, demo))
    assert isinstance(board, ClusterBoard)
    assert [c.cluster_id for c in board.columns] == [None, *cluster_ids(store, demo)]
    loose = board.columns[0]
    first_two = loose.model.ids()[:2]
    loose.view.setFocus()
    qtbot.waitUntil(loose.view.hasFocus)
    press(qtbot, board, Key.Key_Home)
    press(qtbot, board, Key.Key_Down, SHIFT)
    assert board.selected_ids() == first_two

    names.append("Gouvernance / الحكامة")
    press(qtbot, board, Key.Key_G, CTRL)  # group into a new cluster
    new = cluster_ids(store, demo)[-1]
    assert store.require("cluster", new)["name"] == "Gouvernance / الحكامة"
    assert all(store.require("idea", i)["cluster_id"] == new for i in first_two)
    assert board.current_column() is board.column_for(new)
    assert board.selected_ids() == first_two  # the moved ideas stay selected

    names.append("Gouvernance locale")
    press(qtbot, board, Key.Key_F2)
    assert store.require("cluster", new)["name"] == "Gouvernance locale"
    assert board.column_for(new).title.text() == "Gouvernance locale"

    previous = cluster_ids(store, demo)[-2]
    press(qtbot, board, Key.Key_Down)  # one idea only: the second
    press(qtbot, board, Key.Key_Left, CTRL)  # to the cluster on the left of the screen
    assert store.require("idea", first_two[1])["cluster_id"] == previous
    assert store.require("idea", first_two[0])["cluster_id"] == new

    press(qtbot, board, Key.Key_Z, CTRL)  # undo the move
    assert store.require("idea", first_two[1])["cluster_id"] == new
    press(qtbot, board, Key.Key_Z, CTRL)  # undo the rename
    assert store.require("cluster", new)["name"] == "Gouvernance / الحكامة"
    press(qtbot, board, Key.Key_Z, CTRL | SHIFT)  # redo the rename
    assert store.require("cluster", new)["name"] == "Gouvernance locale"

    board.focus_cluster(new, first_two)
    names.append("Gouvernance 2")
    press(qtbot, board, Key.Key_Home)  # current + selection: the first idea only
    press(qtbot, board, Key.Key_Space, CTRL)
    board.column_for(new).select_ids([first_two[0]])
    press(qtbot, board, Key.Key_G, CTRL | SHIFT)  # split it off
    split = cluster_ids(store, demo)[-1]
    assert split != new
    assert store.require("idea", first_two[0])["cluster_id"] == split

    board.focus_cluster(new)
    press(qtbot, board, Key.Key_Delete, CTRL)  # dissolve "Gouvernance locale"
    assert new not in cluster_ids(store, demo)
    assert store.require("idea", first_two[1])["cluster_id"] is None
    press(qtbot, board, Key.Key_Z, CTRL)
    assert new in cluster_ids(store, demo)
    assert store.require("idea", first_two[1])["cluster_id"] == new
    assert errors == []


def test_moving_by_keyboard_follows_the_mirrored_board_in_arabic(
    qtbot: Any, store: Store, demo: str, errors: list[str]
) -> None:
    board = shown(qtbot, ClusterBoard(store, demo))
    assert isinstance(board, ClusterBoard)
    board.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    loose = board.columns[0]
    idea = loose.model.ids()[0]
    board.focus_cluster(None, [idea])
    qtbot.waitUntil(loose.view.hasFocus)
    # In Arabic the first column is on the right: its neighbour is to the left.
    press(qtbot, board, Key.Key_Left, CTRL)
    assert store.require("idea", idea)["cluster_id"] == board.columns[1].cluster_id
    press(qtbot, board, Key.Key_Right, CTRL)
    assert store.require("idea", idea)["cluster_id"] is None


def test_drag_and_drop_between_clusters_and_onto_a_principle(
    qtbot: Any, store: Store, demo: str, errors: list[str]
) -> None:
    board = shown(qtbot, ClusterBoard(store, demo))
    assert isinstance(board, ClusterBoard)
    source, target = board.columns[1], board.columns[2]
    idea = source.model.ids()[0]
    mime = source.model.mimeData([source.model.index(0)])
    assert target.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert target.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: store.require("idea", idea)["cluster_id"] == target.cluster_id)
    qtbot.waitUntil(lambda: idea in board.column_for(target.cluster_id).model.ids())
    assert idea not in board.column_for(source.cluster_id).model.ids()

    # Dropping back where it already is changes nothing.
    again = board.column_for(target.cluster_id)
    assert not again.model.dropMimeData(
        again.model.mimeData([again.model.index(again.model.ids().index(idea))]),
        Qt.DropAction.MoveAction,
        -1,
        -1,
        QModelIndex(),
    )

    uncovered = uncovered_principles(store, demo)[0]
    zone = next(z for z in board.zones if z.principle_id == uncovered)
    assert zone.accept_mime(mime)
    assert strengths(store, demo)[(idea, uncovered)] == 2
    assert uncovered_principles(store, demo) == []
    board.undo_stack.undo()  # the mapping
    assert uncovered_principles(store, demo) == [uncovered]
    board.undo_stack.undo()  # the move
    assert store.require("idea", idea)["cluster_id"] == source.cluster_id

    # The keyboard twin of a drop on the fourth principle: Alt+4.
    board.focus_cluster(source.cluster_id, [idea])
    qtbot.waitUntil(lambda: board.current_column() is not None)
    press(qtbot, board, Key.Key_4, ALT)
    assert strengths(store, demo)[(idea, uncovered)] == 2
    assert errors == []


def test_merging_selected_duplicates_on_the_board_is_undoable(
    qtbot: Any, store: Store, demo: str, errors: list[str]
) -> None:
    board = shown(qtbot, ClusterBoard(store, demo))
    assert isinstance(board, ClusterBoard)
    column = board.columns[1]
    a, b = column.model.ids()[:2]
    board.focus_cluster(column.cluster_id, [a, b])
    qtbot.waitUntil(column.view.hasFocus)
    press(qtbot, board, Key.Key_M, CTRL | SHIFT)
    assert store.require("idea", b)["merged_into"] == a
    assert b not in board.column_for(column.cluster_id).model.ids()
    press(qtbot, board, Key.Key_Z, CTRL)
    assert store.require("idea", b)["merged_into"] is None
    board.focus_cluster(column.cluster_id, [a])
    press(qtbot, board, Key.Key_M, CTRL | SHIFT)  # one idea: refused with a message
    assert errors
    assert "at least two" in errors[-1]


def test_matrix_arrows_and_digits_save_at_once(
    qtbot: Any, store: Store, demo: str, errors: list[str], english: None
) -> None:
    matrix = shown(qtbot, MappingMatrix(store, demo))
    assert isinstance(matrix, MappingMatrix)
    model = matrix.mapping_model
    clusters = clusters_of(store, demo)
    assert [r.kind for r in model.rows[: len(clusters)]] == ["cluster"] * len(clusters)
    principles = principles_of(store, demo)
    assert model.headerData(1, Qt.Orientation.Horizontal).replace("\n", " ") == (
        "Example principle 1: human dignity"
    )
    matrix.setFocus()
    qtbot.waitUntil(matrix.hasFocus)
    assert matrix.currentIndex().row() == 0
    assert matrix.currentIndex().column() == 1
    press(qtbot, matrix, Key.Key_3)
    assert strengths(store, demo)[(clusters[0]["id"], principles[0]["id"])] == 3
    press(qtbot, matrix, Key.Key_Down)
    press(qtbot, matrix, Key.Key_Right)
    press(qtbot, matrix, Key.Key_Right)
    press(qtbot, matrix, Key.Key_Right)  # principle 4, which nothing serves in the demo
    press(qtbot, matrix, Key.Key_2)
    key = (clusters[1]["id"], principles[3]["id"])
    assert strengths(store, demo)[key] == 2
    assert "●●" in model.data(matrix.currentIndex())
    arabic_one = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "\u0661")
    QApplication.sendEvent(matrix, arabic_one)  # Arabic-Indic one, from an Arabic keyboard
    assert strengths(store, demo)[key] == 1
    press(qtbot, matrix, Key.Key_Delete)
    assert key not in strengths(store, demo)
    press(qtbot, matrix, Key.Key_7)  # out of range: a message, nothing saved
    assert errors
    assert "strength" in errors[-1]
    assert key not in strengths(store, demo)


def test_matrix_headers_follow_the_interface_language(
    qtbot: Any, store: Store, demo: str, english: None
) -> None:
    matrix = shown(qtbot, MappingMatrix(store, demo))
    assert isinstance(matrix, MappingMatrix)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_language(app, "fr")
    header = matrix.mapping_model.headerData(2, Qt.Orientation.Horizontal)
    assert header.replace("\n", " ") == "Principe exemple 2 : participation"
    set_language(app, "ar")
    assert "المشاركة" in matrix.mapping_model.headerData(2, Qt.Orientation.Horizontal)


def test_organise_view_pages_refresh_when_shown(
    qtbot: Any, store: Store, demo: str, errors: list[str], english: None
) -> None:
    view = shown(qtbot, OrganiseView(store, demo))
    assert isinstance(view, OrganiseView)
    assert view.windowTitle() == "Organise"
    assert [view.tabs.tabText(n) for n in range(4)] == [
        "Clusters",
        "Mapping to principles",
        "Coverage",
        "Duplicates",
    ]
    principles = principles_of(store, demo)
    assert view.coverage.flagged_names() == ["Example principle 4: sustainability"]
    view.tabs.setCurrentWidget(view.matrix)
    view.matrix.setCurrentIndex(view.matrix.mapping_model.index(5, 4))
    view.matrix.setFocus()
    press(qtbot, view.matrix, Key.Key_3)
    view.tabs.setCurrentWidget(view.coverage)
    assert view.coverage.flagged_names() == []
    status = view.coverage.table.item(3, 7).text()
    assert status == "Served"
    assert view.coverage.table.item(3, 6).text() == "3"
    assert coverage(store, demo)[3].principle_id == principles[3]["id"]


def test_duplicates_confirm_show_originals_and_unmerge(
    qtbot: Any, store: Store, demo: str, errors: list[str], english: None
) -> None:
    a = add_idea(store, demo, "إشراك الشباب في لجان القيادة")
    b = add_idea(store, demo, "اشراك الشباب فى لجان القيادة")
    view = shown(qtbot, DuplicatesView(store, demo))
    assert isinstance(view, DuplicatesView)
    assert view.suggested.topLevelItemCount() == 1
    group = view.suggested.topLevelItem(0)
    assert [group.child(n).text(0) for n in range(group.childCount())] == [
        "إشراك الشباب في لجان القيادة",
        "اشراك الشباب فى لجان القيادة",
    ]
    view.suggested.setCurrentItem(group.child(1))  # keep the second spelling
    view.merge_button.click()
    assert store.require("idea", a)["merged_into"] == b
    assert view.suggested.topLevelItemCount() == 0
    texts = []
    for n in range(view.merged.topLevelItemCount()):
        top = view.merged.topLevelItem(n)
        texts.append([top.text(0)] + [top.child(k).text(0) for k in range(top.childCount())])
    assert ["اشراك الشباب فى لجان القيادة", "إشراك الشباب في لجان القيادة"] in texts
    merged_top = view.merged.topLevelItem(texts.index(texts[-1] if b in "" else texts[0]))
    for n in range(view.merged.topLevelItemCount()):
        if view.merged.topLevelItem(n).text(0) == "اشراك الشباب فى لجان القيادة":
            merged_top = view.merged.topLevelItem(n)
    assert merged_top.child(0).text(2)  # the original's time is shown
    assert merged_top.child(0).text(3)  # and when it was merged
    view.merged.setCurrentItem(merged_top.child(0))
    view.unmerge_button.click()
    assert store.require("idea", a)["merged_into"] is None
    assert store.require("idea", a)["text"] == "إشراك الشباب في لجان القيادة"
    assert view.suggested.topLevelItemCount() == 1  # suggested again
    view.suggested.setCurrentItem(view.suggested.topLevelItem(0))
    view.dismiss_button.click()
    assert view.suggested.topLevelItemCount() == 0
    assert errors == []


def test_a_dismissed_suggestion_stays_dismissed_when_the_view_is_reopened(
    qtbot: Any, store: Store, demo: str, db_path: Path, errors: list[str], english: None
) -> None:
    a = add_idea(store, demo, "Bourses pour les étudiantes rurales de Figuig")
    b = add_idea(store, demo, "Bourses pour les etudiantes rurales de Figuig")
    view = shown(qtbot, DuplicatesView(store, demo))
    assert isinstance(view, DuplicatesView)
    assert [s.key for s in view.suggestions] == [frozenset((a, b))]
    view.suggested.setCurrentItem(view.suggested.topLevelItem(0))
    view.dismiss_button.click()
    assert view.suggested.topLevelItemCount() == 0
    view.close()
    view.deleteLater()

    reopened = shown(qtbot, DuplicatesView(make_store(db_path), demo))  # another connection
    assert isinstance(reopened, DuplicatesView)
    assert reopened.suggestions == []
    assert reopened.suggested.topLevelItemCount() == 0
    assert not reopened.dismiss_button.isEnabled()
    assert errors == []


def test_actions_create_from_cluster_edit_and_flags(
    qtbot: Any, store: Store, demo: str, errors: list[str], english: None
) -> None:
    view = shown(qtbot, ActionsView(store, demo))
    assert isinstance(view, ActionsView)
    assert view.table.rowCount() == 3
    assert "Example principle 4: sustainability" in view.flag.text()
    cluster = clusters_of(store, demo)[0]
    view.source.setCurrentIndex(view.source.findData(f"cluster:{cluster['id']}"))
    view.create_button.click()
    assert view.table.rowCount() == 4
    action_id = view.current_id()
    assert action_id is not None
    action = store.require("action", action_id)
    assert action["what"] == cluster["name"]
    assert action["cluster_ids"] == [cluster["id"]]
    assert view.what_edit.text() == cluster["name"]
    qtbot.waitUntil(view.what_edit.hasFocus)  # ready to reword it

    view.owner_edit.setText("Fondation Amane")
    view.owner_edit.editingFinished.emit()
    assert store.require("action", action_id)["owner"] == "Fondation Amane"
    view.due_edit.setText("31/12/2025")
    view.due_edit.editingFinished.emit()
    assert errors
    assert "not a date" in errors[-1]
    assert store.require("action", action_id)["due"] is None
    assert view.due_edit.text() == ""  # back to what is stored
    fourth = view.principle_list.item(3)
    fourth.setCheckState(Qt.CheckState.Checked)
    assert (
        principles_of(store, demo)[3]["id"] in store.require("action", action_id)["principle_ids"]
    )
    assert "sustainability" not in view.flag.text()
    view.status_edit.setCurrentIndex(view.status_edit.findData("done"))
    view.status_edit.activated.emit(view.status_edit.currentIndex())
    assert store.require("action", action_id)["status"] == "done"

    view.status_filter.setCurrentIndex(view.status_filter.findData("done"))
    assert view.table.rowCount() == 1
    view.status_filter.setCurrentIndex(0)
    view.filter_edit.setText("amane")
    assert view.table.rowCount() == 2
    assert len(A.list_actions(store, demo)) == 4


def test_decisions_are_saved_as_you_type_and_on_focus_out(
    qtbot: Any, store: Store, demo: str, errors: list[str], english: None
) -> None:
    view = shown(qtbot, DecisionsView(store, demo))
    assert isinstance(view, DecisionsView)
    assert view.workshop_decisions.toPlainText().startswith("اعتماد ثلاث أولويات")
    view.workshop_summary.setFocus()
    qtbot.waitUntil(view.workshop_summary.hasFocus)
    view.workshop_summary.selectAll()
    qtbot.keyClicks(view.workshop_summary, "Synthese validee")
    qtbot.waitUntil(
        lambda: store.require("workshop", demo)["summary"] == "Synthese validee", timeout=3000
    )
    assert "Saved" in view.saved_label.text()

    view.agenda_choice.setCurrentIndex(4)
    item = view.agenda_choice.currentData()
    view.agenda_decisions.setFocus()
    qtbot.waitUntil(view.agenda_decisions.hasFocus)
    qtbot.keyClicks(view.agenda_decisions, "Vote a main levee")
    view.agenda_summary.setFocus()  # leaving the box saves at once, no waiting
    qtbot.waitUntil(view.agenda_summary.hasFocus)
    assert store.require("agenda", item)["decisions"] == "Vote a main levee"
    qtbot.keyClicks(view.agenda_summary, "Resume")
    view.agenda_choice.setCurrentIndex(0)  # switching item saves the one typed into
    assert store.require("agenda", item)["summary"] == "Resume"
    assert view.agenda_summary.toPlainText() == ""
    assert errors == []


def test_a_strength_clash_from_two_laptops_shows_in_the_matrix(
    qtbot: Any, tmp_path: Any, errors: list[str], english: None
) -> None:
    import json

    from sim_facilitator.engine.oplog import insert_ops, reproject
    from tests.helpers.stores import make_store

    one, two = make_store(tmp_path / "one.db"), make_store(tmp_path / "two.db")
    w = create_demo(one)

    def sync(src: Store, dst: Store) -> None:
        ops = [(i, json.loads(b)) for i, b in src.db.execute("SELECT op_id, body FROM ops")]
        with dst.transaction():
            insert_ops(dst.db, ops)
            reproject(dst.db, {(o["entity"], o["id"]) for _, o in ops})

    sync(one, two)
    idea = live_ideas(one, w)[0]["id"]
    principle = principles_of(one, w)[3]["id"]
    set_strength(one, "idea", idea, principle, 1)
    set_strength(two, "idea", idea, principle, 3)
    sync(two, one)
    matrix = shown(qtbot, MappingMatrix(one, w))
    assert isinstance(matrix, MappingMatrix)
    model = matrix.mapping_model
    row = next(n for n, r in enumerate(model.rows) if r.id == idea)
    index = model.index(row, 4)
    assert model.data(index).startswith("\u26a0")
    assert "1, 3" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    matrix.setCurrentIndex(index)
    matrix.setFocus()
    qtbot.waitUntil(matrix.hasFocus)
    press(qtbot, matrix, Key.Key_3)  # the facilitator settles it
    assert not model.data(index).startswith("\u26a0")
    assert conflicted_mappings(one, w) == set()


def test_a_whole_cluster_maps_by_dropping_its_name_or_by_keyboard(
    qtbot: Any, store: Store, demo: str, errors: list[str]
) -> None:
    from sim_facilitator.ui.organise.board_idea_model import cluster_to_mime

    board = shown(qtbot, ClusterBoard(store, demo))
    assert isinstance(board, ClusterBoard)
    clusters = cluster_ids(store, demo)
    principles = [p["id"] for p in principles_of(store, demo)]
    assert board.zones[3].accept_mime(cluster_to_mime(clusters[0]))
    assert strengths(store, demo)[(clusters[0], principles[3])] == 2
    assert coverage(store, demo)[3].clusters == 1
    board.undo_stack.undo()
    assert (clusters[0], principles[3]) not in strengths(store, demo)

    column = board.column_for(clusters[1])
    assert column is not None
    board.focus_cluster(clusters[1])
    qtbot.waitUntil(column.view.hasFocus)
    press(qtbot, board, Key.Key_5, CTRL | ALT)
    assert strengths(store, demo)[(clusters[1], principles[4])] == 2
    assert errors == []


def test_the_whole_organise_step_with_the_keyboard_alone(
    qtbot: Any, store: Store, demo: str, names: list[str], errors: list[str], english: None
) -> None:
    view = shown(qtbot, OrganiseView(store, demo))
    assert isinstance(view, OrganiseView)
    board = view.board
    board.columns[0].view.setFocus()  # where the tab puts the user when it opens
    qtbot.waitUntil(board.columns[0].view.hasFocus)
    loose = board.columns[0].model.ids()
    press(qtbot, view, Key.Key_Home)
    press(qtbot, view, Key.Key_Down, SHIFT)
    press(qtbot, view, Key.Key_Down, SHIFT)
    names.append("Mobilisation")
    press(qtbot, view, Key.Key_G, CTRL)
    cluster = cluster_ids(store, demo)[-1]
    assert [i for i in loose if store.require("idea", i)["cluster_id"] == cluster] == loose[:3]
    press(qtbot, view, Key.Key_4, CTRL | ALT)  # the new cluster serves principle 4

    press(qtbot, view, Key.Key_Tab, CTRL)  # to the mapping matrix
    assert view.tabs.currentWidget() is view.matrix
    qtbot.waitUntil(view.matrix.hasFocus)
    model = view.matrix.mapping_model
    row = next(n for n, r in enumerate(model.rows) if r.id == cluster)
    assert model.strength_at(row, 4) == 2
    press(qtbot, view, Key.Key_Home, CTRL)
    for _ in range(row):
        press(qtbot, view, Key.Key_Down)
    for _ in range(4):
        press(qtbot, view, Key.Key_Right)
    press(qtbot, view, Key.Key_3)
    assert strengths(store, demo)[(cluster, principles_of(store, demo)[3]["id"])] == 3

    press(qtbot, view, Key.Key_Tab, CTRL)  # coverage now shows principle 4 served
    assert view.tabs.currentWidget() is view.coverage
    assert view.coverage.flagged_names() == []
    assert view.coverage.table.item(3, 2).text() == "1"  # one cluster
    assert errors == []
