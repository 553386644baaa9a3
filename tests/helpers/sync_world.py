"""Laptops paired in memory, exchanging live-sync messages with no network."""

from __future__ import annotations

from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import accept_device, own_public_key
from sim_facilitator.sync.exchange import SyncNode


def fresh() -> Store:
    return Store(connect(":memory:"))


def pair(a: Store, b: Store) -> None:
    """What a confirmed pairing records on both sides: each trusts the other's key."""
    accept_device(a, b.device_id, own_public_key(b))
    accept_device(b, a.device_id, own_public_key(a))


def round_trip(client: SyncNode, server: SyncNode) -> tuple[int, int]:
    """One request and its reply, delivered; (sent, received) by the client."""
    outgoing = client.request(server.device_id)
    reply, _ = server.answer(outgoing.signed)
    result = client.take_reply(reply)
    return result.sent, result.received


def settle(client: SyncNode, server: SyncNode, limit: int = 50) -> None:
    """Exchange until neither side has anything more to send."""
    for _ in range(limit):
        outgoing = client.request(server.device_id)
        reply, _ = server.answer(outgoing.signed)
        result = client.take_reply(reply)
        if not result.more and result.sent == 0 and result.received == 0 and outgoing.pushed == 0:
            return
    raise AssertionError("did not settle")
