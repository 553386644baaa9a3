"""The room from the desktop: open it from the Session menu, phones join and send ideas
and ballots (real HTTP to 127.0.0.1), the facilitator moderates, and the room stops
with the workshop, the window and the app."""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from sim_facilitator.domain.votes.ballots import issue_numbers
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.room.ballots import phone_voting
from sim_facilitator.ui.capture.capture_view import CaptureView
from sim_facilitator.ui.capture.idea_model import AUTHOR, TEXT
from sim_facilitator.ui.shell.main_window import MainWindow
from sim_facilitator.ui.shell.settings import Settings
from sim_facilitator.ui.votes.votes_view import VotesView
from tests.unit.test_room_server_support import Phone, Workshop, make_round, make_workshop

SECOND = 1000  # ms: an idea from a phone is on the screens within one second


def accepts_connections(port: int) -> bool:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        conn.request("GET", "/")
        conn.getresponse().read()
        return True
    except OSError:
        return False
    finally:
        conn.close()


@pytest.fixture
def workshop(store: Store) -> Workshop:
    return make_workshop(store)


@pytest.fixture
def window(qtbot, store: Store, db_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(store, Settings(tmp_path / "room.ini"), db_path=db_path)
    win.room_host = "127.0.0.1"  # tests listen on loopback only
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_room()


def open_room(qtbot, window: MainWindow, workshop_id: str) -> Phone:
    window.open_workshop(workshop_id)
    assert window.open_room_action.isEnabled()
    assert not window.close_room_action.isEnabled()
    window.open_room_action.trigger()
    qtbot.waitUntil(lambda: window.join_screen is not None, timeout=5 * SECOND)
    room = window.room
    assert room is not None
    assert room.info is not None
    return Phone(room.info.port, room.info.code, "fr")


def capture_of(window: MainWindow) -> CaptureView:
    assert window.workspace is not None
    view = window.workspace.view_of(CaptureView)
    assert view is not None
    window.workspace.tabs.setCurrentWidget(view)
    return view


def row_texts(view: CaptureView) -> dict[str, str]:
    """Idea text -> what the author column says, for every row of the list."""
    model = view.model
    return {
        str(model.data(model.index(r, TEXT))): str(model.data(model.index(r, AUTHOR)) or "")
        for r in range(model.rowCount())
    }


def test_open_the_room_shows_the_join_screen(qtbot, window: MainWindow, workshop: Workshop):
    phone = open_room(qtbot, window, workshop.id)
    screen = window.join_screen
    assert screen is not None
    assert screen.isVisible()
    assert window.close_room_action.isEnabled()
    assert window.room_status.isVisible()
    assert phone.code in window.room_status.text()
    panel = screen.panel
    assert panel.code_label.text().replace(" ", "").strip("\u2066\u2069") == phone.code
    assert f"127.0.0.1:{phone.port}" in panel.address_label.text()
    assert panel.qr.modules() >= 21  # a QR code of the join address
    assert panel.qr.text.endswith(f"?room={phone.code}")
    # Only loopback here: no address to choose.
    assert screen.address_combo.isHidden()
    # A phone that looks at the room is counted, on the join screen and in the menu bar.
    phone.state()
    qtbot.waitUntil(lambda: panel.phones == 1, timeout=2 * SECOND)
    qtbot.waitUntil(lambda: "1" in window.room_status.text())
    # Opening again shows the same room.
    window.open_room_action.trigger()
    assert window.room is not None
    assert window.room.info is not None
    assert window.room.info.code == phone.code


def test_a_phone_idea_reaches_the_capture_list_and_the_projector(
    qtbot, window: MainWindow, workshop: Workshop
):
    phone = open_room(qtbot, window, workshop.id)
    view = capture_of(window)
    projector = window.show_projector()
    assert projector is not None
    status, _ = phone.idea("Une navette pour le souk", name="Salma")
    assert status in (200, 201)
    qtbot.waitUntil(lambda: "Une navette pour le souk" in row_texts(view), timeout=SECOND)
    author = row_texts(view)["Une navette pour le souk"]
    assert "Salma" in author
    assert "Phone" in author
    qtbot.waitUntil(
        lambda: any("Une navette pour le souk" in t for t in projector.shown_option_labels()),
        timeout=SECOND,
    )
    assert any("Salma" in t for t in projector.shown_option_labels())
    # The laptop's own capture goes on as before.
    view.entry.setPlainText("Une idée tapée")
    assert view.save_entry() is not None
    assert "Une idée tapée" in row_texts(view)


def test_moderation_holds_phone_ideas_until_approved(qtbot, window: MainWindow, workshop: Workshop):
    phone = open_room(qtbot, window, workshop.id)
    screen = window.join_screen
    assert screen is not None
    screen.moderation_check.setChecked(True)
    assert window.room is not None
    assert window.room.moderated
    view = capture_of(window)
    projector = window.show_projector()
    assert projector is not None
    phone.idea("Une idée à vérifier", name="Karim")
    phone.idea("Une idée hors sujet")
    queue = view.moderation
    qtbot.waitUntil(lambda: len(queue.ids()) == 2, timeout=SECOND)
    assert queue.isVisible()
    qtbot.waitUntil(lambda: "Une idée hors sujet" in row_texts(view), timeout=SECOND)
    assert "waiting for approval" in row_texts(view)["Une idée à vérifier"]
    labels = " ".join(projector.shown_option_labels())
    assert "vérifier" not in labels
    assert "hors sujet" not in labels
    # Keyboard: the list and its buttons are reachable and named.
    assert queue.approve_button.accessibleName()
    assert queue.hide_button.accessibleName()
    assert queue.list.focusPolicy() != Qt.FocusPolicy.NoFocus
    # Enter on the first approves it; Delete on the next hides it.
    queue.list.setCurrentRow(0)
    first = queue.current_id()
    qtbot.keyClick(queue.list, Qt.Key.Key_Return)
    assert first not in queue.ids()
    queue.list.setCurrentRow(0)
    qtbot.keyClick(queue.list, Qt.Key.Key_Delete)
    assert queue.ids() == []
    assert queue.isHidden()
    texts = row_texts(view)
    assert "hidden" in texts["Une idée hors sujet"]
    assert "waiting" not in texts["Une idée à vérifier"]
    projector.refresh()
    labels = " ".join(projector.shown_option_labels())
    assert "Une idée à vérifier" in labels
    assert "hors sujet" not in labels


def test_ballot_count_on_the_projector_and_phone_voting_in_the_votes_tab(
    qtbot, window: MainWindow, store: Store, workshop: Workshop
):
    round_id = make_round(store, workshop)
    phone = open_room(qtbot, window, workshop.id)
    assert window.workspace is not None
    votes = window.workspace.view_of(VotesView)
    assert votes is not None
    votes.refresh()
    box = votes.phone_box
    assert box.mode() == "none"
    assert box.poll_check.isVisibleTo(votes)
    box.poll_check.setChecked(True)  # informal poll: one phone, one vote
    row = store.require("round", round_id)
    assert phone_voting(row) == "browser"
    assert box.warning.text()  # not a secret ballot: said plainly
    projector = window.show_projector()
    assert projector is not None
    assert projector.count.ballots == 0
    status, payload = phone.ballot(round_id, {workshop.options[0]: 1})
    assert status in (200, 201), payload
    qtbot.waitUntil(lambda: projector.count.ballots == 1, timeout=SECOND)
    assert projector.count.isVisible()
    assert workshop.options[0] not in projector.count.text()
    # With one-time numbers phones use the voter codes, and the poll box goes away.
    box.poll_check.setChecked(False)
    other = make_round(store, workshop, open_it=False)
    issue_numbers(store, other, 3)
    box.load(store.require("round", other))
    assert box.mode() == "numbers"
    assert box.poll_check.isHidden()
    assert "one-time" in box.explain.text()


def test_the_room_stops_when_closed_from_the_menu(qtbot, window: MainWindow, workshop: Workshop):
    phone = open_room(qtbot, window, workshop.id)
    assert accepts_connections(phone.port)
    window.close_room_action.trigger()
    assert not accepts_connections(phone.port)
    assert window.join_screen is None or not window.join_screen.isVisible()
    assert window.room_status.isHidden()
    assert not window.close_room_action.isEnabled()


def test_the_room_stops_when_the_workshop_is_closed(
    qtbot, window: MainWindow, store: Store, workshop: Workshop
):
    phone = open_room(qtbot, window, workshop.id)
    window.show_home()
    assert not accepts_connections(phone.port)
    phone = open_room(qtbot, window, workshop.id)
    window.open_workshop(create_workshop(store, "Un autre atelier"))
    assert not accepts_connections(phone.port)
    assert not window.room_is_open()


def test_the_room_stops_when_the_window_closes(qtbot, window: MainWindow, workshop: Workshop):
    phone = open_room(qtbot, window, workshop.id)
    window.close()
    assert not accepts_connections(phone.port)


def test_the_room_stops_when_the_app_quits(qtbot, window: MainWindow, workshop: Workshop):
    phone = open_room(qtbot, window, workshop.id)
    app = QApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()  # what QApplication.quit() sends before the loop ends
    assert not accepts_connections(phone.port)


def test_a_room_that_cannot_open_says_why(qtbot, window: MainWindow, workshop: Workshop):
    window.open_workshop(workshop.id)
    window.room_host = "8.8.8.8"  # a public address: refused before anything listens
    window.open_room()
    assert "8.8.8.8" in window.room_error
    assert not window.room_is_open()
    assert window.join_screen is None
    assert window.room_status.isHidden()


def test_the_join_screen_is_translated(qtbot, window: MainWindow, workshop: Workshop):
    open_room(qtbot, window, workshop.id)
    screen = window.join_screen
    assert screen is not None
    app = QCoreApplication.instance()
    from sim_facilitator.ui.shell.application import set_language

    assert isinstance(app, QApplication)
    try:
        set_language(app, "fr")
        assert screen.close_button.text() == "Fermer la salle"
        set_language(app, "ar")
        assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "\u0627" in screen.panel.heading.text() or "ال" in screen.panel.heading.text()
    finally:
        set_language(app, "en")
