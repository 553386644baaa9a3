"""Reading the organise step: the workshop's principles, clusters and live ideas
(not merged into another), ideas by cluster, and when an entity was created.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.changes import creation_stamps
from sim_facilitator.engine.clock import wall_of
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.oplog import first_stamps
from sim_facilitator.engine.store import Store


def require_in_workshop(
    store: Store, entity: str, entity_id: str, workshop_id: str
) -> dict[str, Any]:
    """The row, which must belong to ``workshop_id``."""
    row = store.require(entity, entity_id)
    if row.get("workshop_id") != workshop_id:
        raise ValidationError(E.WRONG_WORKSHOP, entity=entity, id=entity_id)
    return row


def principles_of(store: Store, workshop_id: str) -> list[dict[str, Any]]:
    """The principles of the workshop's framework, in their order."""
    workshop = store.require("workshop", workshop_id)
    if not workshop.get("framework_id"):
        return []
    return store.list(
        "principle",
        "framework_id = ?",
        [workshop["framework_id"]],
        order_by="coalesce(position, 0), code, id",
    )


def principle_name(principle: Mapping[str, Any], lang: str) -> str:
    """The principle's name in ``lang``, falling back to the other languages, then its code."""
    for key in (f"name_{lang}", "name_en", "name_fr", "name_ar", "code"):
        value = principle.get(key)
        if value:
            return str(value)
    return str(principle["id"])


def clusters_of(store: Store, workshop_id: str) -> list[dict[str, Any]]:
    return store.in_workshop("cluster", workshop_id, order_by="coalesce(position, 0), id")


def in_creation_order(
    store: Store, rows: list[dict[str, Any]], entity: str = "idea"
) -> list[dict[str, Any]]:
    """Rows sorted by the clock stamp of their first op (UUIDv7 ids tie within a millisecond)."""
    stamps = creation_stamps(store, entity, [r["id"] for r in rows])
    return sorted(rows, key=lambda r: (stamps.get(r["id"], 0), r["id"]))


def live_ideas(store: Store, workshop_id: str) -> list[dict[str, Any]]:
    """Ideas that are not merged into another idea (the ones shown and voted on), oldest first."""
    ideas = [i for i in store.in_workshop("idea", workshop_id) if not i.get("merged_into")]
    return in_creation_order(store, ideas)


def cluster_members(store: Store, workshop_id: str) -> dict[str | None, list[dict[str, Any]]]:
    """Live ideas grouped by cluster id (``None``: not in a cluster)."""
    live_clusters = {c["id"] for c in clusters_of(store, workshop_id)}
    groups: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for idea in live_ideas(store, workshop_id):
        cid = idea.get("cluster_id")
        groups[cid if cid in live_clusters else None].append(idea)
    return groups


def created_ms(store: Store, entity: str, entity_id: str) -> int | None:
    """When an entity was created, in Unix milliseconds.

    From the UUIDv7 id when it is one; otherwise from the hybrid clock stamp of
    the entity's first op.
    """
    try:
        value = uuid.UUID(entity_id)
    except (ValueError, AttributeError, TypeError):
        value = None
    if value is not None and value.version == 7:
        return value.int >> 80
    first = first_stamps(store.db, entity, [entity_id]).get(entity_id)
    return wall_of(first) if first is not None else None
