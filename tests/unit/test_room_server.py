"""The room server end to end on 127.0.0.1: joining, ideas, ballots, live state."""

from __future__ import annotations

import http.client
import json
import time
from pathlib import Path

from sim_facilitator.domain.votes.ballots import ballots_cast, issue_numbers
from sim_facilitator.domain.votes.lifecycle import close_round, open_round
from sim_facilitator.domain.workshops import add_question
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.room.ballots import allow_browser_votes
from sim_facilitator.room.ideas import approve_idea, hide_idea, pending_ideas
from sim_facilitator.room.server import RoomServer
from tests.unit.test_room_server_support import (  # noqa: F401 - the room fixture
    Phone,
    Workshop,
    make_round,
    make_workshop,
    room,
    token,
)

Room = tuple[RoomServer, Workshop]


def shown_on_projector(store: Store, workshop_id: str, idea_id: str) -> bool:
    from sim_facilitator.domain.projector import latest_ideas

    return idea_id in [r["id"] for r in latest_ideas(store, workshop_id, 100)]


def _phone(server: RoomServer, lang: str = "en") -> Phone:
    assert server.info is not None
    return Phone(server.info.port, server.info.code, lang)


def _wait_for(condition, timeout: float = 2.0) -> float:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if condition():
            return time.monotonic() - start
        time.sleep(0.01)
    raise AssertionError("condition not met in time")


def test_listens_on_loopback_only_and_gives_a_join_url(room: Room) -> None:  # noqa: F811
    server, _ws = room
    info = server.info
    assert info is not None
    assert info.addresses == ("127.0.0.1",)
    assert info.url == f"http://127.0.0.1:{info.port}/?room={info.code}"
    assert len(info.code) == 6
    assert info.code.isalnum()
    assert server.bound == [("127.0.0.1", info.port)]


def test_state_shows_the_workshop_and_never_names(room: Room, store: Store) -> None:  # noqa: F811
    server, ws = room
    from sim_facilitator.domain.workshops import add_participant

    add_participant(store, ws.id, "Fatima Zahra Bennani", consent_named=True, present=True)
    server.poke()
    phone = _phone(server)
    state = phone.state()
    assert state["workshop"]["title"] == "Atelier de Fès"
    assert state["questions"][0]["id"] == ws.question
    assert state["current_question_id"] == ws.question
    assert state["agenda"]["title"] == "Idéation"
    assert state["round"] is None
    assert "Bennani" not in json.dumps(state, ensure_ascii=False)


def test_wrong_room_code_is_refused(room: Room) -> None:  # noqa: F811
    server, _ws = room
    phone = _phone(server, "fr")
    status, body, _h = phone.request("GET", "/api/state", room="XXXXXX")
    assert status == 403
    assert body["code"] == "bad_room"
    assert "code" in body["message"]


def test_idea_from_a_phone_is_an_ordinary_idea_marked_from_the_room(
    room: Room,  # noqa: F811
    db_path: Path,
) -> None:
    server, ws = room
    phone = _phone(server)
    status, body = phone.idea("Un centre de formation", question_id=ws.question, name="Samira")
    assert status == 201, body
    receipt = body["receipt"]
    assert receipt["status"] == "shown"
    assert receipt["name"] == "Samira"
    reader = Store(connect(db_path))
    row = reader.require("idea", receipt["id"])
    assert row["origin"] == "room"
    assert row["display_name"] == "Samira"
    assert row["author_id"] is None
    assert row["question_id"] == ws.question
    assert reader.list("participant") == []  # the typed name is no participant
    assert "Un centre de formation" in dump_text(reader.db)


def test_an_idea_sent_twice_is_stored_once(room: Room, db_path: Path) -> None:  # noqa: F811
    server, ws = room
    phone = _phone(server)
    body = {"client": phone.client, "id": token(), "text": "Une seule fois"}
    first = phone.post("/api/ideas", body)
    second = phone.post("/api/ideas", body)
    assert (first[0], second[0]) == (201, 200)
    assert first[1] == second[1]
    changed = phone.post("/api/ideas", {**body, "text": "Autre chose"})
    assert changed[0] == 409
    assert changed[1]["code"] == "id_reused"
    reader = Store(connect(db_path))
    assert len(reader.list("idea", "text = ?", ["Une seule fois"])) == 1


