"""The app's side of the room conformance suite: the fixture workshop and a server.

``build_fixture(db_path)`` makes the fixture workshop of ``room/cases.json``
(its ``fixture`` section) with the app's own domain functions and returns the
placeholder values; ``serve(db_path, setup)`` starts the app's room server on
127.0.0.1 (any free port) with a setup's limits, as ``sim-facilitator room``
does headless (a right pairing code is enough). ``tests/unit/test_room_conformance.py``
runs every case this way; ``python -m conformance.app_room DIR`` does the same
for one setup and prints the command to run the cases.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import sys
from dataclasses import fields
from pathlib import Path
from typing import Any

from PIL import Image

from conformance.run_room import load
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.photos.images import SafeImage
from sim_facilitator.domain.photos.records import photo_id, store_photo
from sim_facilitator.domain.tables.records import create_tables, table_code
from sim_facilitator.domain.votes.ballots import cast_ballot, issue_numbers
from sim_facilitator.domain.votes.lifecycle import close_round, create_round, open_round
from sim_facilitator.domain.workshops import add_agenda_item, add_question, create_workshop
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import accept_device
from sim_facilitator.room.ballots import allow_browser_votes
from sim_facilitator.room.server import Limits, RoomServer
from sim_facilitator.sync.pictures import missing, referenced


def _round(
    store: Store,
    workshop: str,
    title: str,
    method: str,
    options: list[str],
    rules: dict[str, Any] | None = None,
) -> str:
    return create_round(store, workshop, title, method, options=options, rules=rules)


def build_fixture(db_path: Path, suite: dict[str, Any] | None = None) -> dict[str, str]:
    """The fixture workshop in a new database; the placeholder values (but ``room``)."""
    suite = suite or load()
    store = Store(connect(db_path))
    try:
        return _fill(store, suite)
    finally:
        store.db.conn.close()


def _fill(store: Store, suite: dict[str, Any]) -> dict[str, str]:
    v: dict[str, str] = {}
    ws = create_workshop(store, "Conformité", language="fr", status="active")
    v["workshop"] = ws
    agenda = add_agenda_item(store, ws, "Idéation", 30)
    # One breakout table, whose scribe may write from a phone (section 11).
    (table,) = create_tables(store, ws, agenda, ["Table 1"], ["Qui forme les jeunes ?"])
    v["table"] = table
    v["table_code"] = table_code(store, table)
    v["question"] = add_question(store, ws, "Que faire pour l'emploi des jeunes ?")
    options = [add_idea(store, ws, f"Idée {n}", v["question"]) for n in (1, 2, 3)]
    for n, option in enumerate(options, 1):
        v[f"option_{n}"] = option
    other = create_workshop(store, "Autre atelier", language="fr", status="active")
    v["other_question"] = add_question(store, other, "Une autre question ?")
    other_options = [add_idea(store, other, f"Autre {n}") for n in (1, 2)]
    v["other_round"] = _round(store, other, "Autre vote", "approval", other_options)
    issue_numbers(store, v["other_round"], 1)
    open_round(store, v["other_round"])
    # Closed, with results (two ballots), then the draft, then the open rounds: the
    # newest open round is the one phones see (``round_numbers``, created last).
    v["round_closed"] = _round(store, ws, "Vote clos", "approval", options)
    closed_codes = issue_numbers(store, v["round_closed"], 3)
    open_round(store, v["round_closed"])
    cast_ballot(store, v["round_closed"], closed_codes[0], {options[0]: 1})
    cast_ballot(store, v["round_closed"], closed_codes[1], {options[0]: 1, options[1]: 1})
    close_round(store, v["round_closed"])
    v["closed_code"] = closed_codes[2]
    v["round_draft"] = _round(store, ws, "Brouillon", "approval", options)
    v["draft_code"] = issue_numbers(store, v["round_draft"], 1)[0]
    v["round_laptop"] = _round(store, ws, "Vote sur l'ordinateur", "approval", options)
    open_round(store, v["round_laptop"])
    v["round_rank"] = _round(store, ws, "Classement", "ranking", options)
    allow_browser_votes(store, v["round_rank"])
    open_round(store, v["round_rank"])
    v["round_poll"] = _round(store, ws, "Sondage", "approval", options)
    allow_browser_votes(store, v["round_poll"])
    open_round(store, v["round_poll"])
    dots = {"budget": 5, "max_per_option": 2, "stacking": True}
    v["round_numbers"] = _round(store, ws, "Priorités", "dots", options, dots)
    codes = issue_numbers(store, v["round_numbers"], 12)
    open_round(store, v["round_numbers"])
    for n, code in enumerate(codes[:10], 1):
        v[f"code_{n}"] = code
    v["code_used"] = codes[10]
    cast_ballot(store, v["round_numbers"], codes[10], {options[0]: 2})
    v["wrong_code"] = next(f"{n:06d}" for n in range(100000, 999999) if f"{n:06d}" not in codes)
    # Two photos (section 11.2): one whose picture the room lacks (its record came
    # without it, as from a bundle that left photos out), one whose picture it holds.
    for name in ("wanted", "held"):
        data = base64.b64decode(suite["pictures"][name])
        digest = hashlib.sha256(data).hexdigest()
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
        if name == "held":
            store_photo(store, ws, SafeImage(data, digest, width, height), table_id=table)
        else:
            values = {"workshop_id": ws, "sha256": digest, "width": width, "height": height}
            store.create("photo", values, entity_id=photo_id(ws, digest))
        v[f"photo_{name}"] = photo_id(ws, digest)
    # The paired test laptop of the suite.
    device = suite["test_devices"]["test"]
    accept_device(store, device["device_id"], base64.b64decode(device["public_key"]), "test")
    return v


def limits_of(setup: dict[str, Any]) -> Limits:
    known = {f.name for f in fields(Limits)}
    return Limits(**{k: v for k, v in setup.get("limits", {}).items() if k in known})


def serve(db_path: Path, workshop: str, setup: dict[str, Any]) -> RoomServer:
    server = RoomServer(
        db_path,
        workshop,
        host="127.0.0.1",
        port=0,
        moderated=bool(setup.get("moderated")),
        limits=limits_of(setup),
        auto_confirm_pairing=True,
    )
    server.start()
    return server


def values_of(server: RoomServer, fixture: dict[str, str]) -> dict[str, str]:
    """The fixture's values and what the running server drew (room and pairing codes)."""
    assert server.info is not None
    code, _expires = server.sync.pairing_code()
    return {**fixture, "room": server.info.code, "pairing_code": code}


