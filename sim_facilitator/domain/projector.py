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


def current_question(store: Store, workshop_id: str) -> str | None:
    """The guiding question being answered: the one of the latest idea, else the first."""
    for idea in latest_ideas(store, workshop_id, 1):
        if idea.get("question_id"):
            row = store.get("question", idea["question_id"])
            if row is not None and not row.get("deleted"):
                return str(row["text"])
    questions = store.list("question", "workshop_id = ?", [workshop_id], order_by="position, id")
    return str(questions[0]["text"]) if questions else None


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
