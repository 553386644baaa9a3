"""What phones see: one state object, the same for every phone (docs/room-protocol.md §4).

Built from the Store on the server's own connection. It holds the workshop's
public content only: never a participant's name, never a ballot, never
results of a round that is still open (counts that move with each ballot would
give single ballots away), never results the facilitator has withheld
(``votes.round_results`` without ``reveal``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sim_facilitator.domain.projector import agenda_status, current_question_id
from sim_facilitator.domain.votes.ballots import ballots_cast
from sim_facilitator.domain.votes.results import round_results
from sim_facilitator.domain.votes.rounds import ballot_options, rounds_of
from sim_facilitator.engine.store import Store
from sim_facilitator.room.ballots import phone_voting
from sim_facilitator.room.ideas import MAX_IDEA_LENGTH, MAX_NAME_LENGTH

PROTOCOL = 1


def _questions(store: Store, workshop_id: str) -> tuple[list[dict[str, str]], str | None]:
    rows = store.list("question", "workshop_id = ?", [workshop_id], order_by="position, id")
    questions = [{"id": r["id"], "text": r["text"] or ""} for r in rows]
    # As the projector: set on the laptop only, never by a phone's idea.
    return questions, current_question_id(store, workshop_id)


def _review_mark(store: Store, workshop_id: str) -> str | None:
    """An opaque mark that changes whenever the facilitator approves or hides a phone's
    idea (``None`` before the first decision), so the state changes and each phone
    asks what became of its own ideas (``POST /api/ideas/status``). It tells a phone
    nothing else: no count, no id, no text.
    """
    rows = store.list(
        "idea",
        "workshop_id = ? AND origin = 'room' AND moderation IN ('approved', 'hidden')",
        [workshop_id],
    )
    if not rows:
        return None
    decisions = sorted(f"{r['id']}:{r['moderation']}" for r in rows)
    return hashlib.sha256("\n".join(decisions).encode()).hexdigest()[:16]


def _phone_round(store: Store, workshop_id: str) -> dict[str, Any] | None:
    rounds = rounds_of(store, workshop_id)
    chosen = next((r for r in reversed(rounds) if r.get("status") == "open"), None)
    if chosen is None:
        chosen = next((r for r in reversed(rounds) if r.get("status") == "closed"), None)
    if chosen is None:
        return None
    # Results only once the round is closed, whatever ``hide_results`` says: counts
    # that change with each ballot while it is open would let anyone watching the
    # state subtract one from the next and read a single ballot.
    results = round_results(store, chosen["id"])
    shown = None
    if chosen.get("status") == "closed" and not results.hidden:
        shown = {
            "ballots_cast": results.ballots_cast,
            "options": [
                {
                    "id": o.option_id,
                    "label": o.label,
                    "points": o.points,
                    "voters": o.voters,
                    "mean": o.mean,
                    "rank": o.rank,
                }
                for o in results.options
            ],
        }
    return {
        "id": chosen["id"],
        "title": chosen.get("title") or "",
        "status": chosen.get("status"),
        "method": chosen["method"],
        "rules": results.rules,
        "options": [
            {"id": oid, "label": label} for oid, label in ballot_options(store, chosen["id"])
        ],
        "voting": phone_voting(chosen),
        "ballots_cast": ballots_cast(store, chosen["id"]),
        "results": shown,
    }


def phone_state(
    store: Store, workshop_id: str, moderated: bool, now: dt.datetime | None = None
) -> dict[str, Any]:
    """The state object without its ``version`` (the server numbers its changes)."""
    workshop = store.require("workshop", workshop_id)
    agenda = agenda_status(store, workshop_id, now or dt.datetime.now(dt.UTC))
    questions, current = _questions(store, workshop_id)
    return {
        "protocol": PROTOCOL,
        "workshop": {"title": workshop.get("title") or "", "language": workshop.get("language")},
        "agenda": None if agenda is None else {"title": agenda.title, "started": agenda.started},
        "questions": questions,
        "current_question_id": current,
        "ideas": {
            "max_length": MAX_IDEA_LENGTH,
            "name_max_length": MAX_NAME_LENGTH,
            "moderated": moderated,
            "reviewed": _review_mark(store, workshop_id),
        },
        "round": _phone_round(store, workshop_id),
        "tables": _tables(store, workshop_id),
    }


def _tables(store: Store, workshop_id: str) -> list[dict[str, str]]:
    """The breakout tables' names and questions (never their codes, never members):
    a scribe's phone shows its own table's question as the facilitator edits it."""
    return [
        {"id": r["id"], "name": r["name"], "question": r["question"] or ""}
        for r in store.list(
            "breakout_table", "workshop_id = ?", [workshop_id], order_by="position, id"
        )
    ]
