"""The whole workshop with the keyboard alone, in the real main window on the demo workshop:
open it, capture an idea, cluster it, map the cluster, vote on it, print the minutes.

Every step is a key press sent to the active window (Tab to move between controls,
Space to press a button, the views' own shortcuts); the only things not typed are
the answers to the name prompt (QInputDialog is patched, as in the other GUI tests)
and the window manager's job of activating a window that opens.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.organise.mappings import strengths
from sim_facilitator.domain.organise.reads import clusters_of, live_ideas, principles_of
from sim_facilitator.domain.votes.ballots import ballots_cast
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture.capture_view import CaptureView
from sim_facilitator.ui.organise.organise_view import OrganiseView
from sim_facilitator.ui.shell.application import set_language
from sim_facilitator.ui.shell.main_window import MainWindow
from sim_facilitator.ui.shell.settings import Settings
from sim_facilitator.ui.shell.workspace_page import View
from sim_facilitator.ui.votes.votes_view import VotesView

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def english() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_language(app, "en")
    yield
    set_language(app, "en")


@pytest.fixture
def prompts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    answers: list[str] = []

    def get_text(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        return (answers.pop(0), True) if answers else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return answers


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def box(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(box))
    return shown


class Keyboard:
    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot

    def window(self) -> QWidget:
        focus = QApplication.focusWidget()
        window = focus.window() if focus is not None else QApplication.activeWindow()
        assert window is not None, "no window has the keyboard"
        return window

    def press(self, key: Qt.Key, mods: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        for _ in range(times):
            handle = self.window().windowHandle()
            assert handle is not None
            self.qtbot.keyClick(handle, key, mods)

    def type(self, text: str) -> None:
        focus = QApplication.focusWidget()
        assert focus is not None
        self.qtbot.keyClicks(focus, text)

    def tab_to(self, target: QWidget, limit: int = 150) -> None:
        """Tab until ``target`` has the focus: it is reachable by keyboard."""
        for _ in range(limit):
            if target.hasFocus():
                return
            self.press(Key.Key_Tab)
        raise AssertionError(f"{type(target).__name__} cannot be reached with Tab")

    def activate(self, window: QWidget) -> None:
        """What the window manager does when a window opens."""
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow)


def test_capture_cluster_map_vote_minutes_with_the_keyboard_alone(
    qtbot: Any,
    store: Store,
    tmp_path: Path,
    english: None,
    prompts: list[str],
    warnings: list[str],
) -> None:
    demo = create_demo(store)
    keys = Keyboard(qtbot)
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    keys.activate(window)

    # -- open the demo workshop from the home screen ---------------------------------
    keys.tab_to(window.home.table)
    keys.press(Key.Key_Home)
    keys.press(Key.Key_Space)  # selects the row under the cursor
    keys.tab_to(window.home.open_button)
    keys.press(Key.Key_Space)
    page = window.workspace
    assert page is not None
    assert page.workshop_id == demo

    def go_to_tab(cls: type[View]) -> View:
        view = page.view_of(cls)
        assert view is not None
        keys.tab_to(page.tabs.tabBar())
        while page.tabs.currentWidget() is not view:
            keys.press(Key.Key_Right)
        return view

    # -- capture ----------------------------------------------------------------------
    capture = go_to_tab(CaptureView)
    keys.tab_to(capture.entry)
    keys.type("Keyboard idea: a ride-sharing board for volunteers")
    keys.press(Key.Key_Return)
    new = next(
        i["id"]
        for i in live_ideas(store, demo)
        if i["text"] == "Keyboard idea: a ride-sharing board for volunteers"
    )

    # -- cluster: the new idea and the one below it ---------------------------------------
    organise = go_to_tab(OrganiseView)
    board = organise.board
    loose = board.columns[0]
    keys.tab_to(loose.view)
    row = loose.model.ids().index(new)
    keys.press(Key.Key_Home)
    keys.press(Key.Key_Down, times=row)
    keys.press(Key.Key_Down, SHIFT)
    prompts.append("Mobility")
    keys.press(Key.Key_G, CTRL)
    cluster = next(c["id"] for c in clusters_of(store, demo) if c["name"] == "Mobility")
    assert store.require("idea", new)["cluster_id"] == cluster
    keys.press(Key.Key_1, CTRL | ALT)  # the whole cluster serves principle 1

    # -- map: strength 3 in the matrix ----------------------------------------------------
    keys.press(Key.Key_Tab, CTRL)
    matrix = organise.matrix
    assert organise.tabs.currentWidget() is matrix
    qtbot.waitUntil(matrix.hasFocus)
    cluster_row = next(n for n, r in enumerate(matrix.mapping_model.rows) if r.id == cluster)
    # (move with the arrows)
    delta = cluster_row - matrix.currentIndex().row()
    keys.press(Key.Key_Down if delta > 0 else Key.Key_Up, times=abs(delta))
    keys.press(Key.Key_Home)
    keys.press(Key.Key_Right)
    keys.press(Key.Key_3)
    first_principle = principles_of(store, demo)[0]["id"]
    assert strengths(store, demo)[(cluster, first_principle)] == 3

    # -- vote: a new round on the clusters, one ballot, closed ----------------------------
    votes = go_to_tab(VotesView)
    keys.tab_to(votes.new_button)
    keys.press(Key.Key_Space)
    assert votes.title_edit.hasFocus()
    keys.type("Keyboard vote")
    keys.press(Key.Key_Return)
    round_id = votes.round_id
    keys.tab_to(votes.kind_combo)
    keys.press(Key.Key_Down)  # ideas -> clusters
    qtbot.waitUntil(lambda: store.require("round", round_id)["target_kind"] == "cluster")
    keys.tab_to(votes.options_list)
    keys.press(Key.Key_Home)
    keys.press(Key.Key_Space)  # the first cluster
    labels = [votes.options_list.item(n).data(0x0100) for n in range(votes.options_list.count())]
    target = labels.index(cluster)
    # (checking an option reloads the list and loses the cursor: start again from the top)
    keys.press(Key.Key_Home)
    keys.press(Key.Key_Down, times=target if target else 1)
    keys.press(Key.Key_Space)
    qtbot.waitUntil(lambda: cluster in store.require("round", round_id)["options"])
    assert len(store.require("round", round_id)["options"]) == 2
    keys.tab_to(votes.open_button)
    keys.press(Key.Key_Space)
    assert store.require("round", round_id)["status"] == "open"
    keys.tab_to(votes.ballot_button)
    keys.press(Key.Key_Space)
    screen: Any = votes.windows[-1]
    keys.activate(screen)
    keys.tab_to(screen.start_button)
    keys.press(Key.Key_Space)
    keys.tab_to(screen.roster_combo)
    keys.press(Key.Key_Down)
    keys.tab_to(screen.identify_button)
    keys.press(Key.Key_Space)
    keys.tab_to(screen.inputs[cluster])
    keys.type("2")
    keys.tab_to(screen.next_button)
    keys.press(Key.Key_Space)
    keys.tab_to(screen.confirm_button)
    keys.press(Key.Key_Space)
    assert ballots_cast(store, round_id) == 1
    screen.close()  # the facilitator takes the laptop back
    keys.activate(window)
    keys.tab_to(votes.close_button)
    keys.press(Key.Key_Space)
    assert store.require("round", round_id)["status"] == "closed"
    # one ballot is too few to show results on screen: read the ballot itself
    ballots = [b for b in store.in_workshop("ballot", demo) if b["round_id"] == round_id]
    assert [b["choices"] for b in ballots] == [{cluster: 2}]

    # -- minutes ----------------------------------------------------------------------------
    from sim_facilitator.ui.record.minutes_dialog import MinutesDialog

    keys.press(Key.Key_P, CTRL | ALT)
    qtbot.waitUntil(lambda: window.findChild(MinutesDialog) is not None)
    dialog = window.findChild(MinutesDialog)
    assert dialog is not None
    keys.activate(dialog)
    target_pdf = tmp_path / "minutes.pdf"
    keys.tab_to(dialog.file_edit)
    keys.press(Key.Key_A, CTRL)
    keys.type(str(target_pdf))
    keys.tab_to(dialog.generate_button)
    keys.press(Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
    assert target_pdf.read_bytes().startswith(b"%PDF-")
    assert warnings == []


# -- what a screen reader reads, step by step ---------------------------------------------
def reads(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its label (a buddy, through the labelled-by
    relation, as Orca reads a field) or its name, then the item under the cursor of a
    list or table."""
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    labels = [
        other.text(QAccessible.Text.Name)
        for other, _relation in interface.relations(QAccessible.RelationFlag.Label)
    ]
    name = interface.text(QAccessible.Text.Name)
    said = [t.replace("&", "").strip() for t in [*labels, name] if t]
    child = interface.focusChild()
    if child is not None and child is not interface and child.text(QAccessible.Text.Name):
        said.append(child.text(QAccessible.Text.Name))
    return " | ".join(dict.fromkeys(said))


