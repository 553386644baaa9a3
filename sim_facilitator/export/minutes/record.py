"""The workshop record the minutes print, read once through the Store and the domain.

``collect`` is the only part of the minutes that touches the database; the
record it returns is laid out on any thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sim_facilitator.domain.actions import list_actions
from sim_facilitator.domain.ideas import is_shown
from sim_facilitator.domain.organise.mappings import coverage_of, effective_strengths
from sim_facilitator.domain.organise.merges import merged_groups
from sim_facilitator.domain.organise.reads import (
    cluster_members,
    clusters_of,
    live_ideas,
    principles_of,
)
from sim_facilitator.domain.participants import participants_of
from sim_facilitator.domain.photos.records import attached_to, photo_bytes, photos_of
from sim_facilitator.domain.setup import agenda_of, questions_of
from sim_facilitator.domain.tables.records import TableView, tables_of
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
    # live ideas shown (merged duplicates, and ideas from phones pending or hidden
    # by moderation, left out: ``domain.ideas.is_shown``)
    ideas: list[dict[str, Any]]
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
    # live ideas left out by moderation: {"pending": n, "hidden": m}
    not_shown: dict[str, int] = field(default_factory=dict)
    # breakout tables in agenda order, each with its agenda item's title
    tables: list[tuple[str, TableView]] = field(default_factory=list)
    # photos in the order added: (photo row, what it shows as (label key, name), JPEG)
    photos: list[tuple[dict[str, Any], tuple[str, str] | None, bytes | None]] = field(
        default_factory=list
    )
    # photo id -> its number in the annex (1, 2, …), for ideas typed from a photo
    photo_numbers: dict[str, int] = field(default_factory=dict)


def collect(store: Store, workshop_id: str) -> Record:
    """Everything the minutes show, read through the domain functions."""
    workshop = store.require("workshop", workshop_id)
    framework = (
        store.get("framework", workshop["framework_id"]) if workshop.get("framework_id") else None
    )
    groups = merged_groups(store, workshop_id)
    live = live_ideas(store, workshop_id)
    ideas = [i for i in live if is_shown(i)]
    shown_ids = {i["id"] for i in ideas}
    left_out = {i["id"]: i for i in live if i["id"] not in shown_ids}
    not_shown = {
        state: sum(1 for i in left_out.values() if i.get("moderation") == state)
        for state in ("pending", "hidden")
    }
    members = {
        cid: [i for i in rows if i["id"] in shown_ids]
        for cid, rows in cluster_members(store, workshop_id).items()
    }
    # strengths of shown ideas and of clusters (an idea left out counts nowhere)
    strengths = {
        key: s
        for key, s in effective_strengths(store, workshop_id).items()
        if key[0] not in left_out
    }
    principles = principles_of(store, workshop_id)
    rounds = [round_results(store, r["id"]) for r in rounds_of(store, workshop_id)]
    actions = list_actions(store, workshop_id)
    keys = scope.workshop_keys(store.db, [workshop_id])
    op_ids: list[str] = []
    last = 0
    for op_id, body in scope.ops_for_keys(store.db, keys):
        op_ids.append(op_id)
        last = max(last, int(body["hlc"]))
    photos = _photos(store, workshop_id)
    return Record(
        workshop=workshop,
        framework=framework,
        participants=participants_of(store, workshop_id),
        agenda=agenda_of(store, workshop_id),
        questions=questions_of(store, workshop_id),
        ideas=ideas,
        merged_count={k: len(v) - 1 for k, v in groups.items()},
        clusters=clusters_of(store, workshop_id),
        members=members,
        principles=principles,
        strengths=strengths,
        coverage=coverage_of(principles, shown_ids, strengths),
        rounds=rounds,
        actions=actions,
        fingerprint=scope.short_fingerprint(scope.content_fingerprint(op_ids)),
        last_change_ms=wall_of(last),
        not_shown=not_shown,
        tables=_tables(store, workshop_id),
        photos=photos,
        photo_numbers={photo["id"]: n for n, (photo, _t, _d) in enumerate(photos, 1)},
    )


def _photos(
    store: Store, workshop_id: str
) -> list[tuple[dict[str, Any], tuple[str, str] | None, bytes | None]]:
    labels = {
        "breakout_table": "photo_table",
        "question": "photo_question",
        "cluster": "photo_cluster",
    }
    found = []
    for photo in photos_of(store, workshop_id):
        attached = attached_to(store, photo)
        target = (labels[attached[0]], attached[1]) if attached else None
        found.append((photo, target, photo_bytes(store, photo)))
    return found


def _tables(store: Store, workshop_id: str) -> list[tuple[str, TableView]]:
    titles = {item["id"]: item["title"] for item in agenda_of(store, workshop_id)}
    order = list(titles)
    tables = [t for t in tables_of(store, workshop_id) if t.agenda_id in titles]
    tables.sort(key=lambda t: (order.index(t.agenda_id), t.position, t.id))
    return [(str(titles[t.agenda_id]), t) for t in tables]
