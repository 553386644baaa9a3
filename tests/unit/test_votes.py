"""Vote rounds without Qt: counting by hand, rules, ballots, tallies, hidden results."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.organise.merges import merge_ideas
from sim_facilitator.domain.vote_counting import count_ballots, ranks, validate_choices
from sim_facilitator.domain.votes.ballots import (
    _roster_voter,
    ballots_cast,
    cast_ballot,
    has_voted,
    issue_numbers,
    numbers_issued,
)
from sim_facilitator.domain.votes.lifecycle import (
    close_round,
    create_round,
    open_round,
    reopen_round,
    update_round,
)
from sim_facilitator.domain.votes.merged_tally import count_together
from sim_facilitator.domain.votes.results import compare_rounds, round_results
from sim_facilitator.domain.votes.rounds import ballot_options, rounds_of
from sim_facilitator.domain.votes.tallies import enter_tally, tally_mismatches
from sim_facilitator.domain.workshops import add_participant, create_workshop
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import write_minutes


class Room:
    """A workshop with five present participants, one absent, and four ideas."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.w = create_workshop(store, "Atelier test")
        self.people = [add_participant(store, self.w, f"Personne {i}") for i in range(5)]
        self.absent = add_participant(store, self.w, "Absent", present=False)
        self.ideas = [add_idea(store, self.w, t) for t in ("Alpha", "Beta", "Gamma", "Delta")]

    def round(self, method: str, **kw: Any) -> str:
        kw.setdefault("options", self.ideas)
        rid = create_round(self.store, self.w, f"Vote {method}", method=method, **kw)
        open_round(self.store, rid)
        return rid

    def points(self, rid: str) -> dict[str, int]:
        res = round_results(self.store, rid)
        return {o.label: o.points for o in res.options}


@pytest.fixture
def room(store: Store) -> Room:
    return Room(store)


# -- counting every method, by hand ------------------------------------------
def test_dots_count_by_hand(room: Room) -> None:
    a, b, c, d = room.ideas
    rid = room.round("dots", rules={"budget": 3, "max_per_option": 2})
    cast_ballot(room.store, rid, room.people[0], {a: 2, b: 1})
    cast_ballot(room.store, rid, room.people[1], {a: 1, c: 2})
    cast_ballot(room.store, rid, room.people[2], {d: 1})  # spends less than the budget
    close_round(room.store, rid)
    res = round_results(room.store, rid)
    assert [(o.label, o.points, o.voters, o.rank) for o in res.options] == [
        ("Alpha", 3, 2, 1),
        ("Gamma", 2, 1, 2),
        ("Beta", 1, 1, 3),
        ("Delta", 1, 1, 3),
    ]
    assert res.ties == [[b, d]]
    assert res.ballots_cast == 3
    assert res.present == 5
    assert res.turnout == pytest.approx(0.6)


def test_approval_count_by_hand(room: Room) -> None:
    a, b, c, d = room.ideas
    rid = room.round("approval")
    cast_ballot(room.store, rid, room.people[0], {a: 1, b: 1, c: 1, d: 1})
    cast_ballot(room.store, rid, room.people[1], {a: 1})
    cast_ballot(room.store, rid, room.people[2], {})  # a blank ballot counts for turnout
    assert room.points(rid) == {"Alpha": 2, "Beta": 1, "Gamma": 1, "Delta": 1}
    assert round_results(room.store, rid).ballots_cast == 3


