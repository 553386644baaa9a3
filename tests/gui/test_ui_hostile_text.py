"""On screen and on the projector, user text reads as it was typed, never reordered."""

from __future__ import annotations


def test_the_projector_never_shows_a_disguised_text(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from sim_facilitator.ui.votes.vote_texts import set_user_text

    label = QLabel()
    qtbot.addWidget(label)
    set_user_text(label, "1. \u202eeulav 000 05 tegduB\u202c")
    assert label.text() == "1. eulav 000 05 tegduB"


def test_capture_says_when_it_removed_direction_controls(qtbot, store) -> None:
    from sim_facilitator.domain.workshops import create_workshop
    from sim_facilitator.ui.capture.capture_view import CaptureView

    wid = create_workshop(store, "Atelier")
    view = CaptureView(store, wid)
    qtbot.addWidget(view)
    view.entry.setPlainText("Budget \u202e000 05\u202c")
    idea = view.save_entry()
    assert idea is not None
    assert store.require("idea", idea)["text"] == "Budget 000 05"
    assert "direction" in view.message_label.text()
    view.entry.setPlainText("Une idée ordinaire")
    view.save_entry()
    assert "direction" not in view.message_label.text()


def test_checkin_cluster_and_action_say_when_direction_controls_are_removed(
    qtbot, store, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from sim_facilitator.domain.actions import create_action
    from sim_facilitator.domain.demo import create_demo
    from sim_facilitator.domain.organise.reads import live_ideas
    from sim_facilitator.ui.checkin.checkin_view import CheckinView
    from sim_facilitator.ui.organise.cluster_board import ClusterBoard
    from sim_facilitator.ui.record.actions_view import ActionsView
    from tests.helpers.dialogs import record_messages

    told = record_messages(monkeypatch, "information")
    wid = create_demo(store)

    checkin = CheckinView(store, wid)
    qtbot.addWidget(checkin)
    checkin.name_edit.setText("Samira \u202eiuoalA\u202c")
    participant = checkin.add_from_entry()
    assert participant is not None
    assert len(told) == 1
    checkin.name_edit.setText("Nadia Chraibi")
    checkin.add_from_entry()
    assert len(told) == 1  # nothing to say for ordinary text

    board = ClusterBoard(store, wid)
    qtbot.addWidget(board)
    board.show()
    answers = ["Groupe \u2067A\u2069"]
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: (answers.pop(0), True))
    )
    first = live_ideas(store, wid)[0]["id"]
    monkeypatch.setattr(board, "selected_ids", lambda: [first])
    board.group_selected()
    assert len(told) == 2

    action = create_action(store, wid, "Une action")
    actions = ActionsView(store, wid)
    qtbot.addWidget(actions)
    actions.show()
    actions.select_action(action)
    actions._save("owner", "\u202aAmina\u202c")
    assert len(told) == 3
    assert actions.owner_edit.text() == "Amina"


def test_decisions_and_details_say_when_direction_controls_are_removed(
    qtbot, store, monkeypatch
) -> None:
    from sim_facilitator.domain.workshops import create_workshop
    from sim_facilitator.ui.record.decisions_view import DecisionsView
    from sim_facilitator.ui.setup.details_form import DetailsForm
    from tests.helpers.dialogs import record_messages

    told = record_messages(monkeypatch, "information")
    wid = create_workshop(store, "Atelier")
    decisions = DecisionsView(store, wid)
    qtbot.addWidget(decisions)
    decisions._write("workshop", wid, "decisions", "Budget \u202e000 05\u202c")
    assert "direction" in decisions.saved_label.text()
    assert store.require("workshop", wid)["decisions"] == "Budget 000 05"

    details = DetailsForm(store, wid)
    qtbot.addWidget(details)
    assert details._save(title="Atelier \u2066A\u2069")
    assert len(told) == 1
    assert store.require("workshop", wid)["title"] == "Atelier A"


def test_tables_and_setup_say_when_direction_controls_are_removed(
    qtbot, store, monkeypatch
) -> None:
    from PySide6.QtCore import Qt

    from sim_facilitator.domain.workshops import add_participant, create_workshop
    from sim_facilitator.ui.checkin.checkin_view import CheckinView
    from sim_facilitator.ui.setup.setup_view import SetupView
    from tests.helpers.dialogs import record_messages

    told = record_messages(monkeypatch, "information")
    wid = create_workshop(store, "Atelier")
    add_participant(store, wid, "Hind", consent_named=True)
    checkin = CheckinView(store, wid)
    qtbot.addWidget(checkin)
    index = checkin.model.index(0, 0)
    assert checkin.model.setData(index, "Hind \u202eA\u202c", Qt.ItemDataRole.EditRole)
    assert len(told) == 1

    setup = SetupView(store, wid)
    qtbot.addWidget(setup)
    first = next(iter(setup.questions.inputs.values()))
    first.setText("Question \u2067B\u2069")
    assert setup.questions.add_from_inputs() is not None
    assert len(told) == 2
    question_index = setup.questions.model.index(0, 0)
    assert setup.questions.model.setData(
        question_index, "Q \u202bC\u202c", Qt.ItemDataRole.EditRole
    )
    assert len(told) == 3
