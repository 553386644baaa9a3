"""Live sync from the desktop: two laptops (two databases, two windows, one process)
pair through the room's pairing code and fingerprints, then stay in step (real HTTP on
127.0.0.1), across the room being closed and reopened; a wrong code is refused in the
user's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import own_fingerprint, trusted_devices
from sim_facilitator.ui.capture.capture_view import CaptureView
from sim_facilitator.ui.capture.idea_model import TEXT
from sim_facilitator.ui.room.join_room_dialog import COMPARE, FIND, JoinRoomDialog
from sim_facilitator.ui.room.pairing_dialog import PairingDialog
from sim_facilitator.ui.shell.application import set_language
from sim_facilitator.ui.shell.main_window import MainWindow
from sim_facilitator.ui.shell.settings import Settings
from tests.helpers.stores import make_store
from tests.unit.test_room_server_support import Workshop, make_workshop

pytestmark = pytest.mark.gui

SECOND = 1000  # ms


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    set_language(qapp, "en")
    yield qapp
    set_language(qapp, "en")  # other tests read English


@pytest.fixture
def workshop(store: Store) -> Workshop:
    return make_workshop(store)


@pytest.fixture
def room_window(
    qtbot, english, store: Store, db_path: Path, tmp_path: Path
) -> Iterator[MainWindow]:
    """The facilitator's laptop (A)."""
    win = MainWindow(store, Settings(tmp_path / "room.ini"), db_path=db_path)
    win.room_host = "127.0.0.1"  # tests listen on loopback only
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_room()


@pytest.fixture
def taker_store(tmp_path: Path) -> Store:
    return make_store(tmp_path / "note-taker.db")


@pytest.fixture
def taker(qtbot, english, taker_store: Store, tmp_path: Path) -> Iterator[MainWindow]:
    """The note-taker's laptop (B): an empty database of its own."""
    win = MainWindow(
        taker_store, Settings(tmp_path / "taker.ini"), db_path=tmp_path / "note-taker.db"
    )
    win.room_discovery = False  # no mDNS in tests: the address is typed
    qtbot.addWidget(win)
    win.show()
    yield win
    win.leave_room()


def open_room(qtbot, window: MainWindow, workshop_id: str) -> str:
    """Open the room; the address a note-taker types."""
    window.open_workshop(workshop_id)
    window.open_room_action.trigger()
    qtbot.waitUntil(lambda: window.join_screen is not None, timeout=5 * SECOND)
    assert window.room is not None
    assert window.room.info is not None
    return f"127.0.0.1:{window.room.info.port}"


def pairing_code(window: MainWindow) -> str:
    assert window.join_screen is not None
    panel = window.join_screen.laptops
    panel.refresh()
    assert len(panel.code) == 6
    return panel.code


def join_dialog(window: MainWindow, url: str, code: str) -> JoinRoomDialog:
    window.join_room_action.trigger()
    dialog = window.join_dialog
    assert dialog is not None
    assert dialog.page == FIND
    dialog.address_edit.setText(url)
    dialog.code_edit.setText(code)
    dialog.name_edit.setText("Laptop of Salma")
    dialog.next_button.click()
    return dialog


def capture_of(window: MainWindow) -> CaptureView:
    assert window.workspace is not None
    view = window.workspace.view_of(CaptureView)
    assert view is not None
    window.workspace.tabs.setCurrentWidget(view)
    return view


def texts(view: CaptureView) -> set[str]:
    model = view.model
    return {str(model.data(model.index(r, TEXT))) for r in range(model.rowCount())}


def type_idea(view: CaptureView, text: str) -> None:
    view.entry.setPlainText(text)
    assert view.save_entry() is not None


def pair(qtbot, room_window: MainWindow, taker: MainWindow, url: str) -> None:
    """B types A's code, both compare fingerprints, A confirms: B syncs."""
    dialog = join_dialog(taker, url, pairing_code(room_window))
    qtbot.waitUntil(lambda: dialog.page == COMPARE, timeout=5 * SECOND)
    assert own_fingerprint(room_window.store) in dialog.room_fingerprint.text()
    assert own_fingerprint(taker.store) in dialog.own_fingerprint.text()
    dialog.pair_button.click()
    qtbot.waitUntil(lambda: len(room_window.pairing_dialogs) == 1, timeout=5 * SECOND)
    question = next(iter(room_window.pairing_dialogs.values()))
    assert isinstance(question, PairingDialog)
    assert question.isVisible()
    assert question.refuse_button.isDefault()  # Enter refuses
    assert not question.confirm_button.isDefault()
    assert "Laptop of Salma" in question.name_label.text()
    assert own_fingerprint(taker.store) in question.their_fingerprint.text()
    assert own_fingerprint(room_window.store) in question.own_fingerprint.text()
    question.confirm_button.click()
    qtbot.waitUntil(taker.in_a_room, timeout=5 * SECOND)
    assert taker.join_dialog is None or not taker.join_dialog.isVisible()