def heard() -> list[str]:
    from sim_facilitator.ui.common.announce import HEARD

    return list(HEARD)


def open_tab(keys: Keyboard, window: MainWindow, cls: type[View]) -> View:
    keys.tab_to(window.home.table)
    keys.press(Key.Key_Home)
    keys.press(Key.Key_Space)
    keys.tab_to(window.home.open_button)
    keys.press(Key.Key_Space)
    page = window.workspace
    assert page is not None
    view = page.view_of(cls)
    assert view is not None
    keys.tab_to(page.tabs.tabBar())
    while page.tabs.currentWidget() is not view:
        keys.press(Key.Key_Right)
    return view


def test_the_capture_loop_by_keyboard_with_what_a_screen_reader_reads(
    qtbot: Any, store: Store, tmp_path: Path, english: None, warnings: list[str]
) -> None:
    """Type and save, review the last ideas, fix an author, change the question: Tab and
    the arrows only, with what is said at each step."""
    demo = create_demo(store)
    keys = Keyboard(qtbot)
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    keys.activate(window)
    capture = open_tab(keys, window, CaptureView)
    assert isinstance(capture, CaptureView)
    keys.tab_to(capture.entry)  # the tab opens with the idea box focused
    assert reads(capture.entry).startswith("Idea")

    # type and save: the save is announced with the count
    keys.type("Shared rides to the weekly market")
    keys.press(Key.Key_Return)
    total = capture.model.rowCount()
    assert heard()[-1] == f"Idea saved: {total} ideas in all."

    # change the question: Tab reaches it, its label is read, then its value
    keys.press(Key.Key_Tab)
    assert capture.question_box.hasFocus()
    assert reads(capture.question_box).startswith("Question (")
    keys.press(Key.Key_Down)
    chosen = capture.question_box.currentText()
    assert chosen in reads(capture.question_box)
    question = capture.question_id()
    assert question is not None
    assert capture.entry.hasFocus()  # a question chosen: back to typing

    # the author: a name nobody present has is refused and said; then fixed
    keys.tab_to(capture.author_edit)
    assert reads(capture.author_edit).startswith("Author (")
    keys.type("Nobody by this name")
    keys.press(Key.Key_Return)
    assert heard()[-1].startswith("No participant present is called")
    person = next(  # a Latin name: the test's key presses are ASCII
        p
        for p in store.in_workshop("participant", demo)
        if p["present"] is not False and p["name"].isascii()
    )
    keys.press(Key.Key_A, CTRL)
    keys.type(person["name"])
    if capture.completer.popup().isVisible():  # the type-ahead list: Escape closes it
        keys.press(Key.Key_Escape)
        keys.activate(window)  # the offscreen platform does not give the window back
    assert capture.author_edit.hasFocus()
    keys.press(Key.Key_Return)  # the full name typed: back to the text box
    assert capture.entry.hasFocus()
    keys.type("Keyboard-only idea with an author")
    keys.press(Key.Key_Return)
    saved = next(
        i for i in live_ideas(store, demo) if i["text"] == "Keyboard-only idea with an author"
    )
    assert saved["author_id"] == person["id"]
    assert saved["question_id"] == question
    assert heard()[-1] == f"Idea saved: {total + 1} ideas in all."

    # review the last ideas: Tab on to the list, Ctrl+End to the latest, Up for the one before
    keys.press(Key.Key_Tab, times=3)
    assert capture.table.hasFocus()
    keys.press(Key.Key_End, CTRL)  # the last cell of the last row: its author
    assert reads(capture.table).endswith(person["name"])
    keys.press(Key.Key_Home)  # the first cell of the row: the idea itself
    assert "Keyboard-only idea with an author" in reads(capture.table)
    keys.press(Key.Key_Up)
    assert "Shared rides to the weekly market" in reads(capture.table)
    assert warnings == []


