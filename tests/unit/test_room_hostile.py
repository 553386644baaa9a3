"""Hostile input to the room: each case refused with its status and code, nothing changed.

The database's canonical dump is compared byte for byte before and after
every case (read through a fresh connection, as any other writer would see it).
"""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path

import pytest

from sim_facilitator.domain.votes.ballots import issue_numbers
from sim_facilitator.domain.votes.lifecycle import close_round
from sim_facilitator.engine.store import Store
from sim_facilitator.room.ballots import allow_browser_votes
from sim_facilitator.room.server import Limits, RoomServer
from tests.unit.test_room_server_support import Phone, dump, make_round, make_workshop, token


@pytest.fixture
def setup(store: Store, db_path: Path):  # type: ignore[no-untyped-def]
    ws = make_workshop(store)
    secret = make_round(store, ws, "dots", {"budget": 3, "max_per_option": 2})
    codes = issue_numbers(store, secret, 2)
    server = RoomServer(
        db_path, ws.id, host="127.0.0.1", limits=Limits(rate_burst=10_000, rate_per_second=1000)
    )
    info = server.start()
    try:
        yield server, ws, secret, codes, Phone(info.port, info.code, "fr")
    finally:
        server.stop()


def _raw(port: int, data: bytes, timeout: float = 5, first: bool = False) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        if first:  # the first bytes of the answer (the connection may stay open)
            return sock.recv(65536)
        chunks = []
        while True:
            try:
                chunk = sock.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def test_each_hostile_request_is_refused_and_changes_nothing(setup, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, ws, secret, codes, phone = setup
    good_idea = {"client": phone.client, "id": token(), "text": "ok"}
    json_header = {"Content-Type": "application/json"}
    cases: list[tuple[str, tuple[int, str], object]] = [
        ("not json", (400, "bad_json"), ("POST", "/api/ideas", b"{nope", json_header)),
        ("json array", (400, "bad_json"), ("POST", "/api/ideas", b"[1,2]", json_header)),
        (
            "duplicate keys",
            (400, "bad_json"),
            ("POST", "/api/ideas", b'{"text":"a","text":"b"}', json_header),
        ),
        ("NaN", (400, "bad_json"), ("POST", "/api/ideas", b'{"x": NaN}', json_header)),
        ("bad utf-8", (400, "bad_json"), ("POST", "/api/ideas", b'{"t":"\xff"}', json_header)),
        (
            "deep nesting",
            (400, "bad_json"),
            ("POST", "/api/ideas", b"[" * 3000 + b"]" * 3000, json_header),
        ),
        ("oversized", (413, "too_large"), ("POST", "/api/ideas", b" " * 9000, json_header)),
        (
            "not json type",
            (415, "not_json"),
            ("POST", "/api/ideas", json.dumps(good_idea).encode(), {"Content-Type": "text/plain"}),
        ),
        ("missing client", (400, "bad_request"), {"id": token(), "text": "x"}),
        ("short client", (400, "bad_request"), {**good_idea, "client": "abc"}),
        ("text not a string", (400, "bad_request"), {**good_idea, "text": ["x"]}),
        ("empty idea", (422, "invalid"), {**good_idea, "text": "   "}),
        ("idea too long", (422, "invalid"), {**good_idea, "text": "x" * 501}),
        ("name too long", (422, "invalid"), {**good_idea, "name": "n" * 41}),
        (
            "unknown question",
            (404, "not_found"),
            {**good_idea, "question_id": "0190aaaa-0000-7000-8000-000000000000"},
        ),
        ("bad question id", (400, "bad_request"), {**good_idea, "question_id": "../etc"}),
    ]
    ballot = {"client": phone.client, "id": token(), "round_id": secret}
    ballot_cases: list[tuple[str, tuple[int, str], dict[str, object]]] = [
        ("no code", (403, "bad_voter_code"), {**ballot, "choices": {ws.options[0]: 1}}),
        (
            "forged code",
            (403, "bad_voter_code"),
            {**ballot, "voter_code": "12345", "choices": {ws.options[0]: 1}},
        ),
        (
            "participant id as code",
            (403, "bad_voter_code"),
            {**ballot, "voter_code": ws.id, "choices": {ws.options[0]: 1}},
        ),
        (
            "over budget",
            (422, "invalid"),
            {**ballot, "voter_code": codes[0], "choices": {o: 2 for o in ws.options}},
        ),
        (
            "unknown option",
            (422, "invalid"),
            {**ballot, "voter_code": codes[0], "choices": {"nope": 1}},
        ),
        (
            "negative",
            (422, "invalid"),
            {**ballot, "voter_code": codes[0], "choices": {ws.options[0]: -1}},
        ),
        (
            "bool points",
            (400, "bad_request"),
            {**ballot, "voter_code": codes[0], "choices": {ws.options[0]: True}},
        ),
        ("choices not a dict", (400, "bad_request"), {**ballot, "choices": [1]}),
    ]
    before = dump(db_path)
    for name, (status, code), request in cases:
        if isinstance(request, tuple):
            method, path, body, headers = request
            got, payload, _h = phone.request(method, path, body, headers)
        else:
            got, payload = phone.post("/api/ideas", request)  # type: ignore[arg-type]
        assert (got, payload["code"]) == (status, code), name
        assert payload["message"], name
    for name, (status, code), body in ballot_cases:
        got, payload = phone.post("/api/ballots", body)
        assert (got, payload["code"]) == (status, code), (name, payload)
    for path in ("/api/state", "/api/ideas"):
        got, payload, _h = phone.request("GET", path, room="WRONG1")
        assert got in (403, 405), path
    assert phone.post("/api/ideas", good_idea, room="ZZZZZZ")[0] == 403
    assert phone.post("/api/ideas", good_idea, room="")[0] == 403
    assert dump(db_path) == before


def test_replayed_code_and_closed_round_change_nothing(setup, store: Store, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, ws, secret, codes, phone = setup
    assert phone.ballot(secret, {ws.options[0]: 1}, codes[0])[0] == 201
    before = dump(db_path)
    status, body = phone.ballot(secret, {ws.options[1]: 1}, codes[0])
    assert (status, body["code"]) == (409, "code_used")
    assert dump(db_path) == before
    close_round(store, secret)
    before = dump(db_path)
    status, body = phone.ballot(secret, {ws.options[1]: 1}, codes[1])
    assert (status, body["code"]) == (409, "round_not_open")
    assert dump(db_path) == before


def test_path_tricks_on_static_files(setup, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    server, _ws, _secret, _codes, phone = setup
    for path in (
        "/static/../server.py",
        "/static/..%2fserver.py",
        "/static/%2e%2e/%2e%2e/pyproject.toml",
        "/static/server.py",
        "/static/__init__.py",
        "/static/.hidden.js",
        "/static//etc/passwd",
        "/static/room.js%00.png",
        "/etc/passwd",
        "/i18n/../../../etc/passwd.json",
    ):
        status, body, _h = phone.request("GET", path)
        assert status == 404, path
        assert b"import" not in json.dumps(body).encode(), path
    raw = _raw(
        server.info.port,
        b"GET /static/../../pyproject.toml HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        first=True,
    )
    assert raw.startswith(b"HTTP/1.1 404"), raw[:40]


def test_method_not_allowed(setup) -> None:  # type: ignore[no-untyped-def]
    _server, _ws, _secret, _codes, phone = setup
    status, body, _h = phone.request("GET", "/api/ballots")
    assert (status, body["code"]) == (405, "method_not_allowed")


def test_flood_gets_429_and_others_are_served(store: Store, db_path: Path) -> None:
    ws = make_workshop(store)
    server = RoomServer(
        db_path, ws.id, host="127.0.0.1", limits=Limits(rate_burst=5, rate_per_second=1)
    )
    info = server.start()
    try:
        phone = Phone(info.port, info.code)
        before = dump(db_path)
        statuses = [phone.idea(f"spam {i}")[0] for i in range(12)]
        assert statuses[:5] == [201] * 5
        assert set(statuses[5:]) == {429}
        status, body, headers = phone.request("GET", "/api/state")
        assert status == 429
        assert body["code"] == "rate_limited"
        assert int(headers["Retry-After"]) >= 1
        assert len(store.list("idea")) == 3 + 5
        assert dump(db_path) != before  # the five allowed ones were stored, no more
    finally:
        server.stop()


def test_slow_body_times_out_and_stream_cap(store: Store, db_path: Path) -> None:
    ws = make_workshop(store)
    server = RoomServer(
        db_path,
        ws.id,
        host="127.0.0.1",
        limits=Limits(body_timeout_s=0.5, streams_per_client=2, rate_burst=1000),
    )
    info = server.start()
    try:
        before = dump(db_path)
        start = time.monotonic()
        head = (
            f"POST /api/ideas?room={info.code} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
        ).encode()
        reply = _raw(info.port, head, timeout=3, first=True)
        assert reply.startswith(b"HTTP/1.1 408"), reply[:60]
        assert time.monotonic() - start < 3
        assert dump(db_path) == before
        # Live streams: two per address here; the third is told to poll instead.
        streams = []
        for _ in range(2):
            sock = socket.create_connection(("127.0.0.1", info.port), timeout=3)
            sock.sendall(
                f"GET /api/events?room={info.code} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode()
            )
            assert sock.recv(4096).startswith(b"HTTP/1.1 200")
            streams.append(sock)
        deadline = time.monotonic() + 2
        while server.connected_phones < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        phone = Phone(info.port, info.code)
        status, body, _h = phone.request("GET", "/api/events")
        assert (status, body["code"]) == (503, "too_many_streams")
        for sock in streams:
            sock.close()
    finally:
        server.stop()


def test_browser_poll_cannot_be_used_with_a_closed_round(setup, store: Store) -> None:  # type: ignore[no-untyped-def]
    _server, ws, _secret, _codes, phone = setup
    poll = make_round(store, ws, "approval", open_it=False)
    allow_browser_votes(store, poll)
    # A draft round takes nothing.
    status, body = phone.ballot(poll, {ws.options[0]: 1})
    assert (status, body["code"]) == (409, "round_not_open")


def test_guessing_voter_codes_is_stopped(setup, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    _server, ws, secret, codes, phone = setup
    before = dump(db_path)
    wrong = [f"{n:06d}" for n in range(100_000, 100_100) if f"{n:06d}" not in codes][:10]
    for guess in wrong:
        check = phone.post("/api/voter-check", {"round_id": secret, "voter_code": guess})
        assert check[0] == 403
    status, body = phone.ballot(secret, {ws.options[0]: 1}, codes[0])  # even a right one
    assert (status, body["code"]) == (429, "rate_limited")
    assert dump(db_path) == before