def test_borda_with_partial_rankings(room: Room) -> None:
    a, b, c, d = room.ideas
    rid = room.round("ranking")
    # n = 4: rank 1 -> 3 points, 2 -> 2, 3 -> 1, 4 -> 0; unranked -> 0
    cast_ballot(room.store, rid, room.people[0], {a: 1, b: 2, c: 3, d: 4})  # A3 B2 C1 D0
    cast_ballot(room.store, rid, room.people[1], {c: 1})  # C3
    cast_ballot(room.store, rid, room.people[2], {b: 1, a: 3})  # gap compacted: B3 A2
    assert room.points(rid) == {"Alpha": 5, "Beta": 5, "Gamma": 4, "Delta": 0}
    res = round_results(room.store, rid)
    assert res.options[0].rank == res.options[1].rank == 1
    assert res.ties == [sorted([a, b], key=lambda i: {a: "alpha", b: "beta"}[i])]
    delta = next(o for o in res.options if o.option_id == d)
    assert delta.voters == 1  # ranked last by one voter: ranked, zero points


def test_score_mean_and_distribution(room: Room) -> None:
    a, b, c, d = room.ideas
    rid = room.round("score")
    cast_ballot(room.store, rid, room.people[0], {a: 5, b: 2})
    cast_ballot(room.store, rid, room.people[1], {a: 3, b: 2, c: 1})
    cast_ballot(room.store, rid, room.people[2], {a: 5})  # abstains on B, C, D
    res = round_results(room.store, rid)
    by = {o.label: o for o in res.options}
    assert by["Alpha"].points == 13
    assert by["Alpha"].mean == pytest.approx(13 / 3)
    assert by["Alpha"].distribution == {3: 1, 5: 2}
    assert by["Beta"].mean == 2.0
    assert by["Beta"].distribution == {2: 2}
    assert by["Gamma"].mean == 1.0
    assert by["Delta"].mean is None
    assert by["Delta"].voters == 0
    assert [o.label for o in res.options] == ["Alpha", "Beta", "Gamma", "Delta"]


def test_score_ranks_by_mean_not_sum(room: Room) -> None:
    a, b, _c, _d = room.ideas
    rid = room.round("score")
    cast_ballot(room.store, rid, room.people[0], {a: 5, b: 3})
    cast_ballot(room.store, rid, room.people[1], {b: 3})
    res = round_results(room.store, rid)
    # B has the bigger sum (6 > 5) but A the better mean (5 > 3)
    assert [o.label for o in res.options[:2]] == ["Alpha", "Beta"]


# -- rules -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("rules", "choice", "fragment"),
    [
        ({"budget": 3, "max_per_option": 2}, {0: 2, 1: 2}, "budget is 3"),
        ({"budget": 5, "max_per_option": 2}, {0: 3}, "at most 2 per option"),
        ({"budget": 3, "stacking": False}, {0: 2}, "Stacking is not allowed"),
        ({"budget": 3}, {0: -1}, "whole numbers"),
    ],
)
def test_dot_rules_refuse_and_save_nothing(
    room: Room, rules: dict[str, Any], choice: dict[int, int], fragment: str
) -> None:
    rid = room.round("dots", rules=rules)
    ops_before = room.store.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    with pytest.raises(ValidationError) as err:
        cast_ballot(room.store, rid, room.people[0], {room.ideas[k]: v for k, v in choice.items()})
    assert fragment in err.value.message
    assert room.store.db.execute("SELECT count(*) FROM ops").fetchone()[0] == ops_before
    assert ballots_cast(room.store, rid) == 0


@pytest.mark.parametrize(
    ("method", "choice", "fragment"),
    [
        ("score", {0: 6}, "Scores go from 1 to 5"),
        ("ranking", {0: 1, 1: 1}, "Two options have rank 1"),
        ("ranking", {0: 5}, "Ranks go from 1 to 4"),
        ("approval", {0: 2}, "yes (1) or nothing"),
    ],
)
def test_method_rules(room: Room, method: str, choice: dict[int, int], fragment: str) -> None:
    rid = room.round(method)
    with pytest.raises(ValidationError) as err:
        cast_ballot(room.store, rid, room.people[0], {room.ideas[k]: v for k, v in choice.items()})
    assert fragment in err.value.message


