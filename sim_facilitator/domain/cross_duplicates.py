"""Duplicate ideas across workshops, and the coordinator's cross-workshop clusters.

Suggestions use the organise step's normalisation (``organise._form`` and
``_similar``: case, accents, Arabic letter variants and diacritics folded; word
sets, then near-identical spelling). Only groups that span at least two
workshops are suggested: duplicates inside one workshop are the facilitator's
business (the organise step).

The coordinator confirms a suggestion into a ``national_cluster``. Each idea
keeps its workshop (the cluster lists idea ids; the idea rows are untouched), so
the origin of every member stays visible.

Identity: a national cluster's id is derived from its sorted member ids
(UUIDv5). Two coordinators who confirm the same group create the same entity, so
merging their databases gives one cluster (a differing name shows up as an
ordinary conflict) instead of two copies. National clusters have no workshop
scope: no workshop bundle carries them, they stay on the coordinator's database
and reach others through the synthesis PDF.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sim_facilitator.domain.organise.duplicates import (
    DUPLICATE_THRESHOLD,
    _Form,
    _form,
    _similar,
    candidate_pairs,
)
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import NotFoundError, ValidationError
from sim_facilitator.engine.ids import derived_id
from sim_facilitator.engine.store import Store

T_TOO_FEW = _("Errors", "A cross-workshop cluster needs ideas from at least two workshops.")
T_UNKNOWN_IDEA = _("Errors", "The idea {id} is not in this database (or was deleted).")
T_ALREADY_GROUPED = _(
    "Errors", "The idea “{text}” is already in the cross-workshop cluster “{name}”."
)


@dataclass(frozen=True)
class OriginIdea:
    """An idea with where it comes from."""

    idea_id: str
    text: str
    workshop_id: str
    workshop_title: str
    region: str | None
    date: str | None


@dataclass(frozen=True)
class CrossSuggestion:
    ideas: tuple[OriginIdea, ...]  # by workshop date, then creation
    score: float  # lowest similarity along the links that made the group

    @property
    def idea_ids(self) -> tuple[str, ...]:
        return tuple(i.idea_id for i in self.ideas)

    @property
    def workshop_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i.workshop_id for i in self.ideas))


@dataclass(frozen=True)
class NationalCluster:
    id: str
    name: str
    ideas: tuple[OriginIdea, ...]

    @property
    def workshop_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i.workshop_id for i in self.ideas))


def national_cluster_id(idea_ids: Iterable[str]) -> str:
    """The same member ideas give the same id on every coordinator's laptop."""
    return derived_id("national_cluster", *sorted(set(idea_ids)))


def _workshops(store: Store, workshop_ids: Iterable[str] | None) -> list[dict[str, Any]]:
    rows = [w for w in store.list("workshop", order_by="date, title, id") if not w["is_kit"]]
    if workshop_ids is not None:
        wanted = set(workshop_ids)
        rows = [w for w in rows if w["id"] in wanted]
    return rows


def _origin(idea: dict[str, Any], workshop: dict[str, Any]) -> OriginIdea:
    return OriginIdea(
        idea["id"],
        idea["text"],
        workshop["id"],
        workshop["title"] or "",
        workshop["region"],
        workshop["date"],
    )


def _live_ideas(store: Store, workshops: list[dict[str, Any]]) -> list[OriginIdea]:
    by_id = {w["id"]: w for w in workshops}
    if not by_id:
        return []
    marks = ", ".join("?" for _ in by_id)
    rows = store.list(
        "idea",
        f"workshop_id IN ({marks}) AND merged_into IS NULL",
        list(by_id),
        order_by="id",
    )
    order = {wid: n for n, wid in enumerate(by_id)}
    rows.sort(key=lambda r: (order[r["workshop_id"]], r["id"]))
    return [_origin(r, by_id[r["workshop_id"]]) for r in rows]


