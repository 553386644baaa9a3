"""The op log: local edits chain, concurrent edits conflict, merge is a union."""

from __future__ import annotations

from pathlib import Path

from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.dump import dump_data, dump_text
from sim_facilitator.engine.oplog import insert_ops, reproject
from sim_facilitator.engine.store import Store
from tests.helpers.stores import make_store


def _all_ops(store: Store) -> list[tuple[str, dict]]:
    import json

    return [(i, json.loads(b)) for i, b in store.db.execute("SELECT op_id, body FROM ops")]


def _merge_into(target: Store, source: Store) -> None:
    with target.transaction():
        changed = insert_ops(target.db, _all_ops(source))
        reproject(target.db, changed)


def test_sequential_edits_never_conflict(store: Store) -> None:
    w = create_workshop(store, "v1")
    for n in range(2, 6):
        store.update("workshop", w, {"title": f"v{n}"})
    assert store.require("workshop", w)["title"] == "v5"
    assert dump_data(store.db)["conflicts"] == []


def test_concurrent_edits_conflict_and_resolution_merges(tmp_path: Path) -> None:
    a = make_store(tmp_path / "a.db")
    b = make_store(tmp_path / "b.db")
    w = create_workshop(a, "Titre")
    _merge_into(b, a)
    a.update("workshop", w, {"title": "Titre A"})
    b.update("workshop", w, {"title": "Titre B"})
    _merge_into(a, b)
    _merge_into(b, a)
    assert dump_text(a.db) == dump_text(b.db)
    [conflict] = dump_data(a.db)["conflicts"]
    assert {c["value"] for c in conflict["candidates"]} == {"Titre A", "Titre B"}
    # Resolving on B, then merging, clears the conflict everywhere.
    b.update("workshop", w, {"title": "Titre commun"})
    _merge_into(a, b)
    assert dump_data(a.db)["conflicts"] == []
    assert a.require("workshop", w)["title"] == "Titre commun"
    assert dump_text(a.db) == dump_text(b.db)


def test_merge_is_idempotent(tmp_path: Path) -> None:
    a = make_store(tmp_path / "a.db")
    b = make_store(tmp_path / "b.db")
    create_workshop(a, "A")
    _merge_into(b, a)
    once = dump_text(b.db)
    _merge_into(b, a)
    assert dump_text(b.db) == once


def test_two_op_projection_matches_the_leaf_rule() -> None:
    """A record created then edited once (the two-op shortcut in ``project``) projects
    exactly as the general rule over leaves does, in either dict order."""
    from sim_facilitator.engine.ops import leaves_by_field, make_op, project, winner_key
    from sim_facilitator.engine.schema import ENTITIES

    idea = ENTITIES["idea"]

    def by_leaves(ops: dict) -> dict:
        row = {f.name: None for f in idea.fields}
        for name, leaves in leaves_by_field(ops).items():
            if name in row:
                best = max(leaves, key=lambda i: winner_key(i, ops[i]))
                row[name] = ops[best]["set"][name]
        return row

    created_id, created = make_op(
        "idea", "i1", {"text": "un", "direction": "rtl", "cluster_id": "c1"}, 10, "d1", []
    )
    # The edit has an older stamp (another laptop's clock) but lists the creation.
    edit_id, edit = make_op(
        "idea", "i1", {"cluster_id": "c2", "future_field": 1}, 5, "d2", [created_id]
    )
    for ops in ({created_id: created, edit_id: edit}, {edit_id: edit, created_id: created}):
        row, conflicts = project(idea, ops)
        assert row == by_leaves(ops)
        assert not conflicts
        assert (row["text"], row["cluster_id"]) == ("un", "c2")
    # Not a chain (concurrent edits): the general rule, with its conflict.
    other_id, other = make_op("idea", "i1", {"cluster_id": "c3"}, 11, "d3", [])
    row, conflicts = project(idea, {created_id: created, other_id: other})
    assert row["cluster_id"] == "c3"
    assert [c["field"] for c in conflicts] == ["cluster_id"]