def test_unknown_option_and_voters(room: Room) -> None:
    other = add_idea(room.store, room.w, "Not in the vote")
    rid = room.round("approval", options=room.ideas[:2])
    with pytest.raises(ValidationError, match="not an option"):
        cast_ballot(room.store, rid, room.people[0], {other: 1})
    with pytest.raises(ValidationError, match="not checked in"):
        cast_ballot(room.store, rid, room.absent, {room.ideas[0]: 1})
    with pytest.raises(ValidationError, match="neither a checked-in participant"):
        cast_ballot(room.store, rid, "123456", {room.ideas[0]: 1})


def test_ballots_only_while_open(room: Room) -> None:
    rid = create_round(room.store, room.w, "Draft", method="approval", options=room.ideas)
    with pytest.raises(ValidationError, match="not open"):
        cast_ballot(room.store, rid, room.people[0], {room.ideas[0]: 1})
    open_round(room.store, rid)
    cast_ballot(room.store, rid, room.people[0], {room.ideas[0]: 1})
    close_round(room.store, rid)
    with pytest.raises(ValidationError, match="not open"):
        cast_ballot(room.store, rid, room.people[1], {room.ideas[0]: 1})


def test_draft_rules_and_options_are_fixed_once_open(room: Room) -> None:
    rid = create_round(room.store, room.w, "R", method="dots", options=room.ideas[:1])
    with pytest.raises(ValidationError, match="at least two options"):
        open_round(room.store, rid)
    update_round(room.store, rid, options=room.ideas, rules={"budget": 2})
    open_round(room.store, rid)
    with pytest.raises(ValidationError, match="no longer a draft"):
        update_round(room.store, rid, rules={"budget": 10})
    update_round(room.store, rid, tie_break="Le sort")
    assert round_results(room.store, rid).tie_break == "Le sort"
    with pytest.raises(ValidationError, match="budget"):
        create_round(room.store, room.w, "R", method="dots", rules={"budget": 0})


def test_reopen_requires_a_recorded_reason(room: Room) -> None:
    rid = room.round("approval")
    cast_ballot(room.store, rid, room.people[0], {room.ideas[0]: 1})
    close_round(room.store, rid)
    with pytest.raises(ValidationError, match="reason"):
        reopen_round(room.store, rid, "   ")
    with pytest.raises(ValidationError, match="Only a draft"):
        open_round(room.store, rid)
    reopen_round(room.store, rid, "Two latecomers arrived")
    row = room.store.require("round", rid)
    assert row["status"] == "open"
    assert row["reopen_log"][-1].endswith("| Two latecomers arrived")
    cast_ballot(room.store, rid, room.people[1], {room.ideas[1]: 1})
    close_round(room.store, rid)
    res = round_results(room.store, rid)
    assert res.ballots_cast == 2
    assert len(res.reopen_log) == 1
    with pytest.raises(ValidationError, match="Only a closed"):
        reopen_round(room.store, room.round("approval"), "why")


# -- one ballot per voter ----------------------------------------------------
def test_second_ballot_replaces_the_first_visibly(room: Room) -> None:
    a, b, _c, _d = room.ideas
    rid = room.round("dots", rules={"budget": 2})
    first = cast_ballot(room.store, rid, room.people[0], {a: 2})
    second = cast_ballot(room.store, rid, room.people[0], {b: 2})
    cast_ballot(room.store, rid, room.people[1], {b: 1})
    assert not first.replaced
    assert second.replaced
    assert first.ballot_id == second.ballot_id
    assert ballots_cast(room.store, rid) == 2
    assert room.points(rid)["Alpha"] == 0
    assert room.points(rid)["Beta"] == 3


def test_ballot_never_stores_the_participant_id(room: Room) -> None:
    rid = room.round("approval")
    result = cast_ballot(room.store, rid, room.people[0], {room.ideas[0]: 1})
    row = room.store.require("ballot", result.ballot_id)
    assert room.people[0] not in row["voter"]
    assert row["id"] == derived_id("ballot", rid, row["voter"])
    assert has_voted(room.store, rid, room.people[0])
    assert not has_voted(room.store, rid, room.people[1])


