"""The room's security review (issue 17 follow-up): each finding has its test here."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.votes.ballots import ballots_cast, issue_numbers
from sim_facilitator.domain.votes.lifecycle import close_round, open_round
from sim_facilitator.domain.workshops import add_question, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.room.ballots import allow_browser_votes
from sim_facilitator.room.connections import raise_file_limit, total_cap
from sim_facilitator.room.server import Limits, RoomServer
from tests.unit.test_room_server_support import (  # noqa: F401 - the room fixture
    Phone,
    Workshop,
    dump,
    make_round,
    make_workshop,
    room,
    token,
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


# -- H3 and M1: connections capped at accept, floods cut off -----------------------------
def _connect(port: int, source: str) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=3, source_address=(source, 0))


def _closed_by_server(sock: socket.socket) -> bool:
    sock.settimeout(1.0)
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def _get_state(sock: socket.socket, code: str) -> bytes:
    sock.sendall(f"GET /api/state?room={code} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    sock.settimeout(3)
    try:
        return sock.recv(65536)
    except ConnectionResetError:
        return b""


def test_idle_connections_are_capped_per_address_and_in_all(store: Store, db_path: Path) -> None:
    ws = make_workshop(store)
    limits = Limits(connections_per_address=2, streams_per_client=1, max_connections=5)
    server = RoomServer(db_path, ws.id, host="127.0.0.1", limits=limits)
    info = server.start()
    idle: list[socket.socket] = []
    try:
        # One address: three connections (two plus its one live stream), no more.
        idle = [_connect(info.port, "127.0.0.2") for _ in range(3)]
        extra = _connect(info.port, "127.0.0.2")
        assert _closed_by_server(extra)
        extra.close()
        assert not any(_closed_by_server(s) for s in idle)
        # Another address is still served.
        other = _connect(info.port, "127.0.0.3")
        assert _get_state(other, info.code).startswith(b"HTTP/1.1 200")
        idle.append(other)
        idle.append(_connect(info.port, "127.0.0.4"))
        # Five open in all: a sixth address is refused too.
        sixth = _connect(info.port, "127.0.0.5")
        assert _closed_by_server(sixth)
        sixth.close()
        # Closing one makes room again.
        idle.pop(0).close()
        deadline = time.monotonic() + 2
        while server.connections.count > 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        again = _connect(info.port, "127.0.0.5")
        assert _get_state(again, info.code).startswith(b"HTTP/1.1 200")
        again.close()
        assert server.connections.refused == 2
    finally:
        for sock in idle:
            sock.close()
        server.stop()


def test_the_file_limit_is_raised_and_the_cap_kept_clear_of_it() -> None:
    resource = pytest.importorskip("resource")
    soft = raise_file_limit()
    assert soft is not None
    assert soft == resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    assert total_cap(600, 1024) < 1024 - 256
    assert total_cap(600, 1 << 20) == 600


def test_a_flood_is_cut_off_and_refused_at_accept(store: Store, db_path: Path) -> None:
    ws = make_workshop(store)
    limits = Limits(rate_burst=2, rate_per_second=0.01, flood_429s=3, flood_block_s=60)
    server = RoomServer(db_path, ws.id, host="127.0.0.1", limits=limits)
    info = server.start()
    try:
        sock = _connect(info.port, "127.0.0.2")
        answers = [_get_state(sock, info.code)[:12] for _ in range(4)]
        assert answers[:2] == [b"HTTP/1.1 200"] * 2
        assert answers[2:] == [b"HTTP/1.1 429"] * 2
        last = _get_state(sock, info.code)  # the third 429 in a row: cut off
        assert last.startswith(b"HTTP/1.1 429")
        assert b"Connection: close" in last or _closed_by_server(sock)
        assert _closed_by_server(sock)
        sock.close()
        again = _connect(info.port, "127.0.0.2")
        assert _closed_by_server(again)  # refused at accept for a while
        again.close()
        other = _connect(info.port, "127.0.0.3")
        assert _get_state(other, info.code).startswith(b"HTTP/1.1 200")
        other.close()
    finally:
        server.stop()


# -- M4: a lone surrogate is bad JSON ---------------------------------------------------------
def test_a_lone_surrogate_is_refused_as_bad_json(room: Room, db_path: Path) -> None:  # noqa: F811
    server, _ws = room
    phone = _phone(server)
    before = dump(db_path)
    for text in ("\\ud800", "a\\udc00b", "\\ud83d"):
        body = f'{{"client": "{phone.client}", "id": "{"s" * 20}", "text": "{text}"}}'
        status, payload, _h = phone.request(
            "POST", "/api/ideas", body.encode(), {"Content-Type": "application/json"}
        )
        assert (status, payload["code"]) == (400, "bad_json"), text
    # A pair written as escapes is a character like any other.
    body = f'{{"client": "{phone.client}", "id": "{"t" * 20}", "text": "\\ud83d\\ude00"}}'
    status, payload, _h = phone.request(
        "POST", "/api/ideas", body.encode(), {"Content-Type": "application/json"}
    )
    assert status == 201
    assert payload["receipt"]["text"] == "\U0001f600"
    assert dump(db_path) != before


# -- M5: what a phone types is cleaned ---------------------------------------------------------
def test_controls_and_bidi_overrides_are_removed_from_ideas_and_names(
    room: Room,  # noqa: F811
    store: Store,
) -> None:
    server, _ws = room
    phone = _phone(server)
    text = "\x00Bonne\x07 idée\u202e gnp\u202c\u2066x\u2069\x85\n\n\n \n\tsuite\u2028fin\x1b[31m"
    status, body = phone.idea(text, name="Ali\nBaba\u202e\r\n  Z\x9b")
    assert status == 201, body
    receipt = body["receipt"]
    assert receipt["text"] == "Bonne idée gnpx\n\nsuite\nfin[31m"
    assert receipt["name"] == "Ali Baba Z"
    stored = store.require("idea", receipt["id"])
    assert stored["text"] == receipt["text"]
    assert stored["display_name"] == "Ali Baba Z"
    # Nothing left once cleaned: an empty idea.
    status, body = phone.idea("\u202e\x00\u2066 \x01")
    assert (status, body["code"]) == (422, "invalid")


# -- L7 and L10: headers, and the Host a phone may use -------------------------------------
def test_answers_carry_a_content_policy_and_no_server_version(room: Room) -> None:  # noqa: F811
    server, _ws = room
    phone = _phone(server)
    for path in ("/", "/static/room.js", "/api/state", "/api/nothing"):
        _status, _body, headers = phone.request("GET", path)
        assert "default-src 'self'" in headers["Content-Security-Policy"], path
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], path
        assert headers["X-Content-Type-Options"] == "nosniff", path
        server_header = headers.get("Server", "")
        assert "aiohttp" not in server_header, path
        assert "Python" not in server_header, path


def test_a_foreign_host_name_is_refused(room: Room, store: Store, db_path: Path) -> None:  # noqa: F811
    server, _ws = room
    phone = _phone(server)
    assert server.info is not None
    port = server.info.port
    before = dump(db_path)
    for host in ("evil.example", f"evil.example:{port}", "127.0.0.1.evil.example"):
        status, body, _h = phone.request("GET", "/api/state", headers={"Host": host})
        assert (status, body["code"]) == (421, "bad_host"), host
        status, body, _h = phone.request(
            "POST",
            "/api/ideas",
            b'{"client": "%s", "id": "%s", "text": "x"}' % (phone.client.encode(), b"r" * 20),
            {"Host": host, "Content-Type": "application/json"},
        )
        assert (status, body["code"]) == (421, "bad_host"), host
    assert dump(db_path) == before
    for host in (f"127.0.0.1:{port}", "127.0.0.1", f"localhost:{port}"):
        assert phone.request("GET", "/api/state", headers={"Host": host})[0] == 200, host


# -- L5: the current question is the laptop's -----------------------------------------------
def test_a_phones_idea_does_not_change_the_current_question(room: Room, store: Store) -> None:  # noqa: F811
    from sim_facilitator.domain.projector import current_question

    server, ws = room
    second = add_question(store, ws.id, "Et pour les femmes ?")
    server.poke()
    phone = _phone(server)
    _wait_for(lambda: len(phone.state()["questions"]) == 2)
    assert phone.state()["current_question_id"] == ws.question
    assert phone.idea("Sous l'autre question", question_id=second)[0] == 201
    server.poke()
    time.sleep(0.3)
    assert phone.state()["current_question_id"] == ws.question
    assert current_question(store, ws.id) == "Que faire pour l'emploi des jeunes ?"
    add_idea(store, ws.id, "Typed on the laptop", second)  # the facilitator moves on
    server.poke()
    _wait_for(lambda: phone.state()["current_question_id"] == second)
    assert current_question(store, ws.id) == "Et pour les femmes ?"


# -- L6 and L9: writes observe the clock inside their transaction, reads are snapshots -------
def test_writes_and_state_reads_each_run_in_one_transaction(
    room: Room,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import asyncio

    import sim_facilitator.room.server as server_module

    server, _ws = room
    loop = server._loop
    assert loop is not None
    seen = asyncio.run_coroutine_threadsafe(
        server.write(lambda s: s.db.conn.in_transaction), loop
    ).result(5)
    assert seen is True
    reads: list[bool] = []
    real = server_module.phone_state

    def recording(store: Store, *args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(store.db.conn.in_transaction)
        return real(store, *args, **kwargs)

    monkeypatch.setattr(server_module, "phone_state", recording)
    server.poke()
    _wait_for(lambda: bool(reads))
    assert all(reads)


def test_the_laptops_store_follows_the_newest_stamp_of_the_same_file(db_path: Path) -> None:
    """L6, laptop side: the room server and the window share the file and the device
    id; a write of the window's Store comes after whatever the server wrote since."""
    from sim_facilitator.engine.clock import HybridClock
    from sim_facilitator.engine.oplog import newest_hlc
    from sim_facilitator.engine.storage import connect

    wall = 1_700_000_000_000  # both clocks read the same millisecond
    window = Store(connect(db_path))
    window.clock = HybridClock(newest_hlc(window.db), now=lambda: wall)
    server_side = Store(connect(db_path))  # opened at the same moment, same device
    server_side.clock = HybridClock(newest_hlc(server_side.db), now=lambda: wall)
    assert window.device_id == server_side.device_id
    ws = create_workshop(server_side, "Atelier", language="fr")
    add_idea(server_side, ws, "Depuis un téléphone")
    newest = newest_hlc(window.db)
    add_idea(window, ws, "Tapé sur le portable")
    stamps = [row[0] for row in window.db.execute("SELECT hlc FROM ops ORDER BY seq")]
    assert len(set(stamps)) == len(stamps)  # no two ops of one device share a stamp
    assert stamps[-1] > newest


