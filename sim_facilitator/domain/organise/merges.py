"""Merging duplicate ideas.

Merging keeps every idea: a merged idea stays with its own text, author and
time and points to the idea it was merged into (``merged_into``); unmerging
clears that pointer. Chains (A into B, then B into C) are allowed;
:func:`resolve_option` follows them to the surviving idea.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sim_facilitator.domain.organise.changeset import ChangeSet, Recorder
from sim_facilitator.domain.organise.reads import created_ms, in_creation_order, require_in_workshop
from sim_facilitator.engine.clock import wall_of
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.oplog import load_entity_ops
from sim_facilitator.engine.store import Store

MERGE_NEEDS_TWO = _("Errors", "Choose at least two ideas to merge.")
MERGE_CYCLE = _("Errors", "An idea cannot be merged into an idea that was merged into it.")
NOT_MERGED = _("Errors", "This idea is not merged into another idea.")


def resolve_option(store: Store, idea_id: str) -> str:
    """The surviving idea an idea was (perhaps transitively) merged into; itself if none.

    Votes count through this: map every option id a ballot names through
    ``resolve_option`` and count one voter at most once per surviving idea.
    A cycle (two laptops merging A into B and B into A) resolves to the
    smallest id in the cycle, the same on every laptop.
    """
    seen: list[str] = []
    current = idea_id
    while True:
        if current in seen:
            return min(seen[seen.index(current) :])
        seen.append(current)
        row = store.get("idea", current)
        if row is None or not row.get("merged_into"):
            return current
        current = row["merged_into"]


def collapse_choices(store: Store, choices: Mapping[str, int], keep: str = "max") -> dict[str, int]:
    """One voter's choices with merged ideas folded into their survivor, never summed.

    ``keep="max"`` for dots, approval and scores (the voter's strongest support
    counts once); ``keep="min"`` for rankings where 1 is best.
    """
    pick = max if keep == "max" else min
    result: dict[str, int] = {}
    for option, value in choices.items():
        target = resolve_option(store, option)
        result[target] = pick(result[target], value) if target in result else value
    return result


def merge_ideas(store: Store, survivor_id: str, idea_ids: Iterable[str]) -> ChangeSet:
    """Merge ``idea_ids`` into ``survivor_id``; each keeps its own text, author and time."""
    others = [i for i in dict.fromkeys(idea_ids) if i != survivor_id]
    if not others:
        raise ValidationError(MERGE_NEEDS_TWO)
    rec = Recorder(store)
    with store.transaction():
        survivor = store.require("idea", survivor_id)
        workshop_id = survivor["workshop_id"]
        target = resolve_option(store, survivor_id)
        for idea_id in others:
            require_in_workshop(store, "idea", idea_id, workshop_id)
            if idea_id == target:  # the survivor was itself merged into this idea
                raise ValidationError(MERGE_CYCLE)
        for idea_id in others:
            if resolve_option(store, idea_id) != target:  # not already in the group
                rec.update("idea", idea_id, {"merged_into": target})
    return rec.result


def unmerge_idea(store: Store, idea_id: str) -> ChangeSet:
    """Bring a merged idea back as an idea of its own, with its original text."""
    rec = Recorder(store)
    with store.transaction():
        if not store.require("idea", idea_id).get("merged_into"):
            raise ValidationError(NOT_MERGED)
        rec.update("idea", idea_id, {"merged_into": None})
    return rec.result


@dataclass(frozen=True)
class MergedIdea:
    """One original idea of a merged group, for the audit trail."""

    id: str
    text: str
    author_id: str | None
    author_name: str | None
    created_ms: int | None
    merged_into: str | None
    merged_ms: int | None  # when it was merged (hybrid clock of the merge)


def _merged_ms(store: Store, idea_id: str) -> int | None:
    stamps = [
        int(body["hlc"])
        for body in load_entity_ops(store.db, "idea", idea_id).values()
        if body["set"].get("merged_into")
    ]
    return wall_of(max(stamps)) if stamps else None


def merged_groups(store: Store, workshop_id: str) -> dict[str, list[MergedIdea]]:
    """For each surviving idea that absorbed others: itself first, then every merged original."""
    ideas = store.in_workshop("idea", workshop_id)
    names = {p["id"]: p["name"] for p in store.in_workshop("participant", workshop_id)}
    groups: dict[str, list[MergedIdea]] = defaultdict(list)

    def info(row: Mapping[str, Any]) -> MergedIdea:
        return MergedIdea(
            id=row["id"],
            text=row["text"],
            author_id=row.get("author_id"),
            author_name=names.get(row.get("author_id") or ""),
            created_ms=created_ms(store, "idea", row["id"]),
            merged_into=row.get("merged_into"),
            merged_ms=_merged_ms(store, row["id"]) if row.get("merged_into") else None,
        )

    by_id = {i["id"]: i for i in ideas}
    for idea in in_creation_order(store, ideas):
        if idea.get("merged_into"):
            groups[resolve_option(store, idea["id"])].append(info(idea))
    result: dict[str, list[MergedIdea]] = {}
    for survivor, members in groups.items():
        if survivor in by_id:
            result[survivor] = [info(by_id[survivor]), *members]
    return result