def test_moderation_queue_holds_ideas_until_approved(store: Store, db_path: Path) -> None:
    ws = make_workshop(store)
    server = RoomServer(db_path, ws.id, host="127.0.0.1", moderated=True)
    server.start()
    try:
        phone = _phone(server)
        assert phone.state()["ideas"]["moderated"] is True
        status, body = phone.idea("À modérer")
        assert status == 201
        assert body["receipt"]["status"] == "pending"
        idea_id = body["receipt"]["id"]
        assert [r["id"] for r in pending_ideas(store, ws.id)] == [idea_id]
        assert not shown_on_projector(store, ws.id, idea_id)
        approve_idea(store, idea_id)
        assert shown_on_projector(store, ws.id, idea_id)
        submission = phone.post("/api/ideas/status", {"client": phone.client, "ids": [token()]})
        assert submission[1]["ideas"] == {k: "unknown" for k in submission[1]["ideas"]}
        hide_idea(store, idea_id)
        assert not shown_on_projector(store, ws.id, idea_id)
    finally:
        server.stop()


def test_idea_status_tells_a_phone_what_became_of_its_ideas(room: Room, store: Store) -> None:  # noqa: F811
    server, _ws = room
    phone = _phone(server)
    sub = token()
    status, body = phone.post("/api/ideas", {"client": phone.client, "id": sub, "text": "Mon idée"})
    assert status == 201
    hide_idea(store, body["receipt"]["id"])
    status, body = phone.post("/api/ideas/status", {"client": phone.client, "ids": [sub]})
    assert status == 200
    assert body["ideas"] == {sub: "hidden"}
    other = _phone(server)  # another browser cannot learn about it
    status, body = other.post("/api/ideas/status", {"client": other.client, "ids": [sub]})
    assert body["ideas"] == {sub: "unknown"}


def test_secret_ballot_with_a_one_time_code(room: Room, store: Store, db_path: Path) -> None:  # noqa: F811
    server, ws = room
    round_id = make_round(store, ws, "dots", {"budget": 3, "max_per_option": 2})
    codes = issue_numbers(store, round_id, 3)
    server.poke()
    phone = _phone(server)
    _wait_for(lambda: (phone.state()["round"] or {}).get("voting") == "numbers")
    state = phone.state()["round"]
    assert state["id"] == round_id
    assert state["rules"]["budget"] == 3
    assert "_salt" not in json.dumps(state)
    assert "_numbers" not in json.dumps(state)
    assert phone.post("/api/voter-check", {"round_id": round_id, "voter_code": codes[0]})[0] == 200
    choices = {ws.options[0]: 2, ws.options[1]: 1}
    status, body = phone.ballot(round_id, choices, codes[0], sub="retry-of-one-ballot")
    assert status == 201, body
    assert body["receipt"]["choices"] == choices
    assert body["receipt"]["replaced"] is False
    # The same submission again (a retry): acknowledged, nothing new stored.
    again = phone.ballot(round_id, choices, codes[0], sub="retry-of-one-ballot")
    assert again[0] == 200
    assert again[1] == body
    # The code cannot cast another ballot, from this phone or any other.
    other = _phone(server)
    status, refused = other.ballot(round_id, {ws.options[2]: 1}, codes[0])
    assert status == 409
    assert refused["code"] == "code_used"
    check = other.post("/api/voter-check", {"round_id": round_id, "voter_code": codes[0]})
    assert check[0] == 409
    # A forged code is refused.
    forged = "000000" if "000000" not in codes else "999999"
    status, refused = other.ballot(round_id, {ws.options[2]: 1}, forged)
    assert status == 403
    assert refused["code"] == "bad_voter_code"
    # Participant ids are never accepted as voter codes.
    reader = Store(connect(db_path))
    assert ballots_cast(reader, round_id) == 1
    ballot = reader.list("ballot")[0]
    assert ballot["voter"].startswith("n-")
    assert codes[0] not in json.dumps(ballot)


