"""Clusters: create, rename, split and dissolve them, and move ideas between them.

Each action is one transaction through the Store and returns a ChangeSet for undo.
"""

from __future__ import annotations

from collections.abc import Iterable

from sim_facilitator.domain.organise.changeset import ChangeSet, Recorder
from sim_facilitator.domain.organise.reads import clusters_of, require_in_workshop
from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import clean_text

NO_IDEAS_CHOSEN = _("Errors", "Choose at least one idea first.")
NOT_IN_CLUSTER = _("Errors", "Only ideas of the cluster being split can move to the new cluster.")


def _next_position(store: Store, workshop_id: str) -> int:
    positions = [c.get("position") or 0 for c in clusters_of(store, workshop_id)]
    return max(positions, default=-1) + 1


def create_cluster(
    store: Store, workshop_id: str, name: str, idea_ids: Iterable[str] = ()
) -> tuple[str, ChangeSet]:
    """A new named cluster, optionally holding ``idea_ids`` at once (one transaction)."""
    name = clean_text(name)
    if not name:
        raise ValidationError(E.EMPTY_TEXT, field="name")
    ids = list(dict.fromkeys(idea_ids))
    rec = Recorder(store)
    with store.transaction():
        store.require("workshop", workshop_id)
        for idea_id in ids:
            require_in_workshop(store, "idea", idea_id, workshop_id)
        cluster_id = rec.create(
            "cluster",
            {
                "workshop_id": workshop_id,
                "name": name,
                "position": _next_position(store, workshop_id),
            },
        )
        for idea_id in ids:
            rec.update("idea", idea_id, {"cluster_id": cluster_id})
    return cluster_id, rec.result


def rename_cluster(store: Store, cluster_id: str, name: str) -> ChangeSet:
    name = clean_text(name)
    if not name:
        raise ValidationError(E.EMPTY_TEXT, field="name")
    rec = Recorder(store)
    with store.transaction():
        rec.update("cluster", cluster_id, {"name": name})
    return rec.result


def move_ideas(store: Store, idea_ids: Iterable[str], cluster_id: str | None) -> ChangeSet:
    """Put ideas into ``cluster_id`` (``None``: out of any cluster)."""
    ids = list(dict.fromkeys(idea_ids))
    if not ids:
        raise ValidationError(NO_IDEAS_CHOSEN)
    rec = Recorder(store)
    with store.transaction():
        workshop_id = store.require("idea", ids[0])["workshop_id"]
        if cluster_id is not None:
            require_in_workshop(store, "cluster", cluster_id, workshop_id)
        for idea_id in ids:
            require_in_workshop(store, "idea", idea_id, workshop_id)
            rec.update("idea", idea_id, {"cluster_id": cluster_id})
    return rec.result


def split_cluster(
    store: Store, cluster_id: str, idea_ids: Iterable[str], new_name: str
) -> tuple[str, ChangeSet]:
    """Move some of a cluster's ideas into a new cluster named ``new_name``."""
    cluster = store.require("cluster", cluster_id)
    ids = list(dict.fromkeys(idea_ids))
    if not ids:
        raise ValidationError(NO_IDEAS_CHOSEN)
    for idea_id in ids:
        if store.require("idea", idea_id).get("cluster_id") != cluster_id:
            raise ValidationError(NOT_IN_CLUSTER)
    return create_cluster(store, cluster["workshop_id"], new_name, ids)


def dissolve_cluster(store: Store, cluster_id: str) -> ChangeSet:
    """Delete a cluster; its ideas go back to 'not in a cluster' (nothing else is lost)."""
    rec = Recorder(store)
    with store.transaction():
        cluster = store.require("cluster", cluster_id)
        for idea in store.list(
            "idea", "cluster_id = ? AND workshop_id = ?", [cluster_id, cluster["workshop_id"]]
        ):
            rec.update("idea", idea["id"], {"cluster_id": None})
        rec.update("cluster", cluster_id, {"deleted": True})
    return rec.result
