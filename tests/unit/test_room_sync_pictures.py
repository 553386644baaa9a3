"""Photos' pictures over live sync through real HTTP on 127.0.0.1 (§10.7).

Two databases: the room's (served by ``RoomServer``) and a note-taker's (its
``SyncClient`` thread). A photo attached on either laptop ends up with its
picture on the other, and the minutes there no longer say the picture has not
arrived; a hostile request is refused with its code and the room's database
unchanged; a picture nobody has is not asked for in a loop; ops keep flowing.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.photos.images import safe_image
from sim_facilitator.domain.photos.records import add_photo, photo_bytes, photos_of, store_photo
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.merge import catch_up_clock
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import render_minutes
from sim_facilitator.export.minutes.labels import label
from sim_facilitator.room.server import RoomServer
from sim_facilitator.room.sync_client import SyncClient, finish_pairing, start_pairing
from sim_facilitator.sync import pictures as P
from sim_facilitator.sync import wire as W
from sim_facilitator.sync.exchange import SyncNode
from tests.helpers.pictures import phone_photo

TIMEOUT_S = 20.0


def wait_for(condition: Callable[[], bool], timeout: float = TIMEOUT_S) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("not reached in time")
        time.sleep(0.05)


class Pair:
    def __init__(self, tmp_path: Path) -> None:
        self.room_db, self.laptop_db = tmp_path / "room.db", tmp_path / "laptop.db"
        origin = Store(connect(self.room_db))
        self.workshop = create_workshop(origin, "Atelier des tables")
        origin.db.conn.close()
        self.server = RoomServer(self.room_db, self.workshop, host="127.0.0.1")
        self.server.start()
        assert self.server.info is not None
        self.url = f"http://127.0.0.1:{self.server.info.port}"
        self.room = Store(connect(self.room_db))  # the room laptop's window
        self.laptop = Store(connect(self.laptop_db))  # the note-taker's window
        code, _ = self.server.sync.pairing_code()
        offer = start_pairing(self.laptop, self.url, code, "note-taker")
        [waiting] = self.server.sync.waiting_pairings()
        self.server.sync.confirm(waiting.pairing_id)
        finish_pairing(self.laptop, offer)
        self.client: SyncClient | None = None

    def start(self) -> None:
        self.client = SyncClient(self.laptop_db, self.url, interval_s=0.1)
        self.client.start()
        wait_for(lambda: self.laptop.get("workshop", self.workshop) is not None)

    def stop(self) -> None:
        if self.client is not None:
            self.client.stop()
        self.server.stop()

    def pictures(self, store: Store) -> dict[str, bytes | None]:
        return {p["sha256"]: photo_bytes(store, p) for p in photos_of(store, self.workshop)}


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    world = Pair(tmp_path)
    try:
        yield world
    finally:
        world.stop()


def minutes_text(store: Store, workshop: str) -> str:
    data, _, record = render_minutes(store, workshop, "en")
    if shutil.which("pdftotext") is None:  # the record is what the PDF is made of
        return "" if all(bytes_ for _, _, bytes_ in record.photos) else label("photo_missing", "en")
    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_photos_reach_the_other_laptop_both_ways_and_the_minutes_show_them(pair: Pair) -> None:
    pair.start()
    catch_up_clock(pair.laptop)
    add_photo(pair.laptop, pair.workshop, phone_photo(1200, 900, seed=1), "table1.jpg")
    catch_up_clock(pair.room)
    add_photo(pair.room, pair.workshop, phone_photo(1200, 900, seed=2), "table2.jpg")
    missing = label("photo_missing", "en")
    # Both records, then both pictures, on both laptops.
    wait_for(lambda: len(pair.pictures(pair.room)) == 2 and len(pair.pictures(pair.laptop)) == 2)
    wait_for(lambda: all(pair.pictures(pair.room).values()))
    wait_for(lambda: all(pair.pictures(pair.laptop).values()))
    assert pair.pictures(pair.room) == pair.pictures(pair.laptop)
    for store in (pair.room, pair.laptop):
        assert missing not in minutes_text(store, pair.workshop)
    assert dump_text(pair.room.db) == dump_text(pair.laptop.db)


_last_signature: list[bytes] = [b""]


def _post(url: str, path: str, data: bytes, signature: bytes) -> tuple[int, bytes]:
    host, port = url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        conn.request(
            "POST",
            path,
            body=data,
            headers={
                "Content-Type": "application/x-sim-sync",
                "Sim-Sync-Signature": W.b64(signature),
            },
        )
        response = conn.getresponse()
        answer = response.read()
        header = response.getheader("Sim-Sync-Signature")
        _last_signature[0] = W.unb64(header, W.SIGNATURE_SIZE, "signature") if header else b""
        return response.status, answer
    finally:
        conn.close()


def blobs_of(store: Store) -> list[str]:
    return sorted(P.referenced(store.db) - set(P.missing(store.db)))


def test_hostile_pictures_are_refused_over_http_and_ops_still_flow(pair: Pair) -> None:
    """The note-taker's laptop turns hostile (it holds the paired key): the room refuses
    altered and stray pictures with their codes and stores nothing; ops still flow."""
    image = safe_image(phone_photo(800, 600, seed=3), "a.jpg")
    node = SyncNode(pair.laptop)
    room_device = pair.room.device_id

    def exchange_ops() -> None:
        for _ in range(3):  # the first learns the room's cursor; then push and pull
            outgoing = node.request(room_device)
            signed = outgoing.signed
            status, body = _post(pair.url, "/sync/exchange", signed.data, signed.signature)
            assert status == 200, body
            node.take_reply(W.Signed(body, _last_signature[0]))

    exchange_ops()  # the workshop arrives
    store_photo(pair.laptop, pair.workshop, image)
    exchange_ops()
    wait_for(
        lambda: pair.room.get("photo", photos_of(pair.laptop, pair.workshop)[0]["id"]) is not None
    )
    # Ask once so the room says it wants the picture.
    outgoing = node.picture_request(room_device)
    status, body = _post(
        pair.url, "/sync/pictures", outgoing.signed.data, outgoing.signed.signature
    )
    assert status == 200
    assert W.split(body)[0]["want"] == [image.sha256]

    def send(lines: dict[str, bytes]) -> tuple[int, dict[str, object]]:
        header = {
            "proto": W.PROTOCOL,
            "kind": P.KIND_REQUEST,
            "from": pair.laptop.device_id,
            "to": room_device,
            "key": W.b64(node._public),
            "counter": node._next_counter(),
            "want": [],
            "lacking": [],
        }
        data = P.encode_message(header, lines)
        status, answer = _post(pair.url, "/sync/pictures", data, W.sign(node._key, data))
        return status, json.loads(answer)

    before = dump_text(pair.room.db), blobs_of(pair.room)
    altered = bytearray(image.data)
    altered[len(altered) // 3] ^= 0x10
    lines = {image.sha256: bytes(altered)}
    assert send(lines)[:1] == (400,)
    assert send(lines)[1]["code"] == "picture_hash"
    stray = safe_image(phone_photo(640, 480, seed=4), "b.jpg").data
    status, refusal = send({hashlib.sha256(stray).hexdigest(): stray})
    assert (status, refusal["code"]) == (409, "picture_unknown")
    assert "no photo on this laptop" in str(refusal["message"])
    big = b"\xff\xd8\xff" + bytes(P.MAX_PICTURE_BYTES)
    assert send({hashlib.sha256(big).hexdigest(): big})[1]["code"] == "picture_too_large"
    assert (dump_text(pair.room.db), blobs_of(pair.room)) == before
    missing = label("photo_missing", "en")
    assert missing in minutes_text(pair.room, pair.workshop)
    # Ops still flow: an idea on the laptop reaches the room, one on the room comes back.
    catch_up_clock(pair.laptop)
    idea = add_idea(pair.laptop, pair.workshop, "après les refus")
    exchange_ops()
    assert pair.room.get("idea", idea) is not None
    # And the real picture is then taken.
    header = {
        "proto": W.PROTOCOL,
        "kind": P.KIND_REQUEST,
        "from": pair.laptop.device_id,
        "to": room_device,
        "key": W.b64(node._public),
        "counter": node._next_counter(),
        "want": [],
        "lacking": [],
    }
    data = P.encode_message(header, {image.sha256: image.data})
    status, answer = _post(pair.url, "/sync/pictures", data, W.sign(node._key, data))
    assert status == 200
    assert W.split(answer)[0]["taken"] == 1
    assert missing not in minutes_text(pair.room, pair.workshop)


def test_a_picture_nobody_has_is_not_asked_for_in_a_loop(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = safe_image(phone_photo(640, 480, seed=5), "c.jpg")
    store_photo(pair.room, pair.workshop, image)
    pair.room.db.execute("DELETE FROM photo_blobs")  # the room lost it (a left-out bundle)
    rounds: list[float] = []
    lock = threading.Lock()
    original = SyncNode.picture_request

    def counted(self: SyncNode, peer: str):  # type: ignore[no-untyped-def]
        with lock:
            rounds.append(time.monotonic())
        return original(self, peer)

    monkeypatch.setattr(SyncNode, "picture_request", counted)
    pair.start()
    wait_for(lambda: len(photos_of(pair.laptop, pair.workshop)) == 1)
    time.sleep(3.0)  # 30 op exchanges at 0.1 s
    # The first round learns the room lacks it; then only the periodic round (5 s).
    assert 1 <= len(rounds) <= 3, rounds
    # Ops still flow meanwhile.
    catch_up_clock(pair.room)
    idea = add_idea(pair.room, pair.workshop, "toujours là")
    wait_for(lambda: pair.laptop.get("idea", idea) is not None)
