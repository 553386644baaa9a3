"""Live sync refuses, with a specific message and nothing changed: a wrong, expired
or reused pairing code (rate-limited), an unpaired laptop, a replayed, altered or
foreign-signed message, a known laptop with a new key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import fingerprint_of, own_public_key, trusted_devices
from sim_facilitator.room.server import RoomServer
from sim_facilitator.room.sync_client import finish_pairing, room_address, start_pairing
from sim_facilitator.sync import wire as W
from sim_facilitator.sync.errors import SyncError
from sim_facilitator.sync.exchange import SyncNode
from sim_facilitator.sync.pairing import CODE_TTL_S, PER_ADDRESS, PairingDesk
from sim_facilitator.sync.wire import Signed
from tests.helpers.sync_world import fresh, pair, settle


def state(store: Store) -> tuple[str, int, str]:
    """Everything a refusal must leave as it was: content, op log, sync bookkeeping."""
    ops = store.db.execute("SELECT count(*) FROM ops").fetchone()[0]
    meta = repr(store.db.execute("SELECT key, value FROM meta ORDER BY key").fetchall())
    return dump_text(store.db), ops, meta


@pytest.fixture
def two() -> tuple[SyncNode, SyncNode]:
    room, laptop = fresh(), fresh()
    pair(room, laptop)
    workshop = create_workshop(room, "Atelier")
    add_idea(room, workshop, "une idée")
    server, client = SyncNode(room), SyncNode(laptop)
    settle(client, server)
    add_idea(laptop, workshop, "une autre")
    return server, client


def refused(code: str, call, *stores: Store) -> SyncError:  # type: ignore[no-untyped-def]
    before = [state(s) for s in stores]
    with pytest.raises(SyncError) as caught:
        call()
    assert caught.value.code == code, caught.value.message
    assert [state(s) for s in stores] == before
    return caught.value


def test_an_unpaired_laptop_is_refused(two: tuple[SyncNode, SyncNode]) -> None:
    server, _client = two
    stranger = SyncNode(fresh())
    with pytest.raises(SyncError) as caught:
        stranger.request(server.device_id)  # it does not even know the room
    assert caught.value.code == "not_paired"
    pair(stranger.store, fresh())  # knows someone else, but the room does not know it
    stranger.store.db.execute(
        "INSERT INTO trusted_devices VALUES (?, ?, 'x', 0, NULL)",
        [server.device_id, own_public_key(server.store).hex()],
    )
    outgoing = stranger.request(server.device_id)
    error = refused("not_paired", lambda: server.answer(outgoing.signed), server.store)
    assert "not paired" in error.message


def test_a_replayed_request_is_refused(two: tuple[SyncNode, SyncNode]) -> None:
    server, client = two
    outgoing = client.request(server.device_id)
    reply, _ = server.answer(outgoing.signed)
    error = refused("replay", lambda: server.answer(outgoing.signed), server.store)
    assert "replay" in error.message
    client.take_reply(reply)
    # A reply delivered twice answers no request any more.
    refused("unexpected_reply", lambda: client.take_reply(reply), client.store)


def test_a_replay_is_refused_after_a_restart(two: tuple[SyncNode, SyncNode]) -> None:
    server, client = two
    outgoing = client.request(server.device_id)
    server.answer(outgoing.signed)
    restarted = SyncNode(server.store)  # a new process on the same database
    refused("replay", lambda: restarted.answer(outgoing.signed), server.store)


@pytest.mark.parametrize("where", [0, 10, 60, -30, -1])
def test_an_altered_message_is_refused(two: tuple[SyncNode, SyncNode], where: int) -> None:
    server, client = two
    outgoing = client.request(server.device_id)
    data = bytearray(outgoing.signed.data)
    data[where] ^= 0x01  # one flipped bit, in the header or in an op
    altered = Signed(bytes(data), outgoing.signed.signature)
    with pytest.raises(SyncError) as caught:
        server.answer(altered)
    assert caught.value.code in ("altered", "bad_message", "not_for_us", "other_key")
    # A valid message with a flipped signature bit: "altered" exactly.
    signature = bytearray(outgoing.signed.signature)
    signature[5] ^= 0x80
    error = refused(
        "altered",
        lambda: server.answer(Signed(outgoing.signed.data, bytes(signature))),
        server.store,
    )
    assert "altered" in error.message
    # Every flipped byte of a request is refused and changes nothing.
    before = state(server.store)
    for index in range(0, len(outgoing.signed.data), 7):
        data = bytearray(outgoing.signed.data)
        data[index] ^= 0x20
        with pytest.raises(SyncError):
            server.answer(Signed(bytes(data), outgoing.signed.signature))
    assert state(server.store) == before


def test_an_altered_reply_is_refused(two: tuple[SyncNode, SyncNode]) -> None:
    server, client = two
    outgoing = client.request(server.device_id)
    reply, _ = server.answer(outgoing.signed)
    data = bytearray(reply.data)
    data[-5] ^= 0x01
    refused(
        "altered", lambda: client.take_reply(Signed(bytes(data), reply.signature)), client.store
    )


def test_a_message_signed_by_another_key_is_refused(two: tuple[SyncNode, SyncNode]) -> None:
    server, client = two
    impostor = fresh()  # signs as the client's device with its own key
    outgoing = client.request(server.device_id)
    header, ops = W.split(outgoing.signed.data)
    forged = W.encode({**header, "key": W.b64(own_public_key(impostor))}, [])
    signed = Signed(forged, W.sign(impostor.signing_key(), forged))
    error = refused("other_key", lambda: server.answer(signed), server.store)
    assert "another key" in error.message
    # The right key claimed, the signature made with another: altered.
    claimed = W.encode(header, [])
    signed = Signed(claimed, W.sign(impostor.signing_key(), claimed))
    refused("altered", lambda: server.answer(signed), server.store)


def test_ops_are_checked_as_a_bundle_s(two: tuple[SyncNode, SyncNode]) -> None:
    server, client = two
    header, _ = W.split(client.request(server.device_id).signed.data)
    bad = '{"dev":"x","entity":"idea","hlc":1,"id":"i","prev":[],"set":{"text":""}}'
    data = W.encode({**header, "counter": header["counter"] + 1}, [("0" * 64, bad)])
    signed = Signed(data, W.sign(client.store.signing_key(), data))
    error = refused("bad_ops", lambda: server.answer(signed), server.store)
    assert "not valid" in error.message


# -- pairing codes --------------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_pairing_codes_are_short_lived_single_use_and_rate_limited() -> None:
    clock = Clock()
    desk = PairingDesk(clock=clock)
    first = desk.code()
    assert len(first) == 6
    assert first.isdigit()
    wrong = "000000" if first != "000000" else "111111"
    with pytest.raises(SyncError) as caught:
        desk.check(wrong, "10.0.0.5")
    assert caught.value.code == "code_wrong"
    desk.check(first, "10.0.0.5")
    desk.open("dev-a", b"k" * 32, b"n" * 32, "", "10.0.0.5")
    with pytest.raises(SyncError) as caught:
        desk.check(first, "10.0.0.6")
    assert caught.value.code == "code_used"
    second = desk.code()
    assert second != first
    clock.now += CODE_TTL_S + 1
    with pytest.raises(SyncError) as caught:
        desk.check(second, "10.0.0.7")
    assert caught.value.code == "code_expired"
    third = desk.code()
    for _ in range(PER_ADDRESS):
        with pytest.raises(SyncError):
            desk.check(wrong, "10.0.0.8")
    with pytest.raises(SyncError) as caught:
        desk.check(third, "10.0.0.8")  # even the right code, once limited
    assert caught.value.code == "code_rate_limited"
    assert "Wait" in caught.value.message
    clock.now += 61
    desk.check(third, "10.0.0.8")


# -- pairing over HTTP ------------------------------------------------------------------
@pytest.fixture
def room(tmp_path: Path) -> Iterator[RoomServer]:
    store = Store(connect(tmp_path / "room.db"))
    workshop = create_workshop(store, "Atelier")
    add_idea(store, workshop, "une idée")
    store.db.conn.close()
    server = RoomServer(tmp_path / "room.db", workshop, host="127.0.0.1")
    server.start()
    yield server
    server.stop()


def _url(server: RoomServer) -> str:
    assert server.info is not None
    return f"http://127.0.0.1:{server.info.port}"


def test_pairing_over_http_then_every_refusal(room: RoomServer, tmp_path: Path) -> None:
    laptop = Store(connect(tmp_path / "laptop.db"))
    code, _ = room.sync.pairing_code()
    wrong = "000000" if code != "000000" else "111111"
    with pytest.raises(SyncError) as caught:
        start_pairing(laptop, _url(room), wrong)
    assert caught.value.code == "code_wrong"
    offer = start_pairing(laptop, _url(room), code, "note-taker")
    assert offer.own_fingerprint == fingerprint_of(own_public_key(laptop))
    assert offer.confirm == "facilitator"
    assert trusted_devices(laptop) == []  # nothing trusted before both confirm
    # The facilitator sees the laptop and its fingerprint, and confirms.
    [waiting] = room.sync.waiting_pairings()
    assert waiting.fingerprint == offer.own_fingerprint
    with pytest.raises(SyncError) as caught:
        start_pairing(laptop, _url(room), code)
    assert caught.value.code == "code_used"
    room.sync.confirm(waiting.pairing_id)
    finish_pairing(laptop, offer)
    assert [d.device_id for d in trusted_devices(laptop)] == [offer.room_device]
    # A known laptop with a new key is refused, with its own message.
    clone = Store(connect(tmp_path / "clone.db"))
    clone.db.execute("UPDATE local_device SET device_id = ?", [laptop.device_id])
    clone = Store(clone.db)
    new_code, _ = room.sync.pairing_code()
    with pytest.raises(SyncError) as caught:
        start_pairing(clone, _url(room), new_code)
    assert caught.value.code == "key_changed"
    assert "another signing key" in caught.value.message


def test_a_rejected_pairing_trusts_nothing(room: RoomServer, tmp_path: Path) -> None:
    laptop = Store(connect(tmp_path / "laptop.db"))
    code, _ = room.sync.pairing_code()
    offer = start_pairing(laptop, _url(room), code)
    [waiting] = room.sync.waiting_pairings()
    room.sync.reject(waiting.pairing_id)
    with pytest.raises(SyncError) as caught:
        finish_pairing(laptop, offer, wait_s=1)
    assert caught.value.code == "pairing_rejected"
    assert trusted_devices(laptop) == []


def test_only_local_addresses_are_accepted() -> None:
    assert room_address("http://192.168.1.20:8080/?room=ABC") == ("192.168.1.20", 8080)
    assert room_address("127.0.0.1:5000") == ("127.0.0.1", 5000)
    with pytest.raises(SyncError) as caught:
        room_address("http://8.8.8.8:80")
    assert caught.value.code == "not_local"