def snapshot(db_path: Path) -> tuple[str, int, str, str]:
    """What a refusal must leave as it was: the record, the op log, the trusted laptops
    (a pairing changes only the last: its case shows the trust through the protocol),
    the photos' pictures held."""
    store = Store(connect(db_path))
    try:
        ops = int(store.db.execute("SELECT count(*) FROM ops").fetchone()[0])
        trusted = repr(
            store.db.execute(
                "SELECT device_id, public_key FROM trusted_devices ORDER BY 1"
            ).fetchall()
        )
        named = referenced(store.db)
        pictures = repr(sorted(named - set(missing(store.db))))
        return dump_text(store.db), ops, trusted, pictures
    finally:
        store.db.conn.close()


def main(argv: list[str]) -> int:
    """Serve the fixture for one setup until Ctrl+C (to run the cases by hand)."""
    if not argv:
        print("usage: python -m conformance.app_room DIR [SETUP]", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "conformance.db"
    db_path.unlink(missing_ok=True)
    suite = load()
    fixture = build_fixture(db_path, suite)
    setup_name = argv[1] if len(argv) > 1 else "shared"
    server = serve(db_path, fixture["workshop"], suite["setups"][setup_name])
    values = folder / "values.json"
    values.write_text(json.dumps(values_of(server, fixture), indent=1), "utf-8")
    assert server.info is not None
    print(
        f"python -m conformance.run_room --url http://127.0.0.1:{server.info.port}"
        f" --values {values} --setup {setup_name}"
        f' --snapshot-cmd "sim-facilitator --db {db_path} dump"',
        flush=True,
    )
    try:
        import threading

        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