def test_a_secret_ballot_by_keyboard_with_what_a_screen_reader_reads(
    qtbot: Any, store: Store, tmp_path: Path, english: None, warnings: list[str]
) -> None:
    """Set up, open, cast, close and reveal a secret ballot round with the keyboard, each
    step said: field labels, the ballot read back, the count and the results."""
    create_demo(store)
    keys = Keyboard(qtbot)
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    keys.activate(window)
    votes = open_tab(keys, window, VotesView)
    assert isinstance(votes, VotesView)

    # set up: each field is read by its label, not by the "Settings" box around it
    keys.tab_to(votes.new_button)
    keys.press(Key.Key_Space)
    assert votes.title_edit.hasFocus()
    assert reads(votes.title_edit).startswith("Question")
    keys.press(Key.Key_A, CTRL)
    keys.type("Which two ideas first?")
    keys.press(Key.Key_Return)
    round_id = votes.round_id
    assert round_id is not None
    keys.tab_to(votes.method_combo)
    assert reads(votes.method_combo).startswith("Method")
    keys.tab_to(votes.options_list)
    assert reads(votes.options_list).startswith("Options")
    for row in range(3):
        keys.press(Key.Key_Home)
        keys.press(Key.Key_Down, times=row)
        keys.press(Key.Key_Space)
    qtbot.waitUntil(lambda: len(store.require("round", round_id)["options"]) == 3)

    # open: announced
    keys.tab_to(votes.open_button)
    keys.press(Key.Key_Space)
    assert store.require("round", round_id)["status"] == "open"
    assert heard()[-1] == "The vote is open."

    # cast: three voters in turn on the ballot screen
    keys.tab_to(votes.ballot_button)
    keys.press(Key.Key_Space)
    screen: Any = votes.windows[-1]
    keys.activate(screen)
    for voter in range(1, 4):
        keys.tab_to(screen.start_button)
        assert reads(screen.start_button) == "I am ready to vote"
        keys.press(Key.Key_Space)
        assert screen.roster_combo.hasFocus()
        assert reads(screen.roster_combo).startswith("My name (checked in)")
        keys.press(Key.Key_Down, times=voter)
        keys.tab_to(screen.identify_button)
        keys.press(Key.Key_Space)
        first = next(iter(screen.inputs))
        keys.tab_to(screen.inputs[first])
        assert reads(screen.inputs[first])  # the option's own label
        keys.type("2")
        keys.tab_to(screen.next_button)
        keys.press(Key.Key_Space)
        read_back = heard()[-1].splitlines()
        assert read_back[0] == "Is this your ballot?"
        assert any(line.endswith(": 2") for line in read_back[1:])
        keys.tab_to(screen.confirm_button)
        keys.press(Key.Key_Space)
        assert heard()[-1] == "Thank you. Your ballot is recorded."
    assert ballots_cast(store, round_id) == 3
    screen.close()
    keys.activate(window)

    # close: the count is said; reveal: the results table reads the winner first
    keys.tab_to(votes.close_button)
    keys.press(Key.Key_Space)
    assert store.require("round", round_id)["status"] == "closed"
    assert heard()[-1] == "The vote is closed: 3 ballots cast."
    results = votes.results_box.table
    keys.tab_to(results)
    keys.press(Key.Key_Home, CTRL)
    keys.press(Key.Key_Right)  # rank, then the option
    assert reads(results).startswith("Results")
    assert results.item(0, 1) is not None
    assert results.item(0, 1).text() in reads(results)
    assert warnings == []
