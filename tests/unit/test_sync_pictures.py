"""Live sync carries photos' pictures (docs/room-protocol.md §10.7), in memory.

A picture attached on one laptop reaches the other after its record, in either
direction; a hostile peer (paired, signing what it sends) cannot make a laptop
store altered, stray, oversized or non-JPEG bytes, nor one it did not ask for;
a picture neither side has is not asked for again and again; ops keep flowing
whatever happens to pictures.
"""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Callable

import pytest

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.photos.images import MAX_STORED_BYTES, safe_image
from sim_facilitator.domain.photos.records import add_photo, photo_bytes, photos_of, store_photo
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.blobs import get_blob
from sim_facilitator.engine.canonical import canonical_bytes
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.store import Store
from sim_facilitator.sync import pictures as P
from sim_facilitator.sync import wire as W
from sim_facilitator.sync.errors import SyncError
from sim_facilitator.sync.exchange import SyncNode
from sim_facilitator.sync.wire import Signed
from tests.helpers.pictures import phone_photo
from tests.helpers.sync_world import fresh, pair, settle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def picture(seed: int, size: int = 640) -> bytes:
    """A JPEG as the app stores one (made safe from a small phone photo)."""
    return safe_image(phone_photo(size, size * 3 // 4, seed=seed), "p.jpg").data


def blob_rows(store: Store) -> list[str]:
    try:
        rows = store.db.execute("SELECT sha256 FROM photo_blobs ORDER BY 1").fetchall()
    except Exception:
        return []
    return [str(r[0]) for r in rows]


def state(store: Store) -> tuple[str, list[str], str]:
    meta = repr(store.db.execute("SELECT key, value FROM meta ORDER BY key").fetchall())
    return dump_text(store.db), blob_rows(store), meta


class World:
    def __init__(self) -> None:
        self.clock = Clock()
        self.room, self.laptop = fresh(), fresh()
        pair(self.room, self.laptop)
        self.workshop = create_workshop(self.room, "Atelier")
        self.server = SyncNode(self.room, clock=self.clock)
        self.client = SyncNode(self.laptop, clock=self.clock)
        settle(self.client, self.server)

    def round(self) -> tuple[int, int, bool]:
        """One pictures request and its reply: (stored on the room, stored here, more)."""
        outgoing = self.client.picture_request(self.room.device_id)
        reply, done = self.server.answer_pictures_message(outgoing.signed)
        result = self.client.take_pictures(reply)
        return done.received, result.received, result.more

    def sync_all(self, limit: int = 30) -> int:
        """Ops, then pictures while there is work; the number of pictures rounds."""
        settle(self.client, self.server)
        for n in range(limit):
            _, _, more = self.round()
            settle(self.client, self.server)
            if not more:
                return n + 1
        raise AssertionError("pictures did not settle")


@pytest.fixture
def world() -> World:
    return World()


def test_a_picture_reaches_the_room_and_the_room_s_reaches_the_laptop(world: World) -> None:
    mine = add_photo(world.laptop, world.workshop, phone_photo(800, 600, seed=1), "a.jpg")
    theirs = add_photo(world.room, world.workshop, phone_photo(800, 600, seed=2), "b.jpg")
    settle(world.client, world.server)
    # The records arrived with the ops; the pictures not yet.
    for store in (world.room, world.laptop):
        assert sorted(p["id"] for p in photos_of(store, world.workshop)) == sorted([mine, theirs])
    assert len(P.missing(world.room.db)) == 1
    assert len(P.missing(world.laptop.db)) == 1
    world.sync_all()
    assert P.missing(world.room.db) == []
    assert P.missing(world.laptop.db) == []
    for store in (world.room, world.laptop):
        for photo in photos_of(store, world.workshop):
            assert photo_bytes(store, photo) == photo_bytes(world.room, photo)
            assert photo_bytes(store, photo) is not None
    assert dump_text(world.room.db) == dump_text(world.laptop.db)


def test_many_pictures_travel_in_bounded_rounds(world: World) -> None:
    data = [picture(n) for n in range(12)]
    for n, raw in enumerate(data):
        add_photo(world.laptop, world.workshop, raw, f"p{n}.jpg")
    settle(world.client, world.server)
    sizes: list[int] = []
    original = world.client.picture_request

    def spy(peer: str):  # type: ignore[no-untyped-def]
        outgoing = original(peer)
        sizes.append(outgoing.sent)
        return outgoing

    world.client.picture_request = spy  # type: ignore[method-assign]
    rounds = world.sync_all()
    assert max(sizes) <= P.PICTURES_MAX
    assert rounds >= 12 / P.PICTURES_MAX
    assert P.missing(world.room.db) == []


def hostile_reply(
    world: World, lines: list[tuple[str, bytes]], want: list[str] | None = None
) -> Signed:
    """A picture batch signed by the room's own key (a paired, hostile peer), answering
    the laptop's next pictures request."""
    outgoing = world.client.picture_request(world.room.device_id)
    header = {
        "proto": W.PROTOCOL,
        "kind": P.KIND_REPLY,
        "from": world.room.device_id,
        "to": world.laptop.device_id,
        "key": W.b64(world.server._public),
        "reply_to": outgoing.signed.digest,
        "taken": 0,
        "want": want or [],
        "lacking": [],
        "more": False,
        "count": len(lines),
    }
    body = b"".join(
        canonical_bytes({"data": base64.b64encode(d).decode(), "sha256": h}) + b"\n"
        for h, d in sorted(lines)
    )
    data = canonical_bytes(header) + b"\n" + body
    return Signed(data, W.sign(world.server._key, data))


def room_only_photo(world: World, seed: int) -> tuple[str, bytes]:
    """A photo recorded on the room whose picture neither laptop holds (the laptop
    asks for it): its hash and the picture."""
    image = safe_image(phone_photo(640, 480, seed=seed), "r.jpg")
    store_photo(world.room, world.workshop, image)
    world.room.db.execute("DELETE FROM photo_blobs")
    settle(world.client, world.server)
    return image.sha256, image.data


def refused(code: str, call: Callable[[], object], *stores: Store) -> SyncError:
    before = [state(s) for s in stores]
    with pytest.raises(SyncError) as caught:
        call()
    assert caught.value.code == code, caught.value.message
    assert [state(s) for s in stores] == before
    return caught.value


def test_altered_bytes_are_refused_and_nothing_is_stored(world: World) -> None:
    digest, raw = room_only_photo(world, 3)
    altered = bytearray(raw)
    altered[len(altered) // 2] ^= 0x01
    reply = hostile_reply(world, [(digest, bytes(altered))])
    error = refused("picture_hash", lambda: world.client.take_pictures(reply), world.laptop)
    assert "altered" in error.message
    assert get_blob(world.laptop.db, digest) is None


def test_a_picture_no_record_refers_to_is_refused(world: World) -> None:
    room_only_photo(world, 4)
    stray = picture(5)
    reply = hostile_reply(world, [(hashlib.sha256(stray).hexdigest(), stray)])
    refused("picture_unknown", lambda: world.client.take_pictures(reply), world.laptop)


def test_a_picture_not_asked_for_is_refused(world: World) -> None:
    digest, raw = room_only_photo(world, 6)
    # The laptop learns (for a while) that the room lacks it: it stops asking ...
    world.round()
    assert world.client.picture_request(world.room.device_id).want == []
    # ... so the room sending it now is sending what nobody asked for.
    reply = hostile_reply(world, [(digest, raw)])
    refused("picture_not_asked", lambda: world.client.take_pictures(reply), world.laptop)


def test_oversized_and_non_jpeg_pictures_are_refused(world: World) -> None:
    big = b"\xff\xd8\xff" + bytes(MAX_STORED_BYTES)
    digest, _ = room_only_photo(world, 7)
    reply = hostile_reply(world, [(hashlib.sha256(big).hexdigest(), big)])
    refused("picture_too_large", lambda: world.client.take_pictures(reply), world.laptop)
    # A JPEG's first bytes, then garbage; and a PNG; and a cut JPEG: none decodes as the
    # JPEG the app makes. Each named by a record here (as a hostile op could).
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 10, 10)).save(out, "PNG")
    whole = picture(8)
    for bad in (b"\xff\xd8\xff" + bytes(5000), out.getvalue(), whole[: len(whole) // 2]):
        bad_digest = hashlib.sha256(bad).hexdigest()
        world.room.create(
            "photo",
            {"workshop_id": world.workshop, "sha256": bad_digest, "width": 40, "height": 30},
        )
        settle(world.client, world.server)
        world.clock.now += P.RETRY_S + 1
        reply = hostile_reply(world, [(bad_digest, bad)])
        refused("picture_not_jpeg", lambda r=reply: world.client.take_pictures(r), world.laptop)
    assert get_blob(world.laptop.db, digest) is None


def test_the_room_refuses_what_the_laptop_should_not_send(world: World) -> None:
    """The same checks on the room's side, for a request a hostile laptop signs."""
    raw = picture(9)
    image = safe_image(raw, "l.jpg")
    store_photo(world.laptop, world.workshop, image)
    settle(world.client, world.server)

    def request(lines: list[tuple[str, bytes]]) -> Signed:
        header = {
            "proto": W.PROTOCOL,
            "kind": P.KIND_REQUEST,
            "from": world.laptop.device_id,
            "to": world.room.device_id,
            "key": W.b64(world.client._public),
            "counter": world.client._next_counter(),
            "want": [],
            "lacking": [],
        }
        data = P.encode_message(header, dict(lines))
        return Signed(data, W.sign(world.client._key, data))

    answer = world.server.answer_pictures_message
    # Not asked yet (the room has not told the laptop it lacks it).
    refused("picture_not_asked", lambda: answer(request([(image.sha256, image.data)])), world.room)
    world.round()  # now the room asks for it
    altered = bytearray(image.data)
    altered[-10] ^= 0xFF
    wrong = request([(image.sha256, bytes(altered))])
    # The line names the original hash: an altered picture, caught by its hash.
    lines = wrong.data.split(b"\n")
    assert image.sha256.encode() in lines[1]
    refused("picture_hash", lambda: answer(wrong), world.room)
    stray = picture(10)
    refused(
        "picture_unknown",
        lambda: answer(request([(hashlib.sha256(stray).hexdigest(), stray)])),
        world.room,
    )
    _, done = answer(request([(image.sha256, image.data)]))
    assert done.received == 1
    assert get_blob(world.room.db, image.sha256) == image.data


def test_a_picture_nobody_has_is_not_asked_for_again_and_again(world: World) -> None:
    room_only_photo(world, 11)
    asked: list[list[str]] = []
    for _ in range(5):
        outgoing = world.client.picture_request(world.room.device_id)
        asked.append(outgoing.want)
        reply, _ = world.server.answer_pictures_message(outgoing.signed)
        assert world.client.take_pictures(reply).more is False
    assert [len(w) for w in asked] == [1, 0, 0, 0, 0]
    assert not world.client.pictures_due(world.room.device_id)
    world.clock.now += P.RETRY_S + 1  # later, it is asked for again (another laptop may
    assert world.client.pictures_due(world.room.device_id)  # have brought it meanwhile)
    # The room, too, stops asking a laptop that said it lacks a picture.
    image = safe_image(picture(12), "x.jpg")
    store_photo(world.laptop, world.workshop, image)
    world.laptop.db.execute("DELETE FROM photo_blobs WHERE sha256 = ?", [image.sha256])
    settle(world.client, world.server)
    wants = []
    for _ in range(4):
        outgoing = world.client.picture_request(world.room.device_id)
        reply, _ = world.server.answer_pictures_message(outgoing.signed)
        world.client.take_pictures(reply)
        wants.append(image.sha256 in W.split(reply.data)[0]["want"])
    assert wants == [True, False, False, False]


def test_ops_still_flow_when_a_picture_is_refused(world: World) -> None:
    digest, raw = room_only_photo(world, 13)
    reply = hostile_reply(world, [(digest, raw + b"x")])
    with pytest.raises(SyncError):
        world.client.take_pictures(reply)
    idea = add_idea(world.room, world.workshop, "une idée après le refus")
    settle(world.client, world.server)
    assert world.laptop.get("idea", idea) is not None
    other = add_idea(world.laptop, world.workshop, "et une du portable")
    settle(world.client, world.server)
    assert world.room.get("idea", other) is not None


def test_a_room_that_restarted_gets_the_picture_at_the_next_round(world: World) -> None:
    """The room forgets what it asked for when it restarts: the picture sent on its old
    request is refused (not asked), and goes at the next round, not 30 s later."""
    image = safe_image(phone_photo(640, 480, seed=14), "t.jpg")
    store_photo(world.laptop, world.workshop, image)
    settle(world.client, world.server)
    world.round()  # the room asks for it
    world.server = SyncNode(world.room, clock=world.clock)  # the room restarts
    outgoing = world.client.picture_request(world.room.device_id)
    assert outgoing.sent == 1
    with pytest.raises(SyncError) as caught:
        world.server.answer_pictures_message(outgoing.signed)
    assert caught.value.code == "picture_not_asked"
    world.client.pictures_refused(outgoing, caught.value.code)
    assert get_blob(world.room.db, image.sha256) is None
    world.round()  # asked again
    assert world.round()[0] == 1  # sent and stored, with no wait
    assert get_blob(world.room.db, image.sha256) == image.data


def test_a_refused_picture_is_not_sent_again_at_once(world: World) -> None:
    """The room refused what the laptop sent (here: its picture was damaged on this
    laptop's disk): the laptop says it cannot give it, so neither side loops on it."""
    image = safe_image(phone_photo(640, 480, seed=15), "u.jpg")
    store_photo(world.laptop, world.workshop, image)
    settle(world.client, world.server)
    world.laptop.db.execute(
        "UPDATE photo_blobs SET data = ? WHERE sha256 = ?", [image.data[:-100], image.sha256]
    )
    world.round()  # the room asks
    outgoing = world.client.picture_request(world.room.device_id)
    with pytest.raises(SyncError) as caught:
        world.server.answer_pictures_message(outgoing.signed)
    assert caught.value.code == "picture_hash"
    world.client.pictures_refused(outgoing, caught.value.code)
    sent = []
    for _ in range(4):
        outgoing = world.client.picture_request(world.room.device_id)
        sent.append(outgoing.sent)
        reply, _ = world.server.answer_pictures_message(outgoing.signed)
        world.client.take_pictures(reply)
    assert sent == [0, 0, 0, 0]
    assert not world.client.pictures_due(world.room.device_id)
