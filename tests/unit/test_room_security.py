"""The room's security review (issue 17 follow-up): each finding has its test here."""

from __future__ import annotations

import time
from pathlib import Path

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.votes.ballots import ballots_cast, issue_numbers
from sim_facilitator.domain.votes.lifecycle import close_round, open_round
from sim_facilitator.domain.workshops import add_question, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.room.ballots import allow_browser_votes
from sim_facilitator.room.server import RoomServer
from tests.unit.test_room_server_support import (  # noqa: F401 - the room fixture
    Phone,
    Workshop,
    dump,
    make_round,
    room,
)

Room = tuple[RoomServer, Workshop]


def _phone(server: RoomServer, lang: str = "en") -> Phone:
    assert server.info is not None
    return Phone(server.info.port, server.info.code, lang)


def _wait_for(condition, timeout: float = 2.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.01)
    raise AssertionError("condition not met in time")


# -- H1: a used code tells nothing of how it voted ----------------------------------
def test_a_used_code_answers_the_same_whatever_the_choices(
    room: Room,  # noqa: F811
    store: Store,
    db_path: Path,
) -> None:
    server, ws = room
    round_id = make_round(store, ws, "dots", {"budget": 3, "max_per_option": 2})
    code = issue_numbers(store, round_id, 1)[0]
    voter = _phone(server)
    voted = {ws.options[0]: 2, ws.options[1]: 1}
    status, first = voter.ballot(round_id, voted, code, sub="the-voters-submission")
    assert status == 201
    before = dump(db_path)
    # Someone who knows the slip's code tries combinations: every one is refused
    # alike, the right one included, and nothing tells them which it was.
    snoop = _phone(server)
    answers = []
    for choices in (voted, {ws.options[2]: 1}, {ws.options[0]: 1}):
        status, body = snoop.ballot(round_id, choices, code)
        answers.append((status, body["code"], "choices" in body, "receipt" in body))
    assert answers == [(409, "code_used", False, False)] * 3
    # Same client and other submission id: refused too (a new id is a new ballot).
    assert voter.ballot(round_id, voted, code)[0] == 409
    # Same submission id with other choices: refused, without the stored choices.
    status, body = voter.ballot(round_id, {ws.options[2]: 1}, code, sub="the-voters-submission")
    assert (status, body["code"]) == (409, "code_used")
    assert "receipt" not in body
    # The voter's own retry (same id, same choices): the first receipt.
    again = voter.ballot(round_id, voted, code, sub="the-voters-submission")
    assert again == (200, first)
    assert dump(db_path) == before


def test_a_retry_after_the_close_is_acknowledged_not_refused(room: Room, store: Store) -> None:  # noqa: F811
    server, ws = room
    round_id = make_round(store, ws, "dots", {"budget": 2})
    codes = issue_numbers(store, round_id, 2)
    phone = _phone(server)
    choices = {ws.options[0]: 2}
    status, first = phone.ballot(round_id, choices, codes[0], sub="stored-before-close")
    assert status == 201
    close_round(store, round_id)
    assert phone.ballot(round_id, choices, codes[0], sub="stored-before-close") == (200, first)
    status, body = phone.ballot(round_id, choices, codes[1], sub="sent-after-the-close")
    assert (status, body["code"]) == (409, "round_not_open")
    assert ballots_cast(store, round_id) == 1


def test_browser_poll_retry_after_close_is_acknowledged(room: Room, store: Store) -> None:  # noqa: F811
    server, ws = room
    poll = make_round(store, ws, "approval", open_it=False)
    allow_browser_votes(store, poll)
    open_round(store, poll)
    phone = _phone(server)
    status, first = phone.ballot(poll, {ws.options[0]: 1}, sub="poll-submission-01")
    assert status == 201
    close_round(store, poll)
    assert phone.ballot(poll, {ws.options[0]: 1}, sub="poll-submission-01") == (200, first)
    assert phone.ballot(poll, {ws.options[1]: 1}, sub="poll-submission-02")[0] == 409


# -- L1: another workshop's round or question does not exist for this room -----------
def test_another_workshops_round_and_question_are_not_found(room: Room, store: Store) -> None:  # noqa: F811
    server, _ws = room
    other_id = create_workshop(store, "Autre atelier", language="fr", status="active")
    question = add_question(store, other_id, "Ailleurs ?")
    options = [add_idea(store, other_id, f"Autre {i}", question) for i in range(2)]
    other = Workshop(other_id, question, options)
    poll = make_round(store, other, "approval", open_it=False)
    allow_browser_votes(store, poll)
    open_round(store, poll)
    secret = make_round(store, other, "dots", {"budget": 1})
    code = issue_numbers(store, secret, 1)[0]
    phone = _phone(server)
    status, body = phone.ballot(poll, {options[0]: 1})
    assert (status, body["code"]) == (404, "not_found")
    status, body = phone.post("/api/voter-check", {"round_id": secret, "voter_code": code})
    assert (status, body["code"]) == (404, "not_found")
    status, body = phone.idea("ici", question_id=question)
    assert (status, body["code"]) == (404, "not_found")
    assert ballots_cast(store, poll) == 0


# -- H2: no results on phones while the round is open ------------------------------------
def test_phones_get_no_counts_while_a_round_is_open(room: Room, store: Store) -> None:  # noqa: F811
    server, ws = room
    poll = make_round(store, ws, "dots", {"budget": 2}, hide_results=False, open_it=False)
    allow_browser_votes(store, poll)
    open_round(store, poll)
    phones = [_phone(server) for _ in range(3)]
    for phone in phones:
        assert phone.ballot(poll, {ws.options[0]: 1, ws.options[1]: 1})[0] == 201
    server.poke()
    _wait_for(lambda: phones[0].state()["round"]["ballots_cast"] == 3)
    assert phones[0].state()["round"]["results"] is None
    close_round(store, poll)
    server.poke()
    _wait_for(lambda: phones[0].state()["round"]["results"] is not None)
    results = phones[0].state()["round"]["results"]
    assert {o["id"]: o["points"] for o in results["options"]}[ws.options[0]] == 3
