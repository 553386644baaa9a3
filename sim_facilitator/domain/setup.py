"""Set-up of a workshop: details, agenda items and guiding questions (edit, reorder, delete)."""

from __future__ import annotations

from typing import Any

from sim_facilitator.engine import errors as E
from sim_facilitator.engine.errors import ValidationError
from sim_facilitator.engine.store import Store

DETAIL_FIELDS = (
    "title",
    "theme",
    "region",
    "venue",
    "date",
    "facilitator",
    "note_takers",
    "language",
    "status",
)


def update_details(store: Store, workshop_id: str, **values: Any) -> None:
    """Change some details of a workshop in one op; bad input changes nothing."""
    unknown = set(values) - set(DETAIL_FIELDS)
    if unknown:
        raise ValidationError(E.UNKNOWN_FIELD, entity="workshop", field=sorted(unknown)[0])
    store.require("workshop", workshop_id)
    clean = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    for key in ("theme", "venue", "facilitator", "region", "date", "language"):
        if key in clean and clean[key] == "":
            clean[key] = None
    store.update("workshop", workshop_id, clean)


def parse_note_takers(text: str) -> list[str]:
    """'Hamza, سارة ; Ali' -> ['Hamza', 'سارة', 'Ali'] (comma, Arabic comma or semicolon)."""
    for sep in ("،", ";", "\n"):
        text = text.replace(sep, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def agenda_of(store: Store, workshop_id: str) -> list[dict[str, Any]]:
    return store.in_workshop("agenda", workshop_id, order_by="position, id")


def questions_of(store: Store, workshop_id: str) -> list[dict[str, Any]]:
    return store.in_workshop("question", workshop_id, order_by="position, id")


def update_agenda_item(store: Store, item_id: str, **values: Any) -> None:
    unknown = set(values) - {"title", "planned_minutes"}
    if unknown:
        raise ValidationError(E.UNKNOWN_FIELD, entity="agenda", field=sorted(unknown)[0])
    if "title" in values:
        values["title"] = str(values["title"]).strip()
    store.require("agenda", item_id)
    store.update("agenda", item_id, values)


def update_question(store: Store, question_id: str, text: str) -> None:
    store.require("question", question_id)
    store.update("question", question_id, {"text": text.strip()})


def _reorder(
    store: Store, entity: str, rows: list[dict[str, Any]], item_id: str, step: int
) -> None:
    ids = [r["id"] for r in rows]
    index = ids.index(item_id)
    target = max(0, min(len(ids) - 1, index + step))
    if target == index:
        return
    ids.insert(target, ids.pop(index))
    with store.transaction():
        for position, rid in enumerate(ids):
            store.update(entity, rid, {"position": position})


def move_agenda_item(store: Store, item_id: str, step: int) -> None:
    row = store.require("agenda", item_id)
    _reorder(store, "agenda", agenda_of(store, row["workshop_id"]), item_id, step)


def move_question(store: Store, question_id: str, step: int) -> None:
    row = store.require("question", question_id)
    _reorder(store, "question", questions_of(store, row["workshop_id"]), question_id, step)


def delete_agenda_item(store: Store, item_id: str) -> None:
    row = store.require("agenda", item_id)
    with store.transaction():
        store.delete("agenda", item_id)
        for position, r in enumerate(agenda_of(store, row["workshop_id"])):
            store.update("agenda", r["id"], {"position": position})


def delete_question(store: Store, question_id: str) -> None:
    row = store.require("question", question_id)
    with store.transaction():
        store.delete("question", question_id)
        for position, r in enumerate(questions_of(store, row["workshop_id"])):
            store.update("question", r["id"], {"position": position})