def test_two_laptops_pair_and_stay_in_step(
    qtbot, room_window: MainWindow, taker: MainWindow, taker_store: Store, workshop: Workshop
) -> None:
    url = open_room(qtbot, room_window, workshop.id)
    assert not taker.leave_room_action.isEnabled()
    pair(qtbot, room_window, taker, url)
    assert taker.leave_room_action.isEnabled()
    assert [d.label for d in trusted_devices(room_window.store)] == ["Laptop of Salma"]
    status = taker.sync_status
    qtbot.waitUntil(lambda: status.status == "connected", timeout=5 * SECOND)
    assert status.isVisible()
    assert status.text().startswith("Connected · last synced")
    # The workshop arrives on the note-taker's laptop: the list of workshops shows it.
    qtbot.waitUntil(
        lambda: taker_store.get("workshop", workshop.id) is not None, timeout=5 * SECOND
    )
    taker.open_workshop(workshop.id)
    theirs, ours = capture_of(taker), capture_of(room_window)
    assert "Idée 0" in texts(theirs)
    # Both ways, within two seconds.
    type_idea(ours, "Un bus pour le souk")
    qtbot.waitUntil(lambda: "Un bus pour le souk" in texts(theirs), timeout=2 * SECOND)
    type_idea(theirs, "Une crèche au quartier")
    qtbot.waitUntil(lambda: "Une crèche au quartier" in texts(ours), timeout=2 * SECOND)
    # The facilitator sees the laptop, by its name, with its last sync.
    assert room_window.join_screen is not None
    laptops = room_window.join_screen.laptops
    qtbot.waitUntil(lambda: "Laptop of Salma" in laptops.list_label.text(), timeout=2 * SECOND)
    assert "last synced" in laptops.list_label.text()
    # The room closes: the note-taker goes on alone, and says so.
    room_window.close_room()
    qtbot.waitUntil(lambda: status.status == "offline", timeout=10 * SECOND)
    assert status.text().startswith("Offline")
    type_idea(theirs, "Idée tapée hors ligne")
    # It reopens (on the same address): the note-taker catches up by itself.
    room_window.open_room_action.trigger()
    qtbot.waitUntil(lambda: room_window.join_screen is not None, timeout=5 * SECOND)
    assert room_window.room is not None
    assert room_window.room.info is not None
    assert f"127.0.0.1:{room_window.room.info.port}" == url
    qtbot.waitUntil(lambda: status.status == "connected", timeout=10 * SECOND)
    qtbot.waitUntil(lambda: "Idée tapée hors ligne" in texts(ours), timeout=3 * SECOND)
    # Leaving the room stops the client; the sign goes away.
    taker.leave_room_action.trigger()
    assert not taker.in_a_room()
    assert status.isHidden()


def test_a_wrong_code_is_refused_in_french(
    qtbot, room_window: MainWindow, taker: MainWindow, workshop: Workshop
) -> None:
    url = open_room(qtbot, room_window, workshop.id)
    right = pairing_code(room_window)
    wrong = "000000" if right != "000000" else "111111"
    set_language(QApplication.instance(), "fr")  # type: ignore[arg-type]
    dialog = join_dialog(taker, url, wrong)
    qtbot.waitUntil(lambda: bool(dialog.error), timeout=5 * SECOND)
    assert dialog.page == FIND
    assert "code d'appairage" in dialog.error or "code" in dialog.error
    assert "not right" not in dialog.error  # translated, not the English sentence
    assert dialog.error_label.isVisible()
    assert room_window.pairing_dialogs == {}
    assert trusted_devices(room_window.store) == []
    dialog.reject()


def test_the_facilitator_refuses_by_default(
    qtbot, room_window: MainWindow, taker: MainWindow, workshop: Workshop
) -> None:
    url = open_room(qtbot, room_window, workshop.id)
    dialog = join_dialog(taker, url, pairing_code(room_window))
    qtbot.waitUntil(lambda: dialog.page == COMPARE, timeout=5 * SECOND)
    dialog.pair_button.click()
    qtbot.waitUntil(lambda: len(room_window.pairing_dialogs) == 1, timeout=5 * SECOND)
    question = next(iter(room_window.pairing_dialogs.values()))
    question.reject()  # Escape, or closing the window
    qtbot.waitUntil(lambda: dialog.page == FIND and bool(dialog.error), timeout=5 * SECOND)
    assert "refused" in dialog.error
    assert not taker.in_a_room()
    assert trusted_devices(room_window.store) == []
    dialog.reject()
