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