def test_same_voter_on_two_laptops_merges_to_one_ballot(room: Room, tmp_path: Path) -> None:
    """The ballot id depends only on round and voter, so two laptops write one entity."""
    rid = room.round("approval")
    b1 = cast_ballot(room.store, rid, room.people[0], {room.ideas[0]: 1}).ballot_id
    # another laptop computes the same id for the same voter from the round's salt
    row = room.store.require("round", rid)
    token = _roster_voter(row, room.people[0])
    assert derived_id("ballot", rid, token) == b1


def test_one_time_numbers_are_single_use_and_anonymous(room: Room) -> None:
    rid = room.round("approval")
    numbers = issue_numbers(room.store, rid, 3)
    assert len(set(numbers)) == 3
    assert all(n.isdigit() and len(n) == 6 for n in numbers)
    rules = room.store.require("round", rid)["rules"]
    assert not any(n in str(rules) for n in numbers)  # only hashes are stored
    cast_ballot(room.store, rid, numbers[0], {room.ideas[0]: 1})
    cast_ballot(room.store, rid, "#" + numbers[1], {room.ideas[1]: 1})
    with pytest.raises(ValidationError, match="already been used"):
        cast_ballot(room.store, rid, numbers[0], {room.ideas[2]: 1})
    assert ballots_cast(room.store, rid) == 2
    assert numbers_issued(room.store, rid) == 3
    assert round_results(room.store, rid).rules == {}  # private keys never leave


# -- merged ideas --------------------------------------------------------------
def test_merged_option_counts_for_survivor_without_double_counting(room: Room) -> None:
    a, b, c, _d = room.ideas
    rid = room.round("dots", options=[a, b, c], rules={"budget": 4, "max_per_option": 2})
    cast_ballot(room.store, rid, room.people[0], {a: 2, b: 2})  # both halves of one idea
    cast_ballot(room.store, rid, room.people[1], {b: 1, c: 1})
    room.store.update("idea", b, {"merged_into": a})  # B turns out to repeat A
    res = round_results(room.store, rid)
    by = {o.option_id: o for o in res.options}
    assert set(by) == {a, c}
    # voter 0: 2 + 2 capped at the per-option maximum 2; voter 1: 1
    assert by[a].points == 3
    assert by[a].voters == 2
    assert ballot_options(room.store, rid) == [(a, "Alpha"), (c, "Gamma")]


def test_merged_option_approval_and_ranking(room: Room) -> None:
    a, b, c, _d = room.ideas
    appr = room.round("approval", options=[a, b, c])
    rank = room.round("ranking", options=[a, b, c])
    for rid, choice in ((appr, {a: 1, b: 1}), (rank, {b: 1, c: 2, a: 3})):
        cast_ballot(room.store, rid, room.people[0], choice)
        cast_ballot(room.store, rid, room.people[1], {})  # a blank second ballot
    room.store.update("idea", b, {"merged_into": a})
    assert room.points(appr) == {"Alpha": 1, "Gamma": 0}  # one yes, not two
    # survivors A, C (n = 2): best rank of A is 1 -> 1 point; C second -> 0
    assert room.points(rank) == {"Alpha": 1, "Gamma": 0}


# -- hidden results, too few ballots --------------------------------------------
def test_hidden_results_until_closed(room: Room) -> None:
    rid = room.round("approval", hide_results=True)
    for p in room.people[:3]:
        cast_ballot(room.store, rid, p, {room.ideas[0]: 1})
    res = round_results(room.store, rid)
    assert res.hidden
    assert res.options == []
    assert res.ties == []
    assert res.withheld == "hidden"
    assert res.ballots_cast == 3  # how many voted is not secret
    assert round_results(room.store, rid, reveal=True).options  # the facilitator may peek
    close_round(room.store, rid)
    res = round_results(room.store, rid)
    assert not res.hidden
    assert res.options[0].points == 3


