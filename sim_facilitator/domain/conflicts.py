"""Conflicts to review: fields two laptops changed concurrently, and their resolution.

A conflict lists every value still standing (each leaf op): the value, the
laptop it came from and when. Resolving writes one op that lists all those
leaves in its ``prev`` (``Store._write`` does that for every field it sets), so
the resolution merges to every laptop that imports it and clears the conflict
there too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.clock import wall_of
from sim_facilitator.engine.errors import NotFoundError
from sim_facilitator.engine.schema import ENTITIES
from sim_facilitator.engine.scope import workshop_keys
from sim_facilitator.engine.store import Store
from sim_facilitator.engine.trust import own_fingerprint, trusted_devices


@dataclass(frozen=True)
class Candidate:
    op_id: str
    value: Any
    device_id: str
    device_fingerprint: str  # "" when the device is not in the trust list
    is_this_laptop: bool
    when_ms: int
    winner: bool


@dataclass(frozen=True)
class Conflict:
    entity: str
    entity_id: str
    field: str
    record: str  # a short description of the record (its title, name or text)
    candidates: tuple[Candidate, ...]


LABEL_FIELDS = ("title", "name", "text", "what", "name_fr", "name_ar", "name_en", "voter")


def _describe(store: Store, entity: str, entity_id: str) -> str:
    row = store.get(entity, entity_id) or {}
    for name in LABEL_FIELDS:
        value = row.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()[:120]
    return entity_id


def list_conflicts(store: Store, workshop_id: str | None = None) -> list[Conflict]:
    """Open conflicts, of one workshop (with its framework) or of the whole database."""
    fingerprints = {d.device_id: d.fingerprint for d in trusted_devices(store)}
    fingerprints[store.device_id] = own_fingerprint(store)
    keys = workshop_keys(store.db, [workshop_id]) if workshop_id is not None else None
    result = []
    for entity, entity_id, field, candidates in store.db.execute(
        "SELECT entity, entity_id, field, candidates FROM p_conflict ORDER BY id"
    ):
        if keys is not None and (entity, entity_id) not in keys:
            continue
        items = json.loads(candidates)
        result.append(
            Conflict(
                entity=entity,
                entity_id=entity_id,
                field=field,
                record=_describe(store, entity, entity_id),
                candidates=tuple(
                    Candidate(
                        op_id=c["op"],
                        value=c["value"],
                        device_id=c["dev"],
                        device_fingerprint=fingerprints.get(c["dev"], ""),
                        is_this_laptop=c["dev"] == store.device_id,
                        when_ms=wall_of(int(c["hlc"])),
                        winner=n == 0,
                    )
                    for n, c in enumerate(items)
                ),
            )
        )
    return result


def resolve_conflict(store: Store, entity: str, entity_id: str, field: str, value: Any) -> None:
    """Settle a conflict with one of its values or a new one (one op, one transaction).

    Unlike ``Store.update`` this writes even when ``value`` is the value shown
    (the current winner): choosing it must still supersede the other leaves.
    """
    schema = ENTITIES.get(entity)
    if schema is None or field not in schema.by_name:
        raise NotFoundError(E.UNKNOWN_ENTITY, entity=entity, id=entity_id)
    store.require(entity, entity_id)
    clean = store._validated(schema, {field: value})
    store._check_refs(schema, clean)
    store._write(schema, entity_id, clean)