# -- M2: ideas have a budget of their own, and the moderation queue a cap ----------------
def _started(db_path: Path, ws: Workshop, **kwargs) -> RoomServer:  # type: ignore[no-untyped-def]
    moderated = kwargs.pop("moderated", False)
    server = RoomServer(
        db_path, ws.id, host="127.0.0.1", limits=Limits(poll_s=0.05, **kwargs), moderated=moderated
    )
    server.start()
    return server


def test_ideas_from_one_address_have_a_small_budget(store: Store, db_path: Path) -> None:
    ws = make_workshop(store)
    server = _started(db_path, ws, idea_burst=3, idea_every_s=60)
    try:
        phone = _phone(server, "fr")
        first = {"client": phone.client, "id": token(), "text": "Idée 0"}
        assert phone.post("/api/ideas", first)[0] == 201
        assert phone.post("/api/ideas", first)[0] == 200  # a retry costs nothing
        assert phone.idea("Idée 1")[0] == 201
        assert phone.idea("Idée 2")[0] == 201
        before = dump(db_path)
        body = json.dumps({"client": phone.client, "id": token(), "text": "Encore une"})
        status, payload, headers = phone.request(
            "POST", "/api/ideas", body.encode(), {"Content-Type": "application/json"}
        )
        assert status == 429
        assert payload["code"] == "ideas_too_fast"
        assert 1 <= int(headers["Retry-After"]) <= 60
        assert payload["retry_after"] == int(headers["Retry-After"])
        assert "idées" in payload["message"]
        assert headers["Retry-After"] in payload["message"]
        # Another browser on the same address shares the address's budget.
        other = _phone(server, "ar")
        status, payload = other.idea("فكرة أخرى")
        assert (status, payload["code"]) == (429, "ideas_too_fast")
        assert "ثانية" in payload["message"]
        assert dump(db_path) == before
        # The general rate limit is untouched: the phone still reads the state.
        assert phone.state()["version"] >= 1
    finally:
        server.stop()