def test_a_single_ballot_is_never_revealed(room: Room) -> None:
    rid = room.round("dots")
    cast_ballot(room.store, rid, room.people[0], {room.ideas[0]: 3})
    close_round(room.store, rid)
    res = round_results(room.store, rid, reveal=True)
    assert res.hidden
    assert res.options == []
    assert res.withheld == "too_few"


# -- tallies -------------------------------------------------------------------
def test_single_tally(room: Room) -> None:
    a, b, c, d = room.ideas
    rid = room.round("approval", collection="tally")
    with pytest.raises(ValidationError, match="paper tally"):
        cast_ballot(room.store, rid, room.people[0], {a: 1})
    with pytest.raises(ValidationError, match="more than 2 voters"):
        enter_tally(room.store, rid, {a: 5, b: 4}, voters=2)
    enter_tally(room.store, rid, {a: 7, b: 3, c: 7, d: 0}, voters=9)
    enter_tally(room.store, rid, {a: 7, b: 3, c: 7, d: 1}, voters=9)  # corrected, not added
    close_round(room.store, rid)
    res = round_results(room.store, rid)
    assert {o.label: o.points for o in res.options} == {
        "Alpha": 7,
        "Gamma": 7,
        "Beta": 3,
        "Delta": 1,
    }
    assert res.ties == [[a, c]]
    assert res.ballots_cast == 9
    assert res.turnout == pytest.approx(9 / 5)
    with pytest.raises(ValidationError, match="single tally"):
        enter_tally(room.store, room.round("dots", collection="tally"), {a: 1}, entry="b")


def test_double_tally_lists_mismatches_until_reconciled(room: Room) -> None:
    a, b, c, d = room.ideas
    rid = room.round("dots", collection="double_tally", rules={"budget": 3})
    enter_tally(room.store, rid, {a: 10, b: 5, c: 2, d: 0}, voters=6, entry="a")
    assert tally_mismatches(room.store, rid) == room.ideas  # B not entered yet
    enter_tally(room.store, rid, {a: 10, b: 6, c: 2, d: 0}, voters=6, entry="b")
    res = round_results(room.store, rid)
    assert res.tally_mismatches == [b]
    assert res.hidden
    assert res.withheld == "unreconciled"
    with pytest.raises(ValidationError, match="differ on 1 lines"):
        close_round(room.store, rid)
    enter_tally(room.store, rid, {a: 10, b: 5, c: 2, d: 0}, voters=6, entry="b")
    close_round(room.store, rid)
    res = round_results(room.store, rid)
    assert res.tally_mismatches == []
    assert [o.points for o in res.options] == [10, 5, 2, 0]
    # stored as two entities with derived ids: a merge never adds them up
    ids = {r["id"] for r in room.store.list("ballot", "round_id = ?", [rid])}
    assert ids == {derived_id("ballot", rid, "tally_a"), derived_id("ballot", rid, "tally_b")}


def test_score_rounds_need_ballots(room: Room) -> None:
    with pytest.raises(ValidationError, match="Score votes need individual ballots"):
        create_round(room.store, room.w, "S", method="score", collection="tally")


# -- comparing rounds ------------------------------------------------------------
def test_compare_rounds(room: Room) -> None:
    a, b, c, d = room.ideas
    r1 = room.round("approval", options=[a, b, c])
    r2 = room.round("dots", options=[b, c, d], rules={"budget": 2})
    for p in room.people[:2]:
        cast_ballot(room.store, r1, p, {a: 1, b: 1})
        cast_ballot(room.store, r2, p, {c: 2})
    compared = {c.label: c.ranks for c in compare_rounds(room.store, [r1, r2])}
    assert compared == {"Beta": {r1: 1, r2: 2}, "Gamma": {r1: 3, r2: 1}}


