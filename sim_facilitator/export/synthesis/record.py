"""What the national synthesis prints, read from the database once (then laid out anywhere).

``collect_synthesis`` is the only part of the synthesis that touches the
database: the national picture for a filter, the sources and bundles, the
cross-workshop clusters, the actions and the content fingerprint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.domain.cross_duplicates import NationalCluster, national_clusters
from sim_facilitator.domain.national import (
    BundleSource,
    NationalFilter,
    NationalPicture,
    Source,
    bundle_sources,
    national_picture,
    sources,
)
from sim_facilitator.engine import scope
from sim_facilitator.engine.clock import wall_of
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP, DomainError
from sim_facilitator.engine.store import Store

NO_WORKSHOP = QT_TRANSLATE_NOOP(
    "Errors", "There is no workshop to summarise in this database (or in this selection)."
)


class SynthesisError(DomainError):
    """The synthesis could not be produced (a message the user can read)."""


@dataclass
class SynthesisRecord:
    """Everything the synthesis prints, read from the database once (then any thread)."""

    picture: NationalPicture
    flt: NationalFilter
    sources: list[Source]
    bundles: list[BundleSource]
    clusters: list[NationalCluster]
    actions: list[dict[str, Any]]
    ideas_per_workshop: dict[str, int]
    fingerprint: str
    last_change_ms: int
    framework_versions: dict[str, int | None] = field(default_factory=dict)


def collect_synthesis(store: Store, flt: NationalFilter | None = None) -> SynthesisRecord:
    flt = flt or NationalFilter()
    picture = national_picture(store, flt)
    if not picture.workshops:
        raise SynthesisError(NO_WORKSHOP)
    ids = [w["id"] for w in picture.workshops]
    actions = [a for wid in ids for a in store.in_workshop("action", wid, order_by="due, id")]
    ideas = {
        wid: len([i for i in store.in_workshop("idea", wid) if i["merged_into"] is None])
        for wid in ids
    }
    op_ids: list[str] = []
    last = 0
    for op_id, body in scope.ops_for_keys(store.db, scope.workshop_keys(store.db, ids)):
        op_ids.append(op_id)
        last = max(last, int(body["hlc"]))
    versions = {f["id"]: f["version"] for f in store.list("framework")}
    return SynthesisRecord(
        picture=picture,
        flt=flt,
        sources=sources(store, flt),
        bundles=bundle_sources(store),
        clusters=national_clusters(store, ids),
        actions=actions,
        ideas_per_workshop=ideas,
        fingerprint=scope.short_fingerprint(scope.content_fingerprint(op_ids)),
        last_change_ms=wall_of(last),
        framework_versions={w["id"]: versions.get(w["framework_id"]) for w in picture.workshops},
    )