def test_ideas_from_one_browser_have_a_small_budget_whatever_its_address(
    store: Store, db_path: Path
) -> None:
    from sim_facilitator.room.errors import RoomError
    from sim_facilitator.room.http import _take_idea_budget

    ws = make_workshop(store)
    server = RoomServer(db_path, ws.id, limits=Limits(idea_burst=2, idea_every_s=10))
    browser = token()
    _take_idea_budget(server, "192.168.1.10", browser)
    _take_idea_budget(server, "192.168.1.11", browser)
    with pytest.raises(RoomError) as refused:
        _take_idea_budget(server, "192.168.1.12", browser)
    assert refused.value.code == "ideas_too_fast"
    assert refused.value.extra["retry_after"] == 10
    _take_idea_budget(server, "192.168.1.12", token())  # the refused one cost its address nothing
    _take_idea_budget(server, "192.168.1.12", token())


def test_a_full_moderation_queue_refuses_new_ideas(store: Store, db_path: Path) -> None:
    from sim_facilitator.room.ideas import approve_idea, pending_ideas

    ws = make_workshop(store)
    server = _started(db_path, ws, moderated=True, max_pending_ideas=2, idea_burst=100)
    try:
        phone = _phone(server)
        assert phone.idea("One")[0] == 201
        assert phone.idea("Two")[0] == 201
        before = dump(db_path)
        status, payload = phone.idea("Three")
        assert (status, payload["code"]) == (429, "moderation_full")
        assert "approval" in payload["message"]
        assert payload["retry_after"] >= 1
        assert dump(db_path) == before
        approve_idea(store, pending_ideas(store, ws.id)[0]["id"])
        assert phone.idea("Three")[0] == 201
        server.set_moderated(False)  # not moderated: no queue, no cap
        _wait_for(lambda: not phone.state()["ideas"]["moderated"])
        assert phone.idea("Four")[0] == 201
    finally:
        server.stop()


