"""The vote screens driven like a user would: pass the laptop, enter tallies, reveal results."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QInputDialog, QMessageBox, QSpinBox

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.merges import merge_ideas
from sim_facilitator.domain.votes.ballots import cast_ballot, issue_numbers, numbers_issued
from sim_facilitator.domain.votes.lifecycle import close_round, create_round, open_round
from sim_facilitator.domain.votes.results import round_results
from sim_facilitator.domain.votes.tallies import tally_of
from sim_facilitator.domain.workshops import add_participant, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.votes.ballot_screen import CONFIRM, IDENTIFY, NEUTRAL, VOTE, BallotScreen
from sim_facilitator.ui.votes.projector_view import ProjectorView
from sim_facilitator.ui.votes.tally_entry import VOTERS_ROW, TallyEntry
from sim_facilitator.ui.votes.votes_view import VotesView


@pytest.fixture
def room(store: Store) -> dict[str, Any]:
    w = create_workshop(store, "Atelier")
    people = [add_participant(store, w, f"Votant {i}") for i in range(5)]
    ideas = [add_idea(store, w, t) for t in ("Alpha", "Bêta", "غاما", "Delta")]
    return {"w": w, "people": people, "ideas": ideas}


def _vote(qtbot: Any, screen: BallotScreen, name: str, values: dict[str, int]) -> None:
    assert screen.pages.currentIndex() == NEUTRAL
    screen.start_button.click()
    assert screen.pages.currentIndex() == IDENTIFY
    screen.roster_combo.setCurrentIndex(screen.roster_combo.findText(name))
    screen.identify_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == VOTE)
    # the page the voter sees holds nothing of the previous voter's choices
    assert screen.choices() == {}
    for widget in screen.inputs.values():
        if isinstance(widget, QSpinBox):
            assert widget.value() == 0
        elif isinstance(widget, QCheckBox):
            assert not widget.isChecked()
    for option_id, value in values.items():
        widget = screen.inputs[option_id]
        if isinstance(widget, QSpinBox):
            widget.setValue(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
    screen.next_button.click()
    assert screen.pages.currentIndex() == CONFIRM
    screen.confirm_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == NEUTRAL)


def test_five_voters_pass_the_laptop(qtbot: Any, store: Store, room: dict[str, Any]) -> None:
    a, b, c, d = room["ideas"]
    rid = create_round(
        store,
        room["w"],
        "Priorités",
        method="dots",
        options=room["ideas"],
        hide_results=True,
        rules={"budget": 3, "max_per_option": 2},
    )
    open_round(store, rid)
    screen = BallotScreen(store, rid)
    qtbot.addWidget(screen)
    screen.show()
    ballots = [
        {a: 2, b: 1},
        {a: 1, c: 2},
        {c: 2, d: 1},
        {a: 2},
        {b: 1, c: 1, d: 1},
    ]
    for i, values in enumerate(ballots):
        _vote(qtbot, screen, f"Votant {i}", values)
        # the neutral page counts ballots and says nothing of their content
        assert screen.count_label.text().endswith(str(i + 1))
        assert "Alpha" not in screen.message_label.text()
    assert "recorded" in screen.message_label.text()
    # Votant 0 comes back: the screen warns, and the new ballot replaces the old one
    screen.start_button.click()
    screen.roster_combo.setCurrentIndex(screen.roster_combo.findText("Votant 0"))
    screen.identify_button.click()
    assert screen.replace_note.isVisibleTo(screen)
    screen.inputs[d].setValue(1)  # type: ignore[attr-defined]
    screen.next_button.click()
    screen.confirm_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == NEUTRAL)
    assert "replaced" in screen.message_label.text()
    assert screen.count_label.text().endswith("5")

    view = VotesView(store, room["w"])
    qtbot.addWidget(view)
    view.show()
    assert not view.table.isVisible()
    assert view.withheld_label.isVisible()
    view.close_button.click()
    qtbot.waitUntil(lambda: view.table.isVisible())
    # a 3, b 1, c 5, d 3 (Votant 0 now gave only one dot to Delta)
    rows = {
        view.table.item(r, 1).text(): view.table.item(r, 2).text()
        for r in range(view.table.rowCount())
    }
    assert rows == {"Alpha": "3", "Bêta": "1", "غاما": "5", "Delta": "3"}
    assert view.table.item(0, 1).text() == "غاما"
    assert view.ties_label.isVisible()
    assert "Alpha" in view.ties_label.text()
    assert "5 of 5" in view.summary_label.text()


def test_ballot_screen_refuses_broken_rules_and_unknown_numbers(
    qtbot: Any, store: Store, room: dict[str, Any]
) -> None:
    a, b, _c, _d = room["ideas"]
    rid = create_round(
        store, room["w"], "R", method="dots", options=room["ideas"], rules={"budget": 2}
    )
    open_round(store, rid)
    numbers = issue_numbers(store, rid, 1)
    screen = BallotScreen(store, rid)
    qtbot.addWidget(screen)
    screen.show()
    screen.start_button.click()
    screen.number_edit.setText("000000")
    screen.identify_button.click()
    assert screen.pages.currentIndex() == IDENTIFY
    assert "one-time number" in (screen.identify_error.text())
    screen.number_edit.setText(numbers[0])
    screen.identify_button.click()
    assert screen.pages.currentIndex() == VOTE
    screen.inputs[a].setValue(2)  # type: ignore[attr-defined]
    screen.inputs[b].setValue(1)  # type: ignore[attr-defined]
    screen.next_button.click()
    assert screen.pages.currentIndex() == VOTE
    assert "budget is 2" in screen.vote_error.text()
    screen.inputs[b].setValue(0)  # type: ignore[attr-defined]
    screen.next_button.click()
    screen.confirm_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == NEUTRAL)
    screen.start_button.click()
    screen.number_edit.setText(numbers[0])
    screen.identify_button.click()
    assert "already been used" in screen.identify_error.text()


def test_tally_entered_twice_with_one_mismatch(
    qtbot: Any, store: Store, room: dict[str, Any]
) -> None:
    a, b, c, d = room["ideas"]
    rid = create_round(
        store,
        room["w"],
        "Main levée",
        method="approval",
        options=room["ideas"],
        collection="double_tally",
    )
    open_round(store, rid)
    entry = TallyEntry(store, rid)
    qtbot.addWidget(entry)
    entry.show()
    first = {a: 4, b: 2, c: 5, d: 0}
    for option, value in first.items():
        entry.spins[option].setValue(value)
    entry.voters_spin.setValue(5)
    entry.save_button.click()
    assert tally_of(store, rid, "a") == {a: 4, b: 2, c: 5, "_voters": 5}  # zeros dropped
    # the second person switches to entry B and does not see A's numbers
    entry.entry_combo.setCurrentIndex(1)
    assert all(s.value() == 0 for s in entry.spins.values())
    assert entry.voters_spin.value() == 0
    for option, value in {**first, b: 3}.items():
        entry.spins[option].setValue(value)
    entry.voters_spin.setValue(5)
    entry.save_button.click()
    assert entry.mismatched_rows() == {b}
    assert "differ on 1" in entry.status_label.text()
    assert round_results(store, rid).hidden  # nothing published while they differ
    entry.spins[b].setValue(2)  # re-counted: B was wrong
    entry.save_button.click()
    assert entry.mismatched_rows() == set()
    assert "agree" in entry.status_label.text()
    close_round(store, rid)
    assert [o.points for o in round_results(store, rid).options] == [5, 4, 2, 0]
    assert VOTERS_ROW not in entry.mismatched_rows()


def test_tally_entered_before_a_merge_asks_the_facilitator(
    qtbot: Any, store: Store, room: dict[str, Any]
) -> None:
    a, b, c, d = room["ideas"]
    rid = create_round(
        store, room["w"], "Gommettes", method="dots", options=room["ideas"], collection="tally"
    )
    open_round(store, rid)
    entry = TallyEntry(store, rid)
    qtbot.addWidget(entry)
    for option, value in {a: 4, b: 3, c: 2, d: 1}.items():
        entry.spins[option].setValue(value)
    entry.voters_spin.setValue(5)
    entry.save_button.click()
    merge_ideas(store, a, [b])  # Bêta repeats Alpha, merged after the tally
    view = VotesView(store, room["w"])
    qtbot.addWidget(view)
    view.show()
    box = view.results_box
    # what happened, in a sentence, with the two choices; no combined result yet
    assert box.merge_label.isVisible()
    assert box.together_button.isVisible()
    assert box.reenter_button.isVisible()
    assert box.reenter_button.isEnabled()
    text = box.merge_label.text()
    assert "Alpha\u2069: 4" in text
    assert "Bêta\u2069: 3" in text
    assert "= 7" in text
    assert not view.table.isVisible()
    assert not view.chart.isVisible()
    # "enter the tally again" opens the tally entry
    box.reenter_button.click()
    assert isinstance(view.windows[-1], TallyEntry)
    view.windows[-1].close()
    # "count them together": the sum is shown and the decision stays visible
    box.together_button.click()
    assert not box.merge_label.isVisible()
    assert not box.together_button.isVisible()
    assert view.table.isVisible()
    assert view.chart.bars()[0].label == "Alpha"
    assert view.chart.bars()[0].value == 7
    assert box.merged_note_label.isVisible()
    assert "= 7" in box.merged_note_label.text()
    # entering the tally again clears the question and the note
    entry = TallyEntry(store, rid)
    qtbot.addWidget(entry)
    entry.spins[a].setValue(5)
    entry.save_button.click()
    view.refresh()
    assert not box.merged_note_label.isVisible()
    assert not box.merge_label.isVisible()
    assert view.chart.bars()[0].value == 5


def test_results_only_after_close_when_hidden_and_reopen_asks_reason(
    qtbot: Any, store: Store, room: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    rid = create_round(
        store, room["w"], "Caché", method="approval", options=room["ideas"], hide_results=True
    )
    open_round(store, rid)
    for p in room["people"][:3]:
        cast_ballot(store, rid, p, {room["ideas"][0]: 1})
    view = VotesView(store, room["w"])
    qtbot.addWidget(view)
    view.show()
    projector = ProjectorView(store, room["w"], round_id=rid)
    qtbot.addWidget(projector)
    projector.show()
    assert not view.table.isVisible()
    assert not view.chart.isVisible()
    assert not projector.chart.isVisible()
    assert len(projector.shown_option_labels()) == 4
    assert "3 of 5" in projector.status.text()
    view.close_button.click()
    qtbot.waitUntil(lambda: view.chart.isVisible())
    assert view.chart.bars()[0].label == "Alpha"
    assert view.chart.bars()[0].value == 3
    projector.refresh()
    assert projector.chart.isVisible()
    assert projector.shown_option_labels() == []
    # re-opening asks for a reason; cancelling or an empty reason changes nothing
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", True)))
    view.reopen_button.click()
    assert store.require("round", rid)["status"] == "closed"
    assert "reason" in view.error_label.text()
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Un retardataire", True))
    )
    view.reopen_button.click()
    assert store.require("round", rid)["status"] == "open"
    assert "Un retardataire" in view.reopen_label.text()
    assert not view.table.isVisible()  # hidden again while open


def test_projector_shows_only_the_ballot_count_while_a_visible_round_is_open(
    qtbot: Any, store: Store, room: dict[str, Any]
) -> None:
    """H2: live per-option counts on the projector let someone who photographs the
    screen after each vote subtract two pictures and learn that ballot. While the
    round is open the projector shows how many voted, never the counts, even when
    the round does not hide its results; they appear once it is closed."""
    rid = create_round(store, room["w"], "Visible", method="approval", options=room["ideas"])
    open_round(store, rid)
    for p in room["people"][:3]:
        cast_ballot(store, rid, p, {room["ideas"][0]: 1})
    assert round_results(store, rid).options  # the domain would show them...
    projector = ProjectorView(store, room["w"], round_id=rid)
    qtbot.addWidget(projector)
    projector.show()
    assert not projector.chart.isVisible()  # ...the projector does not
    assert projector.chart.bars() == []
    assert len(projector.shown_option_labels()) == 4  # the options, without numbers
    assert projector.count.ballots == 3
    assert "3 of 5" in projector.status.text()
    assert "Turnout" not in projector.note.text()
    cast_ballot(store, rid, room["people"][3], {room["ideas"][1]: 1})
    projector.refresh()
    assert projector.count.ballots == 4
    assert projector.chart.bars() == []
    close_round(store, rid)
    projector.refresh()
    assert projector.chart.isVisible()
    assert [b.value for b in projector.chart.bars()][:2] == [3, 1]
    assert projector.shown_option_labels() == []


def test_create_and_edit_a_draft_round(
    qtbot: Any, store: Store, room: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    view = VotesView(store, room["w"])
    qtbot.addWidget(view)
    view.show()
    view.new_button.click()
    rid = view.round_id
    assert rid is not None
    assert view.round_list.count() == 1
    view.title_edit.setText("Quelle priorité ?")
    view.title_edit.editingFinished.emit()
    view.method_combo.setCurrentIndex(1)  # approval
    for i in range(2):
        view.options_list.item(i).setCheckState(view.options_list.item(i).checkState().Checked)
    row = store.require("round", rid)
    assert row["title"] == "Quelle priorité ?"
    assert row["method"] == "approval"
    assert len(row["options"]) == 2
    view.open_button.click()
    assert store.require("round", rid)["status"] == "open"
    assert not view.method_combo.isEnabled()
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (3, True)))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.detailedText()))
    view.numbers_button.click()
    assert len(shown[0].split()) == 3
    assert numbers_issued(store, rid) == 3


def test_projector_shows_capture_when_no_vote_is_open(
    qtbot: Any, store: Store, room: dict[str, Any]
) -> None:
    import datetime as dt

    from sim_facilitator.domain.agenda import start_item
    from sim_facilitator.domain.workshops import add_agenda_item, add_question

    question = add_question(store, room["w"], "Quelles priorités pour la région ?")
    add_idea(store, room["w"], "Une idée toute fraîche", question_id=question)
    item = add_agenda_item(store, room["w"], "Idéation", 20)
    now = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)
    start_item(store, item, now - dt.timedelta(minutes=5))
    projector = ProjectorView(store, room["w"], now=lambda: now)
    qtbot.addWidget(projector)
    projector.show()
    assert projector.title.text() == "Quelles priorités pour la région ?"
    assert projector.shown_option_labels()[0] == "• Une idée toute fraîche"
    assert "Idéation" in projector.agenda.text()
    assert "15:00" in projector.agenda.text()
    rid = create_round(store, room["w"], "Vote", method="approval", options=room["ideas"])
    open_round(store, rid)
    projector.refresh()  # the timer does this every two seconds
    assert projector.title.text() == "Vote"
    assert "0 of 5" in projector.status.text()


def test_ticking_an_option_with_the_keyboard_keeps_the_place(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from sim_facilitator.domain.demo import create_demo
    from sim_facilitator.domain.votes.lifecycle import create_round
    from sim_facilitator.ui.votes.votes_view import VotesView

    workshop = create_demo(store)
    view = VotesView(store, workshop)
    qtbot.addWidget(view)
    view.show()
    round_id = create_round(store, workshop, "Clavier", "approval", "idea", [], {})
    view.refresh()
    view.round_list.setCurrentRow(view.round_list.count() - 1)
    assert view.round_id == round_id
    view.options_list.setFocus()
    view.options_list.setCurrentRow(2)
    qtbot.keyClick(view.options_list, Qt.Key.Key_Space)
    assert len(store.require("round", round_id)["options"]) == 1
    assert view.options_list.currentRow() == 2
    qtbot.keyClick(view.options_list, Qt.Key.Key_Down)
    qtbot.keyClick(view.options_list, Qt.Key.Key_Space)
    assert len(store.require("round", round_id)["options"]) == 2


def test_options_list_is_built_once_and_kept_across_ticks_and_refused_changes(
    qtbot: Any, store: Store, room: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the tab lists the candidates once; a tick, saved or refused, re-ticks
    the same items instead of rebuilding a list that may hold thousands of ideas."""
    from PySide6.QtCore import Qt

    from sim_facilitator.ui.votes import round_settings

    rid = create_round(store, room["w"], "Vote", method="approval", options=[])
    listed: list[str] = []
    real = round_settings.candidate_options

    def counting(*args: Any, **kwargs: Any) -> list[tuple[str, str]]:
        listed.append("candidates")
        return real(*args, **kwargs)

    monkeypatch.setattr(round_settings, "candidate_options", counting)
    view = VotesView(store, room["w"])
    qtbot.addWidget(view)
    view.show()
    assert view.round_id == rid
    assert listed == ["candidates"]
    first = view.options_list.item(0)
    first.setData(Qt.ItemDataRole.UserRole + 7, "still this item")
    second = view.options_list.item(1).data(Qt.ItemDataRole.UserRole)
    view.options_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert store.require("round", rid)["options"] == [second]
    assert view.options_list.item(0).data(Qt.ItemDataRole.UserRole + 7) == "still this item"
    fourth = view.options_list.item(3).data(Qt.ItemDataRole.UserRole)
    view.options_list.item(3).setCheckState(Qt.CheckState.Checked)
    chosen = store.require("round", rid)["options"]
    assert sorted(chosen) == sorted([second, fourth])
    # A change the domain refuses (the round is open): the tick is taken back on screen.
    open_round(store, rid)
    view.refresh()
    view.options_list.item(2).setCheckState(Qt.CheckState.Checked)
    assert view.options_list.item(2).checkState() == Qt.CheckState.Unchecked
    assert view.error_label.text()
    assert store.require("round", rid)["options"] == chosen
    assert view.options_list.item(0).data(Qt.ItemDataRole.UserRole + 7) == "still this item"
    # A new idea is a new candidate: the list is rebuilt with it.
    add_idea(store, room["w"], "Epsilon")
    view.refresh()
    assert view.options_list.count() == 5
