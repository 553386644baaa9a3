"""Workshops and their set-up: details, agenda, guiding questions, participants."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sim_facilitator.engine.store import Store


@dataclass(frozen=True)
class WorkshopSummary:
    id: str
    title: str
    theme: str | None
    region: str | None
    date: str | None
    status: str | None
    participants: int
    ideas: int


def create_workshop(store: Store, title: str, **details: Any) -> str:
    details.setdefault("status", "draft")
    return store.create("workshop", {"title": title, **details})


def list_workshops(store: Store, include_archived: bool = True) -> list[WorkshopSummary]:
    """Workshops on this laptop with their live counts, newest date first."""
    where = "" if include_archived else "coalesce(status, '') != 'archived'"
    rows = store.list("workshop", where, order_by="date DESC, title")
    counts: dict[tuple[str, str], int] = {}
    for kind, table in (("participants", "p_participant"), ("ideas", "p_idea")):
        extra = " AND merged_into IS NULL" if kind == "ideas" else ""
        for workshop_id, n in store.db.execute(
            f"SELECT workshop_id, count(*) FROM {table}"
            f" WHERE coalesce(deleted, 0) = 0{extra} GROUP BY workshop_id"
        ):
            counts[(kind, workshop_id)] = n
    return [
        WorkshopSummary(
            id=r["id"],
            title=r["title"] or "",
            theme=r["theme"],
            region=r["region"],
            date=r["date"],
            status=r["status"],
            participants=counts.get(("participants", r["id"]), 0),
            ideas=counts.get(("ideas", r["id"]), 0),
        )
        for r in rows
    ]


def add_agenda_item(store: Store, workshop_id: str, title: str, planned_minutes: int) -> str:
    store.require("workshop", workshop_id)
    position = len(store.in_workshop("agenda", workshop_id))
    return store.create(
        "agenda",
        {
            "workshop_id": workshop_id,
            "title": title,
            "planned_minutes": planned_minutes,
            "position": position,
        },
    )


def add_question(store: Store, workshop_id: str, text: str) -> str:
    store.require("workshop", workshop_id)
    position = len(store.in_workshop("question", workshop_id))
    return store.create(
        "question", {"workshop_id": workshop_id, "text": text, "position": position}
    )


def add_participant(store: Store, workshop_id: str, name: str, **details: Any) -> str:
    store.require("workshop", workshop_id)
    details.setdefault("present", True)
    details.setdefault("consent_named", False)
    return store.create("participant", {"workshop_id": workshop_id, "name": name, **details})