def test_ballot_breaking_the_rules_is_refused_with_the_rule(room: Room, store: Store) -> None:  # noqa: F811
    server, ws = room
    round_id = make_round(store, ws, "dots", {"budget": 3, "max_per_option": 2})
    codes = issue_numbers(store, round_id, 1)
    server.poke()
    phone = _phone(server, "fr")
    status, body = phone.ballot(round_id, {ws.options[0]: 2, ws.options[1]: 2}, codes[0])
    assert status == 422
    assert body["code"] == "invalid"
    assert "4" in body["message"]
    assert "3" in body["message"]
    status, body = phone.ballot(round_id, {ws.options[0]: 3}, codes[0])
    assert status == 422
    assert ballots_cast(store, round_id) == 0
    # The code was not spent by the refused ballots.
    assert phone.ballot(round_id, {ws.options[0]: 2, ws.options[1]: 1}, codes[0])[0] == 201


def test_browser_poll_one_ballot_per_browser_recast_replaces(room: Room, store: Store) -> None:  # noqa: F811
    server, ws = room
    round_id = make_round(store, ws, "approval", open_it=False)
    allow_browser_votes(store, round_id)
    open_round(store, round_id)
    server.poke()
    phone = _phone(server)
    _wait_for(lambda: (phone.state()["round"] or {}).get("voting") == "browser")
    first = phone.ballot(round_id, {ws.options[0]: 1})
    assert first[0] == 201
    assert first[1]["receipt"]["replaced"] is False
    second = phone.ballot(round_id, {ws.options[1]: 1, ws.options[2]: 1})
    assert second[0] == 201
    assert second[1]["receipt"]["replaced"] is True
    assert ballots_cast(store, round_id) == 1
    assert _phone(server).ballot(round_id, {ws.options[0]: 1})[0] == 201
    assert ballots_cast(store, round_id) == 2
    ballot = store.list("ballot", "round_id = ?", [round_id])[0]
    assert ballot["voter"].startswith("b-")
    assert phone.client not in ballot["voter"]


def test_ranking_and_score_ballots(room: Room, store: Store) -> None:  # noqa: F811
    server, ws = room
    for method, good, bad in (
        ("ranking", {ws.options[0]: 1, ws.options[1]: 2}, {ws.options[0]: 1, ws.options[1]: 1}),
        ("score", {ws.options[0]: 5, ws.options[2]: 1}, {ws.options[0]: 6}),
    ):
        round_id = make_round(store, ws, method, open_it=False)
        allow_browser_votes(store, round_id)
        open_round(store, round_id)
        phone = _phone(server)
        assert phone.ballot(round_id, bad)[0] == 422
        assert phone.ballot(round_id, good)[0] == 201
        close_round(store, round_id)


def test_round_without_phone_voting_and_closed_round_refuse(room: Room, store: Store) -> None:  # noqa: F811
    server, ws = room
    roster_round = make_round(store, ws)
    phone = _phone(server)
    status, body = phone.ballot(roster_round, {ws.options[0]: 1})
    assert status == 403
    assert body["code"] == "no_phone_voting"
    close_round(store, roster_round)
    poll = make_round(store, ws, open_it=False)
    allow_browser_votes(store, poll)
    open_round(store, poll)
    close_round(store, poll)
    status, body = phone.ballot(poll, {ws.options[0]: 1})
    assert status == 409
    assert body["code"] == "round_not_open"
    assert ballots_cast(store, poll) == 0
    assert phone.ballot("0190aaaa-0000-7000-8000-000000000000", {})[0] == 404


def test_results_reach_phones_only_when_shown(room: Room, store: Store) -> None:  # noqa: F811
    server, ws = room
    round_id = make_round(store, ws, "dots", {"budget": 2}, hide_results=True, open_it=False)
    allow_browser_votes(store, round_id)
    open_round(store, round_id)
    phones = [_phone(server) for _ in range(3)]
    for phone in phones:
        assert phone.ballot(round_id, {ws.options[0]: 1, ws.options[1]: 1})[0] == 201
    server.poke()
    _wait_for(lambda: phones[0].state()["round"]["ballots_cast"] == 3)
    assert phones[0].state()["round"]["results"] is None
    close_round(store, round_id)  # results of a hidden round are shown once closed
    _wait_for(lambda: phones[0].state()["round"]["results"] is not None)
    results = phones[0].state()["round"]["results"]
    assert results["ballots_cast"] == 3
    assert {o["id"]: o["points"] for o in results["options"]}[ws.options[0]] == 3