# -- M6: wrong voter codes from many addresses ------------------------------------------
def test_many_wrong_codes_in_the_room_pause_every_code_check(store: Store, db_path: Path) -> None:
    ws = make_workshop(store)
    round_id = make_round(store, ws, "approval", {})
    code = issue_numbers(store, round_id, 1)[0]
    wrong = "000000" if code != "000000" else "111111"
    # Per address generous (as if each guess came from its own address), room-wide 3.
    server = _started(db_path, ws, code_failures=1000, room_code_failures=3)
    try:
        phone = _phone(server, "fr")
        check = {"round_id": round_id, "voter_code": wrong}
        for _ in range(4):
            assert phone.post("/api/voter-check", check)[1]["code"] == "bad_voter_code"
        assert server.wrong_codes == 4
        # Every code check is now refused, the right code included, and ballots too.
        status, payload = _phone(server).post(
            "/api/voter-check", {"round_id": round_id, "voter_code": code}
        )
        assert (status, payload["code"]) == (429, "codes_paused")
        assert payload["retry_after"] >= 30
        status, payload = _phone(server, "fr").ballot(round_id, {ws.options[0]: 1}, code)
        assert (status, payload["code"]) == (429, "codes_paused")
        assert "codes" in payload["message"]
        assert ballots_cast(store, round_id) == 0
        assert server.wrong_codes == 4  # refusals while paused check nothing
    finally:
        server.stop()


def test_the_wrong_code_counts_per_address_are_forgotten_after_their_window(
    room: Room,  # noqa: F811
) -> None:
    server, _ws = room
    loop = server._loop
    assert loop is not None
    old = time.monotonic() - server.limits.code_window_s - 1

    def fill() -> None:
        for n in range(500):
            server.code_failures[f"10.0.{n // 250}.{n % 250}"] = (3, old)
        server.code_failures["10.9.9.9"] = (3, time.monotonic())  # still counting

    loop.call_soon_threadsafe(fill)
    _wait_for(lambda: len(server.code_failures) == 1)
    assert list(server.code_failures) == ["10.9.9.9"]