def suggest_cross_duplicates(
    store: Store,
    workshop_ids: Iterable[str] | None = None,
    threshold: float = DUPLICATE_THRESHOLD,
) -> list[CrossSuggestion]:
    """Groups of alike ideas from at least two workshops, not yet confirmed together.

    Identical normalised texts are grouped first (one comparison per distinct
    text), then distinct texts sharing an uncommon word or trigram are
    compared (``organise.candidate_pairs``).
    """
    ideas = _live_ideas(store, _workshops(store, workshop_ids))
    grouped = _grouped_ideas(store)
    by_text: dict[str, list[OriginIdea]] = defaultdict(list)
    forms: dict[str, _Form] = {}
    for idea in ideas:
        form = _form(idea.idea_id, idea.text)
        by_text[form.text].append(idea)
        forms.setdefault(form.text, form)
    texts = list(forms)
    parent = {t: t for t in texts}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    scores: dict[str, float] = {t: 1.0 for t in texts}
    for a, b in candidate_pairs([forms[t] for t in texts]):
        score = _similar(forms[texts[a]], forms[texts[b]], threshold)
        if score >= threshold:
            ra, rb = root(texts[a]), root(texts[b])
            low = min(scores[ra], scores[rb], score)
            if ra != rb:
                parent[rb] = ra
            scores[ra] = low
    members: dict[str, list[OriginIdea]] = defaultdict(list)
    for text in texts:
        members[root(text)].extend(by_text[text])
    order = {idea.idea_id: n for n, idea in enumerate(ideas)}
    result = []
    for top, group in members.items():
        group = [i for i in group if i.idea_id not in grouped]
        if len({i.workshop_id for i in group}) < 2:
            continue
        group.sort(key=lambda i: order[i.idea_id])
        result.append(CrossSuggestion(tuple(group), round(scores[top], 3)))
    result.sort(key=lambda s: (-len(s.workshop_ids), -s.score, order[s.ideas[0].idea_id]))
    return result


def _grouped_ideas(store: Store) -> dict[str, str]:
    """idea id -> the live national cluster holding it."""
    held: dict[str, str] = {}
    for row in store.list("national_cluster", order_by="id"):
        for idea_id in row["idea_ids"] or []:
            held.setdefault(idea_id, row["id"])
    return held


def confirm_cross_cluster(store: Store, idea_ids: Iterable[str], name: str = "") -> str:
    """Group these ideas (from two workshops or more) into a national cluster; its id."""
    ids = sorted(set(idea_ids))
    rows = []
    for idea_id in ids:
        row = store.get("idea", idea_id)
        if row is None or row["deleted"]:
            raise NotFoundError(T_UNKNOWN_IDEA, id=idea_id)
        rows.append(row)
    if len({r["workshop_id"] for r in rows}) < 2:
        raise ValidationError(T_TOO_FEW)
    cluster_id = national_cluster_id(ids)
    grouped = _grouped_ideas(store)
    for row in rows:
        holder = grouped.get(row["id"])
        if holder is not None and holder != cluster_id:
            other = store.require("national_cluster", holder)
            raise ValidationError(T_ALREADY_GROUPED, text=row["text"][:60], name=other["name"])
    first = min(rows, key=lambda r: r["id"])
    name = name.strip() or first["text"][:120]
    with store.transaction():
        existing = store.get("national_cluster", cluster_id)
        if existing is None:
            store.create("national_cluster", {"name": name, "idea_ids": ids}, entity_id=cluster_id)
        else:
            store.update("national_cluster", cluster_id, {"name": name, "deleted": False})
    return cluster_id


def rename_cross_cluster(store: Store, cluster_id: str, name: str) -> None:
    store.require("national_cluster", cluster_id)
    store.update("national_cluster", cluster_id, {"name": name})


def dissolve_cross_cluster(store: Store, cluster_id: str) -> None:
    """Undo a confirmation: the ideas are suggested again."""
    store.require("national_cluster", cluster_id)
    store.delete("national_cluster", cluster_id)


def national_clusters(
    store: Store, workshop_ids: Iterable[str] | None = None
) -> list[NationalCluster]:
    """The confirmed clusters with each member's origin (members of other workshops hidden
    when ``workshop_ids`` narrows the view; clusters left with one workshop dropped)."""
    workshops = {w["id"]: w for w in _workshops(store, workshop_ids)}
    result = []
    for row in store.list("national_cluster", order_by="name, id"):
        members = []
        for idea_id in row["idea_ids"] or []:
            idea = store.get("idea", idea_id)
            if idea is None or idea["deleted"] or idea["workshop_id"] not in workshops:
                continue
            members.append(_origin(idea, workshops[idea["workshop_id"]]))
        if len({m.workshop_id for m in members}) < 2:
            continue
        order = {wid: n for n, wid in enumerate(workshops)}
        members.sort(key=lambda m: (order[m.workshop_id], m.idea_id))
        result.append(NationalCluster(row["id"], row["name"], tuple(members)))
    return result
