"""Helpers shared by the room's server, hostile-input and CLI tests (no tests here).

Every request goes to 127.0.0.1 through http.client: the tests exercise the
real server thread, sockets and event loop, as a phone would.
"""

from __future__ import annotations

import http.client
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.votes.lifecycle import create_round, open_round
from sim_facilitator.domain.workshops import add_agenda_item, add_question, create_workshop
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.room.server import Limits, RoomServer


@dataclass
class Workshop:
    id: str
    question: str
    options: list[str]


def make_workshop(store: Store, n_options: int = 3) -> Workshop:
    workshop = create_workshop(store, "Atelier de Fès", language="fr", status="active")
    add_agenda_item(store, workshop, "Idéation", 30)
    question = add_question(store, workshop, "Que faire pour l'emploi des jeunes ?")
    options = [add_idea(store, workshop, f"Idée {i}", question) for i in range(n_options)]
    return Workshop(workshop, question, options)


def make_round(
    store: Store,
    ws: Workshop,
    method: str = "dots",
    rules: dict[str, Any] | None = None,
    hide_results: bool = False,
    open_it: bool = True,
) -> str:
    round_id = create_round(
        store,
        ws.id,
        f"Vote {method}",
        method,
        options=ws.options,
        rules=rules,
        hide_results=hide_results,
    )
    if open_it:
        open_round(store, round_id)
    return round_id


def token() -> str:
    return secrets.token_urlsafe(18)


class Phone:
    """One phone: its own browser token and HTTP connection to the room."""

    def __init__(self, port: int, code: str, lang: str = "en") -> None:
        self.port = port
        self.code = code
        self.lang = lang
        self.client = token()

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        room: str | None = None,
    ) -> tuple[int, Any, dict[str, str]]:
        sep = "&" if "?" in path else "?"
        if path.startswith("/api/"):
            path = f"{path}{sep}room={room if room is not None else self.code}&lang={self.lang}"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            raw = response.read()
            kind = response.getheader("Content-Type") or ""
            data: Any = json.loads(raw) if "json" in kind and raw else raw
            return response.status, data, dict(response.getheaders())
        finally:
            conn.close()

    def post(self, path: str, data: dict[str, Any], room: str | None = None) -> tuple[int, Any]:
        body = json.dumps(data).encode()
        status, payload, _headers = self.request(
            "POST", path, body, {"Content-Type": "application/json"}, room
        )
        return status, payload

    def state(self) -> dict[str, Any]:
        status, payload, _headers = self.request("GET", "/api/state")
        assert status == 200, payload
        return dict(payload)

    def idea(self, text: str, **extra: Any) -> tuple[int, Any]:
        return self.post(
            "/api/ideas", {"client": self.client, "id": token(), "text": text, **extra}
        )

    def ballot(
        self, round_id: str, choices: dict[str, int], code: str | None = None, sub: str = ""
    ) -> tuple[int, Any]:
        body = {
            "client": self.client,
            "id": sub or token(),
            "round_id": round_id,
            "voter_code": code,
            "choices": choices,
        }
        return self.post("/api/ballots", body)


def dump(path: Path) -> bytes:
    store = Store(connect(path))
    try:
        return dump_text(store.db).encode()
    finally:
        store.db.conn.close()


@pytest.fixture
def room(store: Store, db_path: Path) -> Iterator[tuple[RoomServer, Workshop]]:
    ws = make_workshop(store)
    server = RoomServer(db_path, ws.id, host="127.0.0.1", limits=Limits(poll_s=0.05))
    server.start()
    try:
        yield server, ws
    finally:
        server.stop()
