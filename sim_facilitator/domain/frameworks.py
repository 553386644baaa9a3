"""Frameworks of principles: versioned, translatable, pinned by the workshops that use them.

A framework row with its principles is one *version*. A workshop pins the
framework id it uses, and therefore that version. Editing a framework that
other workshops also pin would silently change their record, so the set-up
view asks for :func:`editable_framework_for`, which forks a new version
(copy-on-write) for this workshop when the framework is shared.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import QT_TRANSLATE_NOOP as _
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store

LANGS = ("ar", "fr", "en")
NAME_FIELDS = tuple(f"name_{lang}" for lang in LANGS)
DESCRIPTION_FIELDS = tuple(f"description_{lang}" for lang in LANGS)
PRINCIPLE_FIELDS = ("code", *NAME_FIELDS, *DESCRIPTION_FIELDS)

NO_NAME = _("Errors", "Give the principle a name in at least one language.")
NO_FRAMEWORK_NAME = _("Errors", "Give the framework a name in at least one language.")
NO_FRAMEWORK = _("Errors", "This workshop does not use a framework of principles yet.")


def localized(row: Mapping[str, Any], prefix: str, lang: str) -> str:
    """``row[prefix_lang]``, falling back to the other languages, then ''."""
    for candidate in (lang, *LANGS):
        value = row.get(f"{prefix}_{candidate}")
        if value:
            return str(value)
    return ""


def _has_name(values: Mapping[str, Any]) -> bool:
    return any(str(values.get(f) or "").strip() for f in NAME_FIELDS)


def create_framework(store: Store, version: int = 1, **values: Any) -> str:
    if not _has_name(values):
        raise ValidationError(NO_FRAMEWORK_NAME)
    return store.create("framework", {**values, "version": version})


def list_frameworks(store: Store) -> list[dict[str, Any]]:
    return store.list("framework", order_by="name_en, name_fr, name_ar, version")


def principles_of(store: Store, framework_id: str) -> list[dict[str, Any]]:
    return store.list("principle", "framework_id = ?", [framework_id], order_by="position, id")


def add_principle(store: Store, framework_id: str, **values: Any) -> str:
    if not _has_name(values):
        raise ValidationError(NO_NAME)
    store.require("framework", framework_id)
    position = len(principles_of(store, framework_id))
    code = values.pop("code", None) or f"P{position + 1}"
    return store.create(
        "principle",
        {**values, "framework_id": framework_id, "position": position, "code": code},
    )


def update_principle(store: Store, principle_id: str, **values: Any) -> None:
    unknown = set(values) - set(PRINCIPLE_FIELDS)
    if unknown:
        raise ValidationError(E.UNKNOWN_FIELD, entity="principle", field=sorted(unknown)[0])
    current = store.require("principle", principle_id)
    if not _has_name({**current, **values}):
        raise ValidationError(NO_NAME)
    store.update("principle", principle_id, values)


def update_framework(store: Store, framework_id: str, **values: Any) -> None:
    current = store.require("framework", framework_id)
    if not _has_name({**current, **values}):
        raise ValidationError(NO_FRAMEWORK_NAME)
    store.update("framework", framework_id, values)


def delete_principle(store: Store, principle_id: str) -> None:
    row = store.require("principle", principle_id)
    with store.transaction():
        store.delete("principle", principle_id)
        _renumber(store, row["framework_id"])


def move_principle(store: Store, principle_id: str, step: int) -> None:
    row = store.require("principle", principle_id)
    items = [p["id"] for p in principles_of(store, row["framework_id"])]
    index = items.index(principle_id)
    target = max(0, min(len(items) - 1, index + step))
    if target == index:
        return
    items.insert(target, items.pop(index))
    with store.transaction():
        for position, item in enumerate(items):
            store.update("principle", item, {"position": position})


def _renumber(store: Store, framework_id: str) -> None:
    for position, p in enumerate(principles_of(store, framework_id)):
        store.update("principle", p["id"], {"position": position})


def workshops_using(store: Store, framework_id: str) -> list[str]:
    return [w["id"] for w in store.list("workshop", "framework_id = ?", [framework_id])]


def pin_framework(store: Store, workshop_id: str, framework_id: str | None) -> None:
    store.require("workshop", workshop_id)
    if framework_id is not None:
        store.require("framework", framework_id)
    store.update("workshop", workshop_id, {"framework_id": framework_id})


def new_version(store: Store, framework_id: str) -> tuple[str, dict[str, str]]:
    """Copy a framework and its principles as version+1.

    Returns the new framework id and a map old principle id -> new principle id.
    """
    source = store.require("framework", framework_id)
    fields = [f for f in (*NAME_FIELDS, *DESCRIPTION_FIELDS) if source.get(f) is not None]
    with store.transaction():
        new_id = store.create(
            "framework",
            {**{f: source[f] for f in fields}, "version": int(source.get("version") or 1) + 1},
        )
        renamed: dict[str, str] = {}
        for p in principles_of(store, framework_id):
            values = {f: p[f] for f in PRINCIPLE_FIELDS if p.get(f) is not None}
            renamed[p["id"]] = store.create(
                "principle", {**values, "framework_id": new_id, "position": p["position"]}
            )
    return new_id, renamed


def editable_framework_for(store: Store, workshop_id: str) -> str:
    """The framework this workshop may edit without changing another workshop's record.

    If the pinned framework is also pinned by another workshop, a new version
    is made, this workshop is re-pinned to it and its mappings follow the
    copied principles — all in one transaction.
    """
    workshop = store.require("workshop", workshop_id)
    framework_id = workshop.get("framework_id")
    if not framework_id:
        raise ValidationError(NO_FRAMEWORK)
    if workshops_using(store, framework_id) == [workshop_id]:
        return str(framework_id)
    with store.transaction():
        new_id, renamed = new_version(store, framework_id)
        store.update("workshop", workshop_id, {"framework_id": new_id})
        for mapping in store.in_workshop("mapping", workshop_id):
            if mapping["principle_id"] in renamed:
                store.update(
                    "mapping", mapping["id"], {"principle_id": renamed[mapping["principle_id"]]}
                )
    return new_id


def create_framework_for(store: Store, workshop_id: str, **names: Any) -> str:
    """A new, empty framework (version 1) pinned by this workshop."""
    with store.transaction():
        framework_id = create_framework(store, **names)
        pin_framework(store, workshop_id, framework_id)
    return framework_id