def test_rounds_of_in_creation_order(room: Room) -> None:
    ids = [room.round(m) for m in ("dots", "approval", "score")]
    assert [r["id"] for r in rounds_of(room.store, room.w)] == ids


# -- properties --------------------------------------------------------------------
OPTS = ["o1", "o2", "o3", "o4"]
DOT_RULES = {"budget": 5, "max_per_option": 3, "stacking": True}


def _ballot(method: str) -> st.SearchStrategy[dict[str, int]]:
    if method == "ranking":
        return st.permutations(OPTS).flatmap(
            lambda perm: st.integers(0, 4).map(lambda k: {o: i + 1 for i, o in enumerate(perm[:k])})
        )
    values = {"dots": st.integers(0, 3), "approval": st.integers(0, 1), "score": st.integers(1, 5)}
    return st.dictionaries(st.sampled_from(OPTS), values[method], max_size=4).filter(
        lambda b: method != "dots" or sum(b.values()) <= 5
    )


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.data(),
    method=st.sampled_from(["dots", "approval", "ranking", "score"]),
)
def test_counting_is_independent_of_ballot_order(data: st.DataObject, method: str) -> None:
    ballots = data.draw(st.lists(_ballot(method), max_size=12))
    shuffled = data.draw(st.permutations(ballots))
    survivor = {"o4": "o1"} if data.draw(st.booleans()) else {}
    options = [o for o in OPTS if o not in survivor]
    first = count_ballots(method, DOT_RULES, options, survivor, ballots)
    second = count_ballots(method, DOT_RULES, options, survivor, shuffled)
    assert first == second
    assert ranks(method, first) == ranks(method, second)
    for ballot in ballots:  # every generated ballot is valid under the rules
        validate_choices(method, DOT_RULES, OPTS, 4, ballot)
    cap = {"dots": 3, "approval": 1, "score": 5, "ranking": len(options) - 1}[method]
    for c in first.values():  # nobody counted twice, even across merged options
        assert c.voters <= len(ballots)
        assert c.points <= cap * c.voters


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(choice=st.dictionaries(st.integers(0, 3), st.integers(0, 1), max_size=4))
def test_results_never_reveal_a_lone_ballot(store: Store, choice: dict[int, int]) -> None:
    room = Room(store)
    rid = room.round("approval", hide_results=bool(choice.get(0)))
    cast_ballot(store, rid, room.people[0], {room.ideas[k]: v for k, v in choice.items()})
    for reveal in (False, True):
        res = round_results(store, rid, reveal=reveal)
        assert res.options == []
        assert res.ties == []
        assert res.hidden
    close_round(store, rid)
    assert round_results(store, rid).options == []


