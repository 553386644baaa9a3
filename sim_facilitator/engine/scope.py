"""Which ops belong to which workshops: what a bundle of a workshop carries.

A workshop's scope is the workshop itself, every entity whose ``workshop_id``
is that workshop, and the framework (with its principles) the workshop uses.
The same op set gives the same content fingerprint on every laptop, so a
printed page of minutes can be matched to the bundle carrying its data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator

from sim_facilitator.engine.database import Database
from sim_facilitator.engine.oplog import op_texts_for_keys
from sim_facilitator.engine.ops import Key, Op
from sim_facilitator.engine.schema import ENTITIES


def workshop_keys(db: Database, workshop_ids: Iterable[str]) -> set[Key]:
    """Every (entity, id) in the scope of these workshops, deleted ones included."""
    ids = sorted(set(workshop_ids))
    keys: set[Key] = set()
    if not ids:
        return keys
    marks = ", ".join("?" for _ in ids)
    frameworks: set[str] = set()
    for wid, framework_id in db.execute(
        f"SELECT id, framework_id FROM p_workshop WHERE id IN ({marks})", ids
    ):
        keys.add(("workshop", wid))
        if framework_id:
            frameworks.add(framework_id)
    for entity in ENTITIES.values():
        if entity.scope_field == "workshop_id":
            for (eid,) in db.execute(
                f"SELECT id FROM {entity.table} WHERE workshop_id IN ({marks})", ids
            ):
                keys.add((entity.name, eid))
    for fid in frameworks:
        keys.add(("framework", fid))
        for (pid,) in db.execute("SELECT id FROM p_principle WHERE framework_id = ?", [fid]):
            keys.add(("principle", pid))
    return keys


def ops_for_keys(db: Database, keys: Iterable[Key]) -> Iterator[tuple[str, Op]]:
    """The ops of these entities, in op-id order (deterministic)."""
    for op_id, body in op_texts_for_keys(db, keys):
        yield op_id, json.loads(body)


def content_fingerprint(op_ids: Iterable[str]) -> str:
    """SHA-256 over the sorted op ids, shown as 4 groups of 4 hex digits for print."""
    digest = hashlib.sha256("\n".join(sorted(op_ids)).encode("ascii")).hexdigest()
    return digest


def short_fingerprint(digest: str) -> str:
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4)).upper()


def workshop_fingerprint(db: Database, workshop_ids: Iterable[str]) -> str:
    keys = workshop_keys(db, workshop_ids)
    return content_fingerprint(op_id for op_id, _ in ops_for_keys(db, keys))
