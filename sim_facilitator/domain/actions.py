"""Action items, and the free-text decisions and summary of a workshop or agenda item.

An action says what will be done, by which organisation, by when, with a
status, and links to the ideas, clusters and principles it serves. Creating
one from an idea or a cluster is one step: its text and its principles come
prefilled from the idea's (or cluster's) mappings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sim_facilitator.domain.organise.mappings import effective_strengths
from sim_facilitator.domain.organise.merges import resolve_option
from sim_facilitator.domain.organise.reads import in_creation_order, principles_of
from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.schema import ACTION_STATUSES
from sim_facilitator.engine.store import Store
from sim_facilitator.text.normalise import normalise
from sim_facilitator.text.user_text import clean_text

TEXT_FIELDS = ("decisions", "summary")
NOT_A_TEXT_FIELD = _("Errors", "Only the decisions and the summary can be written here.")


def _check_links(
    store: Store,
    workshop_id: str,
    idea_ids: Iterable[str],
    cluster_ids: Iterable[str],
    principle_ids: Iterable[str],
) -> tuple[list[str], list[str], list[str]]:
    ideas = list(dict.fromkeys(idea_ids))
    clusters = list(dict.fromkeys(cluster_ids))
    for entity, ids in (("idea", ideas), ("cluster", clusters)):
        for entity_id in ids:
            if store.require(entity, entity_id)["workshop_id"] != workshop_id:
                raise ValidationError(E.WRONG_WORKSHOP, entity=entity, id=entity_id)
    allowed = {p["id"] for p in principles_of(store, workshop_id)}
    principles = list(dict.fromkeys(principle_ids))
    for pid in principles:
        if pid not in allowed:
            raise ValidationError(E.WRONG_WORKSHOP, entity="principle", id=pid)
    return ideas, clusters, principles


def create_action(
    store: Store,
    workshop_id: str,
    what: str,
    owner: str | None = None,
    due: str | None = None,
    status: str = "planned",
    idea_ids: Iterable[str] = (),
    cluster_ids: Iterable[str] = (),
    principle_ids: Iterable[str] = (),
) -> str:
    what = clean_text(what)
    if not what:
        raise ValidationError(E.EMPTY_TEXT, field="what")
    with store.transaction():
        store.require("workshop", workshop_id)
        ideas, clusters, principles = _check_links(
            store, workshop_id, idea_ids, cluster_ids, principle_ids
        )
        return store.create(
            "action",
            {
                "workshop_id": workshop_id,
                "what": what,
                "owner": clean_text(owner) if owner else None,
                "due": due or None,
                "status": status,
                "idea_ids": ideas,
                "cluster_ids": clusters,
                "principle_ids": principles,
            },
        )


def suggested_principles(store: Store, target_kind: str, target_id: str) -> list[str]:
    """Principles an idea or cluster is mapped to, strongest first, then in framework order.

    A cluster with no mappings of its own suggests the principles its ideas
    serve with strength 2 or more.
    """
    target = store.require(target_kind, target_id)
    workshop_id = target["workshop_id"]
    order = {p["id"]: n for n, p in enumerate(principles_of(store, workshop_id))}
    strengths = effective_strengths(store, workshop_id)
    own = target_id if target_kind == "cluster" else resolve_option(store, target_id)
    found = {p: s for (t, p), s in strengths.items() if t == own and p in order}
    if not found and target_kind == "cluster":
        members = {
            i["id"]
            for i in store.list("idea", "cluster_id = ?", [target_id])
            if not i.get("merged_into")
        }
        for (t, p), s in strengths.items():
            if t in members and s >= 2 and p in order:
                found[p] = max(found.get(p, 0), s)
    return sorted(found, key=lambda p: (-found[p], order[p]))


def create_action_from(store: Store, target_kind: str, target_id: str) -> str:
    """One step: an action whose text, links and principles come from an idea or cluster."""
    if target_kind not in ("idea", "cluster"):
        raise ValidationError(E.NOT_A_CHOICE, value=target_kind, field="target kind")
    with store.transaction():
        target = store.require(target_kind, target_id)
        if target_kind == "idea":
            target_id = resolve_option(store, target_id)
            target = store.require("idea", target_id)
        return create_action(
            store,
            target["workshop_id"],
            target["text"] if target_kind == "idea" else target["name"],
            idea_ids=[target_id] if target_kind == "idea" else [],
            cluster_ids=[target_id] if target_kind == "cluster" else [],
            principle_ids=suggested_principles(store, target_kind, target_id),
        )


def update_action(store: Store, action_id: str, **values: Any) -> None:
    """Change some fields of an action (what, owner, due, status, *_ids); one transaction."""
    with store.transaction():
        action = store.require("action", action_id)
        clean = dict(values)
        if "what" in clean:
            clean["what"] = clean_text(clean["what"] or "")
            if not clean["what"]:
                raise ValidationError(E.EMPTY_TEXT, field="what")
        if "owner" in clean:
            clean["owner"] = clean_text(clean["owner"] or "") or None
        if "due" in clean and isinstance(clean["due"], str) and not clean["due"].strip():
            clean["due"] = None
        if any(k in clean for k in ("idea_ids", "cluster_ids", "principle_ids")):
            ideas, clusters, principles = _check_links(
                store,
                action["workshop_id"],
                clean.get("idea_ids", action.get("idea_ids") or []),
                clean.get("cluster_ids", action.get("cluster_ids") or []),
                clean.get("principle_ids", action.get("principle_ids") or []),
            )
            for key, value in (
                ("idea_ids", ideas),
                ("cluster_ids", clusters),
                ("principle_ids", principles),
            ):
                if key in clean:
                    clean[key] = value
        store.update("action", action_id, clean)


def delete_action(store: Store, action_id: str) -> None:
    store.delete("action", action_id)


def list_actions(
    store: Store,
    workshop_id: str,
    status: str | None = None,
    principle_id: str | None = None,
    text: str = "",
) -> list[dict[str, Any]]:
    """Actions of a workshop, oldest first, filtered by status, principle and free text.

    The text filter matches the action's text or owner, ignoring case, accents
    and Arabic letter variants.
    """
    needle = normalise(text)
    result = []
    for action in in_creation_order(store, store.in_workshop("action", workshop_id), "action"):
        if status and action.get("status") != status:
            continue
        if principle_id and principle_id not in (action.get("principle_ids") or []):
            continue
        if needle and needle not in normalise(f"{action['what']} {action.get('owner') or ''}"):
            continue
        result.append(action)
    return result


def principles_without_action(store: Store, workshop_id: str) -> list[str]:
    """Ids of the workshop's principles that no live (not dropped) action serves."""
    served = {
        pid
        for a in store.in_workshop("action", workshop_id)
        if a.get("status") != "dropped"
        for pid in a.get("principle_ids") or []
    }
    return [p["id"] for p in principles_of(store, workshop_id) if p["id"] not in served]


def set_text(store: Store, entity: str, entity_id: str, field: str, text: str) -> None:
    """Save the decisions or summary of a workshop or agenda item (committed on return)."""
    if entity not in ("workshop", "agenda") or field not in TEXT_FIELDS:
        raise ValidationError(NOT_A_TEXT_FIELD)
    value = text.replace("\r\n", "\n").strip()
    store.update(entity, entity_id, {field: value or None})


__all__ = [
    "ACTION_STATUSES",
    "create_action",
    "create_action_from",
    "delete_action",
    "list_actions",
    "principles_without_action",
    "set_text",
    "suggested_principles",
    "update_action",
]