# -- command line ------------------------------------------------------------------
def test_cli_ballot_and_results(
    room: Room, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from sim_facilitator.cli import main

    a, b, _c, _d = room.ideas
    rid = room.round("dots", rules={"budget": 2})
    base = ["--db", str(db_path), "--round", rid]
    assert main(["ballot", *base, "--voter", room.people[0], f"{a}=2", f"{b}=1"]) == 1
    assert "budget is 2" in capsys.readouterr().err
    assert ballots_cast(room.store, rid) == 0  # nothing saved
    assert main(["ballot", *base, "--voter", room.people[0], f"{a}=2"]) == 0
    assert main(["ballot", *base, "--voter", room.people[1], f"{b}=1"]) == 0
    assert main(["ballot", *base, "--voter", room.people[1], f"{a}=1"]) == 0
    assert "replaced" in capsys.readouterr().out
    assert main(["results", *base, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ballots_cast"] == 2
    assert data["options"][0]["points"] == 3
    assert "_salt" not in json.dumps(data)


def test_tally_without_declared_voters_has_unknown_turnout(room: Room) -> None:
    rid = room.round("approval", collection="tally")
    enter_tally(room.store, rid, {room.ideas[0]: 3, room.ideas[1]: 1})
    res = round_results(room.store, rid)
    assert res.turnout is None
    assert res.ballots_cast == 0
    assert [o.points for o in res.options][:2] == [3, 1]


# -- a tally entered before two of its options were merged ----------------------
def test_tally_before_merge_withholds_until_the_facilitator_decides(room: Room) -> None:
    a, b, c, d = room.ideas
    rid = room.round("dots", collection="tally", rules={"budget": 3})
    enter_tally(room.store, rid, {a: 4, b: 3, c: 2, d: 1}, voters=5)
    assert room.points(rid) == {"Alpha": 4, "Beta": 3, "Gamma": 2, "Delta": 1}
    merge_ideas(room.store, a, [b])  # Beta turns out to repeat Alpha
    res = round_results(room.store, rid)
    assert res.withheld == "merged_tally"
    assert res.hidden
    assert res.options == []
    (group,) = res.merged_tally
    assert group.survivor_id == a
    assert group.label == "Alpha"
    assert not group.together
    assert sorted(p[1:] for p in group.parts) == [("Alpha", 4), ("Beta", 3)]
    assert group.total == 7
    # the facilitator counts them together: the sum is shown, the decision kept
    count_together(room.store, rid)
    res = round_results(room.store, rid)
    assert res.withheld == ""
    assert [m.together for m in res.merged_tally] == [True]
    assert room.points(rid) == {"Alpha": 7, "Gamma": 2, "Delta": 1}
    # a later merge raises the question again for the new counts
    merge_ideas(room.store, a, [c])
    assert round_results(room.store, rid).withheld == "merged_tally"
    # re-entering the tally: the new counts are used and the question is gone
    enter_tally(room.store, rid, {a: 5, d: 1}, voters=5)
    res = round_results(room.store, rid)
    assert res.withheld == ""
    assert res.merged_tally == ()
    assert room.points(rid) == {"Alpha": 5, "Delta": 1}
    assert "_tally_merges" not in (room.store.require("round", rid)["rules"] or {})
    close_round(room.store, rid)
    assert room.points(rid) == {"Alpha": 5, "Delta": 1}


def test_count_together_on_a_closed_round_travels_as_an_op(room: Room) -> None:
    a, b, c, d = room.ideas
    rid = room.round("approval", collection="tally")
    enter_tally(room.store, rid, {a: 2, b: 2, c: 1}, voters=3)
    close_round(room.store, rid)
    merge_ideas(room.store, b, [a])
    assert round_results(room.store, rid).withheld == "merged_tally"
    before = room.store.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    count_together(room.store, rid)
    count_together(room.store, rid)  # nothing left to decide: no second op
    assert room.store.db.execute("SELECT count(*) FROM ops").fetchone()[0] == before + 1
    assert room.points(rid) == {"Beta": 4, "Gamma": 1, "Delta": 0}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_minutes_print_the_merged_tally_decision(room: Room, tmp_path: Path) -> None:
    def text(pdf: Path) -> str:
        out = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        return re.sub(r"\s+", "", out)

    a, b, c, _d = room.ideas
    rid = room.round("dots", collection="tally", rules={"budget": 3})
    enter_tally(room.store, rid, {a: 4, b: 3, c: 2}, voters=5)
    merge_ideas(room.store, a, [b])
    write_minutes(room.store, room.w, "en", tmp_path / "a.pdf")
    pending = text(tmp_path / "a.pdf")
    assert "Alpha(4)+Beta(3)=7" in pending
    assert "thefacilitatorhasnotdecidedyet" in pending
    count_together(room.store, rid)
    write_minutes(room.store, room.w, "fr", tmp_path / "b.pdf")
    together = text(tmp_path / "b.pdf")
    assert "Alpha(4)+Beta(3)=7" in together
    assert "Comptésensemble,surdécisiondufacilitateur." in together