def _read_events(port: int, code: str, count: int, timeout: float) -> list[dict]:  # type: ignore[type-arg]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    conn.request("GET", f"/api/events?room={code}")
    response = conn.getresponse()
    assert response.status == 200
    assert response.getheader("Content-Type", "").startswith("text/event-stream")
    events: list[dict] = []  # type: ignore[type-arg]
    while len(events) < count:
        line = response.fp.readline().decode()
        if line.startswith("data: "):
            events.append(json.loads(line[6:]))
    conn.close()
    return events


def test_sse_delivers_a_round_opened_on_the_laptop_within_a_second(
    room: Room,  # noqa: F811
    store: Store,
) -> None:
    import threading

    server, ws = room
    assert server.info is not None
    round_id = make_round(store, ws, open_it=False)
    allow_browser_votes(store, round_id)
    received: list[tuple[float, list[dict]]] = []  # type: ignore[type-arg]

    def listen() -> None:
        assert server.info is not None
        events = _read_events(server.info.port, server.info.code, 2, 5)
        received.append((time.monotonic(), events))

    listener = threading.Thread(target=listen)
    listener.start()
    _wait_for(lambda: server.connected_phones == 1)
    opened_at = time.monotonic()
    open_round(store, round_id)  # the laptop's own connection, as the UI does
    listener.join(5)
    assert received, "no event"
    arrived, events = received[0]
    assert events[0]["round"] is None
    assert events[1]["round"]["id"] == round_id
    assert events[1]["round"]["status"] == "open"
    assert arrived - opened_at < 1.0


def test_on_change_hook_and_stop_closes_everything(store: Store, db_path: Path) -> None:
    ws = make_workshop(store)
    kinds: list[str] = []
    server = RoomServer(db_path, ws.id, host="127.0.0.1", on_change=kinds.append)
    info = server.start()
    phone = Phone(info.port, info.code)
    assert phone.idea("Bonjour")[0] == 201
    _wait_for(lambda: "idea" in kinds)
    add_question(store, ws.id, "Une autre question ?")
    _wait_for(lambda: "state" in kinds)
    server.stop()
    assert not server.running
    import socket

    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", info.port)) != 0  # nothing listens any more


def test_static_files_and_translations(room: Room) -> None:  # noqa: F811
    server, _ws = room
    phone = _phone(server)
    status, body, headers = phone.request("GET", "/")
    assert status == 200
    assert b"<html" in body.lower()
    status, _body, headers = phone.request("GET", f"/r/{server.code}")
    assert status == 200
    etag = headers["ETag"]
    assert phone.request("GET", "/", headers={"If-None-Match": etag})[0] == 304
    status, data, _headers = phone.request("GET", "/i18n/ar.json")
    assert status == 200
    assert data["dir"] == "rtl"
    assert isinstance(data["messages"], dict)
    assert phone.request("GET", "/i18n/de.json")[0] == 404


def test_refused_public_host() -> None:
    import pytest

    from sim_facilitator.engine.errors import ValidationError

    for host in ("0.0.0.0", "8.8.8.8", "example.org"):
        with pytest.raises(ValidationError):
            RoomServer("unused.db", "w", host=host)


def test_listen_addresses_keep_only_loopback_and_private_ranges() -> None:
    from sim_facilitator.room.addresses import listen_addresses

    system = ["8.8.8.8", "10.0.0.2", "192.168.1.5", "169.254.1.1", "127.0.0.1", "0.0.0.0"]
    assert listen_addresses(system=system) == ["192.168.1.5", "10.0.0.2", "127.0.0.1"]
    # Link-local only when nothing private exists (two laptops on a cable, no DHCP).
    assert listen_addresses(system=["169.254.3.3", "100.64.0.1"]) == ["169.254.3.3", "127.0.0.1"]
    assert listen_addresses(host="192.168.1.5") == ["192.168.1.5"]
