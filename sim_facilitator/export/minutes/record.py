"""The workshop record the minutes print, read once through the Store and the domain.

``collect`` is the only part of the minutes that touches the database; the
record it returns is laid out on any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sim_facilitator.domain.actions import list_actions
from sim_facilitator.domain.organise.mappings import coverage, effective_strengths
from sim_facilitator.domain.organise.merges import merged_groups
from sim_facilitator.domain.organise.reads import (
    cluster_members,
    clusters_of,
    live_ideas,
    principles_of,
)
from sim_facilitator.domain.participants import participants_of
from sim_facilitator.domain.setup import agenda_of, questions_of
from sim_facilitator.domain.votes.results import RoundResults, round_results
from sim_facilitator.domain.votes.rounds import rounds_of
from sim_facilitator.engine import scope
from sim_facilitator.engine.clock import wall_of
from sim_facilitator.engine.store import Store


@dataclass
class Record:
    workshop: dict[str, Any]
    framework: dict[str, Any] | None
    participants: list[dict[str, Any]]
    agenda: list[dict[str, Any]]
    questions: list[dict[str, Any]]
    ideas: list[dict[str, Any]]  # live ideas (merged duplicates left out)
    merged_count: dict[str, int]  # survivor id -> number of duplicates merged into it
    clusters: list[dict[str, Any]]
    members: dict[str | None, list[dict[str, Any]]]
    principles: list[dict[str, Any]]
    strengths: dict[tuple[str, str], int]
    coverage: list[Any]
    rounds: list[RoundResults]
    actions: list[dict[str, Any]]
    fingerprint: str
    last_change_ms: int


def collect(store: Store, workshop_id: str) -> Record:
    """Everything the minutes show, read through the domain functions."""
    workshop = store.require("workshop", workshop_id)
    framework = (
        store.get("framework", workshop["framework_id"]) if workshop.get("framework_id") else None
    )
    groups = merged_groups(store, workshop_id)
    rounds = [round_results(store, r["id"]) for r in rounds_of(store, workshop_id)]
    actions = list_actions(store, workshop_id)
    keys = scope.workshop_keys(store.db, [workshop_id])
    op_ids: list[str] = []
    last = 0
    for op_id, body in scope.ops_for_keys(store.db, keys):
        op_ids.append(op_id)
        last = max(last, int(body["hlc"]))
    return Record(
        workshop=workshop,
        framework=framework,
        participants=participants_of(store, workshop_id),
        agenda=agenda_of(store, workshop_id),
        questions=questions_of(store, workshop_id),
        ideas=live_ideas(store, workshop_id),
        merged_count={k: len(v) - 1 for k, v in groups.items()},
        clusters=clusters_of(store, workshop_id),
        members=cluster_members(store, workshop_id),
        principles=principles_of(store, workshop_id),
        strengths=effective_strengths(store, workshop_id),
        coverage=coverage(store, workshop_id),
        rounds=rounds,
        actions=actions,
        fingerprint=scope.short_fingerprint(scope.content_fingerprint(op_ids)),
        last_change_ms=wall_of(last),
    )
