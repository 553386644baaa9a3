"""Merge laws and convergence on generated multi-laptop edit histories (hypothesis).

Several simulated laptops edit one workshop and exchange real signed bundles,
duplicated, reordered, dropped and resent; whatever happened, once every laptop
has seen every laptop's latest bundle they print identical dumps. Merging op
sets is commutative, associative and idempotent; concurrent edits of one field
to different values always surface as a conflict, sequential edits never do.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.canonical import canonical_text
from sim_facilitator.engine.dump import dump_data, dump_text
from sim_facilitator.engine.merge import apply_ops
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.export.bundle.importer import IMPORTED, import_file
from sim_facilitator.export.bundle.writer import build_bundle

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

texts = st.text(alphabet=st.sampled_from("abcé ابتث12"), min_size=1, max_size=12).filter(
    lambda t: t.strip() != ""
)
FIELDS = [("workshop", "title"), ("workshop", "summary"), ("idea", "text")]


def fresh() -> Store:
    return Store(connect(":memory:"))


def send(source: Store, target: Store, workshop: str) -> bytes:
    data, _ = build_bundle(source, [workshop])
    deliver(target, data)
    return data


def deliver(target: Store, data: bytes) -> None:
    report = import_file(target, data, trust_new_devices=True, file_name="x.simbundle")
    assert report.status == IMPORTED, report.message


class World:
    """N laptops that all start from the same workshop with a few ideas."""

    def __init__(self, devices: int) -> None:
        self.stores = [fresh() for _ in range(devices)]
        origin = self.stores[0]
        self.workshop = create_workshop(origin, "Atelier")
        self.ideas = [add_idea(origin, self.workshop, f"idée {n}") for n in range(2)]
        self.sent: list[bytes] = []
        for other in self.stores[1:]:
            self.sent.append(send(origin, other, self.workshop))

    def apply(self, action: tuple[Any, ...]) -> None:
        kind = action[0]
        if kind == "edit":
            _, dev, field, index, value = action
            store = self.stores[dev % len(self.stores)]
            entity, name = FIELDS[field]
            ids = [self.workshop] if entity == "workshop" else self.live_ideas(store)
            if ids:
                store.update(entity, ids[index % len(ids)], {name: value})
        elif kind == "add":
            _, dev, value = action
            store = self.stores[dev % len(self.stores)]
            self.ideas.append(add_idea(store, self.workshop, value))
        elif kind == "delete":
            _, dev, index = action
            store = self.stores[dev % len(self.stores)]
            ids = self.live_ideas(store)
            if ids:
                store.delete("idea", ids[index % len(ids)])
        elif kind == "send":
            _, src, dst, copies = action
            source = self.stores[src % len(self.stores)]
            target = self.stores[dst % len(self.stores)]
            data, _ = build_bundle(source, [self.workshop])
            self.sent.append(data)
            for _ in range(copies):  # 0 copies: dropped on the way
                deliver(target, data)
        elif kind == "resend":
            _, which, dst = action
            deliver(self.stores[dst % len(self.stores)], self.sent[which % len(self.sent)])

    def live_ideas(self, store: Store) -> list[str]:
        return [r["id"] for r in store.in_workshop("idea", self.workshop)]

    def sync_all(self) -> None:
        for _ in range(2):
            for source in self.stores:
                data, _ = build_bundle(source, [self.workshop])
                for target in self.stores:
                    if target is not source:
                        deliver(target, data)


actions = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 3), st.integers(0, 2), st.integers(0, 9), texts),
    st.tuples(st.just("add"), st.integers(0, 3), texts),
    st.tuples(st.just("delete"), st.integers(0, 3), st.integers(0, 9)),
    st.tuples(st.just("send"), st.integers(0, 3), st.integers(0, 3), st.integers(0, 2)),
    st.tuples(st.just("resend"), st.integers(0, 30), st.integers(0, 3)),
)


@SETTINGS
@given(devices=st.integers(2, 3), history=st.lists(actions, max_size=14))
def test_laptops_exchanging_bundles_any_way_converge(devices: int, history: list[Any]) -> None:
    world = World(devices)
    for action in history:
        if action[0] == "send" and action[1] % devices == action[2] % devices:
            continue
        world.apply(action)
    world.sync_all()
    dumps = {dump_text(s.db) for s in world.stores}
    assert len(dumps) == 1


def op_set(store: Store) -> list[tuple[str, dict[str, Any], str]]:
    return [
        (op_id, json.loads(body), canonical_text(json.loads(body)))
        for op_id, body in store.db.execute("SELECT op_id, body FROM ops ORDER BY op_id")
    ]


def merged(*groups: list[tuple[str, dict[str, Any], str]]) -> str:
    """A fresh laptop that receives these op sets, one import per group, in this order."""
    store = fresh()
    for n, ops in enumerate(groups):
        apply_ops(
            store,
            ops,
            bundle_id=f"b{n}",
            device_id="peer",
            public_key=b"k" * 32,
            ops_sha256=str(n),
            accept_new_device=True,
        )
    return dump_text(store.db)


@SETTINGS
@given(history=st.lists(actions.filter(lambda a: a[0] != "resend"), max_size=12))
def test_merge_is_commutative_associative_idempotent(history: list[Any]) -> None:
    world = World(3)
    for action in history:
        if action[0] == "send" and action[1] % 3 == action[2] % 3:
            continue
        world.apply(action)
    a, b, c = (op_set(s) for s in world.stores)
    assert merged(a, b) == merged(b, a)
    assert merged(a, a) == merged(a)
    assert merged(a, b, b, a) == merged(a, b)
    ab = {op[0]: op for op in a + b}
    bc = {op[0]: op for op in b + c}
    assert merged(sorted(ab.values()), c) == merged(a, sorted(bc.values()))
    assert merged(a, b, c) == merged(c, a, b) == merged(b, c, a)
    # Each laptop's own content is what a merge of its ops alone gives.
    assert merged(a) == dump_text(world.stores[0].db)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.integers(0, 2), first=texts, second=texts)
def test_concurrent_edits_to_one_field_always_conflict(field: int, first: str, second: str) -> None:
    world = World(2)
    one, two = world.stores
    entity, name = FIELDS[field]
    target = world.workshop if entity == "workshop" else world.ideas[0]
    one.update(entity, target, {name: first})
    two.update(entity, target, {name: second})
    send(one, two, world.workshop)
    send(two, one, world.workshop)
    assert dump_text(one.db) == dump_text(two.db)
    conflicts = [c for c in dump_data(one.db)["conflicts"] if c["entity_id"] == target]
    current = one.get(entity, target)
    assert current is not None
    if first == second:
        assert conflicts == []  # the same value on both sides: nothing to choose
        return
    [conflict] = conflicts
    assert conflict["field"] == name
    assert {c["value"] for c in conflict["candidates"]} == {first, second}
    assert current[name] in {first, second}
    # Resolving on one laptop resolves it everywhere that imports the resolution.
    two.update(entity, target, {name: "résolu"})
    send(two, one, world.workshop)
    assert [c for c in dump_data(one.db)["conflicts"] if c["entity_id"] == target] == []
    assert one.require(entity, target)[name] == "résolu"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.integers(0, 2), values=st.lists(texts, min_size=2, max_size=5))
def test_sequential_edits_never_conflict(field: int, values: list[str]) -> None:
    world = World(2)
    entity, name = FIELDS[field]
    target = world.workshop if entity == "workshop" else world.ideas[0]
    for n, value in enumerate(values):
        author = world.stores[n % 2]
        other = world.stores[(n + 1) % 2]
        author.update(entity, target, {name: value})
        send(author, other, world.workshop)
    for store in world.stores:
        assert dump_data(store.db)["conflicts"] == []
        assert store.require(entity, target)[name] == values[-1]
