"""Mapping ideas and clusters to the principles, and the coverage that results.

Mappings use the id ``derived_id("mapping", target_id, principle_id)`` so two
laptops mapping the same pair write to the same row; different strengths set
concurrently become a conflict on that row's ``strength`` field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sim_facilitator.domain.organise.changeset import ChangeSet, FieldChange, Recorder
from sim_facilitator.domain.organise.merges import resolve_option
from sim_facilitator.domain.organise.reads import clusters_of, live_ideas, principles_of
from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.schema import ENTITIES
from sim_facilitator.engine.store import Store

STRENGTHS = (0, 1, 2, 3)
STRENGTH_LABELS = {
    0: _("Organise", "none"),
    1: _("Organise", "weak"),
    2: _("Organise", "medium"),
    3: _("Organise", "strong"),
}
BAD_STRENGTH = _("Errors", "The strength must be 0 (none), 1, 2 or 3 (strong).")


def mapping_id(target_id: str, principle_id: str) -> str:
    return derived_id("mapping", target_id, principle_id)


def set_strength(
    store: Store, target_kind: str, target_id: str, principle_id: str, strength: int
) -> ChangeSet:
    """Map an idea or cluster to a principle with a strength 0-3 (0 clears it)."""
    if isinstance(strength, bool) or strength not in STRENGTHS:
        raise ValidationError(BAD_STRENGTH)
    if target_kind not in ("idea", "cluster"):
        raise ValidationError(E.NOT_A_CHOICE, value=target_kind, field="target kind")
    rec = Recorder(store)
    with store.transaction():
        target = store.require(target_kind, target_id)
        workshop_id = target["workshop_id"]
        principle = store.require("principle", principle_id)
        framework = store.require("workshop", workshop_id).get("framework_id")
        if principle["framework_id"] != framework:
            raise ValidationError(E.WRONG_WORKSHOP, entity="principle", id=principle_id)
        mid = mapping_id(target_id, principle_id)
        existing = store.get("mapping", mid)
        if existing is None:
            if strength == 0:
                return rec.result
            rec.create(
                "mapping",
                {
                    "workshop_id": workshop_id,
                    "target_kind": target_kind,
                    "target_id": target_id,
                    "principle_id": principle_id,
                    "strength": strength,
                },
                entity_id=mid,
            )
        else:
            if mid in conflicted_mappings(store, workshop_id):
                # The winning value may already equal ``strength``; write anyway so
                # this choice, made having seen both values, resolves the conflict.
                store._write(ENTITIES["mapping"], mid, {"strength": strength})
                rec.result.changes.append(
                    FieldChange(
                        "mapping", mid, {"strength": existing["strength"]}, {"strength": strength}
                    )
                )
            rec.update("mapping", mid, {"strength": strength, "deleted": False})
    return rec.result


def clear_mapping(store: Store, target_kind: str, target_id: str, principle_id: str) -> ChangeSet:
    return set_strength(store, target_kind, target_id, principle_id, 0)


def conflicted_mappings(store: Store, workshop_id: str) -> set[str]:
    """Ids of mappings whose strength was set differently on two laptops, unresolved."""
    return {
        row[0]
        for row in store.db.execute(
            "SELECT c.entity_id FROM p_conflict c JOIN p_mapping m ON m.id = c.entity_id"
            " WHERE c.entity = 'mapping' AND m.workshop_id = ?",
            [workshop_id],
        )
    }


def strengths(store: Store, workshop_id: str) -> dict[tuple[str, str], int]:
    """``{(target_id, principle_id): strength}`` for every non-zero mapping, as stored."""
    return {
        (m["target_id"], m["principle_id"]): int(m["strength"])
        for m in store.in_workshop("mapping", workshop_id)
        if m.get("strength")
    }


def effective_strengths(store: Store, workshop_id: str) -> dict[tuple[str, str], int]:
    """Strengths of live ideas and clusters; a survivor has the strongest of its merged group."""
    live_clusters = {c["id"] for c in clusters_of(store, workshop_id)}
    ideas = {i["id"]: i for i in store.in_workshop("idea", workshop_id)}
    result: dict[tuple[str, str], int] = {}
    for (target, principle), s in strengths(store, workshop_id).items():
        if target in ideas:
            target = resolve_option(store, target)
            if target not in ideas:
                continue
        elif target not in live_clusters:
            continue
        key = (target, principle)
        result[key] = max(result.get(key, 0), s)
    return result


@dataclass(frozen=True)
class Coverage:
    principle_id: str
    ideas: int  # live ideas mapped to the principle (strength >= 1)
    clusters: int
    by_strength: dict[int, int]  # strength 1..3 -> how many ideas and clusters
    total_strength: int

    @property
    def empty(self) -> bool:
        return self.ideas == 0 and self.clusters == 0


def coverage(store: Store, workshop_id: str) -> list[Coverage]:
    """Per principle, in order: how many ideas and clusters serve it and how strongly."""
    return coverage_of(
        principles_of(store, workshop_id),
        {i["id"] for i in live_ideas(store, workshop_id)},
        effective_strengths(store, workshop_id),
    )


def coverage_of(
    principles: list[dict[str, Any]],
    idea_ids: set[str],
    strengths: Mapping[tuple[str, str], int],
) -> list[Coverage]:
    """``coverage`` from given rows: ``strengths`` keys not in ``idea_ids`` are clusters.

    The minutes pass the ideas they show and the strengths of those ideas and of
    the clusters only, so an idea left out (hidden by moderation) counts nowhere.
    """
    live = idea_ids
    counts: dict[str, dict[str, Any]] = {
        p["id"]: {"ideas": 0, "clusters": 0, "by": {1: 0, 2: 0, 3: 0}, "total": 0}
        for p in principles
    }
    for (target, principle), s in strengths.items():
        entry = counts.get(principle)
        if entry is None:
            continue
        entry["ideas" if target in live else "clusters"] += 1
        entry["by"][s] += 1
        entry["total"] += s
    return [
        Coverage(pid, c["ideas"], c["clusters"], dict(c["by"]), c["total"])
        for pid, c in counts.items()
    ]


def uncovered_principles(store: Store, workshop_id: str) -> list[str]:
    return [c.principle_id for c in coverage(store, workshop_id) if c.empty]
