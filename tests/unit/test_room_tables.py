"""A table's scribe in the room (issue 26, item 2): joining with the table's code,
ideas tagged with the table, the table's question in the phones' state."""

from __future__ import annotations

import json
import time
from pathlib import Path

from sim_facilitator.domain.tables.records import create_tables, table_by_code, table_code
from sim_facilitator.domain.workshops import add_agenda_item, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.room.server import RoomServer
from tests.helpers.stores import make_store
from tests.unit.test_room_server_support import (  # noqa: F401 - the room fixture
    Phone,
    Workshop,
    dump,
    room,
    token,
)

Room = tuple[RoomServer, Workshop]


def _tables(store: Store, ws: Workshop) -> list[str]:
    agenda = store.in_workshop("agenda", ws.id)[0]["id"]
    return create_tables(
        store,
        ws.id,
        agenda,
        ["Table des jeunes", "طاولة النساء"],
        ["Quels métiers pour demain ?", "ما هي الخدمات المطلوبة؟"],
    )


def _phone(server: RoomServer, lang: str = "fr") -> Phone:
    assert server.info is not None
    return Phone(server.info.port, server.info.code, lang)


def test_table_codes_are_stable_short_and_secret(tmp_path: Path) -> None:
    store = make_store(tmp_path / "a.db")
    workshop = create_workshop(store, "Atelier")
    agenda = add_agenda_item(store, workshop, "Tables", 30)
    a, b = create_tables(store, workshop, agenda, ["A", "B"])
    code = table_code(store, a)
    assert len(code) == 6
    assert code.isalnum()
    assert code != table_code(store, b)
    assert table_code(Store(store.db), a) == code  # the same whenever the room opens
    assert table_by_code(store, workshop, f" {code[:3].lower()} {code[3:]} ")["id"] == a
    assert table_by_code(store, workshop, "AAAAAA") is None
    # Another laptop (another key) gives other codes: a code is not a function of the id.
    other = make_store(tmp_path / "b.db")
    assert table_code(other, a) != code


def test_scribe_joins_with_the_code_and_ideas_arrive_tagged(room: Room, store: Store) -> None:  # noqa: F811
    server, ws = room
    young, women = _tables(store, ws)
    server.poke()
    phone = _phone(server)
    deadline = time.monotonic() + 2
    while not phone.state().get("tables") and time.monotonic() < deadline:
        time.sleep(0.02)
    state = phone.state()
    assert [t["name"] for t in state["tables"]] == ["Table des jeunes", "طاولة النساء"]
    assert "code" not in json.dumps(state["tables"])
    assert table_code(store, young) not in json.dumps(state)

    code = table_code(store, women)
    status, joined = phone.post("/api/tables/join", {"code": code.lower()})
    assert status == 200, joined
    assert joined["table"] == {
        "id": women,
        "name": "طاولة النساء",
        "question": "ما هي الخدمات المطلوبة؟",
    }

    first_id = token()
    body = {"client": phone.client, "id": first_id, "text": "Un guichet mobile", "table_code": code}
    status, answer = phone.post("/api/ideas", body)
    assert status == 201, answer
    assert answer["receipt"]["table_id"] == women
    status, again = phone.post("/api/ideas", body)  # a retry: the same idea, not a second
    assert status == 200
    status, _ = phone.idea("Une crèche de quartier", table_code=code)
    assert status == 201
    status, _ = phone.idea("Une idée de la salle")
    assert status == 201
    tagged = sorted(i["text"] for i in store.in_workshop("idea", ws.id) if i["table_id"] == women)
    assert tagged == ["Un guichet mobile", "Une crèche de quartier"]
    loose = [i for i in store.in_workshop("idea", ws.id) if i["text"] == "Une idée de la salle"]
    assert loose[0]["table_id"] is None


def test_a_wrong_table_code_is_refused_and_changes_nothing(
    room: Room,  # noqa: F811
    store: Store,
    db_path: Path,
) -> None:
    server, ws = room
    _tables(store, ws)
    before = dump(db_path)
    phone = _phone(server, "ar")
    status, answer = phone.post("/api/tables/join", {"code": "ZZZZZZ"})
    assert status == 403
    assert answer["code"] == "bad_table_code"
    assert "الطاولة" in answer["message"]
    status, answer = phone.idea("Idée égarée", table_code="ZZZZZZ")
    assert status == 403
    assert answer["code"] == "bad_table_code"
    status, answer = phone.post("/api/tables/join", {"code": "<script>"})
    assert status == 400
    assert answer["field"] == "code"
    assert dump(db_path) == before
