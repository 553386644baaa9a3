"""The join screen's facilitator side: the room's Wi-Fi, the moderation switch kept per
workshop, wrong voter codes counted, the laptops' pairing code hidden until asked for,
and "projector only" (the panel alone, full screen; Esc brings the side back)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from sim_facilitator.domain.votes.ballots import issue_numbers
from sim_facilitator.ui.shell.main_window import MainWindow
from tests.gui.test_ui_room import SECOND, open_room, window, workshop  # noqa: F401
from tests.unit.test_room_server_support import Workshop, make_round


def test_the_rooms_wifi_is_shown_with_its_own_code_and_remembered(
    qtbot,
    window: MainWindow,  # noqa: F811
    workshop: Workshop,  # noqa: F811
):
    open_room(qtbot, window, workshop.id)
    screen = window.join_screen
    assert screen is not None
    panel = screen.panel
    assert not panel.wifi_qr.isVisibleTo(panel)  # no network named: step 1 stays general
    screen.wifi_name_edit.setText("Salle; Fès")
    screen.wifi_password_edit.setText("solidarite2026")
    screen.wifi_password_edit.editingFinished.emit()
    assert panel.wifi_qr.isVisibleTo(panel)
    assert panel.wifi_qr.text == "WIFI:T:WPA;S:Salle\\; Fès;P:solidarite2026;;"
    assert "Salle; Fès" in panel.wifi_step.text()
    assert "solidarite2026" in panel.wifi_step.text()
    window.close_room()
    window.open_room_action.trigger()  # the next room of this laptop shows it again
    qtbot.waitUntil(lambda: window.join_screen is not None, timeout=5 * SECOND)
    assert window.join_screen is not None
    assert window.join_screen.wifi_name_edit.text() == "Salle; Fès"
    assert window.join_screen.panel.wifi_qr.text.startswith("WIFI:T:WPA;S:Salle")


def test_the_moderation_switch_holds_for_the_workshops_next_room(
    qtbot,
    window: MainWindow,  # noqa: F811
    workshop: Workshop,  # noqa: F811
):
    phone = open_room(qtbot, window, workshop.id)
    assert phone.state()["ideas"]["moderated"] is False
    assert window.join_screen is not None
    window.join_screen.moderation_check.setChecked(True)
    window.close_room()
    phone = open_room(qtbot, window, workshop.id)
    assert window.room is not None
    assert window.room.moderated
    assert window.join_screen is not None
    assert window.join_screen.moderation_check.isChecked()
    assert phone.state()["ideas"]["moderated"] is True


def test_wrong_voter_codes_are_counted_for_the_facilitator(
    qtbot,
    window: MainWindow,  # noqa: F811
    workshop: Workshop,  # noqa: F811
):
    round_id = make_round(window.store, workshop, "approval", {})
    code = issue_numbers(window.store, round_id, 1)[0]  # a secret ballot: one-time codes
    wrong = "000000" if code != "000000" else "111111"
    phone = open_room(qtbot, window, workshop.id)
    screen = window.join_screen
    assert screen is not None
    assert not screen.wrong_codes_label.isVisibleTo(screen)
    status, body = phone.ballot(round_id, {workshop.options[0]: 1}, code=wrong)
    assert (status, body["code"]) == (403, "bad_voter_code")
    qtbot.waitUntil(lambda: screen.wrong_codes == 1, timeout=5 * SECOND)
    assert screen.wrong_codes_label.isVisibleTo(screen)
    assert "1 wrong voter code" in screen.wrong_codes_label.text()


def test_projector_only_hides_the_facilitators_side_and_the_pairing_code_is_hidden(
    qtbot,
    window: MainWindow,  # noqa: F811
    workshop: Workshop,  # noqa: F811
):
    open_room(qtbot, window, workshop.id)
    screen = window.join_screen
    assert screen is not None
    laptops = screen.laptops
    laptops.refresh()
    assert len(laptops.code) == 6
    assert laptops.code not in laptops.code_label.text().replace(" ", "")
    laptops.reveal_button.click()
    assert laptops.code in laptops.code_label.text().replace(" ", "")
    laptops.reveal_button.click()
    screen.projector_button.click()
    assert screen.projecting
    assert not screen.side.isVisible()
    assert screen.panel.isVisible()
    QTest.keyClick(screen, Qt.Key.Key_Escape)
    assert not screen.projecting
    assert screen.side.isVisible()
