"""The room's endpoints for laptops (live sync): pairing, the exchange of ops, pictures.

See docs/room-protocol.md, "Laptops". The phones' endpoints are in ``http.py``;
these share its refusal middleware (``{code, message}`` in the client's
language) but not its per-address rate limit: a laptop catching up sends many
requests in a row, so ``/sync/`` has its own, wider one, and the pairing code
its own strict one (``sync.pairing``).

Everything that touches the database runs on the server's database thread
(``server.write``); the pairing desk lives on the event loop thread.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aiohttp import web

from sim_facilitator.engine.oplog import newest_hlc
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import accept_device, fingerprint_of, own_public_key
from sim_facilitator.export.bundle import format as F
from sim_facilitator.room import requests as Q
from sim_facilitator.room.errors import RoomError
from sim_facilitator.room.ratelimit import RateLimiter
from sim_facilitator.sync import errors as S
from sim_facilitator.sync import pictures as P
from sim_facilitator.sync import wire as W
from sim_facilitator.sync.errors import SyncError, bad_message
from sim_facilitator.sync.exchange import PicturesReceived, Received, SyncNode, check_peer_key
from sim_facilitator.sync.pairing import (
    CONFIRMED,
    REJECTED,
    PairingDesk,
    PendingPairing,
    proof_bytes,
)

if TYPE_CHECKING:
    from sim_facilitator.room.server import RoomServer

PREFIX = "/sync/"
SIGNATURE_HEADER = "Sim-Sync-Signature"
MESSAGE_TYPE = "application/x-sim-sync"
PAIR_BODY_MAX = 4096
BODY_TIMEOUT_S = 30.0
NONCE_SIZE = 32


def as_room_error(error: SyncError) -> RoomError:
    # A wait in the sentence is also the body's ``retry_after`` and the Retry-After
    # header (docs/room-protocol.md §10): a client must not retry after 1 second.
    seconds = error.params.get("seconds")
    extra = {"retry_after": seconds} if error.status == 429 and isinstance(seconds, int) else {}
    return RoomError(
        error.status, error.code, error.template, dict(error.params), extra, context="Sync"
    )


@dataclass
class Peer:
    """A paired laptop as the room last saw it."""

    device_id: str
    last_sync: float  # time.time()
    received: int = 0  # ops it brought, in all
    sent: int = 0  # ops it took, in all


class RoomSync:
    """The room's side of live sync. Public methods are thread-safe (the Qt side
    calls them): the pairing code to show, pairings to confirm, paired laptops."""

    def __init__(self, server: RoomServer, auto_confirm: bool = False) -> None:
        self.server = server
        self.auto_confirm = auto_confirm
        self.desk = PairingDesk()
        limits = server.limits
        self.limiter = RateLimiter(limits.sync_rate_per_second, limits.sync_rate_burst)
        self.peers: dict[str, Peer] = {}
        self.paired: list[dict[str, Any]] = []  # pairings completed since the room opened
        self._lock = threading.Lock()
        self._node: SyncNode | None = None

    # -- for the window (any thread) --------------------------------------------------
    def pairing_code(self) -> tuple[str, float]:
        """The code to show now and the seconds it stays valid."""
        with self._lock:
            return self.desk.code(), self.desk.expires_in()

    def renew_code(self) -> str:
        with self._lock:
            return self.desk.renew()

    def waiting_pairings(self) -> list[PendingPairing]:
        """Laptops that typed the right code; show each fingerprint, then confirm or reject."""
        with self._lock:
            return list(self.desk.waiting())

    def confirm(self, pairing_id: str) -> None:
        with self._lock:
            self.desk.find(pairing_id).state = CONFIRMED

    def reject(self, pairing_id: str) -> None:
        with self._lock:
            self.desk.find(pairing_id).state = REJECTED

    def connected(self, within_s: float = 10.0) -> list[Peer]:
        """Laptops that synced in the last ``within_s`` seconds."""
        now = time.time()
        with self._lock:
            return [p for p in self.peers.values() if now - p.last_sync <= within_s]

    # -- on the database thread ----------------------------------------------------------
    def node(self, store: Store) -> SyncNode:
        if self._node is None:
            self._node = SyncNode(store)
        return self._node


SYNC_KEY: web.AppKey[RoomSync] = web.AppKey("room_sync")


def _sync(request: web.Request) -> RoomSync:
    return request.app[SYNC_KEY]


def _address(request: web.Request) -> str:
    return request.remote or "?"


def _limit(request: web.Request) -> None:
    wait = _sync(request).limiter.take(_address(request))
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        raise RoomError(
            429, "rate_limited", S.T_RATE, extra={"retry_after": seconds}, context="Sync"
        )


async def _read(request: web.Request, limit: int) -> bytes:
    """The whole body, at most ``limit`` bytes (counted as they arrive)."""
    if request.content_length is not None and request.content_length > limit:
        raise as_room_error(SyncError(413, "too_large", S.T_TOO_LARGE))
    chunks: list[bytes] = []
    size = 0

    async def read_all() -> None:
        nonlocal size
        while True:
            chunk = await request.content.readany()
            if not chunk:
                return
            size += len(chunk)
            if size > limit:
                raise as_room_error(SyncError(413, "too_large", S.T_TOO_LARGE))
            chunks.append(chunk)

    try:
        await asyncio.wait_for(read_all(), BODY_TIMEOUT_S)
    except TimeoutError:
        raise as_room_error(bad_message("body")) from None
    return b"".join(chunks)


def _json(data: Any, status: int = 200) -> web.Response:
    return web.json_response(data, status=status, headers={"Cache-Control": "no-store"})


async def _guard(work: Callable[[], Any]) -> Any:
    try:
        return await work()
    except SyncError as exc:
        raise as_room_error(exc) from None


# -- endpoints ---------------------------------------------------------------------------
async def hello(request: web.Request) -> web.StreamResponse:
    _limit(request)
    server = _sync(request).server

    def who(store: Store) -> dict[str, Any]:
        key = own_public_key(store)
        return {
            "proto": W.PROTOCOL,
            "device_id": store.device_id,
            "public_key": W.b64(key),
            "fingerprint": fingerprint_of(key),
            "workshop_id": server.workshop_id,
        }

    return _json(await server.db(who))


async def pair(request: web.Request) -> web.StreamResponse:
    _limit(request)
    sync = _sync(request)
    server = sync.server
    body = Q.parse_body(await _read(request, PAIR_BODY_MAX))

    async def work() -> web.Response:
        code = body.get("code")
        if not isinstance(code, str) or len(code) > 32:
            raise bad_message("code")
        device_id = body.get("device_id")
        if not isinstance(device_id, str) or not F.ID_RE.match(device_id):
            raise bad_message("device_id")
        public_key = W.unb64(body.get("public_key"), W.KEY_SIZE, "public_key")
        nonce = W.unb64(body.get("nonce"), NONCE_SIZE, "nonce")
        label = body.get("label", "")
        if not isinstance(label, str) or len(label) > 64:
            raise bad_message("label")
        with sync._lock:
            sync.desk.check(code, _address(request))

        def known(store: Store) -> tuple[str, bytes]:
            if device_id == store.device_id:
                raise bad_message("device_id")
            check_peer_key(store, device_id, public_key)
            return store.device_id, own_public_key(store)

        own_id, own_key = await server.db(known)
        with sync._lock:
            sync.desk.check(code, _address(request))  # still live after the wait
            pending = sync.desk.open(device_id, public_key, nonce, label, _address(request))
        signed = proof_bytes(
            "server", pending.pairing_id, nonce, (device_id, public_key), (own_id, own_key)
        )
        proof = await server.db(lambda s: W.sign(sync.node(s)._key, signed, W.PAIR_PREFIX))
        server.notify("pairing")
        return _json(
            {
                "pairing": pending.pairing_id,
                "device_id": own_id,
                "public_key": W.b64(own_key),
                "fingerprint": fingerprint_of(own_key),
                "your_fingerprint": fingerprint_of(public_key),
                "proof": W.b64(proof),
                "confirm": "auto" if sync.auto_confirm else "facilitator",
            }
        )

    result: web.Response = await _guard(work)
    return result


async def pair_confirm(request: web.Request) -> web.StreamResponse:
    _limit(request)
    sync = _sync(request)
    server = sync.server
    body = Q.parse_body(await _read(request, PAIR_BODY_MAX))

    async def work() -> web.Response:
        pairing_id = body.get("pairing")
        if not isinstance(pairing_id, str) or len(pairing_id) > 64:
            raise bad_message("pairing")
        proof = W.unb64(body.get("proof"), W.SIGNATURE_SIZE, "proof")
        with sync._lock:
            pending = sync.desk.find(pairing_id)
        own_id, own_key = await server.db(lambda s: (s.device_id, own_public_key(s)))
        signed = proof_bytes(
            "client",
            pending.pairing_id,
            pending.nonce,
            (pending.device_id, pending.public_key),
            (own_id, own_key),
        )
        if not W.verify(pending.public_key, signed, proof, W.PAIR_PREFIX):
            with sync._lock:
                sync.desk.pending.pop(pairing_id, None)
            raise SyncError(403, "bad_proof", S.T_BAD_PROOF)
        if pending.state == REJECTED:
            raise SyncError(403, "pairing_rejected", S.T_PAIRING_REJECTED)
        if not (sync.auto_confirm or pending.state == CONFIRMED):
            return _json({"status": "waiting"}, 202)

        def trust(store: Store) -> None:
            check_peer_key(store, pending.device_id, pending.public_key)
            accept_device(store, pending.device_id, pending.public_key, pending.label or None)

        await server.db(trust)
        with sync._lock:
            sync.desk.pending.pop(pairing_id, None)
            sync.paired.append(pending.as_json() | {"state": "paired"})
        server.notify("paired")
        return _json({"status": "paired"})

    result: web.Response = await _guard(work)
    return result


async def exchange(request: web.Request) -> web.StreamResponse:
    _limit(request)
    sync = _sync(request)
    server = sync.server
    data = await _read(request, W.MAX_MESSAGE_BYTES)

    async def work() -> web.Response:
        signature = W.unb64(
            request.headers.get(SIGNATURE_HEADER), W.SIGNATURE_SIZE, SIGNATURE_HEADER
        )
        signed = W.Signed(data, signature)

        def answer(store: Store) -> tuple[W.Signed, Received, str]:
            reply, result = sync.node(store).answer(signed)
            sender = str(W.split(signed.data)[0]["from"])
            return reply, result, sender

        def guarded(store: Store) -> tuple[W.Signed, Received, str]:
            store.clock.observe(newest_hlc(store.db))  # the window may have written
            return answer(store)

        reply, result, sender = await server.db(guarded)
        with sync._lock:
            peer = sync.peers.setdefault(sender, Peer(sender, time.time()))
            peer.last_sync = time.time()
            peer.received += result.sent
            peer.sent += int(W.split(reply.data)[0]["count"])
        if result.sent:
            server.poke()  # phones see what the laptop brought
            server.notify("sync")
        return web.Response(
            body=reply.data,
            content_type=MESSAGE_TYPE,
            headers={SIGNATURE_HEADER: W.b64(reply.signature), "Cache-Control": "no-store"},
        )

    result: web.Response = await _guard(work)
    return result


async def pictures(request: web.Request) -> web.StreamResponse:
    """Photos' pictures (docs/room-protocol.md §11.2). The message is opened on the
    database thread (signature, replay), its pictures checked and decoded on a worker
    thread (no database), then stored in one short transaction: the room's database
    thread and its write lock are held for milliseconds, not for the decoding."""
    _limit(request)
    sync = _sync(request)
    server = sync.server
    data = await _read(request, W.MAX_MESSAGE_BYTES)

    async def work() -> web.Response:
        signature = W.unb64(
            request.headers.get(SIGNATURE_HEADER), W.SIGNATURE_SIZE, SIGNATURE_HEADER
        )
        signed = W.Signed(data, signature)
        opened = await server.db(lambda s: sync.node(s).open_pictures(signed))
        loop = asyncio.get_running_loop()
        checked = await loop.run_in_executor(None, P.check_lines, opened.body, opened.count)

        def answer(store: Store) -> tuple[W.Signed, PicturesReceived]:
            return sync.node(store).answer_pictures(opened, checked)

        reply, result = await server.db(answer)
        with sync._lock:
            peer = sync.peers.setdefault(opened.sender, Peer(opened.sender, time.time()))
            peer.last_sync = time.time()
        if result.received:
            server.notify("sync")  # the minutes and photo views can show them now
        return web.Response(
            body=reply.data,
            content_type=MESSAGE_TYPE,
            headers={SIGNATURE_HEADER: W.b64(reply.signature), "Cache-Control": "no-store"},
        )

    result: web.Response = await _guard(work)
    return result


def add_routes(app: web.Application, sync: RoomSync) -> None:
    app[SYNC_KEY] = sync
    app.router.add_get(PREFIX + "hello", hello)
    app.router.add_post(PREFIX + "pair", pair)
    app.router.add_post(PREFIX + "pair/confirm", pair_confirm)
    app.router.add_post(PREFIX + "exchange", exchange)
    app.router.add_post(PREFIX + "pictures", pictures)
