"""Organise: clusters, duplicate merging, mapping ideas and clusters to the principles.

Every user action is one transaction through the Store and returns a
:class:`ChangeSet` — the fields it changed, before and after — so the UI can
undo and redo it by writing the old (or new) values back as ordinary ops.

Merging keeps every idea: a merged idea stays with its own text, author and
time and points to the idea it was merged into (``merged_into``); unmerging
clears that pointer. Chains (A into B, then B into C) are allowed;
:func:`resolve_option` follows them to the surviving idea.

Mappings use the id ``derived_id("mapping", target_id, principle_id)`` so two
laptops mapping the same pair write to the same row; different strengths set
concurrently become a conflict on that row's ``strength`` field.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, NamedTuple

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.changes import creation_stamps
from sim_facilitator.engine.clock import wall_of
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import NotFoundError, ValidationError
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.oplog import first_stamps, load_entity_ops
from sim_facilitator.engine.schema import ENTITIES
from sim_facilitator.engine.store import Store
from sim_facilitator.text.normalise import normalise
from sim_facilitator.text.user_text import clean_text

STRENGTHS = (0, 1, 2, 3)
STRENGTH_LABELS = {
    0: _("Organise", "none"),
    1: _("Organise", "weak"),
    2: _("Organise", "medium"),
    3: _("Organise", "strong"),
}
DUPLICATE_THRESHOLD = 0.8

MERGE_NEEDS_TWO = _("Errors", "Choose at least two ideas to merge.")
MERGE_CYCLE = _("Errors", "An idea cannot be merged into an idea that was merged into it.")
NOT_MERGED = _("Errors", "This idea is not merged into another idea.")
NO_IDEAS_CHOSEN = _("Errors", "Choose at least one idea first.")
BAD_STRENGTH = _("Errors", "The strength must be 0 (none), 1, 2 or 3 (strong).")
NOT_IN_CLUSTER = _("Errors", "Only ideas of the cluster being split can move to the new cluster.")


# -- undoable change sets ---------------------------------------------------
@dataclass(frozen=True)
class FieldChange:
    entity: str
    entity_id: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass
class ChangeSet:
    """What one user action changed; undo writes ``before`` back, redo ``after``."""

    changes: list[FieldChange] = field(default_factory=list)
    created: list[tuple[str, str]] = field(default_factory=list)

    def undo(self, store: Store) -> None:
        with store.transaction():
            for c in reversed(self.changes):
                store.update(c.entity, c.entity_id, c.before)

    def redo(self, store: Store) -> None:
        with store.transaction():
            for c in self.changes:
                store.update(c.entity, c.entity_id, c.after)

    def __bool__(self) -> bool:
        return bool(self.changes)


class _Recorder:
    """Writes through the Store and remembers each change for undo."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.result = ChangeSet()

    def update(self, entity: str, entity_id: str, values: Mapping[str, Any]) -> None:
        row = self.store.get(entity, entity_id)
        if row is None:
            raise NotFoundError(E.UNKNOWN_ENTITY, entity=entity, id=entity_id)
        before = {k: row.get(k) for k in values if row.get(k) != values[k]}
        if not before:
            return
        after = {k: values[k] for k in before}
        self.store.update(entity, entity_id, after)
        self.result.changes.append(FieldChange(entity, entity_id, before, after))

    def create(self, entity: str, values: Mapping[str, Any], entity_id: str | None = None) -> str:
        existing = self.store.get(entity, entity_id) if entity_id else None
        if existing is not None:
            self.update(entity, existing["id"], {**values, "deleted": False})
            return str(existing["id"])
        new_id = self.store.create(entity, values, entity_id)
        self.result.created.append((entity, new_id))
        self.result.changes.append(
            FieldChange(entity, new_id, {"deleted": True}, {"deleted": False})
        )
        return new_id


# -- reading ------------------------------------------------------------------
def _in_workshop(store: Store, entity: str, entity_id: str, workshop_id: str) -> dict[str, Any]:
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


# -- clusters -----------------------------------------------------------------
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
    rec = _Recorder(store)
    with store.transaction():
        store.require("workshop", workshop_id)
        for idea_id in ids:
            _in_workshop(store, "idea", idea_id, workshop_id)
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
    rec = _Recorder(store)
    with store.transaction():
        rec.update("cluster", cluster_id, {"name": name})
    return rec.result


def move_ideas(store: Store, idea_ids: Iterable[str], cluster_id: str | None) -> ChangeSet:
    """Put ideas into ``cluster_id`` (``None``: out of any cluster)."""
    ids = list(dict.fromkeys(idea_ids))
    if not ids:
        raise ValidationError(NO_IDEAS_CHOSEN)
    rec = _Recorder(store)
    with store.transaction():
        workshop_id = store.require("idea", ids[0])["workshop_id"]
        if cluster_id is not None:
            _in_workshop(store, "cluster", cluster_id, workshop_id)
        for idea_id in ids:
            _in_workshop(store, "idea", idea_id, workshop_id)
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
    rec = _Recorder(store)
    with store.transaction():
        cluster = store.require("cluster", cluster_id)
        for idea in store.list(
            "idea", "cluster_id = ? AND workshop_id = ?", [cluster_id, cluster["workshop_id"]]
        ):
            rec.update("idea", idea["id"], {"cluster_id": None})
        rec.update("cluster", cluster_id, {"deleted": True})
    return rec.result


# -- merging ------------------------------------------------------------------
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
    rec = _Recorder(store)
    with store.transaction():
        survivor = store.require("idea", survivor_id)
        workshop_id = survivor["workshop_id"]
        target = resolve_option(store, survivor_id)
        for idea_id in others:
            _in_workshop(store, "idea", idea_id, workshop_id)
            if idea_id == target:  # the survivor was itself merged into this idea
                raise ValidationError(MERGE_CYCLE)
        for idea_id in others:
            if resolve_option(store, idea_id) != target:  # not already in the group
                rec.update("idea", idea_id, {"merged_into": target})
    return rec.result


