"""What the room's screen shows when no vote is on: the question, latest ideas, the timer.

Qt-free helpers for ``ui/votes/projector_view.py``. Nothing here exposes a ballot.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sim_facilitator.domain.agenda import (
    agenda_items,
    current_item,
    planned_seconds,
    seconds_since_start,
)
from sim_facilitator.domain.ideas import SHOWN_SQL
from sim_facilitator.engine.oplog import first_stamps
from sim_facilitator.engine.store import Store


@dataclass(frozen=True)
class AgendaStatus:
    title: str
    started: bool
    remaining_seconds: float  # negative when over time (pauses are not stored)


def _creation_order(store: Store, entity: str) -> dict[str, int]:
    return first_stamps(store.db, entity)


def latest_ideas(store: Store, workshop_id: str, count: int = 6) -> list[dict[str, Any]]:
    """The most recently captured live ideas (merged duplicates left out), newest first.

    Ideas from phones waiting in the room's moderation queue, or hidden by the
    facilitator, are not shown (``domain.ideas.is_shown``).
    """
    rows = store.list(
        "idea", f"workshop_id = ? AND merged_into IS NULL AND {SHOWN_SQL}", [workshop_id]
    )
    order = _creation_order(store, "idea")
    rows.sort(key=lambda r: (order.get(r["id"], 0), r["id"]), reverse=True)
    return rows[:count]


def current_question_id(store: Store, workshop_id: str) -> str | None:
    """The id of the guiding question being answered: the one of the latest idea typed
    on a laptop, else the first question. Ideas sent from phones never move it (one
    participant must not change the question for the whole room)."""
    questions = store.list("question", "workshop_id = ?", [workshop_id], order_by="position, id")
    live = {q["id"] for q in questions}
    rows = store.list(
        "idea",
        "workshop_id = ? AND merged_into IS NULL AND question_id IS NOT NULL"
        " AND (origin IS NULL OR origin != 'room')",
        [workshop_id],
    )
    rows = [r for r in rows if r.get("question_id") in live]
    if rows:
        order = first_stamps(store.db, "idea", [r["id"] for r in rows])
        newest = max(rows, key=lambda r: (order.get(r["id"], 0), r["id"]))
        return str(newest["question_id"])
    return str(questions[0]["id"]) if questions else None


def current_question(store: Store, workshop_id: str) -> str | None:
    """The text of the guiding question being answered (``current_question_id``)."""
    question_id = current_question_id(store, workshop_id)
    if question_id is None:
        return None
    row = store.get("question", question_id)
    return str(row["text"]) if row is not None else None


def agenda_status(store: Store, workshop_id: str, now: dt.datetime) -> AgendaStatus | None:
    """The running (or next) agenda item and its time left."""
    item = current_item(agenda_items(store, workshop_id))
    if item is None:
        return None
    elapsed = seconds_since_start(item, now)
    return AgendaStatus(
        title=str(item["title"] or ""),
        started=bool(item["actual_start"]),
        remaining_seconds=planned_seconds(item) - elapsed,
    )