def unmerge_idea(store: Store, idea_id: str) -> ChangeSet:
    """Bring a merged idea back as an idea of its own, with its original text."""
    rec = _Recorder(store)
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


@dataclass(frozen=True)
class DuplicateSuggestion:
    idea_ids: tuple[str, ...]  # oldest first: the first is the suggested survivor
    score: float  # the lowest pairwise similarity inside the group, 0.0-1.0

    @property
    def key(self) -> frozenset[str]:
        return frozenset(self.idea_ids)


class _Form(NamedTuple):
    id: str
    text: str  # normalised
    words: frozenset[str]
    trigrams: frozenset[str]


def _form(idea_id: str, text: str) -> _Form:
    norm = normalise(text)
    padded = f" {norm} "
    grams = frozenset(padded[i : i + 3] for i in range(max(len(padded) - 2, 1)))
    return _Form(idea_id, norm, frozenset(norm.split()), grams)


TRIGRAM_PREFILTER = 0.35  # below this trigram overlap, no spelling is "near-identical"


def _similar(a: _Form, b: _Form, threshold: float) -> float:
    if a.text == b.text:
        return 1.0
    union = a.words | b.words
    jaccard = len(a.words & b.words) / len(union) if union else 1.0
    if jaccard >= threshold:
        return jaccard
    # Near-identical spelling (typos, a missing letter): cheap filters first.
    if 2 * min(len(a.text), len(b.text)) / max(len(a.text) + len(b.text), 1) < threshold:
        return jaccard
    grams = a.trigrams | b.trigrams
    if grams and len(a.trigrams & b.trigrams) / len(grams) < TRIGRAM_PREFILTER:
        return jaccard
    matcher = SequenceMatcher(None, a.text, b.text, autojunk=False)
    if matcher.quick_ratio() < threshold:
        return jaccard
    return max(jaccard, matcher.ratio())


COMMON_KEY_LIMIT = 40  # a word or trigram found in more ideas than this does not pair them


def candidate_pairs(forms: list[_Form]) -> list[tuple[int, int]]:
    """Pairs (i < j) worth comparing: they share an uncommon word or trigram.

    Comparing every pair is quadratic (17 s at 1,000 ideas, hours at 20,000);
    with keys shared by at most COMMON_KEY_LIMIT ideas the work grows with
    the number of ideas, not its square. Texts alike enough to be duplicates
    share most of their words, or, for a typo, most of their trigrams; pairs
    that share only common words or
    trigrams score below any useful threshold anyway. Identical texts always
    share their keys, so they are always compared.
    """
    limit = COMMON_KEY_LIMIT
    index: dict[str, list[int]] = defaultdict(list)
    for n, form in enumerate(forms):
        for key in form.words:
            index["w" + key].append(n)
        for key in form.trigrams:
            index["t" + key].append(n)
    pairs: set[tuple[int, int]] = set()
    for postings in index.values():
        if len(postings) > limit:
            continue
        for i, a in enumerate(postings):
            for b in postings[i + 1 :]:
                pairs.add((a, b))
    return sorted(pairs)


def similarity(a: str, b: str, threshold: float = DUPLICATE_THRESHOLD) -> float:
    """How alike two texts are once normalised: word-set or character similarity, 0.0-1.0."""
    return _similar(_form("a", a), _form("b", b), threshold)


def pair_key(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def suggest_duplicates(
    store: Store,
    workshop_id: str,
    threshold: float = DUPLICATE_THRESHOLD,
    dismissed: Iterable[frozenset[str]] = (),
) -> list[DuplicateSuggestion]:
    """Groups of live ideas whose normalised texts are the same or nearly so.

    Pairs in ``dismissed`` (see :func:`pair_key`) are never suggested again.
    """
    skip = set(dismissed)
    ideas = live_ideas(store, workshop_id)
    forms = [_form(i["id"], i["text"]) for i in ideas]
    parent = {f.id: f.id for f in forms}
    pair_score: dict[frozenset[str], float] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # Identical normalised texts first: even a text repeated by many people
    # (whose words are all "common") is grouped.
    first_with_text: dict[str, str] = {}
    for form in forms:
        earlier = first_with_text.setdefault(form.text, form.id)
        if earlier != form.id and not (skip and pair_key(earlier, form.id) in skip):
            pair_score[pair_key(earlier, form.id)] = 1.0
            parent[root(form.id)] = root(earlier)
    for n, m in candidate_pairs(forms):
        id_a, id_b = forms[n].id, forms[m].id
        if skip and pair_key(id_a, id_b) in skip:
            continue
        score = _similar(forms[n], forms[m], threshold)
        if score >= threshold:
            pair_score[pair_key(id_a, id_b)] = score
            parent[root(id_b)] = root(id_a)
    members: dict[str, list[str]] = defaultdict(list)
    for f in forms:
        members[root(f.id)].append(f.id)
    order = {i["id"]: n for n, i in enumerate(ideas)}
    result = []
    for group in members.values():
        if len(group) < 2:
            continue
        group.sort(key=order.__getitem__)  # live_ideas are in creation order
        scores = [s for k, s in pair_score.items() if k <= set(group)]
        result.append(DuplicateSuggestion(tuple(group), round(min(scores), 3)))
    result.sort(key=lambda s: (-s.score, order[s.idea_ids[0]]))
    return result


# -- mappings -----------------------------------------------------------------
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
    rec = _Recorder(store)
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
